"""Backup and restore on the embedded server, each test in its own
database (the ``database_url`` fixture), so the session's template is never
touched: a round trip through a dropped table, files refused before
anything is dropped, a full disk, rotation and the directory checks."""

from __future__ import annotations

import errno
import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

import asyncpg
import pytest

from alexclaw.backup import (
    BackupDone,
    BackupFailed,
    Restored,
    RestoreRefused,
    database_facts,
    list_backups,
    restore_backup,
    seal_key,
    write_backup,
)

KEY = seal_key("k" * 64)


async def backup_of(dsn: str, directory: Path, *, at: datetime | None = None, keep: int = 7) -> BackupDone:
    conn = await asyncpg.connect(dsn)
    try:
        schema, version = await database_facts(conn)
    finally:
        await conn.close()
    done = await write_backup(dsn, directory, key=KEY, schema=schema, server_version=version, max_files=keep, now=at)
    assert isinstance(done, BackupDone), done
    return done


async def scalar(dsn: str, sql: str) -> object:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


async def test_a_dropped_table_comes_back_with_its_rows_after_a_restore(database_url: str, tmp_path: Path) -> None:
    await scalar(
        database_url,
        "INSERT INTO settings (key, value, type, category) VALUES ('backup.probe', 'kept', 'string', 'backup')",
    )
    done = await backup_of(database_url, tmp_path)
    assert done.path.name.startswith("alexclaw-") and done.path.stat().st_mode & 0o777 == 0o600
    await scalar(database_url, "DROP TABLE settings CASCADE")

    restored = await restore_backup(database_url, done.path, key=KEY)

    assert isinstance(restored, Restored), restored
    assert await scalar(database_url, "SELECT value FROM settings WHERE key = 'backup.probe'") == "kept"
    assert await scalar(database_url, "SELECT max(version) FROM schema_migrations") == done.schema


async def refused_and_untouched(database_url: str, path: Path, why: str) -> None:
    await scalar(database_url, "CREATE TABLE backup_canary (x int)")
    outcome = await restore_backup(database_url, path, key=KEY)
    assert isinstance(outcome, RestoreRefused), outcome
    assert why in outcome.reason
    assert await scalar(database_url, "SELECT count(*) FROM backup_canary") == 0  # nothing was dropped


async def test_a_corrupt_gzip_file_is_refused_before_anything_is_dropped(database_url: str, tmp_path: Path) -> None:
    done = await backup_of(database_url, tmp_path)
    data = bytearray(done.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    done.path.write_bytes(bytes(data))
    await refused_and_untouched(database_url, done.path, "gzip")


async def test_a_truncated_backup_is_refused_before_anything_is_dropped(database_url: str, tmp_path: Path) -> None:
    done = await backup_of(database_url, tmp_path)
    done.path.write_bytes(done.path.read_bytes()[:-40])
    await refused_and_untouched(database_url, done.path, "gzip")


async def test_a_foreign_sql_dump_is_refused_before_anything_is_dropped(database_url: str, tmp_path: Path) -> None:
    foreign = tmp_path / "dump.sql.gz"
    foreign.write_bytes(gzip.compress(b"-- PostgreSQL database dump\n\\! touch /tmp/pwned\nDROP TABLE settings;\n"))
    await refused_and_untouched(database_url, foreign, "not an AlexClaw backup")


async def test_a_backup_with_an_altered_statement_is_refused_by_its_seal(database_url: str, tmp_path: Path) -> None:
    done = await backup_of(database_url, tmp_path)
    text = gzip.decompress(done.path.read_bytes()).replace(
        b"CREATE TABLE public.settings", b"CREATE TABLE public.settingz"
    )
    done.path.write_bytes(gzip.compress(text))
    await refused_and_untouched(database_url, done.path, "seal does not match")


async def test_a_backup_sealed_with_another_key_is_refused(database_url: str, tmp_path: Path) -> None:
    done = await backup_of(database_url, tmp_path)
    await scalar(database_url, "CREATE TABLE backup_canary (x int)")
    outcome = await restore_backup(database_url, done.path, key=seal_key("o" * 64))
    assert isinstance(outcome, RestoreRefused) and "another SECRET_KEY_BASE" in outcome.reason


async def test_a_backup_of_a_newer_schema_is_refused(database_url: str, tmp_path: Path) -> None:
    done = await backup_of(database_url, tmp_path)
    text = gzip.decompress(done.path.read_bytes())
    first, rest = text.split(b"\n", 1)
    done.path.write_bytes(
        gzip.compress(first.replace(f'"schema": {done.schema}'.encode(), b'"schema": 9999') + b"\n" + rest)
    )
    await refused_and_untouched(database_url, done.path, "newer than this code")


async def test_rotation_keeps_the_newest_backups(database_url: str, tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, 3, 0, tzinfo=UTC)
    for day in range(4):
        last = await backup_of(database_url, tmp_path, at=start + timedelta(days=day), keep=2)
    names = [f.name for f in list_backups(tmp_path)]
    assert names == ["alexclaw-20260104T030000Z.sql.gz", "alexclaw-20260103T030000Z.sql.gz"]
    assert last.removed == ("alexclaw-20260102T030000Z.sql.gz",)


class FullDisk:
    """A file that fills after ``room`` bytes, as a full filesystem does."""

    def __init__(self, path: Path, room: int) -> None:
        self.handle: BinaryIO = path.open("wb")
        self.room = room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.handle.write(data)

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return self.handle.fileno()

    def close(self) -> None:
        self.handle.close()


async def test_a_full_disk_mid_write_removes_the_partial_file_and_says_so(database_url: str, tmp_path: Path) -> None:
    conn = await asyncpg.connect(database_url)
    try:
        schema, version = await database_facts(conn)
    finally:
        await conn.close()
    failed = await write_backup(
        database_url,
        tmp_path,
        key=KEY,
        schema=schema,
        server_version=version,
        max_files=7,
        opener=lambda path: FullDisk(path, 2000),  # type: ignore[arg-type,return-value]
    )
    assert isinstance(failed, BackupFailed)
    assert "full" in failed.reason and "partial file was removed" in failed.reason
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: p / "missing", "does not exist"),
        (lambda p: p.joinpath("file").write_text("x") and p / "file", "not a directory"),
    ],
)
async def test_a_backup_directory_that_cannot_hold_backups_is_refused(
    database_url: str, tmp_path: Path, make: object, why: str
) -> None:
    directory = make(tmp_path)  # type: ignore[operator]
    failed = await write_backup(database_url, directory, key=KEY, schema=1, server_version="18", max_files=7)
    assert isinstance(failed, BackupFailed) and why in failed.reason


async def test_a_read_only_backup_directory_is_refused(database_url: str, tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only directory")
    directory = tmp_path / "ro"
    directory.mkdir(mode=0o500)
    try:
        failed = await write_backup(database_url, directory, key=KEY, schema=1, server_version="18", max_files=7)
    finally:
        directory.chmod(0o700)
    assert isinstance(failed, BackupFailed) and "not writable" in failed.reason


async def test_an_unset_backup_directory_says_backups_are_not_configured(database_url: str) -> None:
    failed = await write_backup(database_url, None, key=KEY, schema=1, server_version="18", max_files=7)
    assert isinstance(failed, BackupFailed) and "not configured" in failed.reason
