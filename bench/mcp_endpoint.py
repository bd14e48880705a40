"""MCP endpoint benchmarks (BENCH lines; each baseline in the same run).
Named ``mcp_endpoint.py``, not ``mcp.py``: a script's folder comes first on
``sys.path``, and a ``bench/mcp.py`` would shadow the SDK it benchmarks.

A whole ``Node`` on a fresh embedded PostgreSQL (durable), an MCP key, and
the official MCP client (``mcp.Client`` over Streamable HTTP, asyncio) on
the same loop, talking to ``/mcp`` on 127.0.0.1.

- ``tools/call`` of the no-op skill ``echo`` (``skill.echo``), p50 and p99:
  client → gate (body cap, the address block and the key's fingerprint
  lookup in the database, the key's rate) → the SDK → the tool list (the
  registry snapshot and the workflow store) → ``Invoker.invoke`` (policy as
  caller type ``mcp`` with a freshly minted token, breaker, the skill) →
  the ``skill.invoked`` and ``mcp.called`` audit rows → the answer.
  Baseline: the same skill as the one step of a workflow run through the
  workflow executor (``Runs.start_manual`` until the run's ``finished``
  event): run row, step record, audit of the start. Interleaved in chunks.
- ``tools/list`` with 200 more workflows (~208 tools), p50; baseline:
  ``tools/list`` of the core skills and the noop workflow, measured first.

Every answer is checked (a call that errs, a run that does not complete, or
a list of the wrong length stops the benchmark).
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx2  # noqa: E402
from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)
from _spent import percentile  # noqa: E402
from mcp import Client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

from actors import whereis  # noqa: E402
from actors.testing import Probe  # noqa: E402
from alexclaw import Node, Settings  # noqa: E402
from alexclaw.mcp._keys import create_key  # noqa: E402
from alexclaw.web import WEB_NAME, WebEndpoint  # noqa: E402
from alexclaw.workflows import RUNS_TOPIC, RunChanged, RunTicket, Step, Workflow, save_workflow  # noqa: E402

WARMUP = 20
SAMPLES = 200
CHUNK = 25
LIST_SAMPLES = 50
WORKFLOWS = 200


async def mcp_call(client: Client) -> float:
    started = time.perf_counter()
    result = await client.call_tool("skill:echo", {"input": {"n": 1}})
    elapsed = time.perf_counter() - started
    if result.is_error or (result.structured_content or {}).get("result") != {"n": 1}:
        raise RuntimeError(f"skill.echo answered {result}")
    return elapsed * 1000


async def workflow_run(node: Node, probe: Probe) -> float:
    started = time.perf_counter()
    ticket = await node.state.runs.start_manual("noop", actor="bench", origin="bench", input={"n": 1})
    assert isinstance(ticket, RunTicket)
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "finished")
    return (time.perf_counter() - started) * 1000


async def list_ms(client: Client, expected: int) -> float:
    started = time.perf_counter()
    tools = await client.list_tools(cache_mode="bypass")
    elapsed = time.perf_counter() - started
    if len(tools.tools) != expected:
        raise RuntimeError(f"{len(tools.tools)} tools listed, expected {expected}")
    return elapsed * 1000


async def bench(node: Node, client: Client) -> None:
    probe = await Probe().listen(RUNS_TOPIC).start()
    try:
        for _ in range(WARMUP):
            await mcp_call(client)
            await workflow_run(node, probe)
        ours: list[float] = []
        bare: list[float] = []
        while len(ours) < SAMPLES:
            ours += [await mcp_call(client) for _ in range(CHUNK)]
            bare += [await workflow_run(node, probe) for _ in range(CHUNK)]
    finally:
        await probe.stop()
    for name, p in (("p50", 50), ("p99", 99)):
        mine, base = percentile(ours, p), percentile(bare, p)
        line(f"mcp.tools_call_noop_{name}", mine, "ms", mine / base, f"workflow executor {base:.3f} ms")

    core = len(node.state.skills.all()) + 1  # the core skills and the noop workflow
    small = statistics.median([await list_ms(client, core) for _ in range(LIST_SAMPLES)])
    async with node.state.database.pool().acquire() as conn:
        for i in range(WORKFLOWS):
            await save_workflow(conn, Workflow(None, f"wf-{i:03d}", steps=(Step(0, "echo"),)), with_steps=True)
    large = statistics.median([await list_ms(client, core + WORKFLOWS) for _ in range(LIST_SAMPLES)])
    line(f"mcp.tools_list_{core + WORKFLOWS}_p50", large, "ms", large / small, f"{core} tools {small:.3f} ms")


async def run(dsn: str, data_dir: Path) -> None:
    settings = Settings(
        secret_key_base="bench-mcp-key-" + "b" * 40, admin_password="bench password not used", database_url=dsn,
        data_dir=data_dir, http_port=0, node_name="bench-node",
    )  # fmt: skip
    node = Node(settings)
    await node.start()
    try:
        # The bench makes many calls a minute from one key and one address.
        await node.state.config.set("mcp.rate_limit_per_minute", "1000000", actor="bench")
        async with node.state.database.pool().acquire() as conn:
            _, token = await create_key(conn, node.state.mcp.fp_key, "bench", frozenset({"tools"}), None, actor="bench")
            await save_workflow(conn, Workflow(None, "noop", steps=(Step(0, "echo"),)), with_steps=True)
        web = whereis(WEB_NAME)
        assert isinstance(web, WebEndpoint)
        headers = {"Authorization": f"Bearer {token}"}
        async with (
            httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30.0, read=300.0)) as http,
            Client(streamable_http_client(f"{web.url}/mcp", http_client=http), cache=None) as client,
        ):
            await bench(node, client)
    finally:
        await node.stop()


def main() -> None:
    on_embedded_postgres(run, log_level=logging.ERROR)


if __name__ == "__main__":
    main()
