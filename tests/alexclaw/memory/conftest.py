"""A started Database actor on a fresh migrated database, and the local
embedding model loaded once per test session (it is read-only)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from alexclaw.memory import InlineEmbedder, LocalModel
from alexclaw.storage import Database, DatabaseHandle

T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=5).start()
    yield handle
    await db.stop()


@pytest.fixture(scope="session")
def local_model() -> LocalModel:
    model = LocalModel()
    model.load()
    return model


@pytest.fixture
def embedder(local_model: LocalModel) -> InlineEmbedder:
    return InlineEmbedder(local_model)
