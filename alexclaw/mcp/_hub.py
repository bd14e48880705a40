"""``McpHub``: the node's MCP server — the official SDK's low-level
``Server`` (name ``alexclaw``, tools and resources) behind its Streamable
HTTP session manager — and what it keeps between requests: the change bus
that tells listening clients ``tools/list_changed``, the runs MCP callers
wait for, each key's request window and the numbers ``/healthz`` and
``/metrics`` show.

Made once per node (the web state holds it); ``serving()`` makes a fresh
server and session manager for each start of the web endpoint (a manager
runs once) and is entered for as long as the endpoint serves.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Final

import mcp_types as types
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.subscriptions import InMemorySubscriptionBus, ListenHandler, ToolsListChanged
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_PARAMS, INVALID_REQUEST

from alexclaw.config import McpSettings
from alexclaw.mcp import _calls, _resources
from alexclaw.mcp._keys import McpKey, fingerprint_key
from alexclaw.mcp._tools import ToolSpec, build_tools, find_tool, split_arguments
from alexclaw.services import Services
from alexclaw.workflows import FINISHED, get_run, list_workflows

SERVER_NAME: Final = "alexclaw"
KEY_STATE: Final = "mcp_key"  # where the gate leaves the authenticated key in the request's ASGI state
_TEMPLATES: Final = (
    ("resources", "A workflow resource (feed, API, document) by id"),
    ("knowledge", "A knowledge document by id; also list and search:<query>"),
    ("memory", "A memory entry by id; also list and search:<query>"),
    ("workflows", "A workflow's shape (steps, routes) by id; also list"),
    ("runs", "A run by id (metadata; outputs with the outputs scope); list: the 50 newest"),
    ("config", "A setting by key, sensitive ones [REDACTED]; also list"),
)


async def _stop_sse_watcher() -> None:
    """sse-starlette (the SDK's SSE responses) starts one polling task per
    event loop, on first use, that ends only when a uvicorn server exits —
    never, here. It is stopped with the endpoint, so no task outlives the
    web child; its own ``finally`` lets the next start make a new one."""
    current = asyncio.current_task()
    watchers = [
        task for task in asyncio.all_tasks()
        if task is not current and getattr(task.get_coro(), "__qualname__", "") == "_shutdown_watcher"
    ]  # fmt: skip
    for task in watchers:
        task.cancel()
    if watchers:
        await asyncio.wait(watchers)


class McpHub:
    def __init__(self, services: Services, secret_key_base: str, *, host: str, port: int) -> None:
        self.services = services
        self.fp_key = fingerprint_key(secret_key_base)
        self.host = host
        self.port = port
        self.bus = InMemorySubscriptionBus()
        self.calls: Counter[str] = Counter()  # tool calls by outcome, for /metrics
        self.tool_count = 0  # as of the last listing or change
        self.serving_now = False
        self.manager: StreamableHTTPSessionManager | None = None
        self._waiters: dict[int, list[asyncio.Future[None]]] = {}
        self._windows: dict[int, deque[float]] = {}

    # -- what the gate and the events child use ---------------------------

    def admit(self, key_id: int, now: float) -> bool:
        """The key's request window: at most ``mcp.rate_limit_per_minute``."""
        limit = McpSettings.read(self.services.config).rate_limit_per_minute
        times = self._windows.setdefault(key_id, deque())
        while times and times[0] <= now - 60.0:
            times.popleft()
        if len(times) >= limit:
            return False
        times.append(now)
        return True

    async def tools_changed(self) -> None:
        """Recount and tell every listening client (``tools/list_changed``)."""
        try:
            self.tool_count = len(await self.tools())
        finally:
            await self.bus.publish(ToolsListChanged())

    def run_finished(self, run_id: int) -> None:
        for waiter in self._waiters.pop(run_id, []):
            if not waiter.done():
                waiter.set_result(None)

    async def wait_for_run(self, run_id: int, seconds: float) -> bool:
        """True once run ``run_id`` finished, False after ``seconds``."""
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(run_id, []).append(waiter)
        try:
            async with self.services.database.pool().acquire() as conn:
                run = await get_run(conn, run_id)
            if run is not None and run.status in FINISHED:  # finished before we listened
                return True
            await asyncio.wait_for(waiter, seconds)
            return True
        except TimeoutError:
            return False
        finally:
            waiters = self._waiters.get(run_id, [])
            if waiter in waiters:
                waiters.remove(waiter)
            if not waiters:
                self._waiters.pop(run_id, None)

    async def tools(self) -> dict[str, ToolSpec]:
        async with self.services.database.pool().acquire() as conn:
            workflows = await list_workflows(conn, with_steps=True)
        return build_tools(self.services.skills.all(), workflows)

    # -- the server ------------------------------------------------------

    def security(self) -> TransportSecuritySettings:
        """DNS-rebinding protection from the node's own address: a Host
        header naming anything else is 421. A wildcard bind (0.0.0.0, ::)
        names no host, so it allows any (behind a proxy, the operator's
        reverse proxy sets Host)."""
        if self.host in ("0.0.0.0", "::", ""):  # noqa: S104 - comparing, not binding
            return TransportSecuritySettings(enable_dns_rebinding_protection=False)
        names = {self.host, "localhost"} if self.host in ("127.0.0.1", "::1") else {self.host}
        hosts = [f"[{n}]:*" if ":" in n else f"{n}:*" for n in sorted(names)]
        hosts += [f"[{n}]" if ":" in n else n for n in sorted(names)]
        origins = [f"http://{h}" for h in hosts] + [f"https://{h}" for h in hosts]
        return TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=hosts,
                                         allowed_origins=origins)  # fmt: skip

    def server(self, listen: ListenHandler) -> Server[Any]:
        return Server(
            SERVER_NAME,
            version="0.1.0",
            instructions="AlexClaw's skills and workflows as tools; its workflows, runs, memory, knowledge, "
            "resources and settings as alexclaw:// resources.",
            on_list_tools=self._list_tools,
            on_call_tool=self._call_tool,
            on_list_resources=self._list_resources,
            on_list_resource_templates=self._list_templates,
            on_read_resource=self._read_resource,
            on_subscriptions_listen=listen,
        )

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[StreamableHTTPSessionManager]:
        """A fresh session manager, running until the endpoint stops; open
        listen streams are closed first, so the drain is quick."""
        listen = ListenHandler(self.bus)
        manager = StreamableHTTPSessionManager(
            self.server(listen),
            security_settings=self.security(),
            max_request_body_size=McpSettings.read(self.services.config).max_body_bytes,
        )
        async with manager.run():
            self.manager, self.serving_now = manager, True
            try:
                yield manager
            finally:
                self.manager, self.serving_now = None, False
                listen.close()
        await _stop_sse_watcher()

    # -- handlers ----------------------------------------------------------

    @staticmethod
    def _key(ctx: Any, scope: str) -> McpKey:
        request = getattr(ctx, "request", None)
        key = request.scope.get("state", {}).get(KEY_STATE) if request is not None else None
        if not isinstance(key, McpKey):  # the gate lets nothing through without one; fail closed regardless
            raise MCPError(INVALID_REQUEST, "not authenticated")
        if scope not in key.scopes:
            raise MCPError(INVALID_REQUEST, f"the key {key.name} does not have the {scope} scope")
        return key

    async def _list_tools(self, ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        self._key(ctx, "tools")
        tools = await self.tools()
        self.tool_count = len(tools)
        listed = [types.Tool(name=t.name, description=t.description, input_schema=dict(t.input_schema))
                  for t in tools.values()]  # fmt: skip
        return types.ListToolsResult(tools=listed)

    async def _call_tool(self, ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        key = self._key(ctx, "tools")
        tool = find_tool(await self.tools(), params.name)
        if tool is None:
            self.calls["unknown"] += 1
            raise MCPError(INVALID_PARAMS, f"unknown tool {params.name[:200]!r}")
        arguments = split_arguments(tool, params.arguments)
        if isinstance(arguments, str):
            self.calls["invalid"] += 1
            raise MCPError(INVALID_PARAMS, f"{tool.name}: {arguments}")
        input, config = arguments
        if tool.kind == "skill":
            answer = await _calls.call_skill(self.services, key, tool, input, config)
        else:
            answer = await _calls.call_workflow(self.services, key, tool, input, self.wait_for_run)
        self.calls["error" if answer.error else "ok"] += 1
        return types.CallToolResult(
            content=[types.TextContent(text=answer.text)], structured_content=dict(answer.value), is_error=answer.error
        )

    async def _list_resources(self, ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListResourcesResult:
        self._key(ctx, "resources")
        return types.ListResourcesResult(
            resources=[
                types.Resource(uri=f"{_resources.SCHEME}{kind}/list", name=f"{kind}-list", description=about,
                               mime_type="application/json")
                for kind, about in _TEMPLATES
            ]
        )  # fmt: skip

    async def _list_templates(
        self, ctx: Any, params: types.PaginatedRequestParams | None
    ) -> types.ListResourceTemplatesResult:
        self._key(ctx, "resources")
        return types.ListResourceTemplatesResult(
            resource_templates=[
                types.ResourceTemplate(
                    uri_template=f"{_resources.SCHEME}{kind}/{{{'key' if kind == 'config' else 'id'}}}",
                    name=kind, description=about, mime_type="application/json",
                )
                for kind, about in _TEMPLATES
            ]
        )  # fmt: skip

    async def _read_resource(self, ctx: Any, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        key = self._key(ctx, "resources")
        reader = _resources.Reader(self.services.config, self.services.embedder, "outputs" in key.scopes)
        try:
            async with self.services.database.pool().acquire() as conn:
                value = await _resources.read(conn, reader, str(params.uri))
        except _resources.NotFound as exc:
            raise MCPError(INVALID_PARAMS, str(exc)) from None
        text = _resources.as_text(value)
        contents = [types.TextResourceContents(uri=str(params.uri), mime_type="application/json", text=text)]
        return types.ReadResourceResult(contents=list(contents))

    def now(self) -> float:
        return time.time()
