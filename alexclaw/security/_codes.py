"""Checking the operator's TOTP code: the one function every channel calls.

It puts the shared limiter (key ``OPERATOR``) in front of ``matching_step``
and ``consume_step``: while the operator is locked out the code is not even
looked at; a wrong code counts; a right code clears the count; a right code
whose time step was already used is "already used" — told apart from a wrong
one (so the operator knows to wait for the next code) and not counted either
way (it proves knowledge of a code that can no longer be used).

Wherever a TOTP code is accepted, so is one of the operator's recovery codes
(``_recovery``): the same limiter, a wrong one counts like a wrong code, a
used one is "already used"; each use is audited with how many remain and
published for the operator's chats. Only proving a *new* secret at
enrolment (``recovery=False``) wants a code of that secret itself.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass

from actors import publish
from alexclaw.security._audit import record_audit
from alexclaw.security._limiter import OPERATOR, SecretLimiter
from alexclaw.security._recovery import (
    RECOVERY_CODE_USED,
    RECOVERY_TOPIC,
    RecoveryCodeUsed,
    Use,
    looks_like_recovery_code,
    use_code,
)
from alexclaw.security._totp import consume_step, matching_step

WHAT = "TOTP code"


class CodeResult(enum.Enum):
    VALID = "valid"
    WRONG = "wrong"
    ALREADY_USED = "already_used"
    LOCKED = "locked"


@dataclass(frozen=True, slots=True)
class CodeCheck:
    result: CodeResult
    retry_after: int = 0  # seconds the operator is locked out for (LOCKED, or a WRONG that locked)
    recovery: bool = False  # a recovery code was presented (VALID: used now; ALREADY_USED: used before)
    recovery_left: int = 0  # unused recovery codes after this one (recovery and VALID)

    @property
    def valid(self) -> bool:
        return self.result is CodeResult.VALID

    def message(self) -> str:
        """What to tell the person who typed the code, on any channel."""
        if self.result is CodeResult.VALID:
            return "Code accepted."
        if self.result is CodeResult.ALREADY_USED and self.recovery:
            return "That recovery code was already used: each one works once."
        if self.result is CodeResult.ALREADY_USED:
            return "That code was already used: wait for the next one from your authenticator."
        if self.retry_after:
            return f"Too many wrong codes: 2FA is locked for {self.retry_after} s."
        return "Wrong code."


async def check_code(
    limiter: SecretLimiter,
    secret: str,
    code: str,
    *,
    actor: str,
    now: float | None = None,
    recovery: bool = True,
) -> CodeCheck:
    """Check ``code`` (a TOTP code of ``secret`` or, with ``recovery``, one
    of its recovery codes) for the operator, through the limiter."""
    waiting = await limiter.refuse_if_locked(OPERATOR, actor=actor, what=WHAT)
    if waiting:
        return CodeCheck(CodeResult.LOCKED, waiting)
    if recovery and looks_like_recovery_code(code):
        return await _check_recovery_code(limiter, secret, code, actor=actor)
    step = matching_step(secret, code, time.time() if now is None else now)
    if step is None:
        return CodeCheck(CodeResult.WRONG, await limiter.failed(OPERATOR, actor=actor, what=WHAT))
    async with limiter.database.pool().acquire() as conn:
        fresh = await consume_step(conn, step)
    if not fresh:
        return CodeCheck(CodeResult.ALREADY_USED)
    await limiter.succeeded(OPERATOR)
    return CodeCheck(CodeResult.VALID)


async def _check_recovery_code(limiter: SecretLimiter, secret: str, code: str, *, actor: str) -> CodeCheck:
    async with limiter.database.pool().acquire() as conn, conn.transaction():
        used = await use_code(conn, secret, code)
        if used.use is Use.USED:  # the code never goes into the row: only that one was used, and what is left
            await record_audit(conn, actor, RECOVERY_CODE_USED, "auth", detail={"remaining": used.remaining})
    if used.use is Use.NO_MATCH:
        return CodeCheck(CodeResult.WRONG, await limiter.failed(OPERATOR, actor=actor, what=WHAT))
    if used.use is Use.ALREADY_USED:
        return CodeCheck(CodeResult.ALREADY_USED, recovery=True)
    await limiter.succeeded(OPERATOR)
    publish(RECOVERY_TOPIC, RecoveryCodeUsed(used.remaining))
    return CodeCheck(CodeResult.VALID, recovery=True, recovery_left=used.remaining)
