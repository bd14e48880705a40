"""The hash-chained audit trail: edits and deletions are detected; pruning
keeps the chain verifiable. Tampering is done as a superuser with raw SQL
would do it: the append-only triggers switched off first."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import asyncpg
import pytest

from alexclaw.security import AuditSeal, prune, record_audit, verify_chain
from alexclaw.storage import Connection

SEAL = AuditSeal("audit-chain-test-key-" + "k" * 40)


async def tamper(conn: Connection, sql: str, *args: object) -> None:
    """What an attacker with superuser SQL does: triggers off, edit, on."""
    await conn.execute("SET session_replication_role = replica")
    try:
        await conn.execute(sql, *args)
    finally:
        await conn.execute("SET session_replication_role = DEFAULT")


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    for index in range(6):
        await record_audit(connection, "test", f"event.{index}", f"target-{index}", detail={"n": index})
    yield connection
    await connection.close()


async def test_an_untouched_chain_verifies(conn: asyncpg.Connection) -> None:
    report = await verify_chain(conn, SEAL)
    assert report.ok and report.rows == 6
    hashes = await conn.fetch("SELECT prev_hash, row_hash FROM audit_log ORDER BY id")
    assert hashes[0]["prev_hash"] == "" and all(h["row_hash"] for h in hashes)
    assert all(later["prev_hash"] == earlier["row_hash"] for earlier, later in itertools.pairwise(hashes))


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE audit_log SET outcome = 'denied' WHERE id = {id}",
        "UPDATE audit_log SET actor = 'someone else' WHERE id = {id}",
        "UPDATE audit_log SET detail = '{{\"n\": 99}}' WHERE id = {id}",
        "UPDATE audit_log SET at = at - interval '1 day' WHERE id = {id}",
    ],
    ids=["outcome", "actor", "detail", "time"],
)
async def test_editing_a_row_is_detected_and_the_row_named(conn: asyncpg.Connection, edit: str) -> None:
    target = await conn.fetchval("SELECT id FROM audit_log ORDER BY id OFFSET 2 LIMIT 1")
    await tamper(conn, edit.format(id=target))
    report = await verify_chain(conn, SEAL)
    assert not report.ok and report.first_bad_id == target and f"row {target}" in report.problem


async def test_deleting_a_row_is_detected(conn: asyncpg.Connection) -> None:
    victim = await conn.fetchval("SELECT id FROM audit_log ORDER BY id OFFSET 3 LIMIT 1")
    await tamper(conn, "DELETE FROM audit_log WHERE id = $1", victim)
    report = await verify_chain(conn, SEAL)
    assert not report.ok and "missing" in report.problem


async def test_rewriting_a_row_with_a_recomputed_hash_still_breaks_the_next_link(conn: asyncpg.Connection) -> None:
    target = await conn.fetchval("SELECT id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1")
    await tamper(
        conn,
        "UPDATE audit_log SET outcome = 'forged', row_hash = audit_row_hash(prev_hash, id, at, actor, action, target, "
        "'forged', detail, node) WHERE id = $1",
        target,
    )
    report = await verify_chain(conn, SEAL)
    assert not report.ok and report.first_bad_id == target + 1


async def backdate_first_rows(conn: asyncpg.Connection, count: int) -> None:
    """Make the first rows 40 days old and re-chain honestly, as if they
    had been written then (a test set-up, done with the triggers off)."""
    first_ids = [r["id"] for r in await conn.fetch("SELECT id FROM audit_log ORDER BY id LIMIT $1", count)]
    await tamper(conn, "UPDATE audit_log SET at = now() - interval '40 days' WHERE id = ANY($1::bigint[])", first_ids)
    await tamper(
        conn,
        """
        DO $$ DECLARE r record; previous text := ''; BEGIN
          FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
            UPDATE audit_log SET prev_hash = previous,
              row_hash = audit_row_hash(previous, r.id, r.at, r.actor, r.action, r.target, r.outcome,
                                        r.detail, r.node)
            WHERE id = r.id RETURNING row_hash INTO previous;
          END LOOP; END $$;
        """,
    )


async def test_pruning_old_rows_keeps_the_chain_verifiable(conn: asyncpg.Connection) -> None:
    await backdate_first_rows(conn, 3)
    assert (await verify_chain(conn, SEAL)).ok
    assert await prune(conn, SEAL, days=30) == 3
    report = await verify_chain(conn, SEAL)
    assert report.ok and report.rows == 3 and report.anchored is not None
    await record_audit(conn, "test", "after.prune")
    assert (await verify_chain(conn, SEAL)).ok
    assert await prune(conn, SEAL, days=30) == 0
