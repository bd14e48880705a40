"""TOTP (RFC 6238) with replay protection: a code is accepted once.

``verify`` is pure; ``consume_step`` makes the step's use durable and
atomic across nodes (``UPDATE … WHERE last_step < step``), so the same code
cannot be used twice, not even on two nodes at the same moment.
"""

from __future__ import annotations

import hmac
import time

import pyotp
import segno

from alexclaw.security._ports import SettingsReader
from alexclaw.storage import Connection


def secret_in_force(config: SettingsReader) -> str | None:
    """The TOTP secret when two-factor is on (enabled *and* a secret set),
    else None: the one reading of the two settings every caller shares."""
    if not config.get("auth.totp_enabled"):
        return None
    secret = config.get("auth.totp_secret")
    return str(secret) if secret else None


ISSUER = "AlexClaw"
PERIOD = 30
WINDOW = 1  # accept the previous and the next step too (clock drift)


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, account: str = "admin") -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """The QR code as an inline SVG document (server-side: no script, no CDN)."""
    return str(segno.make(uri, error="m").svg_inline(scale=5, border=2, dark="#111", light="#fff"))


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The time step ``code`` belongs to (within the window), or None."""
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    moment = time.time() if now is None else now
    current = int(moment // PERIOD)
    for step in range(max(current - WINDOW, 0), current + WINDOW + 1):
        if hmac.compare_digest(totp.at(step * PERIOD), code):
            return step
    return None


async def consume_step(conn: Connection, step: int) -> bool:
    """Record ``step`` as used; False if it (or a later one) was used already."""
    status = await conn.execute("UPDATE totp_replay SET last_step = $1 WHERE id = 1 AND last_step < $1", step)
    return status.endswith(" 1")


async def verify_once(conn: Connection, secret: str, code: str, now: float | None = None) -> bool:
    step = matching_step(secret, code, now)
    return step is not None and await consume_step(conn, step)
