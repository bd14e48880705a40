"""``Database``: owns the asyncpg pool. Its ``init`` connects, checks that
pgvector is available, applies migrations and only then publishes the pool,
so everything started after it can use the database at once. Readers take
the pool from a ``DatabaseHandle`` snapshot, never through the actor.

The actor also keeps the handle's *health*: it pings the server every
``PROBE_EVERY`` seconds, and at once when a caller reports a failure. While
the server does not answer, ``pool()`` fails at once with a clear
``StorageError`` (a hung server does not hold every request for a
timeout), and the actor pings again with a growing backoff until it
answers. Every connection, statement, acquire and release is bounded
(``_backoff.py`` holds the numbers)."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import asyncpg
from pgvector.asyncpg import register_vector

from actors import AsyncActor, ExitReason, Process, Snapshot, Timer, send, send_after
from alexclaw.storage._backoff import (
    ACQUIRE_TIMEOUT,
    COMMAND_TIMEOUT,
    CONNECT_TIMEOUT,
    PING_RELEASE_TIMEOUT,
    PING_TIMEOUT,
    PROBE_EVERY,
    WAIT_FOR_DATABASE,
    Backoff,
    retry_until_done,
)
from alexclaw.storage._errors import UNAVAILABLE, StorageError
from alexclaw.storage._migrations import Connection, Migration, migrate
from alexclaw.storage._roles import EMBEDDED, check_application_role, node_migrates

log = logging.getLogger("alexclaw.storage")

PGVECTOR_MIN = (0, 5)
T = TypeVar("T")


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


async def prepare_node_schema(conn: Connection, role_check: str) -> list[Migration]:
    """At a node's boot: migrate when its role owns the schema (the embedded
    server, or one role on a shared server); else the application role's
    start check (``_roles.py``), which refuses a powerful role or a schema
    this build has not been migrated to."""
    if await node_migrates(conn, role_check):
        return await prepare_schema(conn)
    await check_application_role(conn)
    return []


@dataclass(frozen=True)
class PoolStats:
    size: int
    idle: int
    min_size: int
    max_size: int


class BoundedPool(asyncpg.Pool):
    """An asyncpg pool whose ``acquire`` is bounded by default. asyncpg
    bounds the release (which waits for a cancelled statement to finish)
    by the same timeout, so a hung server cannot hold a caller inside
    ``async with pool.acquire()`` either."""

    def acquire(self, *, timeout: float | None = ACQUIRE_TIMEOUT) -> Any:
        return super().acquire(timeout=timeout)


async def learn_vector(conn: asyncpg.Connection) -> None:
    """Teach a connection pgvector's ``vector`` type (sent and read as
    ``pgvector.Vector``/numpy, binary). A database without the extension
    yet (before migration 0001) keeps working: nothing to learn."""
    try:
        await register_vector(conn)
    except ValueError as exc:
        if not str(exc).startswith("unknown type"):
            raise


async def open_bounded_pool(dsn: str, *, min_size: int, max_size: int) -> BoundedPool:
    """A pool with every timeout set: connect, statement, acquire; every
    connection knows the ``vector`` type."""
    pool = BoundedPool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        max_queries=50000,
        max_inactive_connection_lifetime=300.0,
        loop=None,
        connection_class=asyncpg.Connection,
        record_class=asyncpg.Record,
        init=learn_vector,
        timeout=CONNECT_TIMEOUT,
        command_timeout=COMMAND_TIMEOUT,
    )
    try:
        await pool  # a failed start closes what it opened
    except UNAVAILABLE as exc:
        raise StorageError(f"cannot connect to the database: {exc}") from None
    except asyncpg.PostgresError as exc:  # refused: a wrong password, no such database
        raise StorageError(f"cannot connect to the database: {exc}") from None
    return pool


async def answers(pool: asyncpg.Pool, timeout: float = PING_TIMEOUT) -> bool:
    """True when ``SELECT 1`` comes back within ``timeout`` (plus at most
    ``PING_RELEASE_TIMEOUT`` for a cancelled statement's release)."""
    try:
        async with asyncio.timeout(timeout), pool.acquire(timeout=PING_RELEASE_TIMEOUT) as conn:
            return bool(await conn.fetchval("SELECT 1") == 1)
    except UNAVAILABLE:
        return False


class _Probe:
    """Database actor: ping the server now (timer or a caller's report)."""


class DatabaseHandle:
    """Where the rest of the node finds the pool: a snapshot published by
    the ``Database`` actor (None while it is down or restarting), and the
    server's health as the actor last saw it."""

    def __init__(self) -> None:
        self._snapshot: Snapshot[asyncpg.Pool | None] = Snapshot(None)
        self._dsn: str | None = None
        self._last_ping: tuple[float, bool] = (float("-inf"), False)
        self._healthy = True
        self._prober: Process | None = None

    def publish(self, pool: asyncpg.Pool | None, dsn: str | None = None, prober: Process | None = None) -> None:
        """Owner only (the Database actor). A published pool starts healthy."""
        if dsn is not None:
            self._dsn = dsn
        if pool is not None:
            self._healthy = True
        self._prober = prober
        self._snapshot.publish(pool)

    def take_left_over(self) -> asyncpg.Pool | None:
        """Owner only, at start: the pool a killed predecessor left published
        (a killed actor never runs ``terminate``), withdrawn."""
        pool = self._snapshot.read()
        if pool is not None:
            self.publish(None)
        return pool

    @property
    def started_before(self) -> bool:
        """A pool was published before: a start now is a restart."""
        return self._snapshot.version > 0

    def mark(self, healthy: bool) -> None:
        """Owner only: the outcome of a probe."""
        self._healthy = healthy

    @property
    def healthy(self) -> bool:
        return self._healthy

    def report_unavailable(self, error: BaseException | None = None) -> None:
        """A caller saw the database fail (one of ``UNAVAILABLE``): every
        other caller now fails at once, and the Database actor pings the
        server now, then with backoff until it answers."""
        if self._snapshot.read() is None:
            return  # no pool: the Database actor is (re)starting anyway
        if self._healthy:
            what = type(error).__name__ if error is not None else "a failed check"
            log.warning("the database is not answering (%s); failing fast until it does", what)
        self._healthy = False
        if self._prober is not None:
            send(self._prober, _Probe())

    def dsn(self) -> str:
        """Where the pool connects, for the few users that need a dedicated
        connection (LISTEN). Never logged: it may hold a password."""
        if self._dsn is None:
            raise StorageError("the database has not been started")
        return self._dsn

    async def connect(self, timeout: float = CONNECT_TIMEOUT) -> asyncpg.Connection:
        """A dedicated connection outside the pool (LISTEN, the node's lock),
        with the same connect and statement timeouts as the pool's."""
        try:
            return await asyncpg.connect(self.dsn(), timeout=timeout, command_timeout=COMMAND_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StorageError(f"cannot connect to the database: {exc}") from None

    def pool(self) -> asyncpg.Pool:
        pool = self._snapshot.read()
        if pool is None:
            raise StorageError("the database is not available right now")
        if not self._healthy:
            raise StorageError("the database is not answering right now")
        return pool

    @property
    def available(self) -> bool:
        return self._snapshot.read() is not None and self._healthy

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

    async def ping(self, timeout: float = PING_TIMEOUT) -> bool:
        """True when the database answers ``SELECT 1`` within ``timeout``;
        False at once while it is known not to answer."""
        pool = self._snapshot.read()
        if pool is None or not self._healthy:
            return False
        if await answers(pool, timeout):
            return True
        self.report_unavailable()
        return False

    async def when_ready(
        self, attempt: Callable[[], Awaitable[T]], *, what: str, within: float = WAIT_FOR_DATABASE
    ) -> T:
        """Run ``attempt`` (which uses the database), waiting for the
        database with backoff while it is unavailable; ``StorageError``
        after ``within`` seconds. For ``init``s: a child restarted during an
        outage waits instead of failing at once and burning its
        supervisor's restart intensity."""
        return await retry_until_done(attempt, within=within, what=what, on_failure=self.report_unavailable)


class Database(AsyncActor):
    """Owns the asyncpg pool and publishes it in the ``DatabaseHandle``.

    ``init``
        Terminates a pool a killed predecessor left published, then
        connects, migrates (or, as an application role, checks the role and
        the schema: ``prepare_node_schema``) and opens the pool. On the node's first start a
        failure raises ``StorageError`` at once (a wrong ``DATABASE_URL`` is a
        quick, clear start failure); on a restart it waits for the database with
        backoff first, so an outage does not spend the supervisor's intensity.
    ``handle_info`` (the probe)
        Marks the handle healthy or not and probes again (with backoff while it
        does not answer) — never a crash.
    ``terminate``
        Withdraws the pool from the handle (callers fail fast with
        ``StorageError``) and closes it (terminated after 10 s).

    It answers no calls; callers use the pool from the handle and report a
    failure with ``DatabaseHandle.report_unavailable``."""

    def __init__(
        self,
        dsn: Callable[[], Awaitable[str]],
        handle: DatabaseHandle,
        *,
        min_size: int = 1,
        max_size: int = 10,
        probe_every: float = PROBE_EVERY,
        backoff: Backoff | None = None,
        role_check: str = EMBEDDED,
    ) -> None:
        super().__init__()
        self._dsn = dsn
        self.role_check = role_check
        self.handle = handle
        self.min_size = min_size
        self.max_size = max_size
        self.probe_every = probe_every
        self._backoff = backoff or Backoff()
        self._pool: asyncpg.Pool | None = None
        self._timer: Timer | None = None

    async def init(self) -> None:
        left = self.handle.take_left_over()
        if left is not None:
            # Its predecessor was killed: without this its pool stayed open —
            # connections held against max_connections and pool tasks leaking
            # after the node stopped (found by the chaos suite).
            log.warning("closing the pool a killed database actor left open")
            left.terminate()
        if self.handle.started_before:
            # A restart (the server restarted, or this actor crashed): the
            # database was there, so wait for it rather than fail at once.
            # The DSN is asked again at each attempt: an embedded server whose
            # actor has died answers NoProcess, and this start fails at once —
            # its supervisor restarts the server only after this start is over
            # (one restart at a time), so waiting the 30 s out here only held
            # both down and failed anyway (found by the chaos suite).
            async def attempt() -> tuple[str, asyncpg.Pool]:
                dsn = await self._dsn()
                return dsn, await self._open(dsn)

            dsn, pool = await retry_until_done(attempt, within=WAIT_FOR_DATABASE, what="database pool")
        else:
            # The first start: a wrong DATABASE_URL is a clear, quick failure.
            dsn = await self._dsn()
            pool = await self._open(dsn)
        self._pool = pool
        self.handle.publish(pool, dsn, prober=self)
        self._timer = send_after(self, _Probe(), self.probe_every)

    async def _open(self, dsn: str) -> asyncpg.Pool:
        # Migrations on a connection of their own: no statement timeout (a
        # migration may rewrite a big table), but a connect timeout.
        try:
            conn = await asyncpg.connect(dsn, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise StorageError(f"cannot connect to the database: {exc}") from None
        try:
            applied = await prepare_node_schema(conn, self.role_check)
        finally:
            await conn.close(timeout=CONNECT_TIMEOUT)
        for migration in applied:
            log.info("applied migration %04d_%s", migration.version, migration.name)
        return await open_bounded_pool(dsn, min_size=self.min_size, max_size=self.max_size)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Probe):
            await self._probe()
            return
        await super().handle_info(message)

    async def _probe(self) -> None:
        assert self._pool is not None
        if await answers(self._pool):
            if not self.handle.healthy:
                log.info("the database answers again", extra={"event": "database.back"})
            self.handle.mark(True)
            self._backoff.reset()
            delay = self.probe_every
        else:
            if self.handle.healthy:
                log.warning("the database does not answer; checking again with backoff")
            self.handle.mark(False)
            delay = self._backoff.delay()
        if self._timer is not None:
            self._timer.cancel()  # one chain of probes, however many reports came in
        self._timer = send_after(self, _Probe(), delay)

    async def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self.handle.publish(None)
        if self._pool is not None:
            try:
                await asyncio.wait_for(self._pool.close(), 10)
            except TimeoutError:
                log.warning("database pool did not close in 10s; terminating connections")
                self._pool.terminate()
