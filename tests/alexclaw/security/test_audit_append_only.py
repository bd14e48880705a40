"""The database itself keeps the audit trail append-only: UPDATE, DELETE and
TRUNCATE are refused on the audit log, its checkpoints and its anchors,
whoever sends them through ordinary SQL; rows leave only through
``audit_prune``, which a role that may only INSERT and SELECT can still call."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator

import asyncpg
import pytest

from alexclaw.security import prune, record_audit, verify_chain
from tests.alexclaw.security.test_audit_chain import SEAL, backdate_first_rows


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    for index in range(4):
        await record_audit(connection, "test", f"event.{index}")
    await backdate_first_rows(connection, 1)
    await prune(connection, SEAL, days=30)  # a checkpoint and an anchor to refuse changes to
    yield connection
    await connection.close()


STATEMENTS = [
    "UPDATE audit_log SET outcome = 'denied'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "UPDATE audit_checkpoints SET pruned_rows = 0",
    "DELETE FROM audit_checkpoints",
    "TRUNCATE audit_checkpoints",
    "UPDATE audit_anchors SET total = 0",
    "DELETE FROM audit_anchors",
    "TRUNCATE audit_anchors",
]


@pytest.mark.parametrize("statement", STATEMENTS)
async def test_changing_or_removing_audit_rows_is_refused_by_the_database(
    conn: asyncpg.Connection, statement: str
) -> None:
    with pytest.raises(asyncpg.InsufficientPrivilegeError, match="append-only"):
        await conn.execute(statement)
    assert (await verify_chain(conn, SEAL)).ok


async def test_the_prune_flag_alone_does_not_let_uncovered_rows_go(conn: asyncpg.Connection) -> None:
    async with conn.transaction():
        await conn.execute("SELECT set_config('alexclaw.audit_pruning', 'on', true)")
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="append-only"):
            await conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")


async def test_audit_prune_refuses_a_row_that_does_not_exist(conn: asyncpg.Connection) -> None:
    with pytest.raises(asyncpg.RaiseError, match="no audit row"):
        await conn.fetchval("SELECT audit_prune(999999, 'x')")


async def test_a_role_allowed_only_to_insert_and_read_can_append_and_prune_but_not_edit(
    conn: asyncpg.Connection,
) -> None:
    role = f"audit_writer_{secrets.token_hex(4)}"
    await conn.execute(f"CREATE ROLE {role} NOLOGIN")
    try:
        await conn.execute(f"GRANT INSERT, SELECT ON audit_log, audit_checkpoints, audit_anchors TO {role}")
        await conn.execute(f"GRANT USAGE ON SEQUENCE audit_log_id_seq, audit_anchors_id_seq TO {role}")
        async with conn.transaction():
            await conn.execute(f"SET LOCAL ROLE {role}")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):  # not granted yet
                await conn.fetchval("SELECT audit_prune(1, 'x')")
        await conn.execute(f"GRANT EXECUTE ON FUNCTION audit_prune(bigint, text) TO {role}")
        async with conn.transaction():
            await conn.execute(f"SET LOCAL ROLE {role}")
            await record_audit(conn, "test", "as.the.node.role")
        async with conn.transaction():
            await conn.execute(f"SET LOCAL ROLE {role}")
            assert await prune(conn, SEAL, days=0) == 4  # audit_prune runs as its owner
        async with conn.transaction():
            await conn.execute(f"SET LOCAL ROLE {role}")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_append_only")
        async with conn.transaction():
            await conn.execute(f"SET LOCAL ROLE {role}")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("DELETE FROM audit_log")
    finally:
        await conn.execute(f"REVOKE ALL ON audit_log, audit_checkpoints, audit_anchors FROM {role}")
        await conn.execute(f"REVOKE ALL ON SEQUENCE audit_log_id_seq, audit_anchors_id_seq FROM {role}")
        await conn.execute(f"REVOKE ALL ON FUNCTION audit_prune(bigint, text) FROM {role}")
        await conn.execute(f"DROP ROLE {role}")
    assert (await verify_chain(conn, SEAL)).ok


async def test_a_writer_that_drew_its_turn_first_but_got_the_lock_second_still_chains_in_id_order(
    database_url: str,
) -> None:
    from alexclaw.security._audit_anchor import APPEND_LOCK

    first, second = await asyncpg.connect(database_url), await asyncpg.connect(database_url)
    try:
        holding = first.transaction()
        await holding.start()
        await first.execute("SET LOCAL statement_timeout = '30s'")
        await first.execute("SELECT pg_advisory_xact_lock($1)", APPEND_LOCK)  # before the other writer starts

        async def append_once_the_other_waits() -> None:
            # Wait (in the database) until the other writer is queued on the append lock.
            await first.execute(
                "DO $$ BEGIN WHILE NOT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()) "
                "LOOP PERFORM pg_sleep(0.001); END LOOP; END $$"
            )
            await record_audit(first, "first", "race.locked_first")
            await holding.commit()

        await asyncio.gather(record_audit(second, "second", "race.queued_first"), append_once_the_other_waits())
        order = [r["action"] for r in await first.fetch("SELECT action FROM audit_log ORDER BY id")]
        assert order[-2:] == ["race.locked_first", "race.queued_first"]
        assert (await verify_chain(first, SEAL)).ok
    finally:
        await first.close()
        await second.close()
