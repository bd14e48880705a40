"""The application's implementations of the plugin packages' ports."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from alexclaw.config import ConfigHandle
from alexclaw.security import AuthContext, Authorizer, CapabilityTokens, attenuate, mask


class AuthorizerAdapter:
    """skills.ports.AuthorizerPort on top of the PolicyEngine + audit."""

    def __init__(self, authorizer: Authorizer) -> None:
        self._authorizer = authorizer

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
        kind: Any = caller_type if caller_type in {"core", "dynamic", "mcp"} else "dynamic"
        decision = await self._authorizer.authorize(
            AuthContext(caller, kind, permission, declared, chain_depth, token, workflow_run_id=run_id)
        )
        return decision.allowed, decision.reason


class TokensAdapter:
    """skills.ports.TokensPort on top of the capability tokens."""

    def __init__(self, tokens: CapabilityTokens) -> None:
        self._tokens = tokens

    def mint(self, permissions: Iterable[str], *, ttl_seconds: float, max_depth: int) -> str:
        return self._tokens.mint(permissions, expires_at=time.time() + ttl_seconds, max_depth=max_depth)

    def attenuate(self, token: str, permissions: Iterable[str]) -> str:
        return attenuate(token, permissions=permissions)


class ConfigAdapter:
    """skills.ports.ConfigPort: a skill reads settings, secrets only masked."""

    def __init__(self, config: ConfigHandle) -> None:
        self._config = config

    def read(self, key: str) -> Any:
        setting = self._config.setting(key)
        if setting is None:
            return None
        return mask(setting.text) if setting.sensitive else setting.value
