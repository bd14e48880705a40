"""Dynamic skill benchmarks (BENCH lines; the core baseline in the same run).

- a no-op dynamic skill through the executor (registry → breaker → the
  sandbox: a confined worker process per call) versus a core no-op
  (``echo``, in process), p50 and p99;
- a cold worker start: spawn to the worker's hello frame (interpreter
  start, namespaces, limits);
- one SkillAPI round trip over the pipe (a ``config_read`` relayed to the
  step's SkillAPI and answered), from 200 calls in one run minus a run
  with none.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import line  # noqa: E402  (bench/ is on sys.path when a benchmark runs)

from actors import Snapshot  # noqa: E402
from skills import (  # noqa: E402
    PERMISSIONS,
    BranchKind,
    CallerState,
    Invocation,
    InvokeStatus,
    Registered,
    SkillAPI,
    SkillArgs,
    SkillCaller,
    SkillOutcome,
    SkillRegistry,
    Skills,
)
from skills.builtin import Echo  # noqa: E402
from skills.dynamic import NEVER_GRANTED, Sandbox, check_source, dynamic_skill  # noqa: E402

CALLS = 40

NOOP = b"""
from alexclaw_sdk import Args, Outcome


class Noop:
    name = "noop"
    version = "1.0.0"
    description = "does nothing"
    permissions = frozenset({"config_read"})
    branches = {"on_success": "ok"}
    external = False

    async def run(self, args: Args) -> Outcome:
        for _ in range(int(args.config.get("reads", 0))):
            await args.api.config_read("key")
        return Outcome(args.input)
"""


class _Allow:
    async def authorize(self, *, permission: str, declared: frozenset[str], **_: Any) -> tuple[bool, str]:
        return permission in declared, "declared"


class _NoInvoker:
    async def invoke(self, caller: SkillCaller, skill: str, input: Any, **_: Any) -> Invocation:
        return Invocation(InvokeStatus.DENIED, SkillOutcome.error("no"), BranchKind.ERROR)


class _Config:
    def read(self, key: str) -> Any:
        return "value"


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


async def timed(skills: Skills, name: str, args: SkillArgs, count: int) -> list[float]:
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        await skills.execute(name, args, timeout=30)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


async def main() -> None:
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot({})
    registry = await SkillRegistry(snapshot, (Echo(),)).start()
    skills = Skills(snapshot, registry)
    report = check_source(NOOP, known_permissions=frozenset(PERMISSIONS) - NEVER_GRANTED)
    assert report.accepted, report.problems
    sandbox = Sandbox()
    await skills.register(dynamic_skill(report), execution=sandbox)
    api = SkillAPI(CallerState("noop", frozenset({"config_read"})), _Allow(), _NoInvoker(), config=_Config())
    try:
        core = await timed(skills, "echo", SkillArgs("x"), 2000)
        dynamic = await timed(skills, "noop", SkillArgs("x", api=api), CALLS)
        ratio = statistics.median(dynamic) / statistics.median(core)
        line("dynamic_noop_p50", statistics.median(dynamic), "ms", ratio, "core_noop_p50")
        line("dynamic_noop_p99", percentile(dynamic, 0.99), "ms")
        line("core_noop_p50", statistics.median(core), "ms")
        line("core_noop_p99", percentile(core, 0.99), "ms")
        line("sandbox_confinement_namespaces", 1.0 if sandbox.last_confinement == "namespace" else 0.0, "bool")
        starts = []
        for _ in range(10):
            started = time.perf_counter()
            await sandbox.cold_start()
            starts.append((time.perf_counter() - started) * 1000)
        line("sandbox_cold_worker_start_p50", statistics.median(starts), "ms")
        reads = 200
        with_reads = await timed(skills, "noop", SkillArgs("x", {"reads": reads}, api=api), 5)
        without = await timed(skills, "noop", SkillArgs("x", {"reads": 0}, api=api), 5)
        per_call = (statistics.median(with_reads) - statistics.median(without)) / reads
        line("skillapi_round_trip_over_pipe", per_call * 1000, "us")
    finally:
        await registry.stop()


if __name__ == "__main__":
    asyncio.run(main())
