"""Reasoning loop benchmarks (BENCH lines; baselines in the same run).

- loop overhead per plan step: a session whose plan has ``STEPS`` steps runs
  each through prepare (model) → execute (skill, through the real Invoker)
  → evaluate (model) → decide (the deterministic rules), every step and
  event written and published, the state saved after each move. The model
  is the real ``GuardedModel`` (screening + the shield on both sides) over
  a router that answers at once, and the skill answers at once: their own
  time is measured and taken out, so what is left is the loop — the actor,
  its tasks, the phase functions, the database writes. Against the same
  writes done in a plain loop (``add_step`` / ``add_event`` /
  ``save_session``), which is what persistence alone costs;
  the same again with ``synchronous_commit=off`` (what fsync costs);
- 20 sessions at once (``reasoning.max_concurrent_sessions`` 20): RSS and
  tracemalloc per session while all 20 wait in a skill step, then the
  latency of a plan step with the 20 running side by side, vs one alone.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import statistics
import sys
import time
import tracemalloc
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar, cast

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)

from actors import AsyncActor, Process, Snapshot, subscribe  # noqa: E402
from alexclaw.config import ReasoningSettings  # noqa: E402
from alexclaw.invoke import AuditedInvocations, Invoker  # noqa: E402
from alexclaw.llm import Answer, ChatRequest, GuardedModel, Router  # noqa: E402
from alexclaw.reasoning import (  # noqa: E402
    REASONING_TOPIC,
    EventKind,
    ReasoningOperations,
    ReasoningPorts,
    TimelineEvent,
    reasoning_spec,
)
from alexclaw.reasoning._store import (  # noqa: E402  (the baseline writes what a move writes, without the loop)
    StepWrite,
    add_event,
    add_step,
    create_session,
    save_session,
)
from alexclaw.security import (  # noqa: E402
    Acting,
    Authorizer,
    BreakGlassWindow,
    CapabilityTokens,
    Done,
    PolicyEngine,
    SecretBox,
    ShieldGuard,
)
from alexclaw.storage import Database, DatabaseHandle  # noqa: E402
from alexclaw.wiring import AuthorizerAdapter, TokensAdapter  # noqa: E402
from skills import Registered, SkillArgs, SkillBreaker, SkillOutcome, Skills, describe  # noqa: E402

NODE = "bench-node"
STEPS = 8
ROUNDS = 5
CONCURRENT = 20
GOOD = json.dumps({"relevance": 5, "completeness": 4, "usability": 4, "goal_progress": 4})
ENDS = {"completed", "failed", "stuck", "aborted", "interrupted"}


class Spent:
    """Time spent inside the fake model and the fake skill (taken out)."""

    def __init__(self) -> None:
        self.seconds = 0.0


class InstantRouter:
    """The router's ``complete``, answering each phase's prompt at once."""

    def __init__(self, spent: Spent) -> None:
        self.spent = spent
        self.calls = 0

    async def complete(self, request: ChatRequest, *, tier: str | None = None, provider: str | None = None) -> Answer:
        started = time.perf_counter()
        self.calls += 1
        prompt = request.messages[0].text
        if "Plan at most" in prompt:
            steps = [{"skill": "lookup", "input_description": f"part {n}"} for n in range(STEPS)]
            text = json.dumps({"steps": steps})
        elif "Write the skill's input" in prompt:
            text = json.dumps({"input": f"topic {self.calls}"})  # never the same action twice
        elif "Grade it" in prompt:
            text = GOOD
        else:
            text = json.dumps({"action": "continue", "reason": "go on"})
        self.spent.seconds += time.perf_counter() - started
        return Answer(text, "bench", "instant")


class Lookup:
    name: ClassVar[str] = "lookup"
    description: ClassVar[str] = "answers at once (or waits for the benchmark)"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    def __init__(self, spent: Spent) -> None:
        self.spent = spent
        self.hold: asyncio.Event | None = None
        self.held = 0
        self.all_held = asyncio.Event()
        self.expect = 0

    async def run(self, args: SkillArgs) -> SkillOutcome:
        if self.hold is not None:
            self.held += 1
            if self.held >= self.expect:
                self.all_held.set()
            await self.hold.wait()
        started = time.perf_counter()
        outcome = SkillOutcome(f"facts about {args.input}")
        self.spent.seconds += time.perf_counter() - started
        return outcome


class Ends(AsyncActor):
    """Resolves a waiter per session when its final status is published."""

    def __init__(self) -> None:
        super().__init__()
        self.waiters: dict[int, asyncio.Future[None]] = {}
        self.done: set[int] = set()

    async def init(self) -> None:
        subscribe(REASONING_TOPIC, self)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, TimelineEvent) and message.kind is EventKind.STATUS and message.data["status"] in ENDS:
            waiter = self.waiters.pop(message.session_id, None)
            if waiter is None:
                self.done.add(message.session_id)
            elif not waiter.done():
                waiter.set_result(None)

    async def wait(self, session_id: int) -> None:
        if session_id in self.done:
            return
        waiter = asyncio.get_running_loop().create_future()
        self.waiters[session_id] = waiter
        await asyncio.wait_for(waiter, 120)


class Settings:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key)


class Bench:
    def __init__(self, database: DatabaseHandle) -> None:
        self.database = database
        self.spent = Spent()
        self.skill = Lookup(self.spent)
        meta = describe(self.skill, core=True)
        skills = Skills(Snapshot(MappingProxyType({meta.name: Registered(meta, self.skill, SkillBreaker(meta.name))})))
        tokens = CapabilityTokens("bench-" + "k" * 40)
        authorizer = AuthorizerAdapter(Authorizer(PolicyEngine(lambda: (), tokens), database))
        invoker = Invoker(skills, authorizer, TokensAdapter(tokens), lambda _s, o: o, AuditedInvocations(database))
        window: Snapshot[BreakGlassWindow | None] = Snapshot(None)
        shield = ShieldGuard(database, lambda: "block", SecretBox("bench-" + "k" * 40), window, time.time)
        model = GuardedModel(shield, cast(Router, InstantRouter(self.spent)))
        values: dict[str, Any] = {"reasoning.max_concurrent_sessions": CONCURRENT, "reasoning.max_llm_calls": 1000}

        async def deliver(target: str, text: str, meta: Mapping[str, Any]) -> str | None:
            return None

        self.ports = ReasoningPorts(
            database, model, invoker, lambda: ReasoningSettings.read(Settings(values)), skills.all,
            lambda: frozenset({"lookup"}), deliver, NODE,
        )  # fmt: skip
        self.desk = ReasoningOperations(self.ports)
        self.acting = Acting.cli("bench")
        self.tree: Process | None = None
        self.ends: Ends | None = None

    async def start(self) -> None:
        tree = await reasoning_spec(self.ports).start()
        assert isinstance(tree, Process)
        self.tree = tree
        self.ends = await Ends().start()

    async def stop(self) -> None:
        if self.ends is not None:
            await self.ends.stop()
        if self.tree is not None:
            await self.tree.stop()

    async def session(self) -> int:
        started = await self.desk.start(self.acting, "benchmark goal")
        assert isinstance(started, Done), started
        return started.value

    async def finish(self, session_id: int) -> None:
        assert self.ends is not None
        await self.ends.wait(session_id)


async def one_session(bench: Bench) -> float:
    """Seconds of loop per plan step in one session run to its end."""
    bench.spent.seconds = 0.0
    began = time.perf_counter()
    await bench.finish(await bench.session())
    return (time.perf_counter() - began - bench.spent.seconds) / STEPS


async def writes_only(database: DatabaseHandle) -> float:
    """What one plan step's moves write (each phase's status change and its
    move, a transaction each, as the session writes them; a move after a
    model call also writes the budgets used), in a plain loop: seconds per
    step."""
    async with database.pool().acquire() as conn:
        session_id = await create_session(conn, "baseline", origin="cli", actor="bench", node=NODE + "-baseline")
    began = time.perf_counter()
    for n in range(STEPS):
        for phase in ("prepare", "execute", "evaluate", "decide"):  # per phase: its status, then its move
            async with database.pool().acquire() as conn, conn.transaction():
                await save_session(conn, session_id, status="executing", reason="")
                await add_event(conn, session_id, EventKind.STATUS, {"status": "executing", "reason": ""})
            async with database.pool().acquire() as conn, conn.transaction():
                await add_step(conn, session_id, StepWrite(1, phase, skill="lookup", input=f"topic {n}", output="x"))
                if phase in ("prepare", "evaluate"):  # a model call answered: the budgets used changed
                    used = {"iterations": 1, "max_iterations": 15, "llm_calls": n, "max_llm_calls": 1000,
                            "elapsed_seconds": 0.0, "time_budget_seconds": 900.0}  # fmt: skip
                    await add_event(conn, session_id, EventKind.BUDGET, used)
                await save_session(conn, session_id, state={"n": n}, iterations=1, llm_calls=n, elapsed_seconds=0.0)
    return (time.perf_counter() - began) / STEPS


async def bench_overhead(bench: Bench, label: str = "") -> float:
    await one_session(bench)  # warm: the first session pays for imports and prepared statements
    ours = statistics.median([await one_session(bench) for _ in range(ROUNDS)])
    base = statistics.median([await writes_only(bench.database) for _ in range(ROUNDS)])
    line(f"reasoning_loop_overhead_per_step{label}", ours * 1000, "ms", ours / base, "the same writes in a plain loop")
    line(f"reasoning_writes_per_step{label}", base * 1000, "ms")
    return ours


async def bench_concurrent(bench: Bench, alone: float) -> None:
    gc.collect()
    process = psutil.Process()
    rss_before = process.memory_info().rss
    tracemalloc.start()
    traced_before = tracemalloc.get_traced_memory()[0]
    bench.skill.hold, bench.skill.held, bench.skill.expect = asyncio.Event(), 0, CONCURRENT
    bench.skill.all_held = asyncio.Event()
    sessions = [await bench.session() for _ in range(CONCURRENT)]
    await asyncio.wait_for(bench.skill.all_held.wait(), 120)  # all 20 live, each in its first skill step
    traced = (tracemalloc.get_traced_memory()[0] - traced_before) / CONCURRENT
    tracemalloc.stop()
    gc.collect()
    rss = (process.memory_info().rss - rss_before) / CONCURRENT
    line("reasoning_session_rss", rss / 1024, "KB")
    line("reasoning_session_traced", traced / 1024, "KB")
    bench.spent.seconds = 0.0
    began = time.perf_counter()
    hold = bench.skill.hold
    bench.skill.hold = None
    hold.set()
    for session_id in sessions:
        await bench.finish(session_id)
    wall = time.perf_counter() - began - bench.spent.seconds
    per_step = wall / STEPS  # the 20 sessions' steps overlap: a step's latency with 20 running
    line(f"reasoning_step_latency_{CONCURRENT}_at_once", per_step * 1000, "ms", per_step / alone, "one session alone")
    line(f"reasoning_steps_per_second_{CONCURRENT}_at_once", CONCURRENT * STEPS / wall, "steps/s")


async def run(dsn: str) -> None:
    await with_bench(dsn, both=True)
    sep = "&" if "?" in dsn else "?"
    # Without waiting for each commit's fsync (asyncpg passes the parameter to the server): the loop's own cost.
    await with_bench(dsn + sep + "synchronous_commit=off", both=False)


async def with_bench(dsn: str, *, both: bool) -> None:
    handle = DatabaseHandle()

    async def url() -> str:
        return dsn

    db = await Database(url, handle).start()
    bench = Bench(handle)
    await bench.start()
    try:
        alone = await bench_overhead(bench, "" if both else "_no_sync_commit")
        if both:
            await bench_concurrent(bench, alone)
    finally:
        await bench.stop()
        await db.stop()


def main() -> None:
    on_embedded_postgres(lambda dsn, _data: run(dsn), log_level=logging.CRITICAL)


if __name__ == "__main__":
    main()
