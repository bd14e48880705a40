"""Two-factor set-up, replacement and removal: one implementation that the
Security page and the chat's ``/setup``, ``/confirm`` and ``/disable 2fa``
share, so both check the same things and write the same audit rows.

Setting up proves the new secret (a code from it); while two-factor is on,
replacing or removing it also needs a code from the *current* secret — the
caller runs the returned action through ``approve_or_run`` ("totp.enrol" /
"totp.disable"), and the settings store refuses the write without it.

Putting a secret in force makes its ten recovery codes (``_recovery``) and
hands them to the caller's ``show`` once (the web keeps them for the one
page view that shows them, the chat puts them in its reply); removal
deletes them. "Generate new codes" (``recovery_codes_action``, privileged
as "totp.recovery_codes") replaces them all.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from alexclaw.security._acting import Acting, Approver, Done, approved
from alexclaw.security._approval import Approval, NotAllowed, Pools
from alexclaw.security._audit import record_audit
from alexclaw.security._challenges import ChallengeView
from alexclaw.security._codes import CodeCheck, check_code
from alexclaw.security._limiter import SecretLimiter
from alexclaw.security._recovery import RECOVERY_CODES_REPLACED, clear_codes, replace_codes
from alexclaw.security._totp import new_secret

PENDING_SECONDS: Final = 600.0

# Given the new recovery codes (the one time they exist in clear), returns
# what to add to the action's message: never write them anywhere else.
ShowCodes = Callable[[Sequence[str]], str]


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
    code limiter like every other code, and audited either way. Only a TOTP
    code proves the new secret (no recovery code)."""
    check = await check_code(limiter, secret, code, actor=actor, recovery=False)
    async with limiter.database.pool().acquire() as conn:
        outcome = "ok" if check.valid else "denied"
        detail = {"result": check.result.value}
        await record_audit(conn, actor, "totp.setup_attempt", "auth", outcome=outcome, detail=detail)
    return check


def enable_action(
    config: SettingsWriter, database: Pools, secret: str, *, actor: str, replacing: bool, show: ShowCodes
) -> Callable[[Approval], Awaitable[str]]:
    """The action that puts a proven secret in force (secret and switch in
    one transaction), with new recovery codes in place of any old ones."""

    async def enable(approval: Approval) -> str:
        values = {"auth.totp_secret": secret, "auth.totp_enabled": "true"}
        await config.set_many(values, actor=actor, approval=approval)
        async with database.pool().acquire() as conn:
            codes = await replace_codes(conn, secret)
            action = "totp.replaced" if replacing else "totp.enabled"
            await record_audit(conn, actor, action, "auth", detail={**_how(approval), "recovery_codes": len(codes)})
        if replacing:
            said = (
                "Two-factor authentication now uses the new secret; the old one and its recovery codes no longer work."
            )
        else:
            said = "Two-factor authentication is on."
        return f"{said} {show(codes)}"

    return enable


def disable_action(config: SettingsWriter, database: Pools, *, actor: str) -> Callable[[Approval], Awaitable[str]]:
    async def disable(approval: Approval) -> str:
        await config.set_many({"auth.totp_enabled": "false", "auth.totp_secret": ""}, actor=actor, approval=approval)
        async with database.pool().acquire() as conn:
            await clear_codes(conn)
            await record_audit(conn, actor, "totp.disabled", "auth", detail=_how(approval))
        return "Two-factor authentication is off."

    return disable


def recovery_codes_action(
    database: Pools, secret: Callable[[], str | None], *, actor: str, show: ShowCodes
) -> Callable[[Approval], Awaitable[str]]:
    """ "Generate new codes": ten new recovery codes for the secret in force
    when the action runs; every older code stops working."""

    async def regenerate(approval: Approval) -> str:
        current = secret()
        if not current:
            return "Two-factor authentication is not on: there are no recovery codes to make."
        async with database.pool().acquire() as conn:
            codes = await replace_codes(conn, current)
            detail = {**_how(approval), "recovery_codes": len(codes)}
            await record_audit(conn, actor, RECOVERY_CODES_REPLACED, "auth", detail=detail)
        return f"New recovery codes made; the old ones no longer work. {show(codes)}"

    return regenerate


@dataclass(frozen=True, slots=True)
class TwoFactorOperations:
    """Turn two-factor on (or replace its secret), off, and make new
    recovery codes: each the privileged act the table names ("totp.enrol",
    "totp.disable", "totp.recovery_codes"), through the one approval
    service, for the web and the chat alike."""

    approver: Approver
    settings: SettingsWriter
    secret_in_force: Callable[[], str | None]

    async def enable(self, acting: Acting, secret: str, *, show: ShowCodes) -> Done[None] | ChallengeView | NotAllowed:
        """Put a proven ``secret`` in force; while two-factor is on this
        needs a code from the current secret (a second session or chat
        cannot enrol its own)."""
        replacing = self.secret_in_force() is not None
        enable = enable_action(
            self.settings, self.approver.database, secret, actor=acting.actor, replacing=replacing, show=show
        )
        description = "Replace the two-factor secret" if replacing else "Turn on two-factor authentication"
        return approved(await self.approver(acting, "totp.enrol", description, enable))

    async def disable(self, acting: Acting) -> Done[None] | ChallengeView | NotAllowed:
        disable = disable_action(self.settings, self.approver.database, actor=acting.actor)
        return approved(await self.approver(acting, "totp.disable", "Disable two-factor authentication", disable))

    async def regenerate(self, acting: Acting, *, show: ShowCodes) -> Done[None] | ChallengeView | NotAllowed:
        regenerate = recovery_codes_action(self.approver.database, self.secret_in_force, actor=acting.actor, show=show)
        description = "Generate new recovery codes (the old ones stop working)"
        return approved(await self.approver(acting, "totp.recovery_codes", description, regenerate))


def codes_in_words(codes: Sequence[str]) -> str:
    """The codes for a chat reply (shown this once)."""
    listed = "\n".join(codes)
    return (
        f"Your {len(codes)} recovery codes (each works once instead of a code from your app; "
        f"keep them somewhere safe, they are not shown again):\n{listed}"
    )


def _how(approval: Approval) -> dict[str, str]:
    return {"origin": approval.entry.value, "proof": approval.proof.value}
