"""Runs as supervised processes, against a real database: records written
step by step, queueing, cancel, crashes, interruption and resume, and the
2FA rule on every manual start."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, ClassVar

import pyotp
import pytest

from actors import Process, Snapshot
from actors.testing import Probe
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.security import (
    Authorizer,
    CapabilityTokens,
    ChallengeActor,
    Challenges,
    ChallengeView,
    Outcome,
    PolicyEngine,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import AuthorizerAdapter, TokensAdapter
from alexclaw.workflows._manager import (
    MANAGER_NAME,
    RUNS_NAME,
    RUNS_TOPIC,
    ActiveRun,
    RunChanged,
    RunManager,
    RunTicket,
    _Submit,
)
from alexclaw.workflows._model import Route, Step, Workflow, WorkflowError
from alexclaw.workflows._run_store import get_run
from alexclaw.workflows._runs import FiredElsewhere, RunPorts, RunRefused, Runs, run_body
from alexclaw.workflows._store import save_steps, save_workflow
from skills import Registered, SkillArgs, SkillBreaker, SkillOutcome, Skills, describe
from skills.builtin import CORE_SKILLS
from supervisors import ChildSpec, DynamicSupervisor, Strategy, Supervisor, which_children
from tests.helpers import refused_and_still_running

SECRET = pyotp.random_base32()


class Gate:
    """Blocks until the test opens the gate named in its config."""

    name: ClassVar[str] = "gate"
    description: ClassVar[str] = "waits for the test"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False
    gates: ClassVar[dict[str, asyncio.Event]] = {}
    entered: ClassVar[dict[str, asyncio.Event]] = {}

    async def run(self, args: SkillArgs) -> SkillOutcome:
        key = str(args.config["gate"])
        self.entered.setdefault(key, asyncio.Event()).set()
        await self.gates.setdefault(key, asyncio.Event()).wait()
        return SkillOutcome(args.input)


class Scraper:
    name: ClassVar[str] = "scraper"
    description: ClassVar[str] = "external content"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = True

    async def run(self, args: SkillArgs) -> SkillOutcome:
        return SkillOutcome("page text")


@dataclass
class Engine:
    database: DatabaseHandle
    runs: Runs
    probe: Probe
    challenges: Challenges
    two_factor: list[bool] = field(default_factory=lambda: [False])
    root: Process | None = None  # the workflows subtree (manager, runs)

    async def workflow(self, *steps: Step, **fields: Any) -> Workflow:
        async with self.database.pool().acquire() as conn:
            workflow_id = await save_workflow(
                conn, Workflow(None, fields.pop("name", "wf"), steps=steps, **fields), with_steps=True
            )
        return Workflow(workflow_id, "wf", steps=steps)

    async def finished(self, run_id: int) -> Any:
        await self.probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == run_id and m.status == "finished")
        async with self.database.pool().acquire() as conn:
            return await get_run(conn, run_id)

    async def row(self, run_id: int) -> Any:
        async with self.database.pool().acquire() as conn:
            return await get_run(conn, run_id)


def skills() -> Skills:
    table = {}
    for skill in (*CORE_SKILLS, Gate(), Scraper()):
        meta = describe(skill, core=True)
        table[meta.name] = Registered(meta, skill, SkillBreaker(meta.name))
    return Skills(Snapshot(MappingProxyType(table)))


def broken_sanitizer(skill: str, output: Any) -> Any:
    raise RuntimeError("sanitizer broke")


async def start_engine(
    database: DatabaseHandle,
    max_runs: int,
    node: str = "node-a",
    active: Snapshot[Mapping[int, ActiveRun]] | None = None,
) -> Process:
    registry = skills()
    tokens = CapabilityTokens("runs-test-" + "k" * 40)
    authorizer = AuthorizerAdapter(Authorizer(PolicyEngine(lambda: (), tokens), database))
    invoker = Invoker(registry, authorizer, TokensAdapter(tokens), broken_sanitizer, AuditedInvocations(database))

    def ports(launch: Any, control: Any) -> RunPorts:
        return RunPorts(launch, control, database, invoker, lambda: 5000)

    if active is None:
        active = Snapshot(MappingProxyType({}))

    async def manager() -> Any:
        return await RunManager(database, node, run_body(ports), active, max_runs=lambda: max_runs).start(
            name=MANAGER_NAME
        )

    children = [ChildSpec("manager", manager), DynamicSupervisor.child_spec("runs", name=RUNS_NAME)]
    root = await Supervisor.child_spec("workflows", children, strategy=Strategy.REST_FOR_ONE).start()
    assert isinstance(root, Process)
    return root


@pytest.fixture
async def engine(database: DatabaseHandle) -> AsyncIterator[Engine]:
    Gate.gates.clear()
    Gate.entered.clear()
    probe = await Probe().listen(RUNS_TOPIC).start()
    challenge_actor = await ChallengeActor(database, lambda: SECRET).start()
    challenges = Challenges(challenge_actor)
    active = Snapshot[Mapping[int, ActiveRun]](MappingProxyType({}))
    root = await start_engine(database, max_runs=1, active=active)
    two_factor = [False]
    runs = Runs(database, active, challenges=challenges, two_factor_on=lambda: two_factor[0])
    yield Engine(database, runs, probe, challenges, two_factor, root)
    for gate in Gate.gates.values():
        gate.set()
    await root.stop()
    await challenge_actor.stop()
    await probe.stop()


def step(position: int, skill: str, **config: Any) -> Step:
    return Step(position, skill, config=config)


async def entered(gate: str) -> None:
    await asyncio.wait_for(Gate.entered.setdefault(gate, asyncio.Event()).wait(), 5)


async def test_a_run_records_every_step_and_completes(engine: Engine) -> None:
    await engine.workflow(step(0, "echo", value="hi"), step(1, "template", template="{input}!"))
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket) and ticket.status == "running"
    run = await engine.finished(ticket.run_id)
    assert (run.status, run.result, run.trigger) == ("completed", "hi!", "manual")
    assert [s.output for s in run.step_results] == ["hi", "hi!"]
    async with engine.database.pool().acquire() as conn:
        outcomes = await conn.fetch("SELECT position, skill, output FROM skill_outcomes WHERE run_id = $1", run.id)
    assert sorted((o["position"], o["skill"], o["output"]) for o in outcomes) == [
        (0, "echo", "hi"),
        (1, "template", "hi!"),
    ]


async def test_a_step_result_is_durable_before_the_next_step_starts(engine: Engine) -> None:
    await engine.workflow(step(0, "echo", value="first"), step(1, "gate", gate="g"))
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    await entered("g")
    row = await engine.row(ticket.run_id)
    assert row.status == "running" and [s.position for s in row.step_results] == [0]
    Gate.gates["g"].set()
    assert (await engine.finished(ticket.run_id)).status == "completed"


async def test_a_disabled_workflow_is_refused(engine: Engine) -> None:
    await engine.workflow(step(0, "echo"), enabled=False)
    with pytest.raises(RunRefused, match="disabled"):
        await engine.runs.start_manual("wf", actor="test", origin="test")


async def test_runs_beyond_the_limit_are_queued_then_run_in_order(engine: Engine) -> None:
    await engine.workflow(step(0, "gate", gate="g"))
    first = await engine.runs.start_manual("wf", actor="test", origin="test")
    second = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(first, RunTicket) and isinstance(second, RunTicket)
    assert (first.status, second.status) == ("running", "queued")
    assert (await engine.row(second.run_id)).status == "queued"
    Gate.gates.setdefault("g", asyncio.Event()).set()
    assert (await engine.finished(first.run_id)).status == "completed"
    assert (await engine.finished(second.run_id)).status == "completed"
    assert first.run_id != second.run_id


async def test_cancel_interrupts_the_step_in_flight_and_the_run_ends_cancelled_at_once(engine: Engine) -> None:
    # An hour-long sleep (what the sleep skill allows): the cancel must not wait for it.
    await engine.workflow(step(0, "echo", value="a"), Step(1, "sleep", "wait", config={"seconds": 3600}),
                          step(2, "echo", value="never"))  # fmt: skip
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    await engine.probe.receive(
        lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "progress"
        and any(a.current == "wait" for a in engine.runs.active())
    )  # fmt: skip
    assert await engine.runs.cancel(ticket.run_id)
    run = await engine.finished(ticket.run_id)
    assert (run.status, run.error, run.result) == ("cancelled", "cancelled while step 1 (wait) ran", "a")
    assert [(s.position, s.status) for s in run.step_results] == [(0, "completed"), (1, "cancelled")]
    async with engine.database.pool().acquire() as conn:
        outcomes = await conn.fetch("SELECT position, status FROM skill_outcomes WHERE run_id = $1 ORDER BY id", run.id)
    assert [(o["position"], o["status"]) for o in outcomes] == [(0, "completed"), (1, "cancelled")]
    assert engine.runs.active() == []  # nothing left sleeping


async def test_a_cancel_between_steps_stops_the_run_before_the_next_step(engine: Engine) -> None:
    await engine.workflow(step(0, "gate", gate="g"), step(1, "echo", value="never"))
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    await entered("g")
    assert await engine.runs.cancel(ticket.run_id)  # the gate's wait is interrupted too
    run = await engine.finished(ticket.run_id)
    assert run.status == "cancelled"
    assert [(s.position, s.status) for s in run.step_results] == [(0, "cancelled")]


async def test_a_queued_run_cancelled_never_starts(engine: Engine) -> None:
    await engine.workflow(step(0, "gate", gate="g"))
    first = await engine.runs.start_manual("wf", actor="test", origin="test")
    second = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(first, RunTicket) and isinstance(second, RunTicket)
    assert await engine.runs.cancel(second.run_id)
    run = await engine.finished(second.run_id)
    assert (run.status, run.step_results) == ("cancelled", ())
    Gate.gates["g"].set()
    await engine.finished(first.run_id)


async def test_a_run_process_that_crashes_leaves_its_run_failed_with_the_reason(engine: Engine) -> None:
    await engine.workflow(step(0, "echo", value="x"), step(1, "scraper"))
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    run = await engine.finished(ticket.run_id)
    assert run.status == "failed"
    assert run.error == "run crashed: RuntimeError: sanitizer broke"
    assert [s.position for s in run.step_results] == [0]


async def test_a_killed_run_process_is_failed_and_the_next_queued_run_starts(engine: Engine) -> None:
    await engine.workflow(step(0, "gate", gate="g"))
    first = await engine.runs.start_manual("wf", actor="test", origin="test")
    second = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(first, RunTicket) and isinstance(second, RunTicket)
    await entered("g")
    [child] = which_children(RUNS_NAME)
    assert isinstance(child.process, Process)
    child.process.kill()
    run = await engine.finished(first.run_id)
    assert run.status == "failed" and "killed" in (run.error or "").lower()
    Gate.gates["g"].set()
    assert (await engine.finished(second.run_id)).status == "completed"


async def test_runs_left_active_by_a_dead_node_are_interrupted_and_resume_where_they_stopped(
    database: DatabaseHandle,
) -> None:
    Gate.gates.clear()
    Gate.entered.clear()
    probe = await Probe().listen(RUNS_TOPIC).start()
    active = Snapshot[Mapping[int, ActiveRun]](MappingProxyType({}))
    root = await start_engine(database, max_runs=5, active=active)
    runs = Runs(database, active, challenges=Challenges(), two_factor_on=lambda: False)
    engine = Engine(database, runs, probe, Challenges())
    await engine.workflow(step(0, "echo", value=1), step(1, "gate", gate="g"), step(2, "template", template="{input}+"))
    ticket = await runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    await entered("g")
    root.kill()  # the node dies: nobody writes anything
    await root.wait_exited()
    assert (await engine.row(ticket.run_id)).status == "running"

    root = await start_engine(database, max_runs=5, active=active)
    interrupted = await engine.row(ticket.run_id)
    assert interrupted.status == "interrupted" and "Resume" in interrupted.error
    Gate.entered.clear()
    resumed = await runs.resume(ticket.run_id, actor="test", origin="test")
    assert isinstance(resumed, RunTicket) and resumed.run_id == ticket.run_id
    await entered("g")
    # Resumed at the gate: the progress names the step running now, not a blank.
    await probe.receive(
        lambda m: (
            isinstance(m, RunChanged) and m.status == "progress" and bool(runs.active()) and runs.active()[0].current
        )
    )
    assert [a.progress for a in runs.active()] == ["1 / 3 done, running gate"]
    Gate.gates["g"].set()
    run = await engine.finished(ticket.run_id)
    assert (run.status, run.result) == ("completed", "1+")
    assert [s.position for s in run.step_results] == [0, 1, 2]
    with pytest.raises(RunRefused, match="not interrupted"):
        await runs.resume(ticket.run_id, actor="test", origin="test")
    await root.stop()
    await probe.stop()


async def test_a_flagged_workflow_cannot_start_by_hand_without_2fa_set_up(engine: Engine) -> None:
    await engine.workflow(step(0, "echo"), metadata={"requires_2fa": True})
    with pytest.raises(RunRefused, match="requires 2FA"):
        await engine.runs.start_manual("wf", actor="test", origin="chat")


async def test_a_flagged_workflow_starts_only_after_its_challenge_is_passed(engine: Engine) -> None:
    await engine.workflow(step(0, "echo", value="ok"), metadata={"requires_2fa": True})
    engine.two_factor[0] = True
    for origin in ("web", "telegram", "mcp"):
        view = await engine.runs.start_manual("wf", actor="test", origin=origin)
        assert isinstance(view, ChallengeView) and view.action == "workflow.run"
    assert isinstance(view, ChallengeView)
    async with engine.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0
    answer = await engine.challenges.answer(view.id, pyotp.TOTP(SECRET).now(), "mcp")
    assert answer.outcome is Outcome.PASSED and answer.task is not None
    message = await answer.task.join()
    run_id = int(str(message).split()[1])
    assert (await engine.finished(run_id)).status == "completed"


async def test_one_scheduled_moment_starts_one_run_whoever_fires_it(engine: Engine) -> None:
    # Every node sharing the database schedules an unpinned workflow; the
    # first to insert the moment wins and the others are told, not failed.
    workflow = await engine.workflow(step(0, "echo", value="ok"))
    moment = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    outcomes = await asyncio.gather(
        *(engine.runs.start_scheduled(workflow, moment) for _ in range(3)), return_exceptions=True
    )
    tickets = [o for o in outcomes if isinstance(o, RunTicket)]
    refused = [o for o in outcomes if isinstance(o, FiredElsewhere)]
    assert len(tickets) == 1 and len(refused) == 2
    assert "already started for 2026-11-22T09:00:00+00:00 by another node" in str(refused[0])
    first = await engine.finished(tickets[0].run_id)
    assert first.status == "completed"
    later = await engine.runs.start_scheduled(workflow, datetime(2026, 11, 22, 10, 0, tzinfo=UTC))
    assert (await engine.finished(later.run_id)).status == "completed"
    async with engine.database.pool().acquire() as conn:
        moments = await conn.fetch("SELECT scheduled_for FROM workflow_runs ORDER BY id")
    assert [m["scheduled_for"].hour for m in moments] == [9, 10]


async def test_a_refused_admission_leaves_the_manager_running(engine: Engine) -> None:
    workflow = await engine.workflow(step(0, "echo", value="ok"))
    moment = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    first = await engine.runs.start_scheduled(workflow, moment)
    await engine.finished(first.run_id)
    with pytest.raises(FiredElsewhere):
        await engine.runs.start_scheduled(workflow, moment)
    with pytest.raises(RunRefused, match="not interrupted"):
        await engine.runs._submit(workflow, "manual", "test", None, origin="test", resume=first.run_id)
    ticket = await engine.runs.start_manual(workflow.id or 0, actor="test", origin="test")  # still serving
    assert isinstance(ticket, RunTicket)
    assert (await engine.finished(ticket.run_id)).status == "completed"


async def test_scheduled_runs_need_no_challenge(engine: Engine) -> None:
    workflow = await engine.workflow(step(0, "echo", value="ok"), metadata={"requires_2fa": True})
    ticket = await engine.runs.start_scheduled(workflow)
    assert (await engine.finished(ticket.run_id)).trigger == "schedule"


async def test_a_workflow_pinned_to_another_node_never_runs_here(engine: Engine) -> None:
    async with engine.database.pool().acquire() as conn:
        await conn.execute("INSERT INTO known_nodes (name) VALUES ('node-b')")
    await engine.workflow(step(0, "echo"), node="node-b")
    with pytest.raises(RunRefused, match="wf is pinned to node node-b; this is node node-a"):
        await engine.runs.start_manual("wf", actor="test", origin="test")
    async with engine.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0


async def test_a_workflow_pinned_to_a_node_that_does_not_exist_is_refused_on_save(engine: Engine) -> None:
    with pytest.raises(WorkflowError) as caught:
        await engine.workflow(step(0, "echo"), node="ghost-node")
    assert caught.value.errors == ("node: there is no node named 'ghost-node' (known nodes: none yet)",)


async def test_a_handled_error_ends_the_run_recovered_and_the_run_keeps_the_definition_it_ran(
    engine: Engine,
) -> None:
    notify = Step(1, "echo", "report", config={"value": "handled", "api_token": "s3cr3t-value", "password": ""})
    stored = await engine.workflow(Step(0, "fail", "fetch", routes=(Route("on_error", 1),)), notify)
    assert stored.id is not None
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test", input={"q": 1})
    assert isinstance(ticket, RunTicket)
    run = await engine.finished(ticket.run_id)
    assert (run.status, run.result, run.input) == ("recovered", "handled", {"q": 1})
    assert run.error == "recovered by routed error branches from: step 0 (fetch) on on_error"
    assert run.definition["steps"][0]["routes"] == [{"branch": "on_error", "goto": 1}]
    assert run.definition["steps"][1]["config"] == {"value": "handled", "api_token": "********", "password": ""}
    async with engine.database.pool().acquire() as conn:
        text = await conn.fetchval("SELECT definition::text FROM workflow_runs WHERE id = $1", run.id)
        await save_steps(conn, stored.id, [Step(0, "echo", "edited later")])
    assert "s3cr3t" not in text
    # The history does not follow later edits of the workflow.
    assert (await engine.row(run.id)).definition == run.definition


async def test_a_run_the_manager_cannot_admit_is_answered_as_refused_and_no_run_is_hurt(engine: Engine) -> None:
    await engine.workflow(step(0, "gate", gate="g"))
    ticket = await engine.runs.start_manual("wf", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    pinned = Workflow(99, "elsewhere", steps=(step(0, "echo"),), node="node-b")
    assert engine.root is not None
    refused = await refused_and_still_running(engine.root, "manager", _Submit(pinned, (), "manual", "test", None))
    assert "pinned to node node-b" in refused.reason
    Gate.gates.setdefault("g", asyncio.Event()).set()
    assert (await engine.finished(ticket.run_id)).status == "completed"  # the run in flight went on
