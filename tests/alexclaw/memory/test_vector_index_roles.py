"""The vector indexes are DDL: a node running as the application role does
not build them. Its first vector of a model finds no index, says so once in
a warning, stores the vector and searches by comparing every vector; the
posture audit reports the missing index; ``alexclaw migrate`` (the owner)
builds it, after which the node finds it there."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import asyncpg
import pytest

from alexclaw.memory import (
    add_memory,
    build_vector_indexes,
    ensure_vector_index,
    missing_vector_indexes,
    search_memory,
    store_vector,
)
from alexclaw.posture import audit, gather
from alexclaw.settings import Settings
from alexclaw.storage import learn_vector
from tests.alexclaw.storage.conftest import TwoRoles, two_roles

__all__ = ["two_roles"]

MODEL = "test-model"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
INDEX = "memory_entries_hnsw_test_model"


async def index_exists(conn: asyncpg.Connection) -> bool:
    return await conn.fetchval("SELECT to_regclass($1)", INDEX) is not None


async def test_the_application_role_stores_and_finds_vectors_without_an_index_until_migrate_builds_it(
    two_roles: TwoRoles, caplog: pytest.LogCaptureFixture
) -> None:
    await two_roles.migrate()
    app = await asyncpg.connect(two_roles.app_dsn)
    owner = await asyncpg.connect(two_roles.owner_dsn)
    try:
        await learn_vector(app)
        with caplog.at_level(logging.WARNING, logger="alexclaw.memory"):
            assert await ensure_vector_index(app, "memory_entries", MODEL, 3) is False
        assert "may not build one" in caplog.text and "alexclaw migrate" in caplog.text
        assert not await index_exists(app)
        row_id = await add_memory(app, "note", "the kitten naps on the sofa", now=NOW)
        assert await store_vector(app, "memory_entries", row_id, [1.0, 0.0, 0.0], MODEL)
        hits = await search_memory(app, "sofa", now=NOW, vector=[1.0, 0.1, 0.0], model=MODEL)
        assert [hit.id for hit in hits] == [row_id]  # an exact scan finds it
        assert await missing_vector_indexes(app) == [("memory_entries", MODEL)]
        facts = await gather(app, Settings(secret_key_base="k" * 40, database_url=two_roles.app_dsn), {})
        assert "memory.vector-index-missing" in {f.id for f in audit(facts)}

        built = await build_vector_indexes(owner, None)  # what alexclaw migrate does as the owner
        assert built == [INDEX]
        assert await ensure_vector_index(app, "memory_entries", MODEL, 3) is True
        assert await missing_vector_indexes(app) == []
        assert await build_vector_indexes(owner, None) == []  # idempotent
    finally:
        await app.close()
        await owner.close()
