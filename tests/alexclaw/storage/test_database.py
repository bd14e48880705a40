"""The Database actor: pool, pgvector check, migrations, snapshot."""

from __future__ import annotations

import pytest

from actors import StartError
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
