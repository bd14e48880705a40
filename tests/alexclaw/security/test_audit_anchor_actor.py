"""The ``audit_anchor`` child: it anchors the head at start, on request and
at a clean stop (into the table and the data dir's file), says loudly when
the last anchor no longer holds, and ``alexclaw audit verify`` reads its file
to name a truncation even after the table's anchors were deleted too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import asyncpg

from actors import call
from alexclaw.security import AuditSeal, anchor_path, record_audit, verify_chain
from alexclaw.security._audit_anchor import AuditAnchor, request_anchor
from alexclaw.storage import DatabaseHandle
from supervisors import ChildSpec, start_child, which_children
from tests.alexclaw.security.conftest import Outage
from tests.alexclaw.security.test_audit_chain import tamper
from tests.alexclaw.test_cli import KEY, node_env
from tests.helpers import refused_and_still_running

SEAL = AuditSeal(KEY)  # the CLI test's SECRET_KEY_BASE: `alexclaw audit verify` checks with it


async def write_rows(database: DatabaseHandle, count: int) -> None:
    async with database.pool().acquire() as conn:
        for index in range(count):
            await record_audit(conn, "test", f"event.{index}")


async def test_the_head_is_anchored_at_start_on_request_and_at_stop(database: DatabaseHandle, tmp_path: Path) -> None:
    file = anchor_path(tmp_path)
    assert file is not None
    await write_rows(database, 3)
    actor = await AuditAnchor(database, SEAL, file, every=3600).start()
    async with database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT total FROM audit_anchors ORDER BY id DESC LIMIT 1") == 3
        assert file.exists()
        await write_rows(database, 2)
        anchor = await call(actor, request_anchor())
        assert anchor.total == 5
        await write_rows(database, 1)
        await actor.stop()
        assert await conn.fetchval("SELECT total FROM audit_anchors ORDER BY id DESC LIMIT 1") == 6
        report = await verify_chain(conn, SEAL, file)
    assert report.ok and report.rows == 6


async def test_a_truncated_head_is_reported_as_an_audit_row_and_stays_detected(
    database: DatabaseHandle, tmp_path: Path
) -> None:
    await write_rows(database, 4)
    actor = await AuditAnchor(database, SEAL, anchor_path(tmp_path), every=3600).start()
    try:
        async with database.pool().acquire() as conn:
            await tamper(conn, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
            await call(actor, request_anchor())
            alarm = await conn.fetchrow("SELECT actor, outcome FROM audit_log WHERE action = 'audit.anchor_mismatch'")
            assert alarm is not None and tuple(alarm) == ("audit_anchor", "denied")
            report = await verify_chain(conn, SEAL)  # the anchor that saw the old head is still there
        assert not report.ok and "truncat" in report.problem
    finally:
        await actor.stop()


async def test_audit_verify_reads_the_data_dirs_anchor_and_exits_1_on_truncation(
    database: DatabaseHandle, database_url: str, tmp_path: Path
) -> None:
    await write_rows(database, 5)
    actor = await AuditAnchor(database, SEAL, anchor_path(tmp_path), every=3600).start()
    await actor.stop()
    env = node_env(tmp_path, DATABASE_URL=database_url)

    def verify() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "alexclaw", "audit", "verify"]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)

    intact = verify()
    assert intact.returncode == 0 and "intact: 5 rows; head anchored at row" in intact.stdout
    conn = await asyncpg.connect(database_url)
    try:
        await tamper(conn, "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 2)")
        await tamper(conn, "DELETE FROM audit_anchors")
    finally:
        await conn.close()
    broken = verify()
    assert broken.returncode == 1 and "BROKEN" in broken.stderr and "truncated" in broken.stderr
    assert "file anchor" in broken.stderr


async def test_an_anchor_asked_for_while_the_database_is_away_is_refused_and_the_actor_stays(
    outage: Outage, tmp_path: Path
) -> None:
    async def anchor() -> Any:
        return await AuditAnchor(outage.database, SEAL, anchor_path(tmp_path), every=3600).start()

    await start_child(outage.supervisor, ChildSpec("anchor", anchor))
    await outage.begin()
    refused = await refused_and_still_running(outage.supervisor, "anchor", request_anchor())
    assert refused.code == "unavailable" and "not anchored" in refused.reason
    await outage.end()
    await write_rows(outage.database, 2)
    actor = next(c.process for c in which_children(outage.supervisor) if c.id == "anchor")
    assert actor is not None
    anchored = await call(actor, request_anchor())
    assert anchored is not None and anchored.total == 2
