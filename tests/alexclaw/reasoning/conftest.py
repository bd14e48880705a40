"""Reasoning sessions against real parts: a migrated database, the whole
guarded LLM layer against the fake providers (real HTTP, answers scripted
per test: ``Harness.answers``), the real Invoker over a registry of test
skills (one blocks on an event the test releases), the reasoning subtree
(recovery + the sessions' DynamicSupervisor) and a probe on the timeline
topic. Budgets run on a manual clock."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar

import pytest

from actors import Process, Snapshot
from actors.testing import Probe
from alexclaw.config import ReasoningSettings
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.reasoning import (
    REASONING_TOPIC,
    EventKind,
    ReasoningOperations,
    ReasoningPorts,
    Status,
    TimelineEvent,
    reasoning_spec,
)
from alexclaw.security import Acting, Authorizer, CapabilityTokens, Done, Invalid, PolicyEngine
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import AuthorizerAdapter, TokensAdapter
from skills import Registered, SkillArgs, SkillBreaker, SkillOutcome, Skills, describe
from tests.alexclaw.llm.conftest import World, database, fake, world
from tests.fake_providers import Script

__all__ = ["database", "fake", "world"]

ENDED = {"completed", "failed", "stuck", "aborted", "interrupted"}
WHITELIST = frozenset({"lookup", "gate", "broken", "admin_tool"})


def done(answer: Any) -> str:
    """The message of an accepted request."""
    assert isinstance(answer, Done), answer
    return answer.message


def refused(answer: Any) -> tuple[str, ...]:
    """The reasons a request was refused."""
    assert isinstance(answer, Invalid), answer
    return answer.errors


class Lookup:
    name: ClassVar[str] = "lookup"
    description: ClassVar[str] = "looks a topic up"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        return SkillOutcome(f"facts about {args.input}")


class Gate:
    """Blocks until the test opens it; ``entered`` says it is running."""

    name: ClassVar[str] = "gate"
    description: ClassVar[str] = "waits for the test"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self.open = asyncio.Event()
        self.runs = 0

    async def run(self, args: SkillArgs) -> SkillOutcome:
        self.runs += 1
        self.entered.set()
        await self.open.wait()
        return SkillOutcome(f"gated {args.input}")


class Broken:
    name: ClassVar[str] = "broken"
    description: ClassVar[str] = "always fails"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        return SkillOutcome.error("the service is down")


class AdminTool:
    name: ClassVar[str] = "admin_tool"
    description: ClassVar[str] = "changes the node"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False
    privileged: ClassVar[bool] = True

    async def run(self, args: SkillArgs) -> SkillOutcome:
        raise AssertionError("a privileged skill never runs in a reasoning session")


class Writer:
    name: ClassVar[str] = "writer"
    description: ClassVar[str] = "writes to the operator's accounts"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        raise AssertionError("a skill off the whitelist never runs")


@dataclass
class ManualClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


class Overrides:
    """Settings in force: the catalog's defaults with the test's values."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key)


@dataclass
class Harness:
    desk: ReasoningOperations
    world: World
    database: DatabaseHandle
    gate: Gate
    clock: ManualClock
    probe: Probe
    settings: dict[str, Any]
    delivered: list[tuple[str, str]] = field(default_factory=list)
    acting: Acting = field(default_factory=lambda: Acting.web("127.0.0.1"))

    def answers(self, *answers: Any) -> None:
        """The model's next answers, in order (objects as JSON, text as is)."""
        self.world.fake.script(*(Script(deltas=[a if isinstance(a, str) else json.dumps(a)]) for a in answers))

    async def start(self, goal: str = "find the facts") -> int:
        started = await self.desk.start(self.acting, goal)
        assert isinstance(started, Done), started
        return started.value

    async def status(self, session_id: int, *statuses: str) -> TimelineEvent:
        """The session's next status event among ``statuses`` (default: an end)."""
        wanted = set(statuses) or ENDED

        def match(m: Any) -> bool:
            return (isinstance(m, TimelineEvent) and m.session_id == session_id and m.kind is EventKind.STATUS
                    and m.data["status"] in wanted)  # fmt: skip

        event: TimelineEvent = await self.probe.receive(match, timeout=20)
        return event

    async def entered(self) -> None:
        """The gate skill is running (a step in flight)."""
        await asyncio.wait_for(self.gate.entered.wait(), 20)

    async def ended(self, session_id: int) -> Status:
        return Status((await self.status(session_id)).data["status"])


def registry(gate: Gate) -> Skills:
    table = {}
    for skill in (Lookup(), gate, Broken(), AdminTool(), Writer()):
        meta = describe(skill, core=True)
        table[meta.name] = Registered(meta, skill, SkillBreaker(meta.name))
    return Skills(Snapshot(MappingProxyType(table)))


def no_sanitizer(skill: str, output: Any) -> Any:
    return output


@pytest.fixture
async def harness(world: World, database: DatabaseHandle) -> AsyncIterator[Harness]:
    await world.add(world.provider("scripted"))
    gate = Gate()
    skills = registry(gate)
    tokens = CapabilityTokens("reasoning-test-" + "k" * 40)
    authorizer = AuthorizerAdapter(Authorizer(PolicyEngine(lambda: (), tokens), database))
    invoker = Invoker(skills, authorizer, TokensAdapter(tokens), no_sanitizer, AuditedInvocations(database))
    clock = ManualClock()
    values: dict[str, Any] = {}
    delivered: list[tuple[str, str]] = []

    async def deliver(target: str, text: str, meta: Mapping[str, Any]) -> str | None:
        delivered.append((target, text))
        return None if target == "memory" else f"no {target} gateway in this test"

    ports = ReasoningPorts(
        database, world.model, invoker, lambda: ReasoningSettings.read(Overrides(values)),
        skills.all, lambda: WHITELIST, deliver, "node-a", clock,
    )  # fmt: skip
    tree = await reasoning_spec(ports).start()
    assert isinstance(tree, Process)
    probe = await Probe().start()
    probe.listen(REASONING_TOPIC)
    built = Harness(ReasoningOperations(ports), world, database, gate, clock, probe, values, delivered)
    yield built
    gate.open.set()
    await tree.stop()
    await probe.stop()
