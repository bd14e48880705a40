"""A started Database actor on a fresh migrated database, for the security
pieces that keep state in PostgreSQL (challenges, shield, break-glass)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from actors import Process
from alexclaw.storage import Database, DatabaseHandle
from supervisors import ChildSpec, Supervisor, restart_child, terminate_child


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=3).start()
    yield handle
    await db.stop()


@dataclass
class Outage:
    """A Database actor under a supervisor the test can stop and start again:
    while its child is terminated, the handle has no pool (``StorageError``,
    one of ``UNAVAILABLE``) — the database is away, for real."""

    supervisor: Process
    database: DatabaseHandle

    async def begin(self) -> None:
        await terminate_child(self.supervisor, "db")

    async def end(self) -> None:
        await restart_child(self.supervisor, "db")


@pytest.fixture
async def outage(database_url: str) -> AsyncIterator[Outage]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    async def start_db() -> Any:
        return await Database(dsn, handle, max_size=3).start()

    sup = await Supervisor([ChildSpec("db", start_db)]).start()
    yield Outage(sup, handle)
    await sup.stop()
