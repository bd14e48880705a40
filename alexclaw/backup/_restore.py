"""Restoring a backup into the database at a DSN.

The file is checked whole first (``check_backup_file``: gzip, header, schema
version, seal) — a corrupt, foreign or newer file is refused before
anything is dropped. Then ``psql`` runs, in ONE transaction with
``ON_ERROR_STOP``: drop the ``public`` schema, create it again, load the
dump. A failure at any point (an SQL error, the seal not matching on the
second read, a lock not granted within ``lock_timeout``) rolls all of it
back: the database is either the backup or what it was. Afterwards the
migrations are re-run (``migrate``), so a backup of an older schema comes
up to this code's."""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import asyncpg

from alexclaw.backup._format import BackupRefused, Header, check_backup_file, sealed_sql
from alexclaw.backup._tools import connection, find_program
from alexclaw.logs import mask_secrets
from alexclaw.storage import CONNECT_TIMEOUT, load_migrations, migrate, owns_schema

LOCK_TIMEOUT: Final = "30s"
PRELUDE: Final = (
    f"SET lock_timeout = '{LOCK_TIMEOUT}';\n"
    "SET client_min_messages = warning;\n"
    "DROP SCHEMA IF EXISTS public CASCADE;\n"
    "CREATE SCHEMA public;\n"
).encode()


@dataclass(frozen=True, slots=True)
class Restored:
    header: Header
    migrated: tuple[int, ...]  # migrations applied after the restore

    @property
    def message(self) -> str:
        upgraded = f"; then migrations {', '.join(f'{v:04d}' for v in self.migrated)} ran" if self.migrated else ""
        return f"Restored the backup of {self.header.created} (schema {self.header.schema:04d}){upgraded}."


@dataclass(frozen=True, slots=True)
class RestoreRefused:
    """The file was refused before anything was touched."""

    reason: str

    @property
    def message(self) -> str:
        return f"Refused: {self.reason}. Nothing was changed."


@dataclass(frozen=True, slots=True)
class RestoreFailed:
    """The restore ran and was rolled back."""

    reason: str

    @property
    def message(self) -> str:
        return f"Restore failed and was rolled back: {self.reason}"


async def _owns_schema(dsn: str) -> bool:
    """False only when the role is known not to own the schema (an
    unreachable database is psql's to report)."""
    try:
        conn = await asyncpg.connect(dsn, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
        return True
    try:
        return await owns_schema(conn)
    finally:
        await conn.close()


def latest_schema() -> int:
    return max((m.version for m in load_migrations()), default=0)


async def verify_backup(path: Path, key: bytes) -> Header | RestoreRefused:
    """Check ``path`` whole, in a thread (it reads the entire file)."""
    checked = await asyncio.to_thread(check_backup_file, path, key, latest_schema())
    return RestoreRefused(checked) if isinstance(checked, str) else checked


async def restore_backup(dsn: str, path: Path, *, key: bytes) -> Restored | RestoreRefused | RestoreFailed:
    checked = await verify_backup(path, key)
    if isinstance(checked, RestoreRefused):
        return checked
    psql = find_program("psql")
    if psql is None:
        return RestoreRefused("psql was not found (neither the embedded server's nor one on PATH)")
    if not await _owns_schema(dsn):
        return RestoreRefused(
            "this connection's role does not own the schema (a node's application role may not drop and "
            "recreate it); restore with alexclaw restore and the owner's DATABASE_URL"
        )
    target_dsn, env = connection(dsn)
    errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed below; a pipe could fill and stall psql
    process = await asyncio.create_subprocess_exec(
        str(psql),
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "--single-transaction",
        f"--dbname={target_dsn}",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=errors,
        env=env,
    )
    assert process.stdin is not None
    chunks = sealed_sql(path, key, latest_schema())
    refused: str | None = None
    try:
        process.stdin.write(PRELUDE)
        while True:
            try:
                item = await asyncio.to_thread(next, chunks, None)
            except BackupRefused as exc:  # changed since it was checked: psql is killed before it commits
                refused = str(exc)
                break
            if item is None:
                break
            if isinstance(item, bytes):
                process.stdin.write(item)
                await process.stdin.drain()
        if refused is None:
            process.stdin.close()
        code = await process.wait() if refused is None else None
    except (BrokenPipeError, ConnectionResetError):
        code = await process.wait()  # psql stopped at an error: its transaction is rolled back
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        errors.seek(0)
        detail = errors.read()[-800:].decode(errors="replace").strip()
        errors.close()
    if refused is not None:
        return RestoreFailed(f"the file changed while it was restored ({refused})")
    if code != 0:
        return RestoreFailed(f"psql exited with {code}: {mask_secrets(detail)}")
    conn = await asyncpg.connect(dsn)
    try:
        applied = await migrate(conn)
    finally:
        await conn.close()
    return Restored(checked, tuple(m.version for m in applied))
