"""Two-factor recovery codes: ten one-time codes that stand in for a TOTP
code when the authenticator is lost.

Made at enrolment (and on "Generate new codes", a privileged action), shown
once, never stored in clear: each row holds HMAC-SHA256 of the code keyed by
the TOTP secret in force. That secret is itself encrypted at rest under
SECRET_KEY_BASE, so a database dump alone cannot test guesses, and whoever
holds the secret can make TOTP codes anyway — a recovery code is never
weaker than the factor it replaces. Because the key is the secret, codes of
a replaced or removed secret stop matching by construction, whichever path
(web, chat, CLI) replaced it; enrolment and removal also delete the rows.

A code is used once: the row is marked ``used_at`` by an
``UPDATE … WHERE used_at IS NULL`` (atomic across requests and nodes), and a
second use is told "already used". Checking goes through ``check_code``
only (the operator's limiter, the audit row ``totp.recovery_code_used`` with
how many remain, the ``RecoveryCodeUsed`` event the announcer turns into a
chat message). No code ever reaches a log or the audit trail.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Final

from alexclaw.storage import Connection

COUNT: Final = 10
LOW: Final = 3  # fewer left than this: the operator is told to make new ones
RECOVERY_TOPIC: Final = "recovery_codes"
RECOVERY_CODE_USED: Final = "totp.recovery_code_used"
RECOVERY_CODES_REPLACED: Final = "totp.recovery_codes_replaced"
# Lowercase letters and digits without the look-alikes (0/o, 1/l/i).
ALPHABET: Final = "abcdefghjkmnpqrstuvwxyz23456789"
HALF: Final = 5
# As typed: "abcde-12345", any case, the dash and spaces optional.
_TYPED: Final = re.compile(rf"^[{ALPHABET}]{{{2 * HALF}}}$")


@dataclass(frozen=True, slots=True)
class RecoveryCodeUsed:
    """Published on ``RECOVERY_TOPIC`` when a code was used: the operator's chats hear it."""

    remaining: int


class Use(enum.Enum):
    USED = "used"
    ALREADY_USED = "already_used"
    NO_MATCH = "no_match"


@dataclass(frozen=True, slots=True)
class UseResult:
    use: Use
    remaining: int = 0


def new_code() -> str:
    """``xxxxx-xxxxx``: 10 symbols of 31 (~49 bits), with at least one digit
    and one letter, so a chat message that is a plain word is never read as
    a code."""
    while True:
        raw = "".join(secrets.choice(ALPHABET) for _ in range(2 * HALF))
        if any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw):
            return f"{raw[:HALF]}-{raw[HALF:]}"


def normalize(code: str) -> str | None:
    """The code's canonical form, or None when it cannot be a recovery code."""
    text = code.strip().lower().replace("-", "").replace(" ", "")
    return text if _TYPED.match(text) else None


def looks_like_recovery_code(code: str) -> bool:
    return normalize(code) is not None


def _key(secret: str) -> bytes:
    return hashlib.sha256(b"alexclaw recovery codes v1\x00" + secret.encode()).digest()


def set_tag(secret: str) -> str:
    """Names the secret a code belongs to without revealing it."""
    return hmac.new(_key(secret), b"set", hashlib.sha256).hexdigest()


def code_hash(secret: str, code: str) -> str:
    return hmac.new(_key(secret), b"code\x00" + code.encode(), hashlib.sha256).hexdigest()


async def replace_codes(conn: Connection, secret: str) -> list[str]:
    """New codes for ``secret``; every older code (of any secret) is gone.
    Returns the codes in clear, for the one time they are shown."""
    codes = [new_code() for _ in range(COUNT)]
    tag = set_tag(secret)
    async with conn.transaction():
        await conn.execute("DELETE FROM totp_recovery_codes")
        await conn.executemany(
            "INSERT INTO totp_recovery_codes (set_tag, code_hash) VALUES ($1, $2)",
            [(tag, code_hash(secret, normalize(code) or "")) for code in codes],
        )
    return codes


async def clear_codes(conn: Connection) -> None:
    await conn.execute("DELETE FROM totp_recovery_codes")


async def codes_left(conn: Connection, secret: str | None) -> int:
    """Unused codes of the secret in force (0 when two-factor is off)."""
    if not secret:
        return 0
    count = await conn.fetchval(
        "SELECT count(*) FROM totp_recovery_codes WHERE set_tag = $1 AND used_at IS NULL", set_tag(secret)
    )
    return int(count or 0)


async def use_code(conn: Connection, secret: str, code: str) -> UseResult:
    """Mark ``code`` used if it is an unused code of ``secret``. Every stored
    hash of the set is compared in constant time (no early exit that a
    timing could tell apart)."""
    canonical = normalize(code)
    if canonical is None:
        return UseResult(Use.NO_MATCH)
    tag = set_tag(secret)
    wanted = code_hash(secret, canonical)
    rows = await conn.fetch("SELECT id, code_hash, used_at FROM totp_recovery_codes WHERE set_tag = $1", tag)
    found = None
    for row in rows:
        if hmac.compare_digest(str(row["code_hash"]), wanted):
            found = row
    if found is None:
        return UseResult(Use.NO_MATCH)
    marked = await conn.fetchval(
        "UPDATE totp_recovery_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id", found["id"]
    )
    remaining = await codes_left(conn, secret)
    return UseResult(Use.USED if marked is not None else Use.ALREADY_USED, remaining)
