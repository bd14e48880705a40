"""Database access for every one-shot command (``config``, ``rotate-key``,
``workflow``, ``migrate``, ``audit``, ``scan --retro``, ``unblock``), one
path for all: ``DATABASE_URL``; else the embedded server of a node that is
running on this data dir (through its unix socket); else the embedded
server started just for the command (with migrations) and stopped after
it. ``data_dir_holder`` tells ``alexclaw start`` who already holds the
data dir."""

from __future__ import annotations

import fcntl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg

from actors import Process
from alexclaw.settings import Settings
from alexclaw.storage._backoff import CONNECT_TIMEOUT
from alexclaw.storage._database import DatabaseHandle, learn_vector
from alexclaw.storage._embedded import DATABASE_NAME
from alexclaw.storage._errors import StorageError
from alexclaw.storage._postmaster import postmaster_pid
from alexclaw.storage.tree import storage_spec


def data_dir_holder(data_dir: Path) -> int | None:
    """The pid written in ``<data_dir>/node.lock`` while a process (a node,
    or a one-shot command running its own server) holds it; else None
    (0 when it is held but the pid is not readable yet)."""
    try:
        # Read-only is enough to test an flock, and works on a lock file
        # this user may read but not write.
        handle = open(data_dir / "node.lock", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError:
        return None  # absent; or unreadable, and taking the lock will say why in one line
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            text = handle.read().strip()
            return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else 0
        fcntl.flock(handle, fcntl.LOCK_UN)
        return None


def running_node_dsn(data_dir: Path) -> str | None:
    """The embedded server's DSN when a node holds the data dir, else None."""
    if data_dir_holder(data_dir) is None:
        return None
    pgdata = data_dir / "pg"
    if postmaster_pid(pgdata) is None:
        return None
    lines = (pgdata / "postmaster.pid").read_text().splitlines()
    socket_dir = lines[4].strip() if len(lines) > 4 else ""
    if not socket_dir:
        return None
    return f"postgresql://postgres@/{DATABASE_NAME}?host={socket_dir}"


@asynccontextmanager
async def open_pool(settings: Settings) -> AsyncIterator[asyncpg.Pool]:
    async with open_database(settings) as (pool, _dsn):
        yield pool


@asynccontextmanager
async def open_database(settings: Settings) -> AsyncIterator[tuple[asyncpg.Pool, str]]:
    """``open_pool``, and the DSN its pool connects to (for a command that
    runs a client program against the same server: ``pg_dump``, ``psql``).
    Never logged: it may hold a password."""
    dsn = settings.database_url or running_node_dsn(settings.data_dir)
    if dsn is not None:
        try:
            # A command may run long (a backup, a verification): no statement
            # timeout, but a server that never answers fails the connect.
            pool = await asyncpg.create_pool(dsn, min_size=1, max_size=2, timeout=CONNECT_TIMEOUT, init=learn_vector)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StorageError(f"cannot connect to the database: {exc}") from None
        try:
            yield pool, dsn
        finally:
            await pool.close()
        return
    handle = DatabaseHandle()
    storage = await storage_spec(lambda: settings, handle).start()
    assert isinstance(storage, Process)
    try:
        yield handle.pool(), handle.dsn()
    finally:
        await storage.stop(timeout=30)
