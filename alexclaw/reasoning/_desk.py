"""What the front ends see of reasoning sessions: the ``ReasoningDesk``
(held in ``Services.reasoning``) and the values it answers. The Chat page's
Reasoning mode and the chat's ``/reason`` commands talk only to this; the
session actors, their supervisor and persistence stand behind it.

Every request is an operation: it takes the front end's ``Acting``, is
audited, and answers a value — ``Done`` when it was accepted (its message
to show), ``Invalid`` when the input or the session's state refuses it
(a resume of a finished session, an empty goal, no provider). Control
requests (pause, resume, abort, steer, add context, answer, override) take
effect at once: the session's LLM and skill calls never block its mailbox.

The timeline is the session's events in order (``seq`` from 1): everything
persisted after ``after_seq`` first, then live events until the session
finishes, is interrupted, or the subscriber goes away. A front end that
reconnects passes the last ``seq`` it saw and misses nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from alexclaw.reasoning._model import PlanStep, Status
from alexclaw.security import Acting, Done, Invalid


class EventKind(StrEnum):
    """What a timeline event reports."""

    STATUS = "status"  # the session's status changed (data: status, reason)
    PLAN = "plan"  # a plan was made or adjusted (data: steps [{skill, input_description, reason}])
    STEP = "step"  # a recorded step (data: the StepRecord's fields)
    QUESTION = "question"  # the session asks the operator (data: question)
    GUIDANCE = "guidance"  # the operator steered, added context, answered or overrode (data: kind, text)
    RESULT = "result"  # the final answer (data: answer, confidence, sources)
    BUDGET = "budget"  # the budgets used so far, after a move that changed them and at the end (data: BudgetUse's)


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    session_id: int
    seq: int
    kind: EventKind
    at: datetime
    data: Mapping[str, Any]  # JSON-safe; secrets already masked


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One persisted step of a session: a phase's work and what came of it.
    Prompts and responses are stored with secrets masked."""

    seq: int
    iteration: int
    phase: str  # plan, execute, evaluate, compress, decide, deliver
    skill: str | None
    input: str | None
    output: str | None
    error: str | None
    rubric: Mapping[str, float] | None  # relevance, completeness, usability, goal_progress
    decision: str | None  # the Action chosen, for a decide step
    confidence: float | None
    guidance: str | None
    prompt: str | None
    response: str | None
    duration_ms: int
    at: datetime


@dataclass(frozen=True, slots=True)
class BudgetUse:
    iterations: int
    max_iterations: int
    llm_calls: int
    max_llm_calls: int
    elapsed_seconds: float
    time_budget_seconds: float


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    goal: str
    status: Status
    reason: str  # why it ended (or is waiting): shown beside the status
    confidence: float | None
    started_at: datetime
    finished_at: datetime | None
    origin: str  # web, cli, telegram, discord


@dataclass(frozen=True, slots=True)
class SessionView:
    summary: SessionSummary
    plan: tuple[PlanStep, ...]
    steps: tuple[StepRecord, ...]
    budgets: BudgetUse
    question: str | None  # the open question when status is waiting_user
    guidance: str  # the operator's latest steer
    result: str | None  # the final answer once completed (or the best so far when a budget ended it)
    sources: tuple[str, ...] = field(default=())  # the skills/URLs the result was built from
    resumable: bool = False  # interrupted (or paused) and may be resumed


DeskAnswer = Done[None] | Invalid


class ReasoningDesk(Protocol):
    """The front ends' one door to reasoning sessions (see the module doc)."""

    async def start(self, acting: Acting, goal: str) -> Done[int] | Invalid: ...

    async def pause(self, acting: Acting, session_id: int) -> DeskAnswer: ...

    async def resume(self, acting: Acting, session_id: int) -> DeskAnswer: ...

    async def abort(self, acting: Acting, session_id: int) -> DeskAnswer: ...

    async def steer(self, acting: Acting, session_id: int, guidance: str) -> DeskAnswer: ...

    async def add_context(self, acting: Acting, session_id: int, text: str) -> DeskAnswer: ...

    async def answer(self, acting: Acting, session_id: int, text: str) -> DeskAnswer: ...

    async def override_step(self, acting: Acting, session_id: int, skill: str, input_text: str) -> DeskAnswer: ...

    async def view(self, session_id: int) -> SessionView | None: ...

    async def recent(self, limit: int = 20) -> tuple[SessionSummary, ...]: ...

    def timeline(self, session_id: int, after_seq: int = 0) -> AsyncIterator[TimelineEvent]: ...
