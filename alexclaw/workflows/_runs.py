"""Starting, resuming and cancelling runs (the one front door every channel
uses: web, chat, MCP, the scheduler), and the body of a run process.

Two-factor rule, for every manual path: a workflow whose metadata says
``requires_2fa``, or that has a shell step (``runs_privileged``), starts
only after a TOTP challenge is passed; if 2FA is not set up at all, such a
workflow cannot be started by hand (fail closed).
Scheduled runs were approved when the schedule was saved. Whether a way in
may start such a workflow at all is the privileged table's
(``required_proof("workflow.run", entry)``): the command line, which cannot
answer a challenge, is refused with the reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from actors import Refused, Snapshot, call, cast
from alexclaw.inputs import InputError, read_json
from alexclaw.security import (
    RUN_RESUMED,
    RUN_STARTED,
    Approval,
    Challenges,
    ChallengeView,
    Entry,
    Proof,
    approve_or_run,
    record_audit,
    required_proof,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows._executor import StepResult, execute
from alexclaw.workflows._manager import (
    FIRED_ELSEWHERE,
    MANAGER_NAME,
    ActiveRun,
    Launch,
    RunControl,
    RunTicket,
    _Cancel,
    _Progress,
    _StepStarted,
    _Submit,
)
from alexclaw.workflows._model import Step, Workflow
from alexclaw.workflows._resource_store import resource_json, workflow_resources
from alexclaw.workflows._run_store import finish_run, get_run, record_step
from alexclaw.workflows._store import get_workflow
from skills import ORIGIN_WORKFLOW, Invocation, SkillCaller
from skills.ports import InvokerPort

# Run now's input box, on the web and on the command line.
MAX_INPUT_CHARS = 64 * 1024


def run_input(text: str) -> Any:
    """What Run now's input holds (the web's box, the CLI's ``--input``):
    JSON when it parses, else the text itself; empty is no input. JSON that
    ``read_json`` refuses (too deep, ``NaN``, a NUL) raises ``InputError``:
    refused with the reason, never stored."""
    if not text.strip():
        return None
    try:
        return read_json(text, "input")
    except InputError as exc:
        if exc.problem.startswith("not valid JSON: line"):
            return text  # not JSON at all: the text itself
        raise  # JSON, but not usable: refused with the reason


class RunRefused(Exception):
    """The run was not started; the message says why, for the operator."""


class FiredElsewhere(RunRefused):
    """Another node sharing the database already started this scheduled
    moment of this workflow: not an error, the cluster fired once."""


def started_message(run_id: int, status: str, error: str | None, *, of: str | None = None) -> tuple[str, str]:
    """(text, category) saying what actually happened to a run just
    started: by the time anyone answers, it may already have ended. ``of``
    names the workflow."""
    run = f"Run {run_id} of {of}" if of else f"Run {run_id}"
    if status == "failed":
        return f"{run} failed: {error or 'no reason recorded'}", "error"
    if status == "recovered":
        return f"{run} recovered from an error: {error}", "info"
    if status in {"completed", "cancelled", "interrupted"}:
        return f"{run} {status}.", "success" if status == "completed" else "info"
    return f"{run} is {status}.", "success"


def _why(workflow: Workflow) -> str:
    return " (it has a shell step)" if workflow.runs_privileged and not workflow.requires_2fa else ""


class Runs:
    def __init__(
        self,
        database: DatabaseHandle,
        active: Snapshot[Mapping[int, ActiveRun]],
        *,
        challenges: Challenges,
        two_factor_on: Callable[[], bool],
        target: str = MANAGER_NAME,
    ) -> None:
        self.database = database
        self._active = active
        self.challenges = challenges
        self.two_factor_on = two_factor_on
        self.target = target

    async def what_happened(self, ticket: RunTicket, *, of: str | None = None) -> tuple[str, str]:
        """``started_message`` for a run just started or resumed, from its
        row as it is now — never from the ticket, which only says how it
        was admitted."""
        async with self.database.pool().acquire() as conn:
            run = await get_run(conn, ticket.run_id)
        status, error = (run.status, run.error) if run else (ticket.status, None)
        return started_message(ticket.run_id, status, error, of=of)

    def active(self) -> list[ActiveRun]:
        return sorted(self._active.read().values(), key=lambda r: r.run_id)

    async def _load(self, key: int | str) -> Workflow:
        async with self.database.pool().acquire() as conn:
            workflow = await get_workflow(conn, key)
        if workflow is None:
            raise RunRefused(f"no workflow {key}")
        return workflow

    async def _submit(
        self, workflow: Workflow, trigger: str, actor: str, input: Any, *, origin: str, resume: int | None = None,
        previous: tuple[StepResult, ...] = (), scheduled_for: datetime | None = None,
    ) -> RunTicket:  # fmt: skip
        assert workflow.id is not None
        async with self.database.pool().acquire() as conn:
            resources = tuple(await workflow_resources(conn, workflow.id))
        message = _Submit(workflow, resources, trigger, actor, input, resume, previous, scheduled_for, origin)
        answer: RunTicket | Refused = await call(self.target, message, timeout=30)
        if isinstance(answer, Refused):
            raise (FiredElsewhere if answer.code == FIRED_ELSEWHERE else RunRefused)(answer.reason)
        return answer

    async def _refuse(self, action: str, workflow: Workflow, actor: str, origin: str, reason: str) -> NoReturn:
        """Audit a refused start (or resume) and raise it."""
        async with self.database.pool().acquire() as conn:
            await record_audit(conn, actor, action, f"workflow:{workflow.id}", outcome="denied",
                               detail={"workflow": workflow.name, "origin": origin, "reason": reason})  # fmt: skip
        raise RunRefused(reason)

    async def _gate(
        self, workflow: Workflow, action: str, actor: str, origin: str, entry: Entry = Entry.WEB, *,
        needs_code: bool = False,
    ) -> bool:  # fmt: skip
        """True when a challenge must come first; refuses when it cannot.
        ``needs_code``: the way in wants a code although the workflow's flag
        is off (MCP, for a workflow with a privileged step)."""
        if not (workflow.asks_code_to_start or needs_code):  # its flag, a shell step, or the way in
            return False
        proof = required_proof("workflow.run", entry)
        if proof is None:
            await self._refuse(
                action, workflow, actor, origin,
                f"{workflow.name} requires 2FA{_why(workflow)}, and a 2FA challenge cannot be answered from "
                f"{entry.value}: start it from the web or a chat",
            )  # fmt: skip
        if proof is Proof.NONE:
            return False
        if not self.two_factor_on():
            await self._refuse(
                action, workflow, actor, origin,
                f"{workflow.name} requires 2FA{_why(workflow)}, and 2FA is not set up: "
                "set it up on the Security page first",
            )  # fmt: skip
        return True

    async def start_manual(
        self, key: int | str, *, actor: str, origin: str, input: Any = None, entry: Entry = Entry.WEB,
        needs_code: bool = False,
    ) -> RunTicket | ChallengeView:  # fmt: skip
        """Start now, or return the challenge that will start it (never
        from an ``entry`` the privileged table gives no proof for).
        ``needs_code`` asks for a code as ``requires_2fa`` does."""
        workflow = await self._load(key)
        if not workflow.enabled:
            await self._refuse(RUN_STARTED, workflow, actor, origin, f"{workflow.name} is disabled")
        trigger = "webhook" if entry is Entry.WEBHOOK else "manual"
        if not await self._gate(workflow, RUN_STARTED, actor, origin, entry, needs_code=needs_code):
            return await self._submit(workflow, trigger, actor, input, origin=origin)

        async def approved(_: Approval) -> str:
            ticket = await self._submit(await self._load(key), "manual", actor, input, origin=origin)
            return (await self.what_happened(ticket, of=workflow.name))[0]

        description = f"Run workflow {workflow.name} (requires 2FA)"
        return await self._challenge("workflow.run", entry, description, approved, actor=actor, origin=origin)

    async def start_remote(self, workflow: Workflow, *, sender: str, input: Any) -> RunTicket:
        """A peer's dispatch that passed the remote gate (``_remote.py``):
        re-checked here (enabled, no code wanted) and started as ``node:<sender>``."""
        current = await self._load(workflow.id or workflow.name)
        actor = origin = f"node:{sender}"
        if not current.enabled:
            await self._refuse(RUN_STARTED, current, actor, origin, f"{current.name} is disabled")
        if await self._gate(current, RUN_STARTED, actor, origin, Entry.CLUSTER):
            raise RunRefused(f"{current.name} requires 2FA")  # the table gives the cluster no proof: never here
        return await self._submit(current, "remote", actor, input, origin=origin)

    async def _challenge(
        self, action: str, entry: Entry, description: str, run: Callable[[Approval], Awaitable[str]], *,
        actor: str, origin: str,
    ) -> ChallengeView:  # fmt: skip
        """The challenge that runs ``run`` once answered, through the one
        approval service (``_gate`` has already required a code)."""
        outcome = await approve_or_run(
            self.challenges, self.database, two_factor_on=True, action=action, entry=entry, actor=actor,
            description=description, run=run, channel=origin,
        )  # fmt: skip
        if not isinstance(outcome, ChallengeView):  # the table and _gate disagree: never run unproven
            raise RunRefused(f"{action} was not approved: {outcome}")
        return outcome

    async def start_scheduled(self, workflow: Workflow, at: datetime | None = None) -> RunTicket:
        """A cron fire: approved when the schedule was saved. With ``at`` (the
        scheduled moment) the cluster starts one run for it, whichever node
        fires first; the others get ``FiredElsewhere``."""
        current = await self._load(workflow.id or workflow.name)
        if not current.enabled:
            raise RunRefused(f"{current.name} is disabled")
        return await self._submit(current, "schedule", "scheduler", None, origin="scheduler", scheduled_for=at)

    async def resume(self, run_id: int, *, actor: str, origin: str) -> RunTicket | ChallengeView:
        """Continue an interrupted run after its last recorded step."""
        async with self.database.pool().acquire() as conn:
            run = await get_run(conn, run_id)
        if run is None or run.status != "interrupted":
            raise RunRefused(f"run {run_id} is not interrupted, so it cannot be resumed")
        if run.workflow_id is None:
            raise RunRefused(f"the workflow of run {run_id} was deleted")
        workflow = await self._load(run.workflow_id)

        async def go() -> RunTicket:
            return await self._submit(
                workflow, run.trigger, actor, run.input, origin=origin, resume=run.id, previous=run.step_results
            )

        if not await self._gate(workflow, RUN_RESUMED, actor, origin):
            return await go()

        async def approved(_: Approval) -> str:
            ticket = await go()
            return "Resumed: " + (await self.what_happened(ticket, of=workflow.name))[0]

        description = f"Resume run {run_id} of {workflow.name} (requires 2FA)"
        return await self._challenge("workflow.resume", Entry.WEB, description, approved, actor=actor, origin=origin)

    async def cancel(self, run_id: int) -> bool:
        return bool(await call(self.target, _Cancel(run_id)))


# -- inside a run process -------------------------------------------------


@dataclass(slots=True)
class RunPorts:
    """The executor's ports for one run (``ExecutorPorts``)."""

    launch: Launch
    control: RunControl
    database: DatabaseHandle
    invoker: InvokerPort
    step_timeout_ms: Callable[[], int]
    manager: str = MANAGER_NAME

    async def invoke(self, skill: str, step: Step, input: Any) -> Invocation:
        if skill == step.skill:  # the step now runs (live progress names it); a fallback is the same step
            cast(self.manager, _StepStarted(self.launch.run_id, step.position, step.label))
        config = dict(step.config)
        for key in ("prompt_template", "llm_model"):
            value = getattr(step, key)
            if value:
                config[key] = value
        # One shape for a skill, here and from ``resources_read``: never a credential.
        resources = tuple(resource_json(r) for r in self.launch.resources if r.enabled)
        timeout_ms = step.timeout_ms or self.step_timeout_ms()
        caller = SkillCaller(f"workflow:{self.launch.workflow.name}", ORIGIN_WORKFLOW, str(self.launch.run_id))
        # While the skill runs, a cancel interrupts it; closed again before
        # anything else is awaited, so the step's record is never cut short.
        self.control.interruptible(True)
        try:
            return await self.invoker.invoke(
                caller, skill, input, config=config, timeout=timeout_ms / 1000, resources=resources,
                llm_tier=step.llm_tier, llm_provider=step.llm_model or self.launch.workflow.default_provider,
            )  # fmt: skip
        finally:
            self.control.interruptible(False)

    async def record(self, result: StepResult) -> None:
        async with self.database.pool().acquire() as conn:
            await record_step(conn, self.launch.run_id, result)
        cast(self.manager, _Progress(self.launch.run_id, result))

    def cancelled(self) -> bool:
        return self.control.cancel_requested


def run_body(ports_for: Callable[[Launch, RunControl], RunPorts]) -> Callable[[Launch, RunControl], Any]:
    """The manager's runner: a run process executes, then writes its end."""

    def runner(launch: Launch, control: RunControl) -> Callable[[], Awaitable[None]]:
        async def body() -> None:
            control.task = asyncio.current_task()  # what a cancel interrupts
            ports = ports_for(launch, control)
            end = await execute(launch.workflow, launch.input, launch.previous, ports)
            async with ports.database.pool().acquire() as conn:
                await finish_run(conn, launch.run_id, end)

        return body

    return runner
