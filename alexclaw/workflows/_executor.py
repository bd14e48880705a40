"""The executor: AlexClaw's step semantics as one plain async function.

Start at the lowest position; visit each position at most once (a revisit
fails the run with ``loop_detected``). A step's input is the output of
``input_from`` when set, else of the nearest lower position that produced
one, else the run's input; after a routed error the target gets
``{"error": reason}`` instead. What happens next depends on the kind the
skill declares for the branch it answered on (``BranchKind``):

- ``ok``: without routes, the next position; with routes, the route of the
  branch, else ``default``, else the end;
- ``error``: the route for exactly that branch, else the run fails naming
  the step and the branch (``default`` never swallows an error);
- ``empty``: the route for exactly that branch, else the run ends
  ``completed`` there (an empty result is not a failure, and the steps after
  it have nothing to work on).

An open circuit halts (default), skips (input passed through, routes
ignored) or runs ``fallback_skill``; a missing skill halts or skips. The
result is the output of the highest position that produced one.

The run ends ``completed``; ``recovered`` when a step failed and a route of
its error branch handled it; ``failed`` on an unrouted error, naming the
step and its branch; ``cancelled`` when the operator cancels — the step in
flight is interrupted at once (its task is cancelled, never waited for)
and recorded as ``cancelled``.

Everything with side effects is one of three ports, so this reads as the
rules above: ``invoke`` runs a step's skill (the application's one way to
run a skill: policy, token, breaker, timeout, sanitizer), ``record`` is
awaited before the next step starts (nothing is lost), ``cancelled`` says
whether the operator asked the run to stop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

from alexclaw.workflows._model import DEFAULT_BRANCH, END, Goto, RunStatus, Step, Workflow
from skills import CIRCUIT_OPEN, SKILL_MISSING, BranchKind, Invocation, InvokeStatus, SkillOutcome

# Step statuses (a run's are RunStatus; the words they share are the same).
COMPLETED: Final = RunStatus.COMPLETED.value
FAILED: Final = RunStatus.FAILED.value
SKIPPED: Final = "skipped"
CANCELLED: Final = RunStatus.CANCELLED.value
RECOVERED: Final = RunStatus.RECOVERED.value
_INTERRUPTED: Final = "cancelled"  # the branch of a step the operator interrupted


@dataclass(frozen=True, slots=True)
class StepResult:
    position: int
    name: str
    skill: str
    status: str  # completed | failed | skipped | cancelled
    branch: str
    output: Any
    duration_ms: float
    next: Goto | None  # where the run went on; None: it stopped here
    error: str | None = None
    via: str | None = None  # the fallback skill that produced the output

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position, "name": self.name, "skill": self.skill, "status": self.status,
            "branch": self.branch, "output": self.output, "duration_ms": round(self.duration_ms, 3),
            "next": self.next, "error": self.error, "via": self.via,
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StepResult:
        return cls(
            int(data["position"]), str(data.get("name", "")), str(data.get("skill", "")), str(data["status"]),
            str(data.get("branch", "")), data.get("output"), float(data.get("duration_ms", 0.0)),
            data.get("next"), data.get("error"), data.get("via"),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class RunEnd:
    status: str  # a RunStatus: completed | recovered | failed | cancelled
    result: Any = None
    error: str | None = None


class ExecutorPorts(Protocol):
    async def invoke(self, skill: str, step: Step, input: Any) -> Invocation:
        """Run ``skill`` for ``step`` through ``invoke`` (policy, token,
        breaker, the step's timeout, the sanitizer on external output). A
        refusal, a missing skill, an open circuit, an overrun and a crash
        are values. While it runs, an operator's cancel interrupts it (the
        run's task is cancelled) — and never once it has returned."""
        ...

    async def record(self, result: StepResult) -> None:
        """Persist the step result; returns once it is durable."""
        ...

    def cancelled(self) -> bool: ...


@dataclass(slots=True)
class _Progress:
    visited: set[int]
    outputs: dict[int, Any]
    handoff: Any  # {"error": reason} for an on_error target, else None
    has_handoff: bool
    next: Goto | None


def _resume(steps: Sequence[Step], previous: Sequence[StepResult]) -> _Progress:
    """Where a run stands after ``previous`` (empty for a fresh run)."""
    outputs = {r.position: r.output for r in previous if r.status in (COMPLETED, SKIPPED)}
    first: Goto | None = steps[0].position if steps else END
    if not previous:
        return _Progress(set(), outputs, None, False, first)
    last = previous[-1]
    routed_error = last.status == FAILED and last.next is not None
    handoff = {"error": last.error} if routed_error else None
    return _Progress({r.position for r in previous}, outputs, handoff, routed_error, last.next)


def _input_for(step: Step, progress: _Progress, run_input: Any) -> Any:
    if progress.has_handoff:
        return progress.handoff
    if step.input_from is not None:
        return progress.outputs.get(step.input_from)
    lower = [p for p in progress.outputs if p < step.position]
    return progress.outputs[max(lower)] if lower else run_input


def _following(steps: Sequence[Step], position: int) -> Goto:
    later = [s.position for s in steps if s.position > position]
    return min(later) if later else END


def _routed(step: Step, branch: str) -> Goto | None:
    """The goto of the route for exactly ``branch``; None if there is none."""
    return next((r.goto for r in step.routes if r.branch == branch), None)


def _route(step: Step, branch: str) -> Goto:
    """The goto for an ok ``branch``: its route, else ``default``, else the end."""
    for candidate in (_routed(step, branch), _routed(step, DEFAULT_BRANCH)):
        if candidate is not None:
            return candidate
    return END


def step_inputs(run_input: Any, results: Sequence[StepResult], input_from: Mapping[int, int | None]) -> list[Any]:
    """The input each recorded step was given, by the same rule the run
    used (``input_from`` by position, from the definition the run ran):
    the run page shows it without storing every input twice."""
    inputs = []
    for i, result in enumerate(results):
        step = Step(result.position, result.skill, input_from=input_from.get(result.position))
        inputs.append(_input_for(step, _resume([step], results[:i]), run_input))
    return inputs


def final_result(previous: Sequence[StepResult]) -> Any:
    produced = {r.position: r.output for r in previous if r.status in (COMPLETED, SKIPPED)}
    return produced[max(produced)] if produced else None


def _error_text(output: Any) -> str:
    if isinstance(output, Mapping) and "error" in output:
        return str(output["error"])
    return str(output)


async def _absorb_late_cancel(ports: ExecutorPorts) -> None:
    """A cancel that landed as the skill call was already returning is
    still pending on the task: take it here, before the step is recorded,
    so no database write of the run is interrupted (the run then stops at
    the next between-steps check)."""
    task = asyncio.current_task()
    if task is None or not ports.cancelled() or not task.cancelling():
        return
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        task.uncancel()


async def _attempt(ports: ExecutorPorts, step: Step, skill: str, input: Any) -> tuple[SkillOutcome, BranchKind]:
    """One skill call through ``invoke``: its outcome and what the branch
    means. A cancel by the operator interrupts the call: an outcome on the
    ``cancelled`` branch."""
    try:
        invocation = await ports.invoke(skill, step, input)
    except asyncio.CancelledError:
        if not ports.cancelled():
            raise  # the node is stopping: not ours to swallow
        task = asyncio.current_task()
        if task is not None:
            task.uncancel()  # consumed: the run goes on to record the step
        return SkillOutcome.error("cancelled by the operator while it ran", _INTERRUPTED), BranchKind.ERROR
    await _absorb_late_cancel(ports)
    if invocation.status is InvokeStatus.TIMED_OUT:  # said with the step's own limit
        limit = f"{step.timeout_ms} ms" if step.timeout_ms else "the step timeout"
        return SkillOutcome.error(f"timeout: {skill} did not finish within {limit}"), BranchKind.ERROR
    return invocation.outcome, invocation.kind


async def _run_step(ports: ExecutorPorts, steps: Sequence[Step], step: Step, input: Any) -> StepResult:
    started = time.perf_counter()
    outcome, kind = await _attempt(ports, step, step.skill, input)
    via = None
    if outcome.branch == CIRCUIT_OPEN and step.on_circuit_open == "fallback" and step.fallback_skill:
        via = step.fallback_skill
        outcome, kind = await _attempt(ports, step, via, input)
    elapsed = (time.perf_counter() - started) * 1000

    def result(status: str, output: Any, next: Goto | None, error: str | None = None) -> StepResult:
        return StepResult(
            step.position, step.name, step.skill, status, outcome.branch, output, elapsed, next, error, via
        )

    following = _following(steps, step.position)
    if outcome.branch == _INTERRUPTED:
        return result(CANCELLED, None, None, _error_text(outcome.result))
    if outcome.branch == CIRCUIT_OPEN:
        if step.on_circuit_open == "skip":
            return result(SKIPPED, input, following, f"skipped: {_error_text(outcome.result)}")
        return result(FAILED, outcome.result, None, _error_text(outcome.result))
    if outcome.branch == SKILL_MISSING:
        if step.on_missing_skill == "skip":
            return result(SKIPPED, input, following, f"skipped: {_error_text(outcome.result)}")
        return result(FAILED, outcome.result, None, f"unknown skill: {step.skill}")
    if kind == BranchKind.ERROR:
        return result(FAILED, outcome.result, _routed(step, outcome.branch), _error_text(outcome.result))
    if kind == BranchKind.EMPTY:  # unrouted: nothing to go on with, and nothing went wrong
        routed = _routed(step, outcome.branch)
        return result(COMPLETED, outcome.result, END if routed is None else routed)
    target = _route(step, outcome.branch) if step.routes else following
    return result(COMPLETED, outcome.result, target)


def stopped(result: StepResult) -> str:
    """Why the run stopped at ``result``, naming the step and its branch."""
    label = f"step {result.position} ({result.name or result.skill})"
    return f"{result.error} [{label} ended on branch {result.branch}, which no route handles]"


def _finished(history: Sequence[StepResult]) -> RunEnd:
    """The end of a run that reached its end: recovered when an error was
    handled on the way (a failed step the run went on from was routed)."""
    handled = [r for r in history if r.status == FAILED]
    if handled:
        where = ", ".join(f"step {r.position} ({r.name or r.skill}) on {r.branch}" for r in handled)
        return RunEnd(RECOVERED, final_result(history), f"recovered by routed error branches from: {where}")
    return RunEnd(COMPLETED, final_result(history))


async def execute(workflow: Workflow, run_input: Any, previous: Sequence[StepResult], ports: ExecutorPorts) -> RunEnd:
    """Run (or, given earlier results, resume) ``workflow`` to its end."""
    steps = sorted(workflow.steps, key=lambda s: s.position)
    by_position = {s.position: s for s in steps}
    progress = _resume(steps, previous)
    history = list(previous)
    if previous and progress.next is None:  # it had already stopped on a failure
        return RunEnd(FAILED, final_result(history), stopped(history[-1]))
    while progress.next != END and progress.next is not None:
        if ports.cancelled():
            return RunEnd(CANCELLED, final_result(history), "cancelled")
        position = progress.next
        assert isinstance(position, int)
        if position in progress.visited:
            return RunEnd(FAILED, final_result(history), f"loop_detected: position {position} visited twice")
        step = by_position.get(position)
        if step is None:
            return RunEnd(FAILED, final_result(history), f"no step at position {position}")
        step_result = await _run_step(ports, steps, step, _input_for(step, progress, run_input))
        await ports.record(step_result)
        history.append(step_result)
        progress = _resume(steps, history)
        if step_result.status == CANCELLED:
            return RunEnd(CANCELLED, final_result(history), f"cancelled while step {position} ({step.label}) ran")
        if step_result.next is None:
            return RunEnd(FAILED, final_result(history), stopped(step_result))
    return _finished(history)
