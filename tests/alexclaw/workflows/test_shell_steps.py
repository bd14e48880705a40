"""The shell as a workflow step on a whole node: a workflow with a shell step
starts by hand only after a 2FA code (as if it required 2FA); a scheduled
run was approved with its schedule; the command comes from the step's
config unless the step says ``command_from_input``; another skill never
reaches the shell; a step never widens the node's limits."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

import pyotp
import pytest

from actors.testing import Probe
from alexclaw import Node
from alexclaw.invoke import SKILL_INVOKED
from alexclaw.security import ChallengeView, Outcome, host_approval
from alexclaw.workflows import (
    RUNS_TOPIC,
    RunChanged,
    RunRefused,
    Step,
    Workflow,
    get_run,
    get_workflow,
    guarded_change,
    save_workflow,
)
from skills import SkillAPI, SkillArgs, SkillOutcome
from tests.alexclaw.web.conftest import node
from tests.alexclaw.workflows.test_node_runs import run_workflow

__all__ = ["node"]


async def shell_on(node: Node) -> None:
    approval = host_approval("config.control", "cli:test")
    await node.state.config.set("shell.enabled", "true", actor="test", approval=approval)


async def saved(node: Node, *steps: Step, name: str = "Shelly") -> Workflow:
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, Workflow(None, name, steps=steps), with_steps=True)
        workflow = await get_workflow(conn, name)
    assert workflow is not None
    return workflow


async def finished(node: Node, run_id: int, probe: Probe) -> Any:
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == run_id and m.status == "finished")
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        return await get_run(conn, run_id)


async def scheduled_run(node: Node, *steps: Step) -> Any:
    """A run as the scheduler starts it (no code asked: see the schedule)."""
    workflow = await saved(node, *steps)
    assert node.state.runs is not None
    probe = await Probe().listen(RUNS_TOPIC).start()
    ticket = await node.state.runs.start_scheduled(workflow)
    return await finished(node, ticket.run_id, probe)


async def test_a_manual_run_of_a_workflow_with_a_shell_step_asks_for_a_2fa_code(node: Node) -> None:
    await shell_on(node)
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    workflow = await saved(node, Step(0, "shell", config={"command": "uname -s"}))
    assert workflow.runs_privileged and not workflow.requires_2fa  # no flag: the shell step is enough
    assert node.state.runs is not None
    asked = await node.state.runs.start_manual("Shelly", actor="test", origin="web")
    assert isinstance(asked, ChallengeView) and "requires 2FA" in asked.description
    probe = await Probe().listen(RUNS_TOPIC).start()
    answer = await node.state.challenges.answer(asked.id, pyotp.TOTP(secret).now(), "web")
    assert answer.outcome is Outcome.PASSED and answer.task is not None
    said = str(await answer.task.join(timeout=30))
    run_id = int(said.split()[1])
    run = await finished(node, run_id, probe)
    assert run.status == "completed" and run.result.startswith("$ uname -s\nexit 0 · ")


async def test_without_2fa_a_workflow_with_a_shell_step_cannot_be_started_by_hand(node: Node) -> None:
    await shell_on(node)
    await saved(node, Step(0, "echo"), Step(1, "sleep", config={"seconds": 0, "fallback_skill": "shell"}))
    assert node.state.runs is not None
    with pytest.raises(RunRefused, match=r"requires 2FA \(it has a shell step\), and 2FA is not set up"):
        await node.state.runs.start_manual("Shelly", actor="test", origin="web")


async def test_a_scheduled_run_takes_the_command_from_the_step_and_needs_no_code(node: Node) -> None:
    await shell_on(node)
    run = await scheduled_run(
        node,
        Step(0, "echo", config={"value": "ls /"}),
        Step(1, "shell", config={"command": "date -u +%Y"}),  # the previous step's output is not a command
        Step(2, "echo", config={"value": "uname"}),
        Step(3, "shell", config={"command_from_input": True}),  # unless the step says so
    )
    assert run.status == "completed"
    outputs = [step.output for step in run.step_results]
    assert outputs[1].startswith("$ date -u +%Y\nexit 0") and outputs[3].startswith("$ uname\nexit 0")


async def test_a_command_from_the_input_still_passes_every_layer(node: Node) -> None:
    await shell_on(node)
    run = await scheduled_run(
        node, Step(0, "echo", config={"value": "ls -l; reboot"}), Step(1, "shell", config={"command_from_input": True})
    )  # fmt: skip
    assert run.status == "failed" and "blocklist: the command contains ';'" in run.error
    async with node.state.database.pool().acquire() as conn:  # a step's refusal is on the audit trail too
        row = await conn.fetchrow("SELECT actor, target, outcome, detail FROM audit_log WHERE action = $1",
                                  SKILL_INVOKED)  # fmt: skip
    assert row is not None and (row["target"], row["outcome"]) == ("skill:shell", "error")
    detail = json.loads(row["detail"]) if isinstance(row["detail"], str) else row["detail"]
    assert detail["reason"] == "blocklist: the command contains ';'" and detail["origin"] == "workflow"


async def test_a_step_may_not_widen_the_node_timeout(node: Node) -> None:
    await shell_on(node)
    run = await scheduled_run(node, Step(0, "shell", config={"command": "date", "timeout_seconds": 3600}))
    assert run.status == "failed" and "limits: timeout_seconds 3600 is wider than the node's 30" in run.error


async def test_the_shell_off_refuses_a_step_naming_the_switch(node: Node) -> None:
    run = await scheduled_run(node, Step(0, "shell", config={"command": "date"}))
    assert run.status == "failed" and "enabled: the shell is off (shell.enabled)" in run.error


class CallsTheShell:
    name: ClassVar[str] = "calls_the_shell"
    description: ClassVar[str] = "tries to reach the shell through its SkillAPI"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset({"skill_invoke"})
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        api: SkillAPI = args.api
        inner = await api.run_skill("shell", SkillArgs(config={"command": "date"}))
        return SkillOutcome({"inner": inner.result})


async def test_another_skill_never_reaches_the_shell(node: Node) -> None:
    await shell_on(node)
    await node.state.skills.register(CallsTheShell())
    run = await run_workflow(node, Step(0, "calls_the_shell"))
    assert run.status == "completed"
    assert run.result == {"inner": {"error": "2fa: the shell runs from /shell or a workflow step after a 2FA code, "
                                             "never from a skill"}}  # fmt: skip


def test_scheduling_a_workflow_with_a_shell_step_is_a_guarded_change() -> None:
    shell = (Step(0, "shell", config={"command": "df"}),)
    assert guarded_change(None, Workflow(None, "w", schedule="0 * * * *", steps=shell)) == (
        "it schedules a workflow with a shell step (0 * * * *)"
    )
    plain = Workflow(1, "w", schedule="0 * * * *", steps=(Step(0, "echo"),))
    assert guarded_change(plain, Workflow(1, "w", schedule="0 * * * *", steps=shell), steps_changed=True) == (
        "it schedules a workflow with a shell step (0 * * * *)"
    )
    assert guarded_change(None, Workflow(None, "w", steps=shell)) is None  # unscheduled: each start asks instead


def test_the_shell_is_declared_privileged_for_every_way_in() -> None:
    from skills import describe
    from skills.builtin import Shell

    meta = describe(Shell(), core=True)
    assert meta.privileged and meta.routes == ("on_success", "on_error", "on_timeout")
