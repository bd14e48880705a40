"""The kernel's exceptions: few, each saying when it is raised.

Expected outcomes are returned as values; these are raised at the caller
when talking to a process went wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actors._exits import ExitReason


class ActorError(Exception):
    """Base class of every error the kernel raises."""


class NoProcess(ActorError):
    """The target is not alive: a pid whose process has exited, or a name
    nobody holds. Raised at once, never after a wait."""


class ProcessExited(ActorError):
    """The process exited while a call to it was pending (queued or in
    progress). ``reason`` says why; a crash names the exception."""

    def __init__(self, process: object, reason: ExitReason) -> None:
        self.process = process
        self.reason = reason
        super().__init__(f"{process} exited before replying ({reason})")


class CallTimeout(ActorError, TimeoutError):
    """No reply arrived within the call's timeout. The process goes on; the
    late reply is dropped."""


class StartError(ActorError):
    """A process could not start: its ``init`` raised, or its name is taken.
    ``reason`` is the exit reason of the failed start."""

    def __init__(self, message: str, reason: ExitReason | None = None) -> None:
        self.reason = reason
        super().__init__(message)
