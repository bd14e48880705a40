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
from alexclaw.storage import DatabaseHandle, StorageError
from alexclaw.workflows._scheduler import WORKFLOWS_TOPIC

log = logging.getLogger("alexclaw.workflows")

CHANNEL: Final = "alexclaw_workflows"
LISTENER_NAME: Final = "alexclaw.workflows.changes"


@dataclass(frozen=True, slots=True)
class WorkflowsChanged:
    workflow_id: int | None  # None: the periodic safety re-sync


class _Tick:
    pass


class WorkflowChanges(AsyncActor):
    def __init__(self, database: DatabaseHandle, safety_seconds: float = 300.0) -> None:
        super().__init__()
        self.database = database
        self.safety_seconds = safety_seconds
        self._conn: asyncpg.Connection | None = None

    async def init(self) -> None:
        await self._listen()
        send_after(self, _Tick(), self.safety_seconds)

    async def _listen(self) -> None:
        try:
            conn = await self.database.connect()
        except StorageError as exc:
            log.warning("cannot LISTEN for workflow changes (%s); re-syncing every %ss", exc, self.safety_seconds)
            return
        await conn.add_listener(CHANNEL, self._on_notify)
        self._conn = conn

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: object) -> None:
        text = str(payload)
        send(self, WorkflowsChanged(int(text) if text.isdigit() else None))

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, WorkflowsChanged):
            publish(WORKFLOWS_TOPIC, message)
        elif isinstance(message, _Tick):
            if self._conn is None or self._conn.is_closed():
                self._conn = None
                await self._listen()
            publish(WORKFLOWS_TOPIC, WorkflowsChanged(None))
            send_after(self, _Tick(), self.safety_seconds)

    async def terminate(self, reason: ExitReason) -> None:
        if self._conn is not None and not self._conn.is_closed():
            await self._conn.close()
