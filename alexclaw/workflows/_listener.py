"""Workflow changes, from any writer: the ``workflows`` trigger NOTIFYs on
every insert, update and delete (this node's pages, another node, the
command line), and this actor turns each notification into a message on
the ``workflows`` topic — the scheduler re-syncs on it. A reload every
``safety_seconds`` covers a lost connection, as the policy cache does."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Final

import asyncpg

from actors import AsyncActor, ExitReason, publish, send, send_after
from alexclaw.storage import UNAVAILABLE, Backoff, DatabaseHandle
from alexclaw.workflows._scheduler import WORKFLOWS_TOPIC

log = logging.getLogger("alexclaw.workflows")

CHANNEL: Final = "alexclaw_workflows"
LISTENER_NAME: Final = "alexclaw.workflows.changes"


@dataclass(frozen=True, slots=True)
class WorkflowsChanged:
    workflow_id: int | None  # None: the periodic safety re-sync


class _Tick:
    pass


class _Lost:
    """The LISTEN connection ended (the database restarted)."""


class WorkflowChanges(AsyncActor):
    """Turns the database's workflow NOTIFYs into ``WorkflowsChanged`` on
    ``WORKFLOWS_TOPIC``, with a periodic re-sync as the safety net.

    ``init`` / ``handle_info``
        Listens; a LISTEN that cannot be opened (the database away) is logged
        and tried again at the next tick — never a crash or a start failure. A
        lost connection is reopened, then a re-sync published.
    ``terminate``
        Closes the LISTEN connection (terminated if the server hangs).

    It answers no calls; an unexpected raise crashes it and the restart
    listens again."""

    def __init__(self, database: DatabaseHandle, safety_seconds: float = 300.0) -> None:
        super().__init__()
        self.database = database
        self.safety_seconds = safety_seconds
        self._conn: asyncpg.Connection | None = None
        self._backoff = Backoff()

    async def init(self) -> None:
        await self._listen()
        send_after(self, _Tick(), self.safety_seconds)

    async def _listen(self) -> None:
        # Never a crash: without LISTEN the periodic re-sync still runs, and
        # the next tick tries to listen again.
        conn: asyncpg.Connection | None = None
        try:
            conn = await self.database.connect()
            await conn.add_listener(CHANNEL, self._on_notify)
        except UNAVAILABLE as exc:
            if conn is not None:
                conn.terminate()
            log.warning("cannot LISTEN for workflow changes (%s); retrying", type(exc).__name__)
            send_after(self, _Lost(), self._backoff.delay())
            return
        conn.add_termination_listener(self._on_lost)
        self._conn = conn
        self._backoff.reset()

    def _on_lost(self, _conn: Any) -> None:
        send(self, _Lost())

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: object) -> None:
        text = str(payload)
        send(self, WorkflowsChanged(int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None))

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, WorkflowsChanged):
            publish(WORKFLOWS_TOPIC, message)
        elif isinstance(message, _Tick):
            if self._conn is None or self._conn.is_closed():
                self._conn = None
                await self._listen()
            publish(WORKFLOWS_TOPIC, WorkflowsChanged(None))
            send_after(self, _Tick(), self.safety_seconds)
        elif isinstance(message, _Lost) and (self._conn is None or self._conn.is_closed()):
            # Listen again (with backoff while the database is away), then
            # re-sync: a change may have been made while nobody listened.
            self._conn = None
            await self._listen()
            if self._conn is not None:
                publish(WORKFLOWS_TOPIC, WorkflowsChanged(None))

    async def terminate(self, reason: ExitReason) -> None:
        if self._conn is not None and not self._conn.is_closed():
            self._conn.remove_termination_listener(self._on_lost)
            try:
                await self._conn.close(timeout=5)
            except UNAVAILABLE:
                self._conn.terminate()  # a hung server does not hold the node's stop
