"""The audit trail: who did what to which target, and how it went — never
a secret value. The authorization issue extends the table (hash chain,
pruning); this module is its single writer for now."""

from __future__ import annotations

import json
import socket
from typing import Any

from alexclaw.storage import Connection

NODE = socket.gethostname()


async def record_audit(
    conn: Connection,
    actor: str,
    action: str,
    target: str = "",
    *,
    outcome: str = "ok",
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one row (inside the caller's transaction when there is one)."""
    await conn.execute(
        "INSERT INTO audit_log (actor, action, target, outcome, detail, node) VALUES ($1, $2, $3, $4, $5::jsonb, $6)",
        actor,
        action,
        target,
        outcome,
        json.dumps(detail or {}),
        NODE,
    )
