"""Anchoring the head of the audit chain outside the audited table.

The chain alone cannot tell that its newest rows were deleted, or that the
newest row was rewritten with a recomputed hash: what is left is a valid
chain. So the node publishes the head — last id, its hash, and how many
rows were ever written up to it (kept + pruned) — into ``audit_anchors``
and into a file in its data dir, sealed with an HMAC under a key derived
from SECRET_KEY_BASE that the database never holds. Pruning checkpoints are
sealed the same way. ``check_anchors`` holds every anchor against what the
table says now: a forged or altered anchor, a vanished or rewritten anchored
row, or fewer rows than were counted, is named.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from actors import AsyncActor, Refused, send_after
from alexclaw.security._audit import record_audit
from alexclaw.security._crypto import derive_key
from alexclaw.storage import UNAVAILABLE, Connection, DatabaseHandle

log = logging.getLogger("alexclaw.security.audit")

ANCHOR_KEY_INFO: Final = "alexclaw audit anchor v1"
ANCHOR_FILE: Final = "audit-anchor.json"
AUDIT_ANCHOR_NAME: Final = "alexclaw.security.audit_anchor"
APPEND_LOCK: Final = 7370757164697401  # the chain trigger's advisory lock


class AuditSeal:
    """HMAC-SHA256 over anchors and checkpoints, with its own derived key."""

    __slots__ = ("_key",)

    def __init__(self, secret_key_base: str) -> None:
        self._key = derive_key(secret_key_base, ANCHOR_KEY_INFO)

    def mac(self, kind: str, last_id: int, last_hash: str, count: int) -> str:
        message = f"{kind}\x00{last_id}\x00{last_hash}\x00{count}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def valid(self, kind: str, last_id: int, last_hash: str, count: int, mac: str | None) -> bool:
        return mac is not None and hmac.compare_digest(self.mac(kind, last_id, last_hash, count), mac)


@dataclass(frozen=True)
class Anchor:
    last_id: int
    last_hash: str
    total: int  # rows ever written up to last_id: those kept plus those pruned
    mac: str
    at: str = ""
    source: str = "table"  # table | file


async def _head(conn: Connection) -> tuple[int, str, int] | None:
    """(last id, its hash, rows ever written up to it); None when nothing
    was ever written. Call under the append lock."""
    last = await conn.fetchrow("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")
    if last is None:
        last = await conn.fetchrow(
            "SELECT last_id AS id, last_hash AS row_hash FROM audit_checkpoints ORDER BY id DESC LIMIT 1"
        )
    if last is None:
        return None
    kept = await conn.fetchval("SELECT count(*) FROM audit_log")
    pruned = await conn.fetchval("SELECT coalesce(sum(pruned_rows), 0) FROM audit_checkpoints")
    return int(last["id"]), str(last["row_hash"]), int(kept) + int(pruned)


async def publish_anchor(conn: Connection, seal: AuditSeal, *, force: bool = False) -> Anchor | None:
    """Anchor the current head (in the caller's transaction when there is
    one) and return it; when the head has not moved since the newest anchor
    (and ``force`` is off) that anchor is returned, none added. None when
    nothing was ever written."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", APPEND_LOCK)
        head = await _head(conn)
        if head is None:
            return None
        last_id, last_hash, total = head
        newest = await conn.fetchrow(
            "SELECT last_id, last_hash, total, mac, at FROM audit_anchors ORDER BY id DESC LIMIT 1"
        )
        if not force and newest is not None and (newest["last_id"], newest["total"]) == (last_id, total):
            return Anchor(last_id, newest["last_hash"], total, newest["mac"], newest["at"].isoformat())
        mac = seal.mac("anchor", last_id, last_hash, total)
        at = await conn.fetchval(
            "INSERT INTO audit_anchors (last_id, last_hash, total, mac) VALUES ($1, $2, $3, $4) RETURNING at",
            last_id, last_hash, total, mac,
        )  # fmt: skip
    return Anchor(last_id, last_hash, total, mac, at.isoformat())


def write_anchor_file(path: Path, anchor: Anchor) -> None:
    """Replace the file atomically: a reader sees the old anchor or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps({k: v for k, v in asdict(anchor).items() if k != "source"}))
    os.replace(scratch, path)


def read_anchor_file(path: Path) -> Anchor | str | None:
    """The anchor in ``path``; a problem as text when it is unreadable;
    None when there is no file."""
    try:
        data = json.loads(path.read_text())
        return Anchor(
            int(data["last_id"]), str(data["last_hash"]), int(data["total"]), str(data["mac"]), str(data.get("at", "")),
            source="file",
        )  # fmt: skip
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"the anchor file {path} is unreadable ({type(exc).__name__})"


async def table_anchors(conn: Connection) -> list[Anchor]:
    rows = await conn.fetch("SELECT last_id, last_hash, total, mac, at FROM audit_anchors ORDER BY id")
    return [Anchor(r["last_id"], r["last_hash"], r["total"], r["mac"], r["at"].isoformat()) for r in rows]


def check_anchors(
    seal: AuditSeal,
    anchors: Sequence[Anchor],
    *,
    ids: Sequence[int],
    hashes: dict[int, str],
    pruned_total: int,
    pruned_upto: int,
) -> tuple[str, int | None] | None:
    """The first anchor the table no longer honours, as (problem, row id);
    None when every anchor holds. ``ids`` are the kept row ids in order."""
    for anchor in anchors:
        where = f"the {anchor.source} anchor of {anchor.at or 'unknown time'}"
        if not seal.valid("anchor", anchor.last_id, anchor.last_hash, anchor.total, anchor.mac):
            return f"{where} is forged or altered: its HMAC does not match", None
        if anchor.last_id <= pruned_upto:
            continue  # a prune since removed what it anchored; the sealed checkpoint answers for it
        current = hashes.get(anchor.last_id)
        if current is None:
            return (
                f"row {anchor.last_id}, the head anchored by {where}, is gone: "
                f"the audit trail was truncated (newest rows deleted)",
                anchor.last_id,
            )
        if current != anchor.last_hash:
            return f"row {anchor.last_id} was rewritten after {where} anchored it", anchor.last_id
        kept = bisect_right(ids, anchor.last_id)
        if kept + pruned_total != anchor.total:
            missing = anchor.total - kept - pruned_total
            return (
                f"{where} counted {anchor.total} rows up to row {anchor.last_id}; "
                f"{kept + pruned_total} are accounted for ({missing:+d} missing): rows were deleted (truncation)",
                anchor.last_id,
            )
    return None


def anchor_path(data_dir: Path | None) -> Path | None:
    return data_dir / ANCHOR_FILE if data_dir is not None else None


class _Publish:
    pass


ANCHOR_EVERY: Final = 300.0


class AuditAnchor(AsyncActor):
    """Publishes the audit head at boot, every five minutes when it moved,
    and at a clean stop; before each, it checks that the last anchor still
    holds, and says so loudly (log and audit row) when it does not.

    ``init``
        Anchors once, waiting for the database if it is away (rule 4: a
        restart during an outage failed at once, five times in milliseconds,
        and ``security`` gave up — found by the chaos suite); a raise after
        that wait is a start failure.
    ``handle_call``
        ``request_anchor()`` anchors now and answers the ``Anchor`` (None if
        nothing moved), or ``Refused`` (code ``unavailable``) while the
        database is away — the timer anchors later.
    ``handle_info`` (the timer)
        Anchors; a database failure raises and crashes it, and the restart
        anchors again.
    ``terminate``
        Anchors the head at a stop; a failure is logged (the next boot anchors)."""

    def __init__(
        self, database: DatabaseHandle, seal: AuditSeal, file: Path | None, every: float = ANCHOR_EVERY
    ) -> None:
        super().__init__()
        self.database = database
        self.seal = seal
        self.file = file
        self.every = every

    async def init(self) -> None:
        await self.database.when_ready(self.publish, what="audit anchor")
        send_after(self, _Publish(), self.every)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Publish):
            await self.publish()
            send_after(self, _Publish(), self.every)
            return
        await super().handle_info(message)

    async def handle_call(self, message: Any, caller: Any) -> Any:
        if isinstance(message, _Publish):
            try:
                return await self.publish(force=True)
            except UNAVAILABLE as exc:  # asked now, answered now: the timer anchors later
                self.database.report_unavailable(exc)
                return Refused(f"the audit head was not anchored: the database is unavailable ({exc})", "unavailable")
        return await super().handle_call(message, caller)

    async def publish(self, *, force: bool = False) -> Anchor | None:
        async with self.database.pool().acquire() as conn:
            broken = await self._last_anchor_broken(conn)
            if broken:
                log.error("the audit trail no longer matches its last anchor: %s", broken)
                await record_audit(conn, "audit_anchor", "audit.anchor_mismatch", "audit_log", outcome="denied",
                                   detail={"problem": broken})  # fmt: skip
            anchor = await publish_anchor(conn, self.seal, force=force)
        if anchor is not None and self.file is not None:
            write_anchor_file(self.file, anchor)
        return anchor

    async def _last_anchor_broken(self, conn: Connection) -> str | None:
        newest = await conn.fetchrow(
            "SELECT a.last_id, a.last_hash, l.row_hash, "
            "(SELECT coalesce(max(last_id), 0) FROM audit_checkpoints) AS upto "
            "FROM audit_anchors a LEFT JOIN audit_log l ON l.id = a.last_id ORDER BY a.id DESC LIMIT 1"
        )
        if newest is None or newest["last_id"] <= newest["upto"]:
            return None
        if newest["row_hash"] is None:
            return f"anchored row {newest['last_id']} is gone (truncation)"
        if newest["row_hash"] != newest["last_hash"]:
            return f"anchored row {newest['last_id']} was rewritten"
        return None

    async def terminate(self, reason: Any) -> None:
        try:
            await self.publish()
        except Exception:  # the database may be gone first; the next boot anchors
            log.exception("could not anchor the audit head at stop")


def request_anchor() -> _Publish:
    """The message that makes the anchor actor publish now (tests, prune)."""
    return _Publish()
