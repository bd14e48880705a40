"""The Database actor: pool, pgvector check, migrations, snapshot."""

from __future__ import annotations

import pytest

from actors import NoProcess, StartError, sync
from alexclaw.storage import Database, DatabaseHandle, StorageError, check_pgvector


def test_pgvector_must_be_available_and_recent() -> None:
    check_pgvector("0.8.0")
    with pytest.raises(StorageError, match="does not offer the pgvector extension"):
        check_pgvector(None)
    with pytest.raises(StorageError, match=r"pgvector 0.4.4 is too old \(need >= 0.5\)"):
        check_pgvector("0.4.4")


async def test_the_database_actor_publishes_a_migrated_pool(empty_database_url: str) -> None:
    handle = DatabaseHandle()
    assert not handle.available

    async def dsn() -> str:
        return empty_database_url

    db = await Database(dsn, handle).start()
    assert handle.available and await handle.ping()
    assert await handle.pool().fetchval("SELECT count(*) FROM schema_migrations") >= 1
    stats = handle.stats()
    assert stats is not None and stats.size >= 1 and stats.max_size == 10
    await db.stop()
    assert not handle.available and not await handle.ping()
    with pytest.raises(StorageError, match="not available"):
        handle.pool()


async def test_an_unreachable_database_is_a_clear_start_failure(tmp_path: object) -> None:
    async def dsn() -> str:
        return "postgresql://nobody@127.0.0.1:1/none"

    with pytest.raises(StartError, match="cannot connect to the database"):
        await Database(dsn, DatabaseHandle()).start()


async def test_a_reported_failure_fails_fast_until_the_database_actor_sees_the_server_answer(
    empty_database_url: str,
) -> None:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return empty_database_url

    db = await Database(dsn, handle).start()
    handle.report_unavailable(ConnectionResetError("reset by peer"))
    # Every caller fails at once now, instead of waiting out its own timeout.
    with pytest.raises(StorageError, match="not answering"):
        handle.pool()
    assert not handle.available and not await handle.ping()
    await sync(db)  # the probe the report asked for: the server answers
    assert handle.healthy and handle.available and await handle.ping()
    await db.stop()


async def test_the_pool_bounds_acquire_and_every_statement(empty_database_url: str) -> None:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return empty_database_url

    db = await Database(dsn, handle, max_size=1).start()
    pool = handle.pool()
    async with pool.acquire() as held:
        # The only connection is taken: a second acquire, with no timeout
        # given, gives up after ACQUIRE_TIMEOUT instead of waiting forever.
        with pytest.raises(TimeoutError):
            await pool.acquire()
        with pytest.raises(TimeoutError):
            await held.execute("SELECT pg_sleep(5)", timeout=0.05)
        assert await held.fetchval("SELECT 1") == 1  # the cancelled statement left it usable
    await db.stop()


async def test_a_restarted_database_actor_closes_the_pool_its_killed_predecessor_left(
    empty_database_url: str,
) -> None:
    # Found by the chaos suite: a killed actor never ran terminate, so its
    # pool stayed open (connections held, pool tasks alive after the node stopped).
    handle = DatabaseHandle()

    async def dsn() -> str:
        return empty_database_url

    killed = await Database(dsn, handle).start()
    left = handle.pool()
    killed.kill()
    await killed.wait_exited()
    successor = await Database(dsn, handle).start()
    assert left.is_closing()
    assert handle.pool() is not left and await handle.ping()
    await successor.stop()


async def test_a_restart_fails_at_once_when_the_embedded_server_actor_is_gone_instead_of_waiting(
    empty_database_url: str,
) -> None:
    # Found by the chaos suite: the restart waited 30 s for a server whose own
    # restart was queued behind it in the same rest_for_one supervisor.
    handle = DatabaseHandle()

    async def dsn() -> str:
        return empty_database_url

    first = await Database(dsn, handle).start()
    await first.stop()
    asked = 0

    async def server_gone() -> str:
        nonlocal asked
        asked += 1
        if asked == 1:
            return "postgresql://nobody@127.0.0.1:1/none"  # the dead server's address: refused
        raise NoProcess("no process is registered as 'alexclaw.storage.embedded'")

    with pytest.raises(StartError, match=r"alexclaw\.storage\.embedded"):
        await Database(server_gone, handle).start()
    assert asked == 2
