"""The anchored head: truncating the newest rows, rewriting the newest row
with a recomputed hash, and forging an anchor are all detected; normal
appends, prunes and re-anchoring still verify. The anchor file in the data
dir answers for the head even when the table's anchors are deleted too."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from alexclaw.security import AuditSeal, anchor_path, prune, record_audit, verify_chain
from alexclaw.security._audit_anchor import publish_anchor, write_anchor_file
from tests.alexclaw.security.test_audit_chain import SEAL, backdate_first_rows, tamper


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    for index in range(6):
        await record_audit(connection, "test", f"event.{index}", f"target-{index}")
    yield connection
    await connection.close()


async def test_an_anchored_chain_verifies_and_names_its_anchored_head(conn: asyncpg.Connection) -> None:
    anchor = await publish_anchor(conn, SEAL)
    assert anchor is not None and anchor.total == 6
    await record_audit(conn, "test", "after.anchor")  # rows after the anchor are fine
    report = await verify_chain(conn, SEAL)
    assert report.ok and report.anchored == anchor.last_id and report.rows == 7


async def test_an_unchanged_head_is_not_anchored_twice(conn: asyncpg.Connection) -> None:
    first = await publish_anchor(conn, SEAL)
    again = await publish_anchor(conn, SEAL)
    assert first is not None and again is not None and again.mac == first.mac
    assert await conn.fetchval("SELECT count(*) FROM audit_anchors") == 1


@pytest.mark.parametrize("newest", [1, 3])
async def test_deleting_the_newest_rows_is_detected_as_truncation(conn: asyncpg.Connection, newest: int) -> None:
    await publish_anchor(conn, SEAL)
    await tamper(conn, "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT $1)", newest)
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "truncat" in report.problem


async def test_truncation_followed_by_new_rows_is_still_detected(conn: asyncpg.Connection) -> None:
    await publish_anchor(conn, SEAL)
    await tamper(conn, "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 2)")
    await record_audit(conn, "test", "covering.up")  # chains honestly onto the truncated head
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "truncat" in report.problem


async def test_rewriting_the_newest_row_with_a_recomputed_hash_is_detected(conn: asyncpg.Connection) -> None:
    anchor = await publish_anchor(conn, SEAL)
    assert anchor is not None
    await tamper(
        conn,
        "UPDATE audit_log SET outcome = 'forged', row_hash = audit_row_hash(prev_hash, id, at, actor, action, target, "
        "'forged', detail, node) WHERE id = $1",
        anchor.last_id,
    )
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "rewritten" in report.problem and report.first_bad_id == anchor.last_id


@pytest.mark.parametrize(
    "forgery",
    [
        "UPDATE audit_anchors SET total = total - 2",
        "UPDATE audit_anchors SET last_id = last_id - 2",
        "UPDATE audit_anchors SET mac = repeat('0', 64)",
    ],
    ids=["count", "head", "mac"],
)
async def test_a_tampered_anchor_is_detected(conn: asyncpg.Connection, forgery: str) -> None:
    await publish_anchor(conn, SEAL)
    await tamper(conn, forgery)
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "forged or altered" in report.problem


async def test_an_anchor_sealed_with_another_key_is_detected(conn: asyncpg.Connection) -> None:
    await publish_anchor(conn, AuditSeal("someone-elses-key-" + "x" * 40))
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "forged or altered" in report.problem


async def test_the_anchor_file_catches_truncation_when_the_table_anchors_are_deleted_too(
    conn: asyncpg.Connection, tmp_path: Path
) -> None:
    file = anchor_path(tmp_path)
    assert file is not None
    anchor = await publish_anchor(conn, SEAL)
    assert anchor is not None
    write_anchor_file(file, anchor)
    assert (await verify_chain(conn, SEAL, file)).ok
    await tamper(conn, "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 2)")
    await tamper(conn, "DELETE FROM audit_anchors")
    assert (await verify_chain(conn, SEAL)).ok  # the table alone can no longer tell
    report = await verify_chain(conn, SEAL, file)
    assert not report.ok and "file anchor" in report.problem and "truncat" in report.problem


async def test_a_corrupt_anchor_file_fails_verification(conn: asyncpg.Connection, tmp_path: Path) -> None:
    file = tmp_path / "audit-anchor.json"
    file.write_text("{not json")
    report = await verify_chain(conn, SEAL, file)
    assert not report.ok and "unreadable" in report.problem


async def test_pruning_anchors_the_new_head_and_an_older_anchor_file_still_verifies(
    conn: asyncpg.Connection, tmp_path: Path
) -> None:
    file = tmp_path / "audit-anchor.json"
    await backdate_first_rows(conn, 3)
    before = await publish_anchor(conn, SEAL)
    assert before is not None
    write_anchor_file(file, before)
    assert await prune(conn, SEAL, days=30) == 3
    assert await conn.fetchval("SELECT mac FROM audit_checkpoints ORDER BY id DESC LIMIT 1")  # sealed
    await record_audit(conn, "test", "after.prune")
    report = await verify_chain(conn, SEAL, file)
    assert report.ok and report.rows == 4


async def test_a_forged_checkpoint_is_detected(conn: asyncpg.Connection) -> None:
    await backdate_first_rows(conn, 3)
    await prune(conn, SEAL, days=30)
    await tamper(conn, "UPDATE audit_checkpoints SET pruned_rows = pruned_rows + 5")
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "checkpoint" in report.problem
