from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alexclaw.storage import Database, DatabaseHandle
from tests.alexclaw.connections.support import SecondDatabase, second_database


@pytest.fixture
async def reporting(pg_admin_dsn: str) -> AsyncIterator[SecondDatabase]:
    """The operator's other database, reached over TCP on 127.0.0.1."""
    async with second_database(pg_admin_dsn) as made:
        yield made


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=3).start()
    yield handle
    await db.stop()
