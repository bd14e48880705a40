"""The reasoning loop's core (issue 25, first part): a goal pursued in
phases — plan, execute, evaluate, decide — as plain functions over an
immutable ``Session``, and the tolerant reader for the JSON a model writes.
The session actor, persistence, delivery and the UI build on these; the
front ends see sessions only through the ``ReasoningDesk``."""

from alexclaw.reasoning._desk import (
    BudgetUse,
    DeskAnswer,
    EventKind,
    ReasoningDesk,
    SessionSummary,
    SessionView,
    StepRecord,
    TimelineEvent,
)
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
    decide_without_model,
    evaluated,
    is_repeating,
    needs_compression,
    over_budget,
    plan_steps,
    read_decision,
    read_plan,
    read_rubric,
    read_step_input,
    record_result,
)
from alexclaw.reasoning._reader import Unreadable, read_object

__all__ = [
    "Action",
    "DeskAnswer",
    "BudgetUse",
    "EventKind",
    "ReasoningDesk",
    "SessionSummary",
    "SessionView",
    "StepRecord",
    "TimelineEvent",
    "Budgets",
    "Decision",
    "PlanStep",
    "Quality",
    "Unusable",
    "Rubric",
    "Session",
    "Status",
    "StepOutcome",
    "Unreadable",
    "apply_decision",
    "best_result",
    "decide_without_model",
    "evaluated",
    "is_repeating",
    "needs_compression",
    "over_budget",
    "plan_steps",
    "read_decision",
    "read_object",
    "read_plan",
    "read_rubric",
    "read_step_input",
    "record_result",
]
