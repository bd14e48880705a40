"""How a running node keeps still while its database is replaced (a
restore from the Database page): every child of the root that holds state
read from the database (settings, policies, providers, the skill registry,
workflows and their scheduler, gateways, the control socket, MCP) is
stopped, newest first; the restore runs; the pool's connections are
replaced (a restored ``vector`` type has a new OID, and sessions may hold
plans of the dropped tables); the children start again, in start order,
and read the restored rows in their ``init`` as at boot. What stays up:
the task supervisor, the log buffer, storage (the server and the pool) and
the web endpoint serving the request. A run that was in flight is stopped
with its workflows child — the restored database holds the runs as they
were at the backup, and boot's recovery marks its "running" rows."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

import asyncpg

from actors import Process
from supervisors import restart_child, terminate_child, which_children

log = logging.getLogger("alexclaw.backup")

KEPT_RUNNING: Final = frozenset({"tasks", "log_buffer", "storage", "web"})
T = TypeVar("T")


async def stop_the_world(
    root: Callable[[], Process | None], pool: Callable[[], asyncpg.Pool], work: Callable[[], Awaitable[T]]
) -> T:
    process = root()
    if process is None:  # no running tree (services used without a node)
        return await work()
    stopped = [c.id for c in which_children(process) if c.id not in KEPT_RUNNING and c.status == "running"]
    log.warning("restore: stopping %s while the database is replaced", ", ".join(stopped),
                extra={"event": "database.quiesce"})  # fmt: skip
    for child in reversed(stopped):
        await terminate_child(process, child)
    try:
        result = await work()
        await pool().expire_connections()
    finally:
        for child in stopped:
            await restart_child(process, child)
        log.warning("restore: restarted %s", ", ".join(stopped), extra={"event": "database.resumed"})
    return result
