"""MCP's JSON-RPC layer, fuzzed on a real node (Hypercorn on 127.0.0.1,
authenticated with an MCP key): generated messages (``tests/fuzz/jsonrpc``)
in a session opened by a valid ``initialize`` and as self-contained
2026-07-28 requests, and the official MCP client calling the node's real
tools with generated arguments. Invariants: no 5xx; every answer a JSON-RPC
message, bad input a JSON-RPC error with a code that names it (never the
SDK's 0 for a handler that raised, nor -32603), a well-formed request's
answer carrying its id; the session answers ``ping`` throughout;
``/healthz`` 200; no child of the tree restarted; no error logged by the
SDK's handlers; no seeded secret in any answer or log line."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import anyio.from_thread
import httpx
import httpx2
from hypothesis import reject
from hypothesis import strategies as st
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from alexclaw.logs import RedactSecrets
from tests.fuzz.jsonrpc import (
    ACCEPT,
    BAD_INPUT_CODES,
    FAMILIES,
    SESSION_VERSION,
    Message,
    answered,
    messages,
    problems,
)
from tests.fuzz.jsonrpc import tool_arguments as arguments_for
from tests.fuzz.node import REQUEST_TIMEOUT, FuzzNode, captured_logs, restarted, restarts
from tests.fuzz.support import SEED, Record, count, fuzz

# Handlers' failures as the SDK logs them: each is a crash the fuzzer found.
SDK_FAILURES = ("handler for", "Error handling POST request", "crashed", "returned an invalid result")


async def bounded(fuzzed: FuzzNode) -> dict[str, dict[str, Any]]:
    """The node as the fuzzer needs it — every request admitted, calls and
    steps bounded in time, nothing leaving the machine (the seeded model
    provider points at a closed local port) — and its tools' schemas."""
    config = fuzzed.node.state.config
    for key, value in (
        ("mcp.rate_limit_per_minute", "1000000"),
        ("mcp.call_timeout_seconds", "1"),
        ("workflows.step_timeout_ms", "500"),
        ("egress.timeout_seconds", "1"),
    ):
        await config.set(key, value, actor="test")
    async with fuzzed.node.state.database.pool().acquire() as conn:
        await conn.execute("UPDATE llm_providers SET base_url = 'http://127.0.0.1:9/v1', timeout_seconds = 2")
    return {name: dict(spec.input_schema) for name, spec in (await fuzzed.node.state.mcp.tools()).items()}


class Session:
    """A client of /mcp speaking raw JSON-RPC over HTTP: one session opened
    with a valid ``initialize``, then whatever it is handed."""

    def __init__(self, fuzzed: FuzzNode) -> None:
        self.fuzzed = fuzzed
        self.http = fuzzed.client()
        self.session_id = ""
        self.pings = itertools.count()
        self.statuses: Counter[int] = Counter()
        self.codes: Counter[int] = Counter()

    def close(self) -> None:
        self.http.close()

    def post(self, body: bytes, headers: dict[str, str]) -> httpx.Response:
        sent = {"Authorization": f"Bearer {self.fuzzed.mcp_key}", "Accept": ACCEPT, "Content-Type": "application/json"}
        try:
            return self.http.post("/mcp", content=body, headers=sent | headers)
        except httpx.TimeoutException as exc:
            raise AssertionError(f"no answer within {REQUEST_TIMEOUT} s: {body[:500]!r}") from exc
        except httpx.RemoteProtocolError as exc:
            raise AssertionError(f"the connection closed without an answer: {body[:500]!r}") from exc

    def open(self) -> None:
        hello = {"protocolVersion": SESSION_VERSION, "capabilities": {}, "clientInfo": {"name": "fuzz", "version": "1"}}
        initialize = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": hello}
        opened = self.post(json.dumps(initialize).encode(), {})
        assert opened.status_code == 200, opened.text[:500]
        self.session_id = opened.headers["mcp-session-id"]
        [reply] = answered(opened)
        assert reply["result"]["serverInfo"]["name"] == "alexclaw"
        done = self.post(b'{"jsonrpc": "2.0", "method": "notifications/initialized"}', self.session_headers())
        assert done.status_code == 202, done.text[:300]

    def session_headers(self) -> dict[str, str]:
        return {"Mcp-Session-Id": self.session_id, "MCP-Protocol-Version": SESSION_VERSION}

    def send(self, message: Message) -> None:
        headers = dict(message.headers) if message.modern else self.session_headers() | dict(message.headers)
        response = self.post(message.body, headers)
        self.statuses[response.status_code] += 1
        found = problems(message, response)
        assert not found, f"{found} for {message!r}: HTTP {response.status_code} {response.text[:1200]!r}"
        for reply in answered(response):
            if isinstance(reply, dict) and isinstance(reply.get("error"), dict):
                self.codes[reply["error"]["code"]] += 1
        text = response.text + "\n" + "\n".join(f"{k}: {v}" for k, v in response.headers.items())
        leaked = self.fuzzed.secrets.found_in(text)
        assert not leaked, f"{leaked} in the answer to {message!r}"

    def alive(self) -> None:
        """The session still answers (no input ended it) and so does the node."""
        ping = f"alive-{next(self.pings)}"
        body = json.dumps({"jsonrpc": "2.0", "id": ping, "method": "ping"}).encode()
        response = self.post(body, self.session_headers())
        assert response.status_code == 200, f"the session is gone: {response.status_code} {response.text[:300]}"
        assert [r.get("id") for r in answered(response)] == [ping]
        assert self.http.get("/healthz").status_code == 200


# Inputs per family of message (short form, long form).
BUDGETS: dict[str, tuple[int, int]] = {
    "tools/call": (80, 1500), "resources/read": (40, 600), "method": (30, 500), "notification": (15, 200),
    "unknown": (15, 200), "envelope": (40, 600),
}  # fmt: skip


def walk(fuzzed: FuzzNode, tools: dict[str, dict[str, Any]]) -> tuple[dict[str, int], Session]:
    session = Session(fuzzed)
    sent = itertools.count(1)
    tried: dict[str, int] = {}

    def one(message: Message) -> None:
        session.send(message)
        if next(sent) % 10 == 0:
            session.alive()

    try:
        session.open()
        for family in FAMILIES:
            short, long = BUDGETS[family]
            tried[family] = fuzz(f"mcp json-rpc {family}", None, one, messages(tools, family), short=short, long=long)
            session.alive()
    finally:
        session.close()
    return tried, session


def failures_logged(lines: list[str]) -> list[str]:
    return [
        line[:600] for line in lines
        if '"levelname": "ERROR"' in line and ('"name": "mcp' in line or any(f in line for f in SDK_FAILURES))
    ]  # fmt: skip


async def test_generated_json_rpc_messages_get_json_rpc_errors_never_a_crash_a_lost_session_or_a_leak(
    fuzzed: FuzzNode, record_property: Record
) -> None:
    tools = await bounded(fuzzed)
    assert {"skill:echo", "skill:sleep", "skill:web_fetch"} <= set(tools)
    before = restarts(fuzzed.node)
    with captured_logs() as logs:
        logs.addFilter(RedactSecrets())  # the node's handler masks what it knows; the rest must not be there
        tried, session = await asyncio.to_thread(walk, fuzzed, tools)
    assert restarted(before, restarts(fuzzed.node)) == {}
    leaks = {line[:300]: fuzzed.secrets.found_in(line) for line in logs.lines if fuzzed.secrets.found_in(line)}
    assert not leaks, leaks
    assert not failures_logged(logs.lines)
    assert set(session.codes) <= BAD_INPUT_CODES | {-32600}
    spread = ", ".join(f"{s} x{n}" for s, n in sorted(session.statuses.items()))
    codes = ", ".join(f"{c} x{n}" for c, n in sorted(session.codes.items()))
    families = ", ".join(f"{f} {n}" for f, n in tried.items())
    count(
        record_property, "mcp json-rpc (real server; a session and 2026-07-28 requests)", sum(tried.values()),
        f"none broke an invariant ({families}); HTTP {spread}; JSON-RPC errors {codes} (seed {SEED})",
    )  # fmt: skip


@asynccontextmanager
async def official_client(url: str, key: str) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {key}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(REQUEST_TIMEOUT)) as http,
        Client(streamable_http_client(url, http_client=http)) as client,
    ):
        yield client


@contextmanager
def connected(url: str, key: str) -> Iterator[tuple[anyio.from_thread.BlockingPortal, Client]]:
    """The official client on an event loop of its own (a portal), driven
    from the fuzzer's synchronous thread."""
    with anyio.from_thread.start_blocking_portal() as portal, portal.wrap_async_context_manager(
        official_client(url, key)
    ) as client:  # fmt: skip
        yield portal, client


def call_tools(fuzzed: FuzzNode, tools: dict[str, dict[str, Any]]) -> tuple[int, Counter[str]]:
    outcomes: Counter[str] = Counter()
    names = sorted(tools)
    with connected(f"{fuzzed.url}/mcp", fuzzed.mcp_key) as (portal, client):
        listed = {t.name for t in portal.call(client.list_tools).tools}
        assert listed == set(names)

        def call(name: str, arguments: Any) -> None:
            try:
                json.dumps(arguments, ensure_ascii=False).encode()
            except (UnicodeEncodeError, ValueError):
                reject()  # not JSON the client can send (a lone surrogate): not an input
            try:
                result = portal.call(client.call_tool, name, arguments)
            except MCPError as exc:
                assert exc.error.code in BAD_INPUT_CODES, f"{exc.error!r} for {name} {arguments!r:.500}"
                outcomes[f"error {exc.error.code}"] += 1
            else:
                text = json.dumps([c.model_dump() for c in result.content])
                leaked = fuzzed.secrets.found_in(text)
                assert not leaked, f"{leaked} in the answer to {name} {arguments!r:.500}"
                outcomes["isError" if result.is_error else "ok"] += 1
            portal.call(client.list_resource_templates)  # the session serves on

        def pair(name: str) -> st.SearchStrategy[tuple[str, Any]]:
            objects = arguments_for(tools[name]).filter(lambda a: a is None or isinstance(a, dict))  # the client's type
            return st.tuples(st.just(name), objects)

        drawn = st.sampled_from(names).flatmap(pair)
        tried = fuzz("mcp official client", None, lambda pair: call(*pair), drawn, short=40, long=800)
    return tried, outcomes


async def test_the_official_client_calling_every_tool_with_generated_arguments_gets_results_or_mcp_errors(
    fuzzed: FuzzNode, record_property: Record
) -> None:
    tools = await bounded(fuzzed)
    before = restarts(fuzzed.node)
    with captured_logs() as logs:
        logs.addFilter(RedactSecrets())
        tried, outcomes = await asyncio.to_thread(call_tools, fuzzed, tools)
    assert restarted(before, restarts(fuzzed.node)) == {}
    assert not [line for line in logs.lines if fuzzed.secrets.found_in(line)]
    assert not failures_logged(logs.lines)
    spread = ", ".join(f"{o} x{n}" for o, n in sorted(outcomes.items()))
    count(record_property, f"mcp official client (tools/call, {len(tools)} tools)", tried,
          f"none broke an invariant; {spread} (seed {SEED})")  # fmt: skip
