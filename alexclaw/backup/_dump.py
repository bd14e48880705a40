"""Writing a backup: ``pg_dump`` (plain SQL) → gzip → ``backup.dir``,
without blocking the loop (an asyncio subprocess; compression and writes
in a worker thread), into ``<name>.partial`` renamed only when the dump
succeeded and its seal is written — so a failure (a full disk, a dump
error) leaves no file that looks like a backup. Files are 0600: they hold
the node's data in clear and its secrets as ciphertext."""

from __future__ import annotations

import asyncio
import errno
import os
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Final

from alexclaw.backup._files import PARTIAL_SUFFIX, backup_name, rotate
from alexclaw.backup._format import header_line, new_mac, seal_line
from alexclaw.backup._place import check_directory
from alexclaw.backup._tools import connection, find_program
from alexclaw.logs import mask_secrets
from alexclaw.storage import Connection, applied_versions

READ_SIZE: Final = 256 * 1024
Progress = Callable[[int], None]  # compressed bytes written so far
Opener = Callable[[Path], BinaryIO]


@dataclass(frozen=True, slots=True)
class BackupDone:
    path: Path
    size: int
    schema: int
    removed: tuple[str, ...]  # rotated out

    @property
    def message(self) -> str:
        return f"Backed up to {self.path.name} ({self.size} bytes)."


@dataclass(frozen=True, slots=True)
class BackupFailed:
    reason: str

    @property
    def message(self) -> str:
        return f"Backup failed: {self.reason}"


def open_private(path: Path) -> BinaryIO:
    """A new file only this user can read (fails if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "wb")


async def database_facts(conn: Connection) -> tuple[int, str]:
    """The schema version applied and the server's version, for the header."""
    versions = await applied_versions(conn)
    return max(versions, default=0), str(await conn.fetchval("SHOW server_version"))


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the backup directory is full (no space left on device); the partial file was removed"
    if exc.errno == errno.EDQUOT:
        return "the disk quota of the backup directory is exhausted; the partial file was removed"
    return f"writing the backup failed ({exc.strerror or exc}); the partial file was removed"


class _Writer:
    """gzip and seal on the way into the file (called in a worker thread)."""

    def __init__(self, sink: BinaryIO, key: bytes) -> None:
        self.sink = sink
        self.compressor = zlib.compressobj(6, zlib.DEFLATED, 31)  # wbits 31: the gzip format
        self.mac = new_mac(key)
        self.written = 0

    def put(self, data: bytes) -> None:
        self.mac.update(data)
        self._out(self.compressor.compress(data))

    def seal(self) -> None:
        """The seal line (outside what it seals), then the gzip trailer, on disk."""
        self._out(self.compressor.compress(seal_line(self.mac)) + self.compressor.flush())
        self.sink.flush()
        os.fsync(self.sink.fileno())

    def _out(self, data: bytes) -> None:
        self.sink.write(data)
        self.written += len(data)


async def _dump_into(pg_dump: Path, dsn: str, writer: _Writer, progress: Progress | None) -> str | None:
    """Run pg_dump into ``writer``; None when it succeeded, else why not."""
    target_dsn, env = connection(dsn)
    with tempfile.TemporaryFile() as errors:  # not a pipe: a full one would stall pg_dump
        process = await asyncio.create_subprocess_exec(
            str(pg_dump),
            "--format=plain",
            "--no-owner",
            "--no-privileges",
            f"--dbname={target_dsn}",
            stdout=asyncio.subprocess.PIPE,
            stderr=errors,
            env=env,
        )
        try:
            assert process.stdout is not None
            while chunk := await process.stdout.read(READ_SIZE):
                await asyncio.to_thread(writer.put, chunk)
                if progress is not None:
                    progress(writer.written)
            code = await process.wait()
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        if code == 0:
            return None
        errors.seek(0)
        detail = errors.read()[-600:].decode(errors="replace").strip()
    return f"pg_dump exited with {code}: {mask_secrets(detail)}"


async def write_backup(
    dsn: str,
    directory: Path | None,
    *,
    key: bytes,
    schema: int,
    server_version: str,
    max_files: int,
    progress: Progress | None = None,
    now: datetime | None = None,
    opener: Opener = open_private,
) -> BackupDone | BackupFailed:
    """Dump the database at ``dsn`` into a new backup file in ``directory``."""
    problem = check_directory(directory)
    if problem is not None:
        return BackupFailed(problem)
    assert directory is not None
    pg_dump = find_program("pg_dump")
    if pg_dump is None:
        return BackupFailed("pg_dump was not found (neither the embedded server's nor one on PATH)")
    created = now or datetime.now(UTC)
    target = directory / backup_name(created)
    if target.exists():
        return BackupFailed(f"{target.name} exists already (one backup per second)")
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        sink = opener(partial)
    except OSError as exc:
        return BackupFailed(_os_problem(exc))
    writer = _Writer(sink, key)
    try:
        try:
            await asyncio.to_thread(writer.put, header_line(schema, created.isoformat(), server_version))
            failed = await _dump_into(pg_dump, dsn, writer, progress)
            if failed is None:
                await asyncio.to_thread(writer.seal)
        finally:
            sink.close()
    except OSError as exc:
        partial.unlink(missing_ok=True)
        return BackupFailed(_os_problem(exc))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if failed is not None:
        partial.unlink(missing_ok=True)
        return BackupFailed(failed)
    if progress is not None:
        progress(writer.written)
    partial.rename(target)
    removed = rotate(directory, max_files)
    return BackupDone(target, writer.written, schema, tuple(removed))
