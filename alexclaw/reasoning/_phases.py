"""The loop's phases as plain functions over a ``Session``: reading the
model's plan, evaluation and decision (each validated, each failure a value
with its reason), the deterministic rules that decide without a model, the
guards against repeating an action or oscillating, and the budgets."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import Any

from alexclaw.reasoning._model import (
    Action,
    Decision,
    PlanStep,
    Quality,
    Rubric,
    Session,
    Status,
    StepOutcome,
)
from alexclaw.reasoning._reader import Unreadable, read_object

RUBRIC_KEYS = ("relevance", "completeness", "usability", "goal_progress")
REPEATS_FOR_DUPLICATE = 3  # the same skill with the same input this many times in a row
ADJUSTS_FOR_OSCILLATION = 2  # adjusted this often already, and confident: stop polishing
RECENT_ACTIONS = 10
COMPRESS_EVERY = 3
COMPRESS_ABOVE_CHARS = 500


@dataclass(frozen=True)
class Unusable:
    """A model answer the loop cannot use, and why (recorded on the step)."""

    reason: str


# --- plan -------------------------------------------------------------------


def read_plan(
    answer: str,
    *,
    whitelist: Collection[str],
    known: Collection[str],
    privileged: Collection[str],
    max_steps: int,
) -> tuple[PlanStep, ...] | Unusable:
    """The model's plan: ``{"steps": [{"skill", "input_description", "reason"}]}``.
    Every step's skill must exist, be whitelisted and not be privileged
    (privileged skills are refused even when whitelisted); at most
    ``max_steps`` steps. One bad step refuses the whole plan, naming it."""
    parsed = read_object(answer)
    if isinstance(parsed, Unreadable):
        return Unusable(f"the plan is not readable: {parsed}")
    return plan_steps(parsed.get("steps"), whitelist=whitelist, known=known, privileged=privileged, max_steps=max_steps)


def plan_steps(
    raw: Any, *, whitelist: Collection[str], known: Collection[str], privileged: Collection[str], max_steps: int
) -> tuple[PlanStep, ...] | Unusable:
    if not isinstance(raw, list) or not raw:
        return Unusable("the plan has no steps")
    if len(raw) > max_steps:
        return Unusable(f"the plan has {len(raw)} steps; at most {max_steps} are allowed")
    steps: list[PlanStep] = []
    for number, item in enumerate(raw, 1):
        if not isinstance(item, Mapping):
            return Unusable(f"step {number} is not an object")
        skill = str(item.get("skill") or "").strip()
        if not skill:
            return Unusable(f"step {number} names no skill")
        if skill not in known:
            return Unusable(f"step {number}: there is no skill {skill!r}")
        if skill in privileged:
            return Unusable(f"step {number}: {skill!r} is privileged and never runs in a reasoning session")
        if skill not in whitelist:
            return Unusable(f"step {number}: {skill!r} is not in reasoning.skill_whitelist")
        description = str(item.get("input_description") or item.get("input") or "").strip()
        steps.append(PlanStep(skill, description[:2000], str(item.get("reason") or "").strip()[:500]))
    return tuple(steps)


# --- execute ----------------------------------------------------------------


def read_step_input(answer: str) -> tuple[str, str | None] | Unusable:
    """The model's input for the next step and, optionally, its updated
    working memory: ``{"input": "...", "working_memory": "..."}``."""
    parsed = read_object(answer)
    if isinstance(parsed, Unreadable):
        return Unusable(f"the step input is not readable: {parsed}")
    value = parsed.get("input")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return Unusable("the answer has no text 'input' for the skill")
    memory = parsed.get("working_memory")
    return str(value), (memory if isinstance(memory, str) else None)


def action_key(skill: str, text: str) -> str:
    return f"{skill}\x00{text}"


def is_repeating(session: Session, skill: str, text: str) -> bool:
    """Would running ``skill`` on ``text`` be the same action a third time
    in a row?"""
    recent = session.recent_actions[-(REPEATS_FOR_DUPLICATE - 1) :]
    key = action_key(skill, text)
    return len(recent) == REPEATS_FOR_DUPLICATE - 1 and all(k == key for k in recent)


def record_result(session: Session, result: StepOutcome) -> Session:
    """The session after a step ran (or failed to): results, the failure
    streak, the recent actions, the plan cursor."""
    failures = session.consecutive_failures + 1 if result.error is not None else 0
    recent = (*session.recent_actions, action_key(result.skill, result.input))[-RECENT_ACTIONS:]
    return replace(
        session,
        results=(*session.results, result),
        consecutive_failures=failures,
        recent_actions=recent,
        step_index=session.step_index + 1,
    )


# --- evaluate ---------------------------------------------------------------


def read_rubric(answer: str) -> Rubric | Unusable:
    """Four scores 1-5 (numbers or numeric strings; clamped into range)."""
    parsed = read_object(answer)
    if isinstance(parsed, Unreadable):
        return Unusable(f"the evaluation is not readable: {parsed}")
    nested = parsed.get("rubric")
    source: Mapping[str, Any] = nested if isinstance(nested, Mapping) else parsed
    scores: list[float] = []
    for key in RUBRIC_KEYS:
        value = _number(source.get(key))
        if value is None:
            return Unusable(f"the evaluation has no number for {key!r}")
        scores.append(min(5.0, max(1.0, value)))
    return Rubric(*scores)


def evaluated(session: Session, rubric: Rubric) -> Session:
    """The last result graded; a failed grade counts towards the streak."""
    if not session.results:
        return session
    last = replace(session.results[-1], rubric=rubric)
    failures = session.consecutive_failures + 1 if rubric.quality is Quality.FAILED else session.consecutive_failures
    return replace(session, results=(*session.results[:-1], last), consecutive_failures=failures)


# --- decide -----------------------------------------------------------------


def decide_without_model(session: Session) -> Decision | None:
    """The deterministic rules, first: stuck at the threshold; the answer
    after the last step went well; continue while steps remain without
    failures. None: genuinely ambiguous, the model decides."""
    budgets = session.budgets
    if session.consecutive_failures >= budgets.stuck_threshold:
        return Decision(Action.STUCK, f"{session.consecutive_failures} consecutive failures")
    last = session.results[-1] if session.results else None
    on_last = session.step_index >= len(session.plan)
    went_well = last is not None and not last.failed and (last.rubric is None or last.rubric.quality is Quality.GOOD)
    if on_last and went_well and session.consecutive_failures == 0:
        return Decision(Action.SUMMARIZE, "every plan step ran and the last one went well")
    if not on_last and session.consecutive_failures == 0 and (last is None or not last.failed):
        return Decision(Action.CONTINUE, f"plan step {session.step_index + 1} of {len(session.plan)} remains")
    return None


def read_decision(
    answer: str,
    session: Session,
    *,
    whitelist: Collection[str],
    known: Collection[str],
    privileged: Collection[str],
) -> Decision | Unusable:
    """The model's choice: continue / adjust (with a valid new plan) /
    ask_user (with a question) / done (with an answer) / stuck. An adjust
    the session has already made twice while confident is turned into the
    final answer (oscillation guard)."""
    parsed = read_object(answer)
    if isinstance(parsed, Unreadable):
        return Unusable(f"the decision is not readable: {parsed}")
    raw_action = str(parsed.get("action") or parsed.get("decision") or "").strip().lower()
    try:
        action = Action(raw_action)
    except ValueError:
        return Unusable(f"unknown decision {raw_action!r} (continue, adjust, ask_user, done or stuck)")
    if action is Action.SUMMARIZE:
        return Unusable("unknown decision 'summarize' (continue, adjust, ask_user, done or stuck)")
    confidence = min(1.0, max(0.0, _number(parsed.get("confidence")) or 0.0))
    reason = str(parsed.get("reason") or "")[:1000]
    if action is Action.ADJUST:
        adjusts = sum(d.action is Action.ADJUST for d in session.decisions)
        if adjusts >= ADJUSTS_FOR_OSCILLATION and confidence >= session.budgets.done_confidence:
            return Decision(Action.SUMMARIZE, f"adjusted {adjusts} times already at confidence {confidence:.2f}")
        plan = plan_steps(
            parsed.get("new_plan"),
            whitelist=whitelist,
            known=known,
            privileged=privileged,
            max_steps=session.budgets.max_plan_steps,
        )
        if isinstance(plan, Unusable):
            return Unusable(f"the adjusted plan is refused: {plan.reason}")
        return Decision(action, reason, confidence, new_plan=plan)
    if action is Action.ASK_USER:
        question = str(parsed.get("question") or "").strip()
        if not question:
            return Unusable("ask_user without a question")
        return Decision(action, reason, confidence, question=question[:2000])
    if action is Action.DONE:
        return Decision(action, reason, confidence, answer=str(parsed.get("answer") or "")[:20_000])
    return Decision(action, reason, confidence)


def apply_decision(session: Session, decision: Decision) -> Session:
    """The session after a decision: a new plan restarts the cursor and
    counts an iteration; a question waits for the operator."""
    decided = replace(session, decisions=(*session.decisions, decision))
    if decision.action is Action.ADJUST:
        return replace(decided, plan=decision.new_plan, step_index=0, iteration=session.iteration + 1)
    if decision.action is Action.ASK_USER:
        return replace(decided, status=Status.WAITING_USER)
    if decision.action is Action.STUCK:
        return replace(decided, status=Status.STUCK)
    if decision.action is Action.CONTINUE and session.step_index >= len(session.plan):
        return replace(decided, iteration=session.iteration + 1)
    return decided


# --- budgets and memory ------------------------------------------------------


def over_budget(session: Session, now: float) -> str | None:
    """Why the session must end now, or None."""
    budgets = session.budgets
    if session.iteration > budgets.max_iterations:
        return f"the iteration budget ({budgets.max_iterations}) is spent"
    if session.llm_calls >= budgets.max_llm_calls:
        return f"the model-call budget ({budgets.max_llm_calls}) is spent"
    if now - session.started_at >= budgets.time_budget_seconds:
        return f"the time budget ({budgets.time_budget_seconds:.0f} s) is spent"
    return None


def needs_compression(session: Session) -> bool:
    return session.iteration % COMPRESS_EVERY == 0 and len(session.working_memory) > COMPRESS_ABOVE_CHARS


def best_result(session: Session) -> StepOutcome | None:
    """The best graded output so far (for a session that ends early)."""
    graded = [r for r in session.results if r.output and r.error is None]
    if not graded:
        return None
    return max(graded, key=lambda r: r.rubric.average if r.rubric is not None else 0.0)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None
