"""A whole node on 127.0.0.1 for MCP tests, and the official MCP client
pointed at it. The client is anyio code: ``on_backend`` runs a scenario on
the test's own asyncio loop, or on trio in a worker thread (the node stays
on asyncio: asyncpg and the kernel are asyncio-only)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from actors import whereis
from alexclaw import Node, Settings
from alexclaw.mcp import McpKey
from alexclaw.mcp._keys import create_key
from alexclaw.web import WEB_NAME, WebEndpoint

KEY = "mcp-test-key-" + "m" * 40
PASSWORD = "correct horse battery staple"
T = TypeVar("T")
Scenario = Callable[[Client], Awaitable[T]]


@pytest.fixture(params=["asyncio", "trio"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def node(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    settings = Settings(
        secret_key_base=KEY, admin_password=PASSWORD, database_url=database_url, data_dir=tmp_path, http_port=0
    )
    started = Node(settings)
    await started.start()
    yield started
    await started.stop()


@pytest.fixture
def url(node: Node) -> str:
    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    return f"{web.url}/mcp"


async def add_key(
    node: Node, name: str = "claude", scopes: frozenset[str] = frozenset({"tools", "resources"}),
    expires_at: datetime | None = None,
) -> tuple[McpKey, str]:  # fmt: skip
    async with node.state.database.pool().acquire() as conn:
        return await create_key(conn, node.state.mcp.fp_key, name, scopes, expires_at, actor="test")


async def with_client(url: str, token: str | None, scenario: Scenario[T], **client: Any) -> T:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30.0, read=300.0)) as http,
        Client(streamable_http_client(url, http_client=http), **client) as session,
    ):
        return await scenario(session)


async def on_backend(backend: str, url: str, token: str | None, scenario: Scenario[T], **client: Any) -> T:
    """Run ``scenario`` with a connected client on ``backend``."""
    if backend == "asyncio":
        return await with_client(url, token, scenario, **client)

    def in_trio() -> T:
        return anyio.run(lambda: with_client(url, token, scenario, **client), backend="trio")

    return await asyncio.to_thread(in_trio)


def now() -> datetime:
    return datetime.now(UTC)
