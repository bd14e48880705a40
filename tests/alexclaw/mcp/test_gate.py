"""The gate in front of /mcp, over real HTTP: no key, a wrong, revoked or
expired key → 401 with a JSON error (and the address's block grows); a
key over its rate → 429; a body over the cap, malformed JSON-RPC or a
foreign Host → the right 4xx with a JSON-RPC error; never a 500."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from actors import sync, whereis
from alexclaw import Node
from alexclaw.mcp import EVENTS_NAME
from alexclaw.mcp._keys import revoke_key, seed_key
from alexclaw.mcp._tools import privileged
from alexclaw.mcp.tree import McpEvents
from alexclaw.storage import DATABASE_NAME
from supervisors import restart_child, terminate_child
from tests.alexclaw.mcp.conftest import add_key, now, on_backend
from tests.alexclaw.test_database_outage import storage_supervisor

INITIALIZE = {
    "jsonrpc": "2.0", "id": 1, "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}},
}  # fmt: skip
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=30) as client:
        yield client


async def post(
    http: httpx.AsyncClient, url: str, token: str | None, body: Any = None, **headers: str
) -> httpx.Response:
    sent = HEADERS | ({"Authorization": f"Bearer {token}"} if token else {}) | headers
    content = body if isinstance(body, bytes) else json.dumps(body or INITIALIZE).encode()
    return await http.post(url, content=content, headers=sent)


def error_of(response: httpx.Response) -> str:
    body = response.json()
    assert body["jsonrpc"] == "2.0"
    return str(body["error"]["message"])


async def audit_actions(node: Node) -> list[str]:
    async with node.state.database.pool().acquire() as conn:
        return [r["action"] for r in await conn.fetch("SELECT action FROM audit_log ORDER BY id")]


async def test_with_no_key_configured_every_request_is_401_with_a_json_error(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    for token in (None, "acmcp_anything-at-all-0123456789"):
        response = await post(http, url, token)
        assert response.status_code == 401
        assert "no MCP key is configured" in error_of(response)


async def test_a_missing_wrong_revoked_or_expired_key_is_401_and_only_a_live_key_opens(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    _, live = await add_key(node, "live")
    revoked, revoked_token = await add_key(node, "old")
    _, expired_token = await add_key(node, "expired", expires_at=now() - timedelta(seconds=1))
    async with node.state.database.pool().acquire() as conn:
        assert await revoke_key(conn, revoked.id, actor="test")
    for token in (None, live + "x", revoked_token, expired_token):
        response = await post(http, url, token)
        assert response.status_code == 401, token
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        error_of(response)
    assert (await post(http, url, live)).status_code == 200
    assert (await audit_actions(node)).count("mcp.key_refused") == 3  # the three wrong keys; no key is tallied


async def test_wrong_keys_count_toward_the_address_block_shared_with_the_login(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    _, live = await add_key(node)
    for _ in range(5):
        assert (await post(http, url, "acmcp_wrong-wrong-wrong-0123456789")).status_code == 401
    blocked = await post(http, url, live)  # the right key, from a blocked address
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
    assert "too many failed attempts" in error_of(blocked)
    assert [b.key for b in await node.state.limiter.current()] == ["source:127.0.0.1"]


async def test_a_key_over_its_rate_is_429(node: Node, url: str, http: httpx.AsyncClient) -> None:
    await node.state.config.set("mcp.rate_limit_per_minute", "2", actor="test")
    _, live = await add_key(node)
    assert [(await post(http, url, live)).status_code for _ in range(3)] == [200, 200, 429]


async def test_a_pool_closed_under_the_key_lookup_is_a_503_to_retry_and_the_key_opens_once_it_is_back(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    # Found by the chaos suite: the database actor restarted between the
    # gate's "is the database there" and its key lookup, and the pool's
    # InterfaceError escaped the gate as Hypercorn's 500.
    _, live = await add_key(node)
    database = node.state.database
    database.pool().terminate()  # closed under the handle, which still publishes it as healthy
    assert database.available
    away = await post(http, url, live)
    assert away.status_code == 503 and away.headers["Retry-After"] == "5"
    assert "database is not answering" in error_of(away)
    assert not database.available  # reported: every other caller fails fast until it answers
    await terminate_child(storage_supervisor(), "database")
    await restart_child(storage_supervisor(), "database")  # a fresh pool, as after the actor's restart
    assert node.state.database.available and whereis(DATABASE_NAME) is not None
    assert (await post(http, url, live)).status_code == 200


async def test_a_ten_megabyte_body_malformed_json_rpc_and_a_foreign_host_are_4xx_json_errors(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    _, live = await add_key(node)
    huge = await post(http, url, live, b'{"jsonrpc": "2.0", "x": "' + b"a" * (10 * 1024 * 1024) + b'"}')
    assert huge.status_code == 413 and "larger than" in error_of(huge)
    for body in (b"{not json", b'{"jsonrpc": "2.0", "id": 1}', b"[]"):
        malformed = await post(http, url, live, body)
        assert 400 <= malformed.status_code < 500, body
        assert malformed.json()["error"]["code"] in (-32700, -32600, -32602)
    foreign = await post(http, url, live, Host="evil.example:80")
    assert foreign.status_code == 421


async def test_the_seed_key_from_mcp_api_key_opens_the_endpoint_once_and_never_comes_back(node: Node, url: str) -> None:
    seed = "acmcp_seed-" + "s" * 30
    async with node.state.database.pool().acquire() as conn:
        assert await seed_key(conn, node.state.mcp.fp_key, seed)
        assert not await seed_key(conn, node.state.mcp.fp_key, seed)  # a key exists: nothing seeded
        stored = await conn.fetchval("SELECT count(*) FROM mcp_keys WHERE fingerprint = $1", seed.encode())
    assert stored == 0  # only its fingerprint is stored

    async def scenario(client: Client) -> str:
        return client.server_info.name if client.server_info else ""

    assert await on_backend("asyncio", url, seed, scenario) == "alexclaw"


async def test_healthz_and_metrics_report_the_endpoint_and_its_tool_count(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    await sync(EVENTS_NAME)  # its first count is done
    base = url.removesuffix("/mcp")
    health = (await http.get(f"{base}/healthz")).json()
    tools = sum(1 for meta in node.state.skills.all() if not privileged(meta))  # the shell is never a tool
    assert health["mcp"] == {"state": "serving", "tools": tools}
    metrics = (await http.get(f"{base}/metrics")).text
    assert "alexclaw_mcp_up 1.0" in metrics and f"alexclaw_mcp_tools {float(tools)}" in metrics


async def test_mcp_api_key_seeds_the_key_named_seed_when_the_events_child_starts(
    node: Node, url: str, http: httpx.AsyncClient
) -> None:
    seed = "acmcp_from-env-" + "e" * 30
    await node.state.config.set("mcp.api_key", seed, actor="test")
    events = await McpEvents(node.state.mcp).start()  # as the node's own child does at boot
    await sync(events)
    await events.stop()
    assert (await post(http, url, seed)).status_code == 200
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT name FROM mcp_keys") == "seed"
        assert "mcp.key_seeded" in [r["action"] for r in await conn.fetch("SELECT action FROM audit_log")]


def leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


async def test_the_official_client_reports_the_refusal_of_a_wrong_key(node: Node, url: str, backend: str) -> None:
    await add_key(node)

    async def scenario(client: Client) -> None:
        raise AssertionError("connected with a wrong key")

    with pytest.raises(BaseExceptionGroup) as raised:
        await on_backend(backend, url, "acmcp_wrong-0123456789abcdef", scenario)
    [error] = leaves(raised.value)
    assert isinstance(error, MCPError) and "invalid MCP key" in error.message


async def test_a_session_answers_only_the_key_that_opened_it(node: Node, url: str, http: httpx.AsyncClient) -> None:
    _, owner = await add_key(node, "owner")
    _, other = await add_key(node, "other")
    opened = await post(http, url, owner)
    assert opened.status_code == 200
    session = {"Mcp-Session-Id": opened.headers["mcp-session-id"], "MCP-Protocol-Version": "2025-06-18"}
    initialized = {"jsonrpc": "2.0", "method": "notifications/initialized"}
    assert (await post(http, url, owner, initialized, **session)).status_code == 202
    ping = {"jsonrpc": "2.0", "id": 2, "method": "ping"}
    # Another live key that learned the id: as if the session did not exist.
    stolen = await post(http, url, other, ping, **session)
    assert stolen.status_code == 404
    assert "Session not found" in error_of(stolen)
    answered = await post(http, url, owner, ping, **session)
    assert answered.status_code == 200 and '"result"' in answered.text
