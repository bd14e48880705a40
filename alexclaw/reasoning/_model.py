"""The reasoning session's state: immutable values the phase functions read
and return changed copies of. The session actor (thin) holds the current
one; persistence writes each step as it happens."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Status(StrEnum):
    PLANNING = "planning"
    EXECUTING = "executing"
    EVALUATING = "evaluating"
    DECIDING = "deciding"
    PAUSED = "paused"
    WAITING_USER = "waiting_user"
    COMPLETED = "completed"
    FAILED = "failed"
    STUCK = "stuck"
    ABORTED = "aborted"
    INTERRUPTED = "interrupted"

    @property
    def finished(self) -> bool:
        return self in {Status.COMPLETED, Status.FAILED, Status.STUCK, Status.ABORTED}


class Action(StrEnum):
    """What the decide phase may choose."""

    CONTINUE = "continue"
    ADJUST = "adjust"
    ASK_USER = "ask_user"
    DONE = "done"
    STUCK = "stuck"
    SUMMARIZE = "summarize"  # deterministic: the last step went well, write the answer


class Quality(StrEnum):
    GOOD = "good"
    PARTIAL = "partial"
    FAILED = "failed"


@dataclass(frozen=True)
class Budgets:
    """Enforced, never advisory. The values come from the reasoning.*
    settings (their defaults are in the catalog)."""

    max_iterations: int
    max_llm_calls: int
    time_budget_seconds: float
    step_timeout_seconds: float
    max_plan_steps: int
    stuck_threshold: int
    done_confidence: float


@dataclass(frozen=True)
class PlanStep:
    skill: str
    input_description: str
    reason: str = ""


@dataclass(frozen=True)
class Rubric:
    """Four criteria, each 1-5."""

    relevance: float
    completeness: float
    usability: float
    goal_progress: float

    @property
    def average(self) -> float:
        return (self.relevance + self.completeness + self.usability + self.goal_progress) / 4

    @property
    def quality(self) -> Quality:
        if self.average >= 3.5:
            return Quality.GOOD
        if self.average >= 2.0:
            return Quality.PARTIAL
        return Quality.FAILED


@dataclass(frozen=True)
class StepOutcome:
    """One executed step: what ran, with what, and how it went."""

    skill: str
    input: str
    output: str | None
    error: str | None
    rubric: Rubric | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None or (self.rubric is not None and self.rubric.quality is Quality.FAILED)


@dataclass(frozen=True)
class Decision:
    action: Action
    reason: str
    confidence: float = 0.0
    question: str = ""
    new_plan: tuple[PlanStep, ...] = ()
    answer: str = ""


@dataclass(frozen=True)
class Session:
    goal: str
    budgets: Budgets
    started_at: float  # monotonic
    status: Status = Status.PLANNING
    plan: tuple[PlanStep, ...] = ()
    step_index: int = 0  # the plan step to run next
    iteration: int = 1
    llm_calls: int = 0
    results: tuple[StepOutcome, ...] = ()
    decisions: tuple[Decision, ...] = ()
    working_memory: str = ""
    guidance: str = ""  # the operator's latest steer, shown to every later prompt
    consecutive_failures: int = 0
    recent_actions: tuple[str, ...] = field(default=())  # "skill\x00input" of the last steps, newest last

    def counted_call(self) -> Session:
        return replace(self, llm_calls=self.llm_calls + 1)
