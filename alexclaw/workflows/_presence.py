"""Which nodes are alive, told by PostgreSQL itself.

Each node holds a session-level advisory lock named after it
(``ALEXCLAW_NODE_NAME``) on a connection of its own, for as long as it
runs. PostgreSQL releases the lock when that session ends — an orderly
stop, a crash, a SIGKILL (the socket closes) — so the lock *is* the node's
liveness, with no heartbeat to tune:

* at start, a node whose name is held by a live node refuses to start with
  a message naming the setting (two nodes with one name would interrupt
  each other's runs and share one identity). It waits a few seconds first:
  a sweeping node may hold the lock for a moment, and a node restarted
  after a kill needs its old session to end.
* every ``sweep_seconds`` (and at start) each node looks at the runs other
  nodes left queued or running; a node whose lock it can take is gone, and
  its runs become ``interrupted`` (resumable) with a reason naming it —
  never left running forever because their node never came back.

Errors of the database are logged and retried on the next sweep: a blip
must not restart the workflows subtree (and interrupt its runs).
"""

from __future__ import annotations

import logging
from typing import Any, Final

import asyncpg

from actors import AsyncActor, ExitReason, send_after
from alexclaw.storage import DATABASE_ERRORS, Connection, DatabaseHandle, StorageError
from alexclaw.workflows._run_store import interrupt_runs

log = logging.getLogger("alexclaw.workflows.presence")

PRESENCE_NAME: Final = "alexclaw.workflows.presence"
LOCK_SPACE: Final = 0x414C4558  # "ALEX": the first key of the two-key advisory lock form
CLAIM_WAIT_SECONDS: Final = 5.0


class PresenceSession:
    """The claim's database session, kept by the workflows subtree across
    incarnations of ``NodePresence``. A killed presence never runs
    ``terminate``: its session — and this node's lock — lived on in the
    process, so its successor waited and was refused as "another node"
    (found by the chaos suite). It is this node's own session, so the
    successor ends it before claiming."""

    __slots__ = ("conn",)

    def __init__(self) -> None:
        self.conn: asyncpg.Connection | None = None

    def end_left_over(self) -> None:
        if self.conn is not None and not self.conn.is_closed():
            log.warning("node presence: ending the session a killed predecessor left (its lock goes with it)")
            self.conn.terminate()  # the socket closes: the server ends the session and releases the lock
        self.conn = None


class NodeNameTaken(RuntimeError):
    """Another live node already runs under this name on this database."""


def gone_reason(node: str) -> str:
    return (
        f"node {node!r} stopped (its database session ended) while the run was active; "
        "Resume continues it after its last recorded step"
    )


async def claim(conn: Connection, node: str, wait_seconds: float = CLAIM_WAIT_SECONDS) -> None:
    """Take this node's lock on ``conn`` (waiting up to ``wait_seconds``), or
    raise NodeNameTaken."""
    await conn.execute(f"SET lock_timeout = '{int(wait_seconds * 1000)}ms'")
    try:
        await conn.execute("SELECT pg_advisory_lock($1, hashtext($2))", LOCK_SPACE, node)
        # The name is a known node from now on: workflows may be pinned to it.
        await conn.execute(
            "INSERT INTO known_nodes (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET last_seen = now()", node
        )
    except asyncpg.LockNotAvailableError:
        raise NodeNameTaken(
            f"another node named {node!r} is running on this database; give each node its own "
            "ALEXCLAW_NODE_NAME (or stop the other one first)"
        ) from None
    finally:
        await conn.execute("RESET lock_timeout")


async def node_running(conn: Connection, node: str) -> bool:
    """Whether a live session holds ``node``'s name lock — read from
    ``pg_locks``, so asking takes nothing (a starting node never waits on it)."""
    held = await conn.fetchval(
        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 "
        "AND classid = ($1::bigint & 4294967295)::oid AND objid = (hashtext($2)::bigint & 4294967295)::oid)",
        LOCK_SPACE,
        node,
    )
    return bool(held)


async def sweep(conn: Connection, own: str) -> dict[str, list[int]]:
    """Interrupt the active runs of every other node that is gone; returns
    the interrupted run ids by node. While a gone node's lock is held here,
    that node cannot start, so its runs cannot be taken from under it."""
    nodes = await conn.fetch(
        "SELECT DISTINCT node FROM workflow_runs WHERE status IN ('queued', 'running') AND node <> $1", own
    )
    interrupted: dict[str, list[int]] = {}
    for row in nodes:
        node = row["node"]
        if not await conn.fetchval("SELECT pg_try_advisory_lock($1, hashtext($2))", LOCK_SPACE, node):
            continue  # alive
        try:
            runs = await interrupt_runs(conn, node, gone_reason(node))
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1, hashtext($2))", LOCK_SPACE, node)
        if runs:
            interrupted[node] = runs
    return interrupted


class _Sweep:
    pass


class NodePresence(AsyncActor):
    """Holds this node's name in the database (a session advisory lock) and
    sweeps the runs of nodes that are gone.

    ``init``
        Ends the session a killed predecessor left (``PresenceSession``), then
        takes the lock: a name another live node holds raises ``NodeNameTaken``
        at once (a start failure: the node does not start twice under one
        name); during an outage it waits for the database instead.
    ``handle_info`` (the sweep timer)
        Takes the lock again if the session was lost, then interrupts the runs
        of gone nodes. Every database failure is logged and tried at the next
        sweep — never a crash.
    ``terminate``
        Closes its session, which releases the lock.

    It answers no calls; an unexpected raise crashes it, and the rest_for_one
    workflows subtree restarts what was started after it."""

    def __init__(
        self,
        database: DatabaseHandle,
        node: str,
        *,
        sweep_seconds: float = 30.0,
        claim_wait: float = CLAIM_WAIT_SECONDS,
        session: PresenceSession | None = None,
    ) -> None:
        super().__init__()
        self._session = session if session is not None else PresenceSession()
        self.database = database
        self.node = node
        self.sweep_seconds = sweep_seconds
        self.claim_wait = claim_wait
        self._conn: asyncpg.Connection | None = None

    async def init(self) -> None:
        # Restarted during an outage: wait for the database rather than fail
        # at once (a name taken by another node still fails at once).
        self._session.end_left_over()
        self._conn = self._session.conn = await self.database.when_ready(self._claim, what="node presence")
        await self._sweep()
        send_after(self, _Sweep(), self.sweep_seconds)

    async def _claim(self) -> asyncpg.Connection:
        conn = await self.database.connect()
        try:
            await claim(conn, self.node, self.claim_wait)
        except BaseException:
            conn.terminate()
            raise
        return conn

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Sweep):
            await self._keep_claim()
            await self._sweep()
            send_after(self, _Sweep(), self.sweep_seconds)
        else:
            await super().handle_info(message)

    async def _keep_claim(self) -> None:
        """A lost session (the database restarted) lost the lock: take it
        again, unless another node took the name meanwhile."""
        if self._conn is not None and not self._conn.is_closed():
            return
        try:
            conn = await self.database.connect()
        except StorageError as exc:
            log.warning("node presence: %s; retrying in %ss", exc, self.sweep_seconds)
            return
        try:
            await claim(conn, self.node, wait_seconds=0.5)
        except NodeNameTaken as exc:
            conn.terminate()
            log.error("node presence lost: %s", exc)
            return
        except DATABASE_ERRORS as exc:
            conn.terminate()
            log.warning("node presence: could not take the lock again (%s)", type(exc).__name__)
            return
        self._conn = self._session.conn = conn
        log.info("node presence: lock taken again after the database session was lost")

    async def _sweep(self) -> None:
        try:
            async with self.database.pool().acquire() as conn:
                interrupted = await sweep(conn, self.node)
        except DATABASE_ERRORS as exc:
            log.warning("node presence: the sweep for runs of gone nodes failed (%s)", type(exc).__name__)
            return
        for node, runs in interrupted.items():
            log.warning("node %r is gone: its runs %s are interrupted (resumable)", node, runs)

    async def terminate(self, reason: ExitReason) -> None:
        self._session.conn = None
        if self._conn is not None and not self._conn.is_closed():
            try:
                await self._conn.close(timeout=5)  # ends the session: the lock goes with it
            except DATABASE_ERRORS:
                self._conn.terminate()  # the socket closes: the server ends the session
