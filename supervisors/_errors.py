"""Errors of the supervisor client API, raised in the caller."""

from __future__ import annotations

from actors import ActorError


class SupervisorError(ActorError):
    """A supervisor refused a request: unknown child id, id already present,
    child still running, ``max_children`` reached. The message says which."""
