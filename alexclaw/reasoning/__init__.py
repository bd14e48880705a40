"""The reasoning loop's core (issue 25, first part): a goal pursued in
phases — plan, execute, evaluate, decide — as plain functions over an
immutable ``Session``, and the tolerant reader for the JSON a model writes.
The session actors (``_actor``, under ``tree``'s DynamicSupervisor),
persistence (``_store``), the moves between phases (``_loop``) and the desk
(``_operations``, ``Services.reasoning``) build on these; the front ends see
sessions only through the ``ReasoningDesk``."""

from alexclaw.reasoning._actor import REASONING_TOPIC, SessionActor, session_name
from alexclaw.reasoning._calls import ORIGIN_REASONING
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
from alexclaw.reasoning._loop import final_answer
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
from alexclaw.reasoning._operations import ReasoningOperations
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
from alexclaw.reasoning._ports import Deliver, ModelPort, ReasoningPorts, whitelist_of
from alexclaw.reasoning._reader import Unreadable, read_object
from alexclaw.reasoning.tree import REASONING_NAME, SESSIONS_NAME, reasoning_spec

__all__ = [
    "ORIGIN_REASONING",
    "REASONING_NAME",
    "REASONING_TOPIC",
    "SESSIONS_NAME",
    "Deliver",
    "ModelPort",
    "ReasoningOperations",
    "ReasoningPorts",
    "SessionActor",
    "final_answer",
    "reasoning_spec",
    "session_name",
    "whitelist_of",
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
