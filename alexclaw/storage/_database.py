"""``Database``: owns the asyncpg pool. Its ``init`` connects, checks that
pgvector is available, applies migrations and only then publishes the pool,
so everything started after it can use the database at once. Readers take
the pool from a ``DatabaseHandle`` snapshot, never through the actor."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import asyncpg

from actors import AsyncActor, ExitReason, Snapshot
from alexclaw.storage._migrations import Connection, Migration, migrate

log = logging.getLogger("alexclaw.storage")

PGVECTOR_MIN = (0, 5)


class StorageError(RuntimeError):
    """The database is unreachable, unsuitable or not started."""


def parse_version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def check_pgvector(available: str | None) -> None:
    """Raise a clear ``StorageError`` unless pgvector >= 0.5 is available."""
    wanted = ".".join(map(str, PGVECTOR_MIN))
    if available is None:
        raise StorageError(
            f"the database does not offer the pgvector extension (need >= {wanted}); install pgvector "
            "on that server or unset DATABASE_URL to use the embedded database"
        )
    if parse_version(available) < PGVECTOR_MIN:
        raise StorageError(f"pgvector {available} is too old (need >= {wanted}); upgrade it on the server")


async def prepare_schema(conn: Connection) -> list[Migration]:
    """pgvector checked, then every pending migration applied (the node's
    boot and ``alexclaw migrate`` alike); returns what this call applied."""
    available = await conn.fetchval("SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")
    check_pgvector(available)
    return await migrate(conn)


@dataclass(frozen=True)
class PoolStats:
    size: int
    idle: int
    min_size: int
    max_size: int


class DatabaseHandle:
    """Where the rest of the node finds the pool: a snapshot published by
    the ``Database`` actor (None while it is down or restarting)."""

    def __init__(self) -> None:
        self._snapshot: Snapshot[asyncpg.Pool | None] = Snapshot(None)
        self._dsn: str | None = None
        self._last_ping: tuple[float, bool] = (float("-inf"), False)

    def publish(self, pool: asyncpg.Pool | None, dsn: str | None = None) -> None:
        if dsn is not None:
            self._dsn = dsn
        self._snapshot.publish(pool)

    def dsn(self) -> str:
        """Where the pool connects, for the few users that need a dedicated
        connection (LISTEN). Never logged: it may hold a password."""
        if self._dsn is None:
            raise StorageError("the database has not been started")
        return self._dsn

    async def connect(self, timeout: float = 10.0) -> asyncpg.Connection:
        """A dedicated connection outside the pool."""
        try:
            return await asyncpg.connect(self.dsn(), timeout=timeout)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StorageError(f"cannot connect to the database: {exc}") from None

    def pool(self) -> asyncpg.Pool:
        pool = self._snapshot.read()
        if pool is None:
            raise StorageError("the database is not available right now")
        return pool

    @property
    def available(self) -> bool:
        return self._snapshot.read() is not None

    def stats(self) -> PoolStats | None:
        pool = self._snapshot.read()
        if pool is None:
            return None
        return PoolStats(pool.get_size(), pool.get_idle_size(), pool.get_min_size(), pool.get_max_size())

    async def recently_reachable(self, max_age: float = 2.0) -> bool:
        """``ping``, answered from the last result when it is fresh: pages
        show the database's state without a round trip per view."""
        now = time.monotonic()
        if now - self._last_ping[0] > max_age:
            self._last_ping = (now, await self.ping())
        return self._last_ping[1]

    async def ping(self, timeout: float = 2.0) -> bool:
        """True when the database answers ``SELECT 1`` within ``timeout``."""
        pool = self._snapshot.read()
        if pool is None:
            return False
        try:
            async with asyncio.timeout(timeout):
                return bool(await pool.fetchval("SELECT 1") == 1)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
            return False


class Database(AsyncActor):
    def __init__(
        self,
        dsn: Callable[[], Awaitable[str]],
        handle: DatabaseHandle,
        *,
        min_size: int = 1,
        max_size: int = 10,
    ) -> None:
        super().__init__()
        self._dsn = dsn
        self.handle = handle
        self.min_size = min_size
        self.max_size = max_size
        self._pool: asyncpg.Pool | None = None

    async def init(self) -> None:
        dsn = await self._dsn()
        try:
            pool = await asyncpg.create_pool(dsn, min_size=self.min_size, max_size=self.max_size, command_timeout=60)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StorageError(f"cannot connect to the database: {exc}") from None
        try:
            async with pool.acquire() as conn:
                applied = await prepare_schema(conn)
        except BaseException:
            await pool.close()
            raise
        for migration in applied:
            log.info("applied migration %04d_%s", migration.version, migration.name)
        self._pool = pool
        self.handle.publish(pool, dsn)

    async def terminate(self, reason: ExitReason) -> None:
        self.handle.publish(None)
        if self._pool is not None:
            try:
                await asyncio.wait_for(self._pool.close(), 10)
            except TimeoutError:
                log.warning("database pool did not close in 10s; terminating connections")
                self._pool.terminate()
