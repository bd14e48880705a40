"""The loop's moves: what follows each phase's answer, as plain functions
from a ``Cursor`` (the pure ``Session`` plus where the loop stands) to a
``Move`` (the next cursor, the step to record, the events to publish, or
the end). The session actor only runs the calls these ask for and writes
what they return; a crash between two moves resumes from the last cursor
persisted (``to_state`` / ``from_state``)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from alexclaw.reasoning._desk import BudgetUse, EventKind
from alexclaw.reasoning._model import (
    Action,
    Budgets,
    Decision,
    PlanStep,
    Quality,
    Rubric,
    Session,
    Status,
    StepOutcome,
)
from alexclaw.reasoning._phases import (
    Unusable,
    apply_decision,
    best_result,
    evaluated,
    is_repeating,
    needs_compression,
    read_decision,
    read_plan,
    read_rubric,
    read_step_input,
    record_result,
)
from alexclaw.reasoning._reader import Unreadable, read_object
from alexclaw.reasoning._store import StepWrite, plan_json


class Phase(StrEnum):
    PLAN = "plan"
    PREPARE = "prepare"  # the model writes the next step's input
    EXECUTE = "execute"  # the skill runs
    EVALUATE = "evaluate"
    COMPRESS = "compress"
    DECIDE = "decide"


@dataclass(frozen=True)
class Rules:
    """What a plan may name (read from the registry and settings per call)."""

    whitelist: Collection[str]
    known: Collection[str]
    privileged: Collection[str]

    def refusal(self, skill: str) -> str | None:
        if skill not in self.known:
            return f"there is no skill {skill!r}"
        if skill in self.privileged:
            return f"{skill!r} is privileged and never runs in a reasoning session"
        if skill not in self.whitelist:
            return f"{skill!r} is not in reasoning.skill_whitelist"
        return None


@dataclass(frozen=True)
class Cursor:
    session: Session
    phase: Phase = Phase.PLAN
    step_input: str | None = None  # the input EXECUTE runs with
    unusable: int = 0  # model answers in a row the loop could not use
    last_unusable: str = ""
    question: str | None = None
    pending: tuple[str, str] | None = None  # the operator's override (skill, input), accepted, not yet run


@dataclass(frozen=True)
class End:
    status: Status
    reason: str
    confidence: float | None = None


@dataclass(frozen=True)
class Move:
    cursor: Cursor
    step: StepWrite | None = None
    events: tuple[tuple[EventKind, Mapping[str, Any]], ...] = field(default=())
    end: End | None = None
    guard: StepWrite | None = None  # a second step: the duplicate guard's refusal


@dataclass(frozen=True)
class Reply:
    """A model call's outcome: its text, or why there was none."""

    text: str | None
    error: str | None = None
    prompt: str = ""
    duration_ms: int = 0


def _model_step(cursor: Cursor, phase: Phase, reply: Reply, **fields: Any) -> StepWrite:
    return StepWrite(
        cursor.session.iteration, phase.value, prompt=reply.prompt, response=reply.text,
        duration_ms=reply.duration_ms, guidance=cursor.session.guidance or None, **fields,
    )  # fmt: skip


def _unusable(cursor: Cursor, phase: Phase, reply: Reply, reason: str, then: Phase) -> Move:
    """An answer the loop cannot use: recorded; the phase is asked again
    until ``stuck_threshold`` such answers in a row end the session."""
    count = cursor.unusable + 1
    step = _model_step(cursor, phase, reply, error=reason)
    moved = replace(cursor, unusable=count, last_unusable=reason, phase=then)
    if count >= cursor.session.budgets.stuck_threshold:
        return Move(moved, step, end=End(Status.STUCK, f"{count} model answers in a row could not be used: {reason}"))
    return Move(moved, step)


def no_answer(cursor: Cursor, phase: Phase, reply: Reply) -> Move:
    """The model gave no answer (no provider, limits, the shield): the
    session ends with the reason and the best result so far."""
    step = _model_step(cursor, phase, reply, error=reply.error)
    return Move(cursor, step, end=End(Status.FAILED, f"the model gave no answer: {reply.error}"))


def after_plan(cursor: Cursor, reply: Reply, rules: Rules) -> Move:
    budgets = cursor.session.budgets
    plan = read_plan(reply.text or "", whitelist=rules.whitelist, known=rules.known, privileged=rules.privileged,
                     max_steps=budgets.max_plan_steps)  # fmt: skip
    if isinstance(plan, Unusable):
        return _unusable(cursor, Phase.PLAN, reply, plan.reason, Phase.PLAN)
    session = replace(cursor.session, plan=plan, step_index=0, status=Status.EXECUTING)
    step = _model_step(cursor, Phase.PLAN, reply, output=f"{len(plan)} steps")
    moved = replace(cursor, session=session, phase=Phase.PREPARE, unusable=0)
    return Move(moved, step, ((EventKind.PLAN, {"steps": plan_json(plan)}),))


def after_input(cursor: Cursor, reply: Reply) -> Move:
    """The step's input (the plan's description when the answer has none
    usable, with the reason recorded); the same action a third time in a
    row is refused as a failed step."""
    session = cursor.session
    planned = session.plan[session.step_index]
    read = read_step_input(reply.text or "")
    error = read.reason if isinstance(read, Unusable) else None
    text, memory = (planned.input_description, None) if isinstance(read, Unusable) else read
    if memory is not None:
        session = replace(session, working_memory=memory[:20_000])
    step = _model_step(cursor, Phase.PREPARE, reply, skill=planned.skill, input=text, error=error)
    return _ready(replace(cursor, session=session), planned.skill, text, step)


def _ready(cursor: Cursor, skill: str, text: str, step: StepWrite | None) -> Move:
    if is_repeating(cursor.session, skill, text):
        refused = StepOutcome(skill, text, None, "the same action a third time in a row: refused (duplicate guard)")
        session = record_result(cursor.session, refused)
        guard = StepWrite(session.iteration, Phase.EXECUTE.value, skill=skill, input=text, error=refused.error)
        return Move(replace(cursor, session=session, phase=Phase.DECIDE, step_input=None), step, guard=guard)
    return Move(replace(cursor, phase=Phase.EXECUTE, step_input=text, unusable=0), step)


def ready_override(cursor: Cursor) -> Move | None:
    """An operator's step waiting to run: the duplicate guard still applies."""
    if cursor.phase is not Phase.EXECUTE or cursor.step_input is None:
        return None
    planned = cursor.session.plan[cursor.session.step_index]
    move = _ready(cursor, planned.skill, cursor.step_input, None)
    return move if move.guard is not None else None


def after_run(cursor: Cursor, outcome: StepOutcome, duration_ms: int) -> Move:
    session = record_result(cursor.session, outcome)
    step = StepWrite(
        session.iteration, Phase.EXECUTE.value, skill=outcome.skill, input=outcome.input, output=outcome.output,
        error=outcome.error, duration_ms=duration_ms,
    )  # fmt: skip
    following = Phase.DECIDE if outcome.error is not None else Phase.EVALUATE
    return Move(replace(cursor, session=session, phase=following, step_input=None), step)


def after_evaluate(cursor: Cursor, reply: Reply) -> Move:
    rubric = read_rubric(reply.text or "")
    if isinstance(rubric, Unusable):  # ungraded: the decision judges the raw output
        step = _model_step(cursor, Phase.EVALUATE, reply, error=rubric.reason)
        return Move(replace(cursor, phase=Phase.DECIDE), step)
    session = evaluated(cursor.session, rubric)
    scores = {"relevance": rubric.relevance, "completeness": rubric.completeness, "usability": rubric.usability,
              "goal_progress": rubric.goal_progress}  # fmt: skip
    last = session.results[-1] if session.results else None
    step = _model_step(cursor, Phase.EVALUATE, reply, skill=last.skill if last else None, rubric=scores,
                       decision=rubric.quality.value)  # fmt: skip
    following = Phase.COMPRESS if needs_compression(session) else Phase.DECIDE
    return Move(replace(cursor, session=session, phase=following), step)


def after_compress(cursor: Cursor, reply: Reply) -> Move:
    parsed = read_object(reply.text or "")
    memory = parsed.get("working_memory") if not isinstance(parsed, Unreadable) else None
    if not isinstance(memory, str) or not memory.strip():
        step = _model_step(cursor, Phase.COMPRESS, reply, error="no shorter working memory in the answer: kept")
        return Move(replace(cursor, phase=Phase.DECIDE), step)
    session = replace(cursor.session, working_memory=memory[:20_000])
    return Move(replace(cursor, session=session, phase=Phase.DECIDE), _model_step(cursor, Phase.COMPRESS, reply))


def read_model_decision(cursor: Cursor, reply: Reply, rules: Rules) -> Decision | Move:
    decision = read_decision(reply.text or "", cursor.session, whitelist=rules.whitelist, known=rules.known,
                             privileged=rules.privileged)  # fmt: skip
    if isinstance(decision, Unusable):
        return _unusable(cursor, Phase.DECIDE, reply, decision.reason, Phase.DECIDE)
    return decision


def decided(cursor: Cursor, decision: Decision, reply: Reply | None) -> Move:
    """The session after a decision (the model's or the rules')."""
    session = cursor.session
    budgets: Budgets = session.budgets
    fields: dict[str, Any] = {"decision": decision.action.value, "confidence": decision.confidence or None,
                              "output": decision.reason}  # fmt: skip
    step = (_model_step(cursor, Phase.DECIDE, reply, **fields) if reply is not None
            else StepWrite(session.iteration, Phase.DECIDE.value, **fields))  # fmt: skip
    remaining = session.step_index < len(session.plan)
    if decision.action is Action.DONE and decision.confidence < budgets.done_confidence and remaining:
        decision = Decision(Action.CONTINUE, f"done below reasoning.done_confidence ({decision.confidence:.2f})")
    after = replace(apply_decision(session, decision), status=session.status)
    base = replace(cursor, session=after, unusable=0 if reply is not None else cursor.unusable)
    action = decision.action
    if action in {Action.DONE, Action.SUMMARIZE}:
        confidence = decision.confidence or _graded_confidence(after)
        return Move(base, step, end=End(Status.COMPLETED, decision.reason, confidence))
    if action is Action.STUCK:
        return Move(base, step, end=End(Status.STUCK, decision.reason or "the model says it is stuck"))
    if action is Action.ASK_USER:
        waiting = replace(base, question=decision.question, session=replace(after, status=Status.WAITING_USER),
                          phase=Phase.PREPARE if remaining else Phase.PLAN)  # fmt: skip
        return Move(waiting, step, ((EventKind.QUESTION, {"question": decision.question}),))
    if action is Action.ADJUST:
        return Move(replace(base, phase=Phase.PREPARE), step, ((EventKind.PLAN, {"steps": plan_json(after.plan)}),))
    return Move(replace(base, phase=Phase.PREPARE if after.step_index < len(after.plan) else Phase.PLAN), step)


def override(cursor: Cursor, skill: str, text: str) -> Cursor:
    """The operator's step: run next, exactly as given (no longer pending)."""
    session = cursor.session
    index = min(session.step_index, len(session.plan))
    plan = (*session.plan[:index], PlanStep(skill, text, "the operator's override"), *session.plan[index:])
    session = replace(session, plan=plan, step_index=index)
    return replace(cursor, session=session, phase=Phase.EXECUTE, step_input=text, pending=None)


def budget_use(session: Session, elapsed_seconds: float) -> dict[str, Any]:
    """A ``budget`` event's data: the budgets used so far against the
    session's limits (``BudgetUse``'s fields)."""
    budgets = session.budgets
    used = BudgetUse(session.iteration, budgets.max_iterations, session.llm_calls, budgets.max_llm_calls,
                     round(elapsed_seconds, 1), budgets.time_budget_seconds)  # fmt: skip
    return asdict(used)


def _graded_confidence(session: Session) -> float | None:
    graded = [r.rubric.average for r in session.results if r.rubric is not None]
    return round(graded[-1] / 5, 2) if graded else None


def final_answer(session: Session, budget: int) -> tuple[str, tuple[str, ...]]:
    """The answer built from the steps' outputs (never the model's own
    memory), within ``budget`` characters, and the steps it was built from."""
    usable = [r for r in session.results if r.output and r.error is None
              and (r.rubric is None or r.rubric.quality is not Quality.FAILED)]  # fmt: skip
    if not usable and (best := best_result(session)) is not None:
        usable = [best]
    parts: list[str] = []
    sources: list[str] = []
    used = 0
    for result in usable:
        if used >= budget:
            break
        part = f"[{result.skill}: {result.input[:200]}]\n{result.output}"
        parts.append(part[: budget - used])
        used += len(parts[-1]) + 2
        sources.append(f"{result.skill}: {result.input[:200]}")
    return "\n\n".join(parts)[:budget], tuple(dict.fromkeys(sources))


# --- the cursor as stored (what a resume continues from) ----------------------


def to_state(cursor: Cursor) -> dict[str, Any]:
    s = cursor.session
    return {
        "phase": cursor.phase.value, "step_input": cursor.step_input, "unusable": cursor.unusable,
        "question": cursor.question, "pending": None if cursor.pending is None else list(cursor.pending),
        "plan": plan_json(s.plan), "step_index": s.step_index,
        "iteration": s.iteration, "llm_calls": s.llm_calls, "working_memory": s.working_memory,
        "guidance": s.guidance, "consecutive_failures": s.consecutive_failures,
        "recent_actions": [key.split("\x00", 1) for key in s.recent_actions],  # no NUL in jsonb
        "results": [{"skill": r.skill, "input": r.input, "output": r.output, "error": r.error,
                     "rubric": None if r.rubric is None else [r.rubric.relevance, r.rubric.completeness,
                                                               r.rubric.usability, r.rubric.goal_progress]}
                    for r in s.results],
        "decisions": [{"action": d.action.value, "reason": d.reason, "confidence": d.confidence} for d in s.decisions],
    }  # fmt: skip


def from_state(state: Mapping[str, Any], goal: str, budgets: Budgets, started_at: float) -> Cursor:
    if not state:
        return Cursor(Session(goal, budgets, started_at))
    results = tuple(
        StepOutcome(r["skill"], r["input"], r["output"], r["error"], Rubric(*r["rubric"]) if r["rubric"] else None)
        for r in state["results"]
    )
    session = Session(
        goal, budgets, started_at, Status.EXECUTING,
        tuple(PlanStep(p["skill"], p["input_description"], p["reason"]) for p in state["plan"]),
        state["step_index"], state["iteration"], state["llm_calls"], results,
        tuple(Decision(Action(d["action"]), d["reason"], d["confidence"]) for d in state["decisions"]),
        state["working_memory"], state["guidance"], state["consecutive_failures"],
        tuple("\x00".join(pair) for pair in state["recent_actions"]),
    )  # fmt: skip
    pending = state.get("pending")  # absent from a state written before overrides were kept
    return Cursor(session, Phase(state["phase"]), state["step_input"], state["unusable"], question=state["question"],
                  pending=(str(pending[0]), str(pending[1])) if pending else None)  # fmt: skip
