"""Workflow engine benchmarks (BENCH lines; baselines in the same run).

- no-op skill steps per second through the full path — ``Runs.start_manual``
  → the run manager → a run process under the runs ``DynamicSupervisor`` →
  the executor, each step's ``skill_outcomes`` row + ``step_results`` append
  committed before the next — one run at a time and 8 runs at once (goal
  ≥ 500 steps/s); against the bare executor with in-memory ports, and
  against the same number of single INSERT statements on the same pool;
- memory per live run with 10,000 runs blocked in their step (goal ≤ 10 KB
  RSS per run beyond the process before them), the admission rate, and the
  time to release and finish them all; tracemalloc per run vs a bare asyncio
  task waiting on the same event;
- scheduler fire accuracy: the real ``Scheduler`` actor and timers, its
  clock shifted so that a minute boundary falls ~1 s ahead; ms late, median
  and max, vs a raw ``loop.call_at`` aimed the same way.

The embedded PostgreSQL runs durable (fsync on, the production default);
the steps/s figures are repeated with ``synchronous_commit=off`` on the
connections, which is what fsync costs.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import statistics
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)

from actors import AsyncActor, Process, Snapshot, subscribe  # noqa: E402
from alexclaw.invoke import AuditedInvocations, Invoker  # noqa: E402
from alexclaw.security import (  # noqa: E402
    Authorizer,
    CapabilityTokens,
    Challenges,
    PolicyEngine,
)
from alexclaw.storage import Database, DatabaseHandle  # noqa: E402
from alexclaw.wiring import AuthorizerAdapter, TokensAdapter  # noqa: E402
from alexclaw.workflows import (  # noqa: E402
    MANAGER_NAME,
    RUNS_NAME,
    RUNS_TOPIC,
    ActiveRun,
    Launch,
    RunChanged,
    RunControl,
    RunPorts,
    Runs,
    RunTicket,
    ScheduledEntry,
    Step,
    StepResult,
    Workflow,
    execute,
    run_body,
    save_workflow,
)
from alexclaw.workflows._manager import RunManager  # noqa: E402  (the tree wires it; the bench wires it alone)
from alexclaw.workflows._scheduler import Scheduler  # noqa: E402
from skills import Registered, SkillArgs, SkillBreaker, SkillOutcome, Skills, describe  # noqa: E402
from skills.builtin import CORE_SKILLS  # noqa: E402
from supervisors import ChildSpec, DynamicSupervisor, Strategy, Supervisor  # noqa: E402

NODE = "bench-node"
STEPS = 50
SEQUENTIAL_RUNS = 20  # 1,000 steps a round
CONCURRENT = 8
CONCURRENT_RUNS = 48  # 2,400 steps a round
ROUNDS = 3
LIVE_RUNS = 10_000
TRACED_RUNS = 1_000
SCHEDULER_FIRES = 10


class Gate:
    """One step that blocks on a shared event: a sleeping run."""

    name: ClassVar[str] = "gate"
    description: ClassVar[str] = "waits for the benchmark"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    def __init__(self) -> None:
        self.open = asyncio.Event()
        self.entered = 0
        self.expect = 0
        self.all_in = asyncio.Event()

    def arm(self, expect: int) -> None:
        self.open = asyncio.Event()
        self.all_in = asyncio.Event()
        self.entered = 0
        self.expect = expect

    async def run(self, args: SkillArgs) -> SkillOutcome:
        self.entered += 1
        if self.entered >= self.expect:
            self.all_in.set()
        await self.open.wait()
        return SkillOutcome(args.input)


class Finished(AsyncActor):
    """Listens on the ``workflow_runs`` topic; resolves a waiter per run
    when the manager announces it finished (a Probe that keeps nothing)."""

    def __init__(self) -> None:
        super().__init__()
        self.done: set[int] = set()
        self.waiters: dict[int, asyncio.Future[None]] = {}

    async def init(self) -> None:
        subscribe(RUNS_TOPIC, self)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, RunChanged) and message.status == "finished":
            waiter = self.waiters.pop(message.run_id, None)
            if waiter is None:
                self.done.add(message.run_id)
            elif not waiter.done():
                waiter.set_result(None)

    async def wait(self, run_id: int, timeout: float = 60.0) -> None:
        if run_id in self.done:
            self.done.discard(run_id)
            return
        waiter = asyncio.get_running_loop().create_future()
        self.waiters[run_id] = waiter
        await asyncio.wait_for(waiter, timeout)


class Engine:
    """The manager + runs supervisor as the workflows subtree wires them
    (``test_runs.py`` does the same), on a real pool."""

    def __init__(self, database: DatabaseHandle, gate: Gate) -> None:
        self.database = database
        table = {}
        for skill in (*CORE_SKILLS, gate):
            meta = describe(skill, core=True)
            table[meta.name] = Registered(meta, skill, SkillBreaker(meta.name))
        self.skills = Skills(Snapshot(MappingProxyType(table)))
        tokens = CapabilityTokens("bench-" + "k" * 40)
        authorizer = AuthorizerAdapter(Authorizer(PolicyEngine(lambda: (), tokens), database))
        self.invoker = Invoker(self.skills, authorizer, TokensAdapter(tokens), no_op, AuditedInvocations(database))
        self.active: Snapshot[Mapping[int, ActiveRun]] = Snapshot(MappingProxyType({}))
        self.runs = Runs(database, self.active, challenges=Challenges(), two_factor_on=lambda: False)
        self.root: Process | None = None
        self.listener: Finished | None = None

    def ports(self, launch: Launch, control: RunControl) -> RunPorts:
        return RunPorts(launch, control, self.database, self.invoker, lambda: 120_000)

    async def start(self) -> None:
        async def manager() -> Any:
            runner = run_body(self.ports)
            return await RunManager(self.database, NODE, runner, self.active, max_runs=lambda: 50_000).start(
                name=MANAGER_NAME
            )

        children = [
            ChildSpec("manager", manager),
            DynamicSupervisor.child_spec("runs", name=RUNS_NAME, intensity=100, period=10.0, shutdown=10.0),
        ]
        root = await Supervisor.child_spec("workflows", children, strategy=Strategy.REST_FOR_ONE).start()
        assert isinstance(root, Process)
        self.root = root
        self.listener = await Finished().start()

    async def stop(self) -> None:
        if self.listener is not None:
            await self.listener.stop()
        if self.root is not None:
            await self.root.stop()

    async def workflow(self, name: str, steps: tuple[Step, ...]) -> int:
        async with self.database.pool().acquire() as conn:
            return await save_workflow(conn, Workflow(None, name, steps=steps), with_steps=True)

    async def run_to_end(self, workflow_id: int) -> None:
        assert self.listener is not None
        ticket = await self.runs.start_manual(workflow_id, actor="bench", origin="bench")
        assert isinstance(ticket, RunTicket) and ticket.status == "running", ticket
        await self.listener.wait(ticket.run_id)


def no_op(skill: str, output: Any) -> Any:
    return output


class MemoryPorts(RunPorts):
    """The same skill path (invoke: policy, breaker, timeout); ``record`` keeps
    the result in memory: no database, no process, no manager."""

    kept: list[StepResult]

    async def record(self, result: StepResult) -> None:
        self.kept.append(result)


def echo_steps() -> tuple[Step, ...]:
    return tuple(Step(i, "echo", config={"value": "payload"} if i == 0 else {}) for i in range(STEPS))


async def with_pool(dsn: str, body: Callable[[DatabaseHandle], Awaitable[Any]]) -> Any:
    """A ``Database`` actor as the storage subtree starts it (pool of 10)."""
    handle = DatabaseHandle()

    async def url() -> str:
        return dsn

    db = await Database(url, handle).start()
    try:
        return await body(handle)
    finally:
        await db.stop()


# -- steps per second ------------------------------------------------------------


async def sequential_runs(engine: Engine, workflow_id: int) -> float:
    t0 = time.perf_counter()
    for _ in range(SEQUENTIAL_RUNS):
        await engine.run_to_end(workflow_id)
    return SEQUENTIAL_RUNS * STEPS / (time.perf_counter() - t0)


async def concurrent_runs(engine: Engine, workflow_id: int) -> float:
    async def worker() -> None:
        for _ in range(CONCURRENT_RUNS // CONCURRENT):
            await engine.run_to_end(workflow_id)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENT)))
    return CONCURRENT_RUNS * STEPS / (time.perf_counter() - t0)


async def raw_inserts(database: DatabaseHandle, run_id: int, count: int, streams: int) -> float:
    """Single-row INSERTs into the same table, each its own transaction,
    with a pool acquire each (what a step must do at the least)."""

    async def stream(n: int) -> None:
        for i in range(n):
            async with database.pool().acquire() as conn:
                await conn.execute(
                    "INSERT INTO skill_outcomes (run_id, position, skill, status, duration_ms, output, metadata) "
                    "VALUES ($1, $2, 'echo', 'completed', 0.01, 'payload', '{}'::jsonb)",
                    run_id, i,
                )  # fmt: skip

    t0 = time.perf_counter()
    await asyncio.gather(*(stream(count // streams) for _ in range(streams)))
    return count / (time.perf_counter() - t0)


async def bare_executor(engine: Engine, workflow: Workflow, runs: int) -> float:
    t0 = time.perf_counter()
    for run_id in range(runs):
        launch = Launch(run_id, workflow, (), None, (), "manual")
        ports = MemoryPorts(launch, RunControl(), engine.database, engine.invoker, lambda: 120_000)
        ports.kept = []
        end = await execute(workflow, None, (), ports)
        assert end.status == "completed" and len(ports.kept) == STEPS
    return runs * STEPS / (time.perf_counter() - t0)


async def bench_throughput(database: DatabaseHandle, label: str, *, bare_baseline: bool) -> None:
    engine = Engine(database, Gate())
    await engine.start()
    try:
        steps = echo_steps()
        workflow_id = await engine.workflow(f"bench-echo-{label}", steps)
        await engine.run_to_end(workflow_id)  # warm: prepared statements, pool connections
        async with database.pool().acquire() as conn:
            some_run = int(await conn.fetchval("SELECT max(id) FROM workflow_runs"))
            sync = await conn.fetchval("SHOW synchronous_commit")
        assert (sync == "off") == (label != "durable"), f"synchronous_commit is {sync} for {label}"
        workflow = Workflow(workflow_id, "bench-echo", steps=steps)
        seq, conc, raw_seq, raw_conc, bare = [], [], [], [], []
        for _ in range(ROUNDS):  # interleaved: the machine is shared and noisy
            seq.append(await sequential_runs(engine, workflow_id))
            raw_seq.append(await raw_inserts(database, some_run, SEQUENTIAL_RUNS * STEPS, 1))
            conc.append(await concurrent_runs(engine, workflow_id))
            raw_conc.append(await raw_inserts(database, some_run, CONCURRENT_RUNS * STEPS, CONCURRENT))
            if bare_baseline:
                bare.append(await bare_executor(engine, workflow, SEQUENTIAL_RUNS))
        async with database.pool().acquire() as conn:
            bad = await conn.fetchval(
                "SELECT count(*) FROM workflow_runs WHERE workflow_id = $1 AND "
                "(status <> 'completed' OR jsonb_array_length(step_results) <> $2)",
                workflow_id, STEPS,
            )  # fmt: skip
        assert bad == 0, f"{bad} runs did not complete with every step recorded"
    finally:
        await engine.stop()
    s, c = statistics.median(seq), statistics.median(conc)
    rs, rc = statistics.median(raw_seq), statistics.median(raw_conc)
    x = "" if label == "durable" else f"_{label}"
    line(f"workflow_noop_steps_per_s_sequential{x}", s, "steps/s", s / rs, "single INSERTs one after another")
    if bare:
        b = statistics.median(bare)
        line(f"workflow_noop_steps_per_s_sequential_vs_bare{x}", s, "steps/s", s / b, "bare executor, in-memory ports")
    line(f"workflow_noop_steps_per_s_{CONCURRENT}_concurrent{x}", c, "steps/s", c / rc, f"{CONCURRENT} INSERT streams")
    line(f"workflow_noop_step_sequential{x}", 1e6 / s, "us")
    line(f"raw_single_insert_per_s_sequential{x}", rs, "rows/s")
    line(f"raw_single_insert_per_s_{CONCURRENT}_streams{x}", rc, "rows/s")
    if bare:
        line("bare_executor_noop_steps_per_s", b, "steps/s")


# -- memory per live run -------------------------------------------------------------


async def admit(engine: Engine, workflow_id: int, count: int, starters: int = 16) -> list[int]:
    ids: list[int] = []
    left = [count]

    async def starter() -> None:
        while left[0] > 0:
            left[0] -= 1
            ticket = await engine.runs.start_manual(workflow_id, actor="bench", origin="bench")
            assert isinstance(ticket, RunTicket) and ticket.status == "running", ticket
            ids.append(ticket.run_id)

    await asyncio.gather(*(starter() for _ in range(starters)))
    return ids


async def drain(engine: Engine, gate: Gate, timeout: float) -> None:
    gate.open.set()
    deadline = time.monotonic() + timeout
    while engine.active.read():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{len(engine.active.read())} runs still active after {timeout}s")
        await asyncio.sleep(0.05)


async def bench_memory(database: DatabaseHandle) -> None:
    gate = Gate()
    engine = Engine(database, gate)
    await engine.start()
    proc = psutil.Process()
    try:
        workflow_id = await engine.workflow("bench-gate", (Step(0, "gate"),))
        gate.arm(50)  # warm the path once
        await admit(engine, workflow_id, 50)
        await gate.all_in.wait()
        await drain(engine, gate, 30)

        # RSS with 10,000 runs live.
        gate.arm(LIVE_RUNS)
        gc.collect()
        rss0 = proc.memory_info().rss
        t0 = time.perf_counter()
        ids = await admit(engine, workflow_id, LIVE_RUNS)
        admitted = time.perf_counter() - t0
        await asyncio.wait_for(gate.all_in.wait(), 120)
        all_in = time.perf_counter() - t0
        gc.collect()
        rss = proc.memory_info().rss - rss0
        assert len(ids) == LIVE_RUNS and len(engine.active.read()) == LIVE_RUNS
        t0 = time.perf_counter()
        await drain(engine, gate, 150)
        released = time.perf_counter() - t0
        async with database.pool().acquire() as conn:
            done = await conn.fetchval(
                "SELECT count(*) FROM workflow_runs WHERE id = ANY($1::bigint[]) AND status = 'completed'", ids
            )
        assert done == LIVE_RUNS, f"only {done} of {LIVE_RUNS} runs completed"
        line("workflow_live_runs", LIVE_RUNS, "runs")
        line("workflow_rss_per_live_sleeping_run", rss / LIVE_RUNS / 1024, "KB")
        line("workflow_run_admission", LIVE_RUNS / admitted, "runs/s")
        line("workflow_10k_runs_admitted_and_in_their_step", all_in, "s")
        line("workflow_10k_runs_released_to_all_finished", released, "s")

        # tracemalloc (Python heap only), fewer runs, vs a bare task.
        gate.arm(TRACED_RUNS)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        await admit(engine, workflow_id, TRACED_RUNS)
        await gate.all_in.wait()
        gc.collect()
        after = tracemalloc.take_snapshot()
        ours = sum(s.size_diff for s in after.compare_to(before, "filename")) / TRACED_RUNS
        await drain(engine, gate, 60)
        event = asyncio.Event()
        loop = asyncio.get_running_loop()
        gc.collect()
        before = tracemalloc.take_snapshot()
        tasks = [loop.create_task(event.wait()) for _ in range(TRACED_RUNS)]
        await asyncio.sleep(0)
        after = tracemalloc.take_snapshot()
        raw = sum(s.size_diff for s in after.compare_to(before, "filename")) / TRACED_RUNS
        tracemalloc.stop()
        event.set()
        await asyncio.gather(*tasks)
        line("workflow_traced_memory_per_sleeping_run", ours / 1024, "KB", ours / raw, "asyncio task on an Event")
        line("raw_task_waiting_on_event_memory", raw / 1024, "KB")
    finally:
        gate.open.set()
        await engine.stop()


# -- scheduler fire accuracy ---------------------------------------------------------


async def one_fire(lead: float) -> tuple[float, float]:
    """A scheduler whose clock is shifted so that its next minute boundary
    is ``lead`` seconds away in real time; returns (ours, raw) ms late."""
    real = datetime.now(UTC)
    boundary = real.replace(second=0, microsecond=0) + timedelta(minutes=1)
    offset = boundary - real - timedelta(seconds=lead)

    def clock() -> datetime:
        return datetime.now(UTC) + offset

    fired: asyncio.Future[float] = asyncio.get_running_loop().create_future()

    async def fire(workflow: Workflow, at: datetime) -> None:
        if not fired.done():
            fired.set_result((clock() - at).total_seconds() * 1000)

    async def load() -> list[Workflow]:
        return [Workflow(1, "every-minute", schedule="* * * * *")]

    async def last_fired(workflow_id: int) -> datetime | None:
        return None

    snapshot: Snapshot[tuple[ScheduledEntry, ...]] = Snapshot(())
    scheduler = Scheduler(
        load=load, node_name=NODE, timezone=lambda: "UTC", fire=fire, last_fired=last_fired, snapshot=snapshot,
        clock=clock, topics=(),
    )  # fmt: skip
    started = await scheduler.start()
    (entry,) = snapshot.read()
    assert entry.next_fire == boundary
    # The raw baseline aims a loop timer at a moment 0.25 s later, the same way.
    loop = asyncio.get_running_loop()
    target = time.time() + (entry.next_fire - clock()).total_seconds() + 0.25
    raw: asyncio.Future[float] = loop.create_future()
    loop.call_at(loop.time() + target - time.time(), lambda: raw.set_result((time.time() - target) * 1000))
    ours = await asyncio.wait_for(fired, lead + 5)
    base = await asyncio.wait_for(raw, 5)
    await started.stop()
    return ours, base


async def bench_scheduler() -> None:
    ours, raw = [], []
    for i in range(SCHEDULER_FIRES):
        mine, base = await one_fire(0.5 + 0.1 * i)
        ours.append(mine)
        raw.append(base)
    m, b = statistics.median(ours), statistics.median(raw)
    line("scheduler_fire_late_median", m, "ms", m / b if b > 0 else None, "raw loop.call_at, median")
    line("scheduler_fire_late_max", max(ours), "ms")
    line("raw_call_at_late_median", b, "ms")


async def run(dsn: str) -> None:
    await with_pool(dsn, lambda db: bench_throughput(db, "durable", bare_baseline=True))
    sep = "&" if "?" in dsn else "?"
    # asyncpg passes unknown DSN parameters to the server as settings.
    await with_pool(
        dsn + sep + "synchronous_commit=off", lambda db: bench_throughput(db, "no_sync_commit", bare_baseline=False)
    )
    await with_pool(dsn, bench_memory)
    await bench_scheduler()


def main() -> None:
    on_embedded_postgres(lambda dsn, _data: run(dsn), log_level=logging.CRITICAL)


if __name__ == "__main__":
    main()
