"""The gateways' ``LeasePort`` on PostgreSQL: one node per gateway, elected
by a session-level advisory lock on a connection of its own.

The holder names itself in its session's ``application_name``, so any node
reads who holds a lease from ``pg_locks`` joined to ``pg_stat_activity`` —
no table to keep in step, nothing left behind by a holder that died: its
session, its lock and its name end together. The session asks the server to
probe the holder's socket (TCP keepalives: a holder whose host vanished
without closing its connection is noticed within about 25 s; a closed socket
— a crash, a SIGKILL — at once).
"""

from __future__ import annotations

import logging
from typing import Final

import asyncpg

from alexclaw.storage import DATABASE_ERRORS, DatabaseHandle, StorageError
from alexclaw.workflows import node_running

log = logging.getLogger("alexclaw.gateway_lease")

LEASE_SPACE: Final = 0x4C454153  # "LEAS": the first key of the two-key advisory lock form
GATEWAY_KEYS: Final = {"telegram": 1, "discord": 2}
APPLICATION_PREFIX: Final = "alexclaw-lease:"
CHECK_TIMEOUT: Final = 3.0
LEASE_ERRORS: Final[tuple[type[BaseException], ...]] = (*DATABASE_ERRORS, StorageError, TimeoutError)
KEEPALIVES: Final = (
    "SET tcp_keepalives_idle = 10",
    "SET tcp_keepalives_interval = 5",
    "SET tcp_keepalives_count = 3",
)


def gateway_key(gateway: str) -> int:
    """The lock's second key: fixed for the known gateways, so the lock of
    each is easy to find in ``pg_locks``."""
    return GATEWAY_KEYS.get(gateway, 1000 + sum(gateway.encode()))


class PgLeaseHold:
    """A held lease: its session, until ``release`` or until it dies."""

    def __init__(self, conn: asyncpg.Connection, gateway: str) -> None:
        self.conn = conn
        self.gateway = gateway

    async def check(self) -> bool:
        if self.conn.is_closed():
            return False
        try:
            held = await self.conn.fetchval(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 "
                "AND pid = pg_backend_pid() AND classid = $1::bigint::oid AND objid = $2::bigint::oid)",
                LEASE_SPACE,
                gateway_key(self.gateway),
                timeout=CHECK_TIMEOUT,
            )
        except LEASE_ERRORS as exc:
            log.warning("%s lease: its session does not answer (%s)", self.gateway, type(exc).__name__)
            self.conn.terminate()
            return False
        return bool(held)

    async def release(self) -> None:
        if self.conn.is_closed():
            return
        try:
            await self.conn.close(timeout=CHECK_TIMEOUT)  # the session ends: the lock goes with it
        except LEASE_ERRORS:
            self.conn.terminate()


class PgGatewayLease:
    """``gateways.ports.LeasePort`` on the database the nodes share."""

    def __init__(self, database: DatabaseHandle) -> None:
        self.database = database

    async def acquire(self, gateway: str, node: str) -> PgLeaseHold | None:
        try:
            conn = await self.database.connect(timeout=CHECK_TIMEOUT)
        except StorageError as exc:
            log.warning("%s lease: %s", gateway, exc)
            return None
        try:
            for statement in KEEPALIVES:
                await conn.execute(statement)
            await conn.execute("SELECT set_config('application_name', $1, false)", f"{APPLICATION_PREFIX}{node}")
            taken = await conn.fetchval("SELECT pg_try_advisory_lock($1, $2)", LEASE_SPACE, gateway_key(gateway))
        except LEASE_ERRORS as exc:
            log.warning("%s lease: could not try the lock (%s)", gateway, type(exc).__name__)
            conn.terminate()
            return None
        if not taken:
            await PgLeaseHold(conn, gateway).release()
            return None
        return PgLeaseHold(conn, gateway)

    async def holder(self, gateway: str) -> str | None:
        try:
            async with self.database.pool().acquire() as conn:
                name = await conn.fetchval(
                    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
                    "AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid",
                    LEASE_SPACE,
                    gateway_key(gateway),
                )
        except LEASE_ERRORS as exc:
            log.warning("%s lease: cannot tell who holds it (%s)", gateway, type(exc).__name__)
            return None
        text = str(name or "")
        return text.removeprefix(APPLICATION_PREFIX) if text.startswith(APPLICATION_PREFIX) else None

    async def alive(self, node: str) -> bool:
        try:
            async with self.database.pool().acquire() as conn:
                return await node_running(conn, node)
        except LEASE_ERRORS as exc:
            log.warning("cannot tell whether node %r runs (%s)", node, type(exc).__name__)
            return False
