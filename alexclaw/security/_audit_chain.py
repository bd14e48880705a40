"""Verifying and pruning the hash-chained audit trail.

The chain itself is kept by a trigger (migration 0005), so every writer —
the node, the CLI, a person in psql — appends chained rows. ``verify``
recomputes every hash in SQL (the same function the trigger uses) and
names the first row that was edited, or the place where rows were
deleted. ``prune`` removes rows older than the retention in one
transaction through ``audit_prune`` (migration 0010: the only way rows
leave), which records a checkpoint with the last removed row's hash, sealed
with the anchor key, and then anchors the new head.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from actors import AsyncActor, send, send_after
from alexclaw.security._audit_anchor import (
    APPEND_LOCK,
    AUDIT_ANCHOR_NAME,
    AuditSeal,
    check_anchors,
    publish_anchor,
    read_anchor_file,
    request_anchor,
    table_anchors,
)
from alexclaw.storage import UNAVAILABLE, Backoff, Connection, DatabaseHandle

log = logging.getLogger("alexclaw.security.audit")

RETENTION_DAYS: Final = 30


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    problem: str = ""
    first_bad_id: int | None = None
    anchored: int | None = None  # the newest anchored row id, when the head was ever anchored


_VERIFY = """
SELECT id, prev_hash, row_hash,
       audit_row_hash(prev_hash, id, at, actor, action, target, outcome, detail, node) AS expected,
       lag(row_hash) OVER (ORDER BY id) AS previous
FROM audit_log ORDER BY id
"""


async def verify_chain(conn: Connection, seal: AuditSeal, anchor_file: Path | None = None) -> ChainReport:
    """Recompute the chain, then hold it against every sealed checkpoint and
    anchor (the table's, and the data dir's file when there is one)."""
    checkpoints = await conn.fetch("SELECT id, last_id, last_hash, pruned_rows, mac FROM audit_checkpoints ORDER BY id")
    anchor = checkpoints[-1]["last_hash"] if checkpoints else ""
    rows = await conn.fetch(_VERIFY)
    for index, row in enumerate(rows):
        if row["expected"] != row["row_hash"]:
            return ChainReport(False, len(rows), f"row {row['id']} was changed after it was written", row["id"])
        expected_previous = anchor if index == 0 else row["previous"]
        if row["prev_hash"] != expected_previous:
            where = "before it" if index else "before it (or since the last checkpoint)"
            return ChainReport(False, len(rows), f"rows are missing {where}: row {row['id']}", row["id"])
    for checkpoint in checkpoints:
        fields = (checkpoint["last_id"], checkpoint["last_hash"], checkpoint["pruned_rows"])
        if checkpoint["mac"] is not None and not seal.valid("checkpoint", *fields, checkpoint["mac"]):
            return ChainReport(False, len(rows), f"checkpoint {checkpoint['id']} is forged or altered")
    anchors = await table_anchors(conn)
    from_file = read_anchor_file(anchor_file) if anchor_file is not None else None
    if isinstance(from_file, str):
        return ChainReport(False, len(rows), from_file)
    if from_file is not None:
        anchors.append(from_file)
    problem = check_anchors(
        seal,
        anchors,
        ids=[row["id"] for row in rows],
        hashes={row["id"]: row["row_hash"] for row in rows},
        pruned_total=sum(c["pruned_rows"] for c in checkpoints),
        pruned_upto=max((c["last_id"] for c in checkpoints), default=0),
    )
    if problem is not None:
        return ChainReport(False, len(rows), problem[0], problem[1])
    newest = max((a.last_id for a in anchors), default=None)
    return ChainReport(True, len(rows), anchored=newest)


async def prune(conn: Connection, seal: AuditSeal, days: int = RETENTION_DAYS) -> int:
    """Remove rows older than ``days`` through ``audit_prune`` (the one way
    rows leave; it records the sealed checkpoint) and anchor the new head,
    in one transaction; returns how many rows went."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", APPEND_LOCK)
        last = await conn.fetchrow(
            "SELECT id, row_hash FROM audit_log WHERE at < now() - make_interval(days => $1) ORDER BY id DESC LIMIT 1",
            days,
        )
        if last is None:
            return 0
        count = await conn.fetchval("SELECT count(*) FROM audit_log WHERE id <= $1", last["id"])
        mac = seal.mac("checkpoint", last["id"], last["row_hash"], count)
        removed = int(await conn.fetchval("SELECT audit_prune($1, $2)", last["id"], mac))
        await publish_anchor(conn, seal, force=True)
        return removed


class _Prune:
    pass


PRUNE_EVERY: Final = 24 * 3600.0
FIRST_PRUNE_AFTER: Final = 300.0  # not at boot: let the node settle first


class AuditPruner(AsyncActor):
    """Prunes the audit trail once a day (the first time five minutes after
    boot), logging what it removed.

    ``handle_info`` (its timer)
        Prunes; while the database is away it tries again soon, with backoff —
        never a crash. After a prune it asks the anchor actor to anchor the new
        head. It answers no calls; an unexpected raise crashes it and the
        restart prunes five minutes later."""

    def __init__(
        self,
        database: DatabaseHandle,
        seal: AuditSeal,
        days: int = RETENTION_DAYS,
        first_after: float = FIRST_PRUNE_AFTER,
    ) -> None:
        super().__init__()
        self.database = database
        self.seal = seal
        self.days = days
        self.first_after = first_after
        self._backoff = Backoff(first=1.0, cap=60.0)

    async def init(self) -> None:
        send_after(self, _Prune(), self.first_after)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Prune):
            try:
                async with self.database.pool().acquire() as conn:
                    removed = await prune(conn, self.seal, self.days)
            except UNAVAILABLE as exc:
                # Nothing is lost by pruning later: try again soon, not tomorrow.
                self.database.report_unavailable(exc)
                log.warning("audit pruning postponed: the database is unavailable (%s)", type(exc).__name__)
                send_after(self, _Prune(), self._backoff.delay())
                return
            self._backoff.reset()
            if removed:
                log.info("pruned %d audit rows older than %d days", removed, self.days)
                send(AUDIT_ANCHOR_NAME, request_anchor())  # the data dir's copy follows the new head
            send_after(self, _Prune(), PRUNE_EVERY)
            return
        await super().handle_info(message)
