"""Schema migrations: ordered ``NNNN_name.sql`` files and a
``schema_migrations`` table, applied under a PostgreSQL advisory lock so
that several nodes booting at once never race. Each file runs in its own
transaction together with its bookkeeping row; an applied file whose text
changed, or a database that knows a newer version than this build, is a
clear error rather than a silent skip."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import asyncpg.pool

# A plain connection or one borrowed from a pool.
Connection = asyncpg.Connection | asyncpg.pool.PoolConnectionProxy

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any fixed 64-bit key; it names "AlexClaw schema migrations" for pg_locks.
ADVISORY_LOCK_KEY = 0x616C6578636C6177  # "alexclaw"
_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """The migration files or the database's record of them are inconsistent."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Read and order the migration files; reject stray or duplicate names."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix != ".sql":
            continue
        match = _FILE.match(path.name)
        if match is None:
            raise MigrationError(f"migration file {path.name!r} is not named NNNN_lowercase_name.sql")
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"two migration files have version {version:04d}")
        found[version] = Migration(version, match.group(2), path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)
"""


async def migrate(conn: Connection, migrations: list[Migration] | None = None) -> list[Migration]:
    """Apply what is pending; returns the migrations this call applied."""
    wanted = load_migrations() if migrations is None else migrations
    await conn.execute("SELECT pg_advisory_lock($1)", ADVISORY_LOCK_KEY)
    try:
        await conn.execute(_CREATE_TABLE)
        rows = await conn.fetch("SELECT version, name, checksum FROM schema_migrations")
        done: list[Migration] = []
        for migration in _unapplied(rows, wanted):
            async with conn.transaction():
                await conn.execute(migration.sql)
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                    migration.version,
                    migration.name,
                    migration.checksum,
                )
            done.append(migration)
        return done
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", ADVISORY_LOCK_KEY)


def _unapplied(rows: list[asyncpg.Record], wanted: list[Migration]) -> list[Migration]:
    """What of ``wanted`` the bookkeeping ``rows`` lack; ``MigrationError``
    when an applied file changed or the database is newer than this build."""
    applied = {row["version"]: row for row in rows}
    known = {m.version for m in wanted}
    newer = sorted(v for v in applied if v not in known)
    if newer and newer[-1] > max(known, default=0):
        raise MigrationError(
            f"the database has migration {newer[-1]:04d}, newer than this build knows; upgrade AlexClaw"
        )
    missing: list[Migration] = []
    for migration in wanted:
        row = applied.get(migration.version)
        if row is None:
            missing.append(migration)
        elif row["checksum"] != migration.checksum:
            raise MigrationError(
                f"migration {migration.version:04d}_{migration.name} changed after it was applied; "
                "add a new migration instead of editing an applied one"
            )
    return missing


async def pending_migrations(conn: Connection, migrations: list[Migration] | None = None) -> list[Migration]:
    """What ``migrate`` would apply, read without writing anything (a role
    that may not migrate checks the schema with it)."""
    wanted = load_migrations() if migrations is None else migrations
    if await conn.fetchval("SELECT to_regclass('schema_migrations')") is None:
        return wanted
    return _unapplied(await conn.fetch("SELECT version, name, checksum FROM schema_migrations"), wanted)


async def applied_versions(conn: Connection) -> list[int]:
    rows = await conn.fetch("SELECT version FROM schema_migrations ORDER BY version")
    return [row["version"] for row in rows]
