"""Migrations: ordered, recorded, locked against concurrent nodes, and
strict about history."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import pytest

from alexclaw.storage import Migration, MigrationError, applied_versions, load_migrations, migrate


def test_the_shipped_migrations_load_in_version_order() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == sorted(m.version for m in migrations)
    assert migrations[0].name == "extensions"


def test_a_badly_named_migration_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "1_first.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match=r"NNNN_lowercase_name\.sql"):
        load_migrations(tmp_path)


def test_two_files_with_one_version_are_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0001_b.sql").write_text("SELECT 2;")
    with pytest.raises(MigrationError, match="version 0001"):
        load_migrations(tmp_path)


async def test_migrate_applies_pending_files_once(empty_database_url: str) -> None:
    conn = await asyncpg.connect(empty_database_url)
    try:
        first = await migrate(conn)
        second = await migrate(conn)
        assert [m.version for m in first] == [m.version for m in load_migrations()]
        assert second == []
        assert await applied_versions(conn) == [m.version for m in load_migrations()]
        assert await conn.fetchval("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
    finally:
        await conn.close()


async def test_two_nodes_migrating_at_once_apply_each_file_exactly_once(empty_database_url: str) -> None:
    extra = [*load_migrations(), Migration(9001, "slow", "SELECT pg_sleep(0.2); CREATE TABLE slow_marker (id int);")]
    a = await asyncpg.connect(empty_database_url)
    b = await asyncpg.connect(empty_database_url)
    try:
        done_a, done_b = await asyncio.gather(migrate(a, extra), migrate(b, extra))
        assert sorted(m.version for m in done_a + done_b) == sorted(m.version for m in extra)
        rows = await a.fetch("SELECT version, count(*) AS n FROM schema_migrations GROUP BY version")
        assert all(row["n"] == 1 for row in rows)
    finally:
        await a.close()
        await b.close()


async def test_an_applied_migration_that_was_edited_is_an_error(empty_database_url: str) -> None:
    conn = await asyncpg.connect(empty_database_url)
    try:
        await migrate(conn, [Migration(1, "one", "CREATE TABLE one (id int);")])
        with pytest.raises(MigrationError, match="changed after it was applied"):
            await migrate(conn, [Migration(1, "one", "CREATE TABLE one (id bigint);")])
    finally:
        await conn.close()


async def test_a_database_newer_than_the_build_is_an_error(empty_database_url: str) -> None:
    conn = await asyncpg.connect(empty_database_url)
    try:
        await migrate(conn, [Migration(1, "one", "SELECT 1;"), Migration(2, "two", "SELECT 2;")])
        with pytest.raises(MigrationError, match="newer than this build"):
            await migrate(conn, [Migration(1, "one", "SELECT 1;")])
    finally:
        await conn.close()


async def test_a_failing_migration_leaves_no_partial_change(empty_database_url: str) -> None:
    conn = await asyncpg.connect(empty_database_url)
    try:
        bad = Migration(1, "bad", "CREATE TABLE half (id int); SELECT no_such_function();")
        with pytest.raises(asyncpg.PostgresError):
            await migrate(conn, [bad])
        assert await conn.fetchval("SELECT to_regclass('half')") is None
        assert await applied_versions(conn) == []
    finally:
        await conn.close()
