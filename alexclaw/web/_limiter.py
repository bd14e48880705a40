"""Per-IP login brute-force protection, persisted so a restart keeps it.

After ``max_attempts`` failures an IP is blocked for ``block_seconds``; a
failure while blocked blocks it again for the full duration. A success
clears the IP's failures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from alexclaw.config import ConfigHandle
from alexclaw.storage import Connection


@dataclass(frozen=True)
class Block:
    ip: str
    failures: int
    last_failure: datetime
    blocked_until: datetime | None


def block_policy(config: ConfigHandle) -> tuple[int, int]:
    """(failures before a block, block length in seconds), read per attempt."""
    return (
        int(config.get("auth.rate_limit.max_attempts", 5)),
        int(config.get("auth.rate_limit.block_duration_seconds", 900)),
    )


async def seconds_blocked(conn: Connection, ip: str) -> int:
    """Seconds until ``ip`` may try again (0 = not blocked)."""
    remaining = await conn.fetchval(
        "SELECT ceil(extract(epoch FROM blocked_until - now())) FROM login_blocks "
        "WHERE ip = $1 AND blocked_until > now()",
        ip,
    )
    return int(remaining or 0)


async def record_failure(conn: Connection, ip: str, max_attempts: int, block_seconds: int) -> int:
    """Count a failure; returns the block length in seconds if it (re)blocks."""
    record = await conn.fetchrow(
        "INSERT INTO login_blocks (ip, failures, last_failure) VALUES ($1, 1, now()) "
        "ON CONFLICT (ip) DO UPDATE SET failures = login_blocks.failures + 1, last_failure = now() "
        "RETURNING failures, blocked_until > now() AS was_blocked",
        ip,
    )
    assert record is not None
    if record["was_blocked"] or record["failures"] >= max_attempts:
        await conn.execute(
            "UPDATE login_blocks SET blocked_until = now() + make_interval(secs => $2) WHERE ip = $1",
            ip,
            float(block_seconds),
        )
        return block_seconds
    return 0


async def clear(conn: Connection, ip: str) -> bool:
    status = await conn.execute("DELETE FROM login_blocks WHERE ip = $1", ip)
    return status.endswith(" 1")


async def current_blocks(conn: Connection) -> list[Block]:
    records = await conn.fetch(
        "SELECT ip, failures, last_failure, blocked_until FROM login_blocks "
        "WHERE blocked_until > now() OR failures > 0 ORDER BY last_failure DESC LIMIT 200"
    )
    return [Block(**dict(r)) for r in records]


async def lift_blocks(conn: Connection, ip: str | None = None) -> list[Block]:
    """Forget the failures and any block of ``ip``, or of every IP (None):
    the operator's way back in after locking themself out (``alexclaw
    unblock``). Returns the rows removed, as they were."""
    records = await conn.fetch(
        "DELETE FROM login_blocks WHERE $1::text IS NULL OR ip = $1 "
        "RETURNING ip, failures, last_failure, blocked_until",
        ip,
    )
    return [Block(**dict(r)) for r in records]
