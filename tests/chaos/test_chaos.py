"""Let it crash, proven (issue 27): a whole node on its own embedded
PostgreSQL, under load from every way in, while a seeded chaos task kills
random live processes of its tree — and the postmaster — within the
documented intensities; then what was accepted is checked against the
database and the fakes. Short form here (≥ 200 kills in under a minute),
long form with ``ALEXCLAW_CHAOS_LONG=1`` (``make chaos``: ≥ 1,000 kills
over about ten minutes)."""

from __future__ import annotations

import asyncio
import random
import shutil
import socket
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from actors import sync, whereis
from alexclaw import ROOT_NAME, Node, Settings
from alexclaw.workflows import Step, Workflow, save_workflow
from tests.chaos.conftest import long_form
from tests.chaos.harness import Chaos, Recorder, restart_times, summary
from tests.chaos.invariants import (
    FAILED_REPLY,
    Check,
    audit_chain_verifies,
    config_writes_kept,
    runs_ended,
    telegram_exactly_once,
)
from tests.chaos.load import WORKFLOWS, Load, ready_within
from tests.chaos.summary import REPORT
from tests.fake_llm import FakeLLM
from tests.fake_telegram import FakeBotAPI

KEY = "chaos-test-key-" + "c" * 40
PASSWORD = "chaos monkey battery staple"
PROXY_KEY = "chaos-proxy-key-" + "p" * 30
MCP_KEY = "chaos-mcp-key-" + "m" * 30
CHAT = 4242
READY_BOUND = 60.0  # seconds from the last kill to /readyz 200
SETTLE_BOUND = 90.0  # seconds for runs and Telegram updates to finish after the chaos


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def chaos_settings(data_dir: Path, port: int, database_url: str | None = None) -> Settings:
    # Durable, as a node runs: with the tests' usual fsync and synchronous_commit
    # off, a SIGKILLed postmaster loses the last commits' WAL — acknowledged
    # rows gone by configuration, which the invariants would rightly flag.
    return Settings(
        secret_key_base=KEY, admin_password=PASSWORD, database_url=database_url, data_dir=data_dir,
        http_port=port, pg_durable=True,
        config_seeds={"mcp.api_key": MCP_KEY},  # MCP_API_KEY: the seed key is made at boot from it
    )  # fmt: skip


WORKFLOW_STEPS: dict[str, tuple[Step, ...]] = {
    "chaos fast": (Step(0, "echo", config={"value": "a"}), Step(1, "template", config={"template": "{input}!"})),
    "chaos slow": (
        Step(0, "echo", config={"value": "a"}),
        Step(1, "sleep", config={"seconds": 2}),
        Step(2, "template", config={"template": "{input}!"}),
    ),
    "chaos failing": (Step(0, "echo", config={"value": "a"}), Step(1, "fail", config={"reason": "failing on purpose"})),
}


async def prepare(node: Node, fake: FakeBotAPI, llm: FakeLLM) -> None:
    """The operator's setup: workflows of mixed skills, Telegram, the shield proxy, MCP."""
    async with node.state.database.pool().acquire() as conn:
        for name in WORKFLOWS:
            await save_workflow(conn, Workflow(None, name, steps=WORKFLOW_STEPS[name]), with_steps=True)
    config = node.state.config
    for key, value in {
        "telegram.api_base_url": fake.base_url.removesuffix("/bot"),
        "telegram.chat_id": str(CHAT),
        "telegram.owner_user_id": str(CHAT),
        "telegram.bot_token": fake.token,
        "shield.proxy_api_key": PROXY_KEY,
        "shield.proxy_upstream_url": llm.base_url,
        "workflows.max_concurrent_runs": "40",  # many live run processes: the chaos's cheapest kind
    }.items():
        await config.set(key, value, actor="test")
    await sync("gateways.watcher")
    await fake.wait_until(lambda: fake.poll_offsets, timeout=30)


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """Not under pytest's basetemp (0700 under root, where pgserver's own
    user cannot reach its pgdata): a folder of its own, removed after."""
    home = Path(tempfile.mkdtemp(prefix="alexclaw-chaos-"))
    yield home / "data"
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def llm() -> AsyncIterator[FakeLLM]:
    async with FakeLLM() as server:
        yield server


async def settle(node: Node, load: Load, fake: FakeBotAPI) -> None:
    """Until no run is queued or running and every update was answered
    (bounded: what does not settle fails the invariants, with its rows)."""
    end = time.monotonic() + SETTLE_BOUND
    while time.monotonic() < end:
        async with node.state.database.pool().acquire() as conn:
            unfinished = await conn.fetchval("SELECT count(*) FROM workflow_runs WHERE status IN ('queued', 'running')")
        texts = [s.text or "" for s in fake.sent]
        answered = sum(1 for t in load.telegram_tokens if any(t in text for text in texts))
        answered += sum(1 for text in texts if text.startswith(FAILED_REPLY))
        if not unfinished and answered >= len(load.telegram_tokens) and not fake.pending:
            return
        await asyncio.sleep(0.2)  # looking from outside while the node finishes its own work


async def resume_interrupted(node: Node) -> int:
    """Interrupted runs are resumable: resume each one (they then end)."""
    async with node.state.database.pool().acquire() as conn:
        interrupted = [r["id"] for r in await conn.fetch("SELECT id FROM workflow_runs WHERE status = 'interrupted'")]
    for run_id in interrupted:
        await node.state.runs.resume(run_id, actor="chaos", origin="chaos")
    return len(interrupted)


def report_lines(
    seed: int, chaos: Chaos, recorder: Recorder, load: Load, checks: list[Check], ready: float, resumed: int
) -> str:
    lines = [f"seed {seed} (replay: ALEXCLAW_CHAOS_SEED={seed}{' ALEXCLAW_CHAOS_LONG=1' if long_form() else ''})"]
    span = chaos.kills[-1].at - chaos.kills[0].at if chaos.kills else 0.0
    lines.append(f"kills {len(chaos.kills)} over {span:.1f} s ({chaos.skipped} moments skipped: no budget)")
    lines += [f"  {n:5d}  {kind}" for kind, n in sorted(chaos.kills_by_kind().items(), key=lambda kv: -kv[1])]
    by_supervisor: dict[str, int] = {}
    for _at, event in recorder.restarts:
        by_supervisor[event.supervisor] = by_supervisor.get(event.supervisor, 0) + 1
    lines.append(
        f"restarts {len(recorder.restarts)}: " + ", ".join(f"{s} {n}" for s, n in sorted(by_supervisor.items()))
    )
    lines.append(f"supervisors that gave up: {[g.supervisor for g in recorder.gave_up] or 'none'}")
    lines.append(f"time to ready after a restart: {summary(restart_times(chaos.kills, recorder, load.ready_at))}")
    lines.append(f"time to ready after the last kill: {ready:.3f} s; interrupted runs resumed: {resumed}")
    lines.append("load requests done, by way in:")
    for way, n in sorted(load.requests_by_way().items()):
        kinds = ", ".join(f"{o} {c}" for (w, o), c in sorted(load.outcomes.items()) if w == way)
        lines.append(f"  {n:5d}  {way}: {kinds}")
    lines.append(f"invariants: {sum(c.held for c in checks)}/{len(checks)} held")
    lines += [f"  {'held  ' if c.held else 'BROKEN'}  {c.name}: {c.detail}" for c in checks]
    return "\n".join(lines)


@pytest.mark.timeout(1500 if long_form() else 300)
async def test_a_node_under_load_survives_random_kills_of_every_kind_of_process_and_loses_nothing(
    data_dir: Path, fake: FakeBotAPI, llm: FakeLLM, chaos_seed: int, request: pytest.FixtureRequest
) -> None:
    rng = random.Random(chaos_seed)
    port = free_port()
    node = Node(chaos_settings(data_dir, port), loopback_grants=frozenset({"telegram"}))
    recorder = await Recorder().start()
    root = await node.start()
    try:
        await prepare(node, fake, llm)
        url = f"http://127.0.0.1:{port}"
        load = Load(node, url, PASSWORD, random.Random(rng.random()), fake, PROXY_KEY, MCP_KEY)
        long = long_form()
        chaos = Chaos(
            root, random.Random(rng.random()), recorder, data_dir / "pg",
            target_kills=1200 if long else 220, deadline=660.0 if long else 75.0,
            mean_interval=0.45 if long else 0.1,  # the long form's 1,200 kills spread over about ten minutes
            postgres_at=tuple(range(30, 600, 75)) if long else (10.0, 44.0),
        )  # fmt: skip
        loops = [load.web_reader(), load.config_writer(), load.runs(), load.telegram_updates(CHAT)]
        loops += [load.shield_proxy(), load.mcp(), load.readiness()]
        async with asyncio.TaskGroup() as group:
            for loop in loops:
                group.create_task(loop)
            await chaos.run()
            load.stopping.set()
        ready = await ready_within(url, READY_BOUND)
        await settle(node, load, fake)
        resumed = await resume_interrupted(node)
        await settle(node, load, fake)
        async with node.state.database.pool().acquire() as conn:
            checks = await runs_ended(conn, load.tickets)
            checks += await config_writes_kept(conn, load.config_writes)
            checks.append(await audit_chain_verifies(conn, KEY, data_dir))
        checks.append(telegram_exactly_once(fake, load.telegram_tokens))
        checks.append(Check("no request hung beyond its timeout", not load.hangs, f"hangs: {load.hangs[:10]}"))
        checks.append(  # a process away is a 503 to retry, a database away too: a 500 is a bug
            Check("no request answered 500", not load.server_errors, f"500s: {load.server_errors[:10]}")
        )
        checks.append(
            Check(f"ready within {READY_BOUND:.0f} s of the last kill", ready <= READY_BOUND, f"{ready:.3f} s")
        )
        checks.append(Check("no supervisor gave up", not recorder.gave_up, str(recorder.gave_up[:5])))
        checks.append(Check("the root is alive", whereis(ROOT_NAME) is root and root.alive, repr(root)))
        enough = 1000 if long else 200
        checks.append(Check(f"at least {enough} kills", len(chaos.kills) >= enough, str(len(chaos.kills))))
    finally:
        await node.stop()
        await recorder.stop()
    text = report_lines(chaos_seed, chaos, recorder, load, checks, ready, resumed)
    request.node.user_properties.append((REPORT, text))
    broken = [c for c in checks if not c.held]
    assert not broken, f"seed {chaos_seed}: {len(broken)} invariant(s) broken\n{text}"
