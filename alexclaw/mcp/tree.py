"""The MCP subtree's one child, ``alexclaw.mcp.events``: it turns the
node's events into what MCP clients see — a skill registered or
unregistered, a workflow created, changed or deleted → ``tools/list_changed``
on every open listen stream; a run finished → the MCP call waiting for it
answers. At start it seeds the first key from ``MCP_API_KEY`` (the
``mcp.api_key`` setting) while there is none.

The server itself is served by the web endpoint (``/mcp``, started last);
this child starts before it, after the skills and workflows it watches."""

from __future__ import annotations

import logging
from typing import Any, Final

from actors import AsyncActor, send, subscribe
from alexclaw.mcp._hub import McpHub
from alexclaw.mcp._keys import seed_key
from alexclaw.storage import UNAVAILABLE
from alexclaw.workflows import RUNS_TOPIC, WORKFLOWS_TOPIC, RunChanged, WorkflowsChanged
from skills import SKILLS_TOPIC, SkillRegistered, SkillUnregistered
from supervisors import ChildSpec

EVENTS_NAME: Final = "alexclaw.mcp.events"
log = logging.getLogger("alexclaw.mcp")


class _Boot:
    """Seed and count after init: nothing waits on it."""


class McpEvents(AsyncActor):
    """``handle_info``: skills and workflow changes → ``tools_changed``;
    a finished run → ``run_finished``; a database outage while counting is
    logged, never a crash. Answers no calls."""

    def __init__(self, hub: McpHub) -> None:
        super().__init__()
        self.hub = hub

    async def init(self) -> None:
        for topic in (SKILLS_TOPIC, WORKFLOWS_TOPIC, RUNS_TOPIC):
            subscribe(topic, self)
        send(self, _Boot())

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, RunChanged):
            if message.status == "finished":
                self.hub.run_finished(message.run_id)
            return
        # A database outage is not this actor's crash (restarting it cannot
        # help, and a burst of them would reach the root): say so, keep the
        # last count, and let the next change or the next boot try again.
        try:
            if isinstance(message, _Boot):
                await self._seed()
                await self.hub.tools_changed()
            elif isinstance(message, WorkflowsChanged | SkillRegistered | SkillUnregistered):
                await self.hub.tools_changed()
        except UNAVAILABLE as exc:
            self.hub.services.database.report_unavailable(exc)
            log.warning("MCP tools not recounted: the database is unavailable (%s)", type(exc).__name__)

    async def _seed(self) -> None:
        token = str(self.hub.services.config.get("mcp.api_key") or "")
        if not token:
            return
        async with self.hub.services.database.pool().acquire() as conn:
            if await seed_key(conn, self.hub.fp_key, token):
                log.info("MCP key 'seed' created from MCP_API_KEY", extra={"event": "mcp.key_seeded"})


def mcp_spec(hub: McpHub) -> ChildSpec:
    async def start() -> Any:
        return await McpEvents(hub).start(name=EVENTS_NAME)

    # A worker of the root: its state is the hub's, which outlives it; a
    # restart only resubscribes (a run finishing in between is found by the
    # waiting call's own read of the row, or answered with the run id).
    return ChildSpec("mcp", start, info="tools/list_changed to MCP clients; MCP calls waiting for their runs")
