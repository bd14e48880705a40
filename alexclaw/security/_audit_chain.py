"""Verifying and pruning the hash-chained audit trail.

The chain itself is kept by a trigger (migration 0005), so every writer —
the node, the CLI, a person in psql — appends chained rows. ``verify``
recomputes every hash in SQL (the same function the trigger uses) and
names the first row that was edited, or the place where rows were
deleted. ``prune`` removes rows older than the retention in one
transaction, after recording a checkpoint with the last removed row's hash.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Final

from actors import AsyncActor, send_after
from alexclaw.storage import UNAVAILABLE, Backoff, Connection, DatabaseHandle

log = logging.getLogger("alexclaw.security.audit")

RETENTION_DAYS: Final = 30


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    problem: str = ""
    first_bad_id: int | None = None


_VERIFY = """
SELECT id, prev_hash, row_hash,
       audit_row_hash(prev_hash, id, at, actor, action, target, outcome, detail, node) AS expected,
       lag(row_hash) OVER (ORDER BY id) AS previous
FROM audit_log ORDER BY id
"""


async def verify_chain(conn: Connection) -> ChainReport:
    anchor = await conn.fetchval("SELECT last_hash FROM audit_checkpoints ORDER BY id DESC LIMIT 1") or ""
    rows = await conn.fetch(_VERIFY)
    for index, row in enumerate(rows):
        if row["expected"] != row["row_hash"]:
            return ChainReport(False, len(rows), f"row {row['id']} was changed after it was written", row["id"])
        expected_previous = anchor if index == 0 else row["previous"]
        if row["prev_hash"] != expected_previous:
            where = "before it" if index else "before it (or since the last checkpoint)"
            return ChainReport(False, len(rows), f"rows are missing {where}: row {row['id']}", row["id"])
    return ChainReport(True, len(rows))


async def prune(conn: Connection, days: int = RETENTION_DAYS) -> int:
    """Delete rows older than ``days``; returns how many. The chain stays
    verifiable through the checkpoint."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(7370757164697401)")
        last = await conn.fetchrow(
            "SELECT id, row_hash FROM audit_log WHERE at < now() - make_interval(days => $1) ORDER BY id DESC LIMIT 1",
            days,
        )
        if last is None:
            return 0
        status = await conn.execute("DELETE FROM audit_log WHERE id <= $1", last["id"])
        removed = int(status.split()[-1])
        await conn.execute(
            "INSERT INTO audit_checkpoints (last_id, last_hash, pruned_rows) VALUES ($1, $2, $3)",
            last["id"],
            last["row_hash"],
            removed,
        )
        return removed


class _Prune:
    pass


PRUNE_EVERY: Final = 24 * 3600.0
FIRST_PRUNE_AFTER: Final = 300.0  # not at boot: let the node settle first


class AuditPruner(AsyncActor):
    """Prunes the audit trail once a day (the first time five minutes after
    boot), logging what it removed."""

    def __init__(
        self, database: DatabaseHandle, days: int = RETENTION_DAYS, first_after: float = FIRST_PRUNE_AFTER
    ) -> None:
        super().__init__()
        self.database = database
        self.days = days
        self.first_after = first_after
        self._backoff = Backoff(first=1.0, cap=60.0)

    async def init(self) -> None:
        send_after(self, _Prune(), self.first_after)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Prune):
            try:
                async with self.database.pool().acquire() as conn:
                    removed = await prune(conn, self.days)
            except UNAVAILABLE as exc:
                # Nothing is lost by pruning later: try again soon, not tomorrow.
                self.database.report_unavailable(exc)
                log.warning("audit pruning postponed: the database is unavailable (%s)", type(exc).__name__)
                send_after(self, _Prune(), self._backoff.delay())
                return
            self._backoff.reset()
            if removed:
                log.info("pruned %d audit rows older than %d days", removed, self.days)
            send_after(self, _Prune(), PRUNE_EVERY)
            return
        await super().handle_info(message)
