"""Two-factor set-up, replacement and removal: one implementation that the
Security page and the chat's ``/setup``, ``/confirm`` and ``/disable 2fa``
share, so both check the same things and write the same audit rows.

Setting up proves the new secret (a code from it); while two-factor is on,
replacing or removing it also needs a code from the *current* secret — the
caller runs the returned action through ``approve_or_run`` ("totp.enrol" /
"totp.disable"), and the settings store refuses the write without it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from alexclaw.security._approval import Approval
from alexclaw.security._audit import record_audit
from alexclaw.security._codes import CodeCheck, check_code
from alexclaw.security._limiter import SecretLimiter
from alexclaw.security._totp import new_secret
from alexclaw.storage import DatabaseHandle

PENDING_SECONDS: Final = 600.0


class SettingsWriter(Protocol):
    """The config handle's all-or-none write."""

    async def set_many(self, values: Mapping[str, str], *, actor: str, approval: Approval | None = None) -> Any: ...


@dataclass
class PendingSecrets:
    """New secrets shown to a requester (a web session, a chat) and not yet
    proven with a code; forgotten after ``ttl`` seconds."""

    ttl: float = PENDING_SECONDS
    clock: Callable[[], float] = time.monotonic
    _pending: dict[str, tuple[str, float]] = field(default_factory=dict)

    def begin(self, requester: str) -> str:
        """The requester's pending secret, or a new one."""
        secret = self.get(requester)
        if secret is None:
            secret = new_secret()
            self._pending[requester] = (secret, self.clock())
        return secret

    def get(self, requester: str) -> str | None:
        secret, created = self._pending.get(requester, ("", 0.0))
        if not secret or self.clock() - created > self.ttl:
            self._pending.pop(requester, None)
            return None
        return secret

    def drop(self, requester: str) -> None:
        self._pending.pop(requester, None)


async def prove_new_secret(limiter: SecretLimiter, secret: str, code: str, *, actor: str) -> CodeCheck:
    """Is ``code`` a fresh code of the new ``secret``? Through the operator's
    code limiter like every other code, and audited either way."""
    check = await check_code(limiter, secret, code, actor=actor)
    async with limiter.database.pool().acquire() as conn:
        outcome = "ok" if check.valid else "denied"
        detail = {"result": check.result.value}
        await record_audit(conn, actor, "totp.setup_attempt", "auth", outcome=outcome, detail=detail)
    return check


def enable_action(
    config: SettingsWriter, database: DatabaseHandle, secret: str, *, actor: str, replacing: bool
) -> Callable[[Approval], Awaitable[str]]:
    """The action that puts a proven secret in force (secret and switch in
    one transaction)."""

    async def enable(approval: Approval) -> str:
        values = {"auth.totp_secret": secret, "auth.totp_enabled": "true"}
        await config.set_many(values, actor=actor, approval=approval)
        async with database.pool().acquire() as conn:
            action = "totp.replaced" if replacing else "totp.enabled"
            await record_audit(conn, actor, action, "auth", detail=_how(approval))
        if replacing:
            return "Two-factor authentication now uses the new secret; the old one no longer works."
        return "Two-factor authentication is on."

    return enable


def disable_action(
    config: SettingsWriter, database: DatabaseHandle, *, actor: str
) -> Callable[[Approval], Awaitable[str]]:
    async def disable(approval: Approval) -> str:
        await config.set_many({"auth.totp_enabled": "false", "auth.totp_secret": ""}, actor=actor, approval=approval)
        async with database.pool().acquire() as conn:
            await record_audit(conn, actor, "totp.disabled", "auth", detail=_how(approval))
        return "Two-factor authentication is off."

    return disable


def _how(approval: Approval) -> dict[str, str]:
    return {"origin": approval.entry.value, "proof": approval.proof.value}
