"""Checking the operator's TOTP code: the one function every channel calls.

It puts the shared limiter (key ``OPERATOR``) in front of ``matching_step``
and ``consume_step``: while the operator is locked out the code is not even
looked at; a wrong code counts; a right code clears the count; a right code
whose time step was already used is "already used" — told apart from a wrong
one (so the operator knows to wait for the next code) and not counted either
way (it proves knowledge of a code that can no longer be used).
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass

from alexclaw.security._limiter import OPERATOR, SecretLimiter
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

    @property
    def valid(self) -> bool:
        return self.result is CodeResult.VALID

    def message(self) -> str:
        """What to tell the person who typed the code, on any channel."""
        if self.result is CodeResult.VALID:
            return "Code accepted."
        if self.result is CodeResult.ALREADY_USED:
            return "That code was already used: wait for the next one from your authenticator."
        if self.retry_after:
            return f"Too many wrong codes: 2FA is locked for {self.retry_after} s."
        return "Wrong code."


async def check_code(
    limiter: SecretLimiter, secret: str, code: str, *, actor: str, now: float | None = None
) -> CodeCheck:
    """Check ``code`` against ``secret`` for the operator, through the limiter."""
    waiting = await limiter.refuse_if_locked(OPERATOR, actor=actor, what=WHAT)
    if waiting:
        return CodeCheck(CodeResult.LOCKED, waiting)
    step = matching_step(secret, code, time.time() if now is None else now)
    if step is None:
        return CodeCheck(CodeResult.WRONG, await limiter.failed(OPERATOR, actor=actor, what=WHAT))
    async with limiter.database.pool().acquire() as conn:
        fresh = await consume_step(conn, step)
    if not fresh:
        return CodeCheck(CodeResult.ALREADY_USED)
    await limiter.succeeded(OPERATOR)
    return CodeCheck(CodeResult.VALID)
