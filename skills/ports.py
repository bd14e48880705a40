"""What the skills runtime needs from the application, as Protocols.
``alexclaw.wiring`` implements them; skills never import the application."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol


class AuthorizerPort(Protocol):
    async def authorize(
        self,
        *,
        caller: str,
        caller_type: str,
        permission: str,
        declared: frozenset[str],
        chain_depth: int,
        token: str | None,
        run_id: str | None,
    ) -> tuple[bool, str]:
        """(allowed, reason); every deny is audited by the implementation."""
        ...


class TokensPort(Protocol):
    def mint(self, permissions: Iterable[str], *, ttl_seconds: float, max_depth: int) -> str: ...

    def attenuate(self, token: str, permissions: Iterable[str]) -> str: ...


class ConfigPort(Protocol):
    def read(self, key: str) -> Any:
        """A setting's value as a skill may see it (secrets never)."""
        ...


class WebPort(Protocol):
    async def fetch(self, skill: str, url: str, headers: Mapping[str, str] | None) -> Mapping[str, Any]:
        """GET through the egress guard, limited to the endpoints ``skill``
        declared: status, url, headers, sanitized text, findings. Raises when
        the request is refused or does not complete."""
        ...
