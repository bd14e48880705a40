"""A started Database actor on a fresh migrated database, for the security
pieces that keep state in PostgreSQL (challenges, shield, break-glass)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alexclaw.storage import Database, DatabaseHandle


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=3).start()
    yield handle
    await db.stop()
