"""What running a skill through ``invoke`` takes and gives back.

``invoke`` itself belongs to the application (it needs the policy engine,
the sanitizer and the database); these are the values it trades in, so a
skill's SkillAPI (``run_skill``) and every other caller speak the same
words without importing the application."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from skills._contract import BranchKind, SkillOutcome

ORIGIN_SKILL: Final = "skill"  # a skill calling another through its SkillAPI
ORIGIN_WORKFLOW: Final = "workflow"  # a workflow run's step
ORIGIN_MCP: Final = "mcp"  # an MCP client's tool call (the policy decides as for caller type mcp)


@dataclass(frozen=True, slots=True)
class CallerState:
    """The skill a SkillAPI acts for: what it declared, how deep in a chain
    it runs, the capability token it holds and the run it serves."""

    skill: str
    declared: frozenset[str]
    caller_type: str = "dynamic"
    chain_depth: int = 0
    token: str | None = None
    run_id: str | None = None
    # The outside source the call came from ("mcp": an MCP client asked), kept
    # down a chain: the shield refuses its REVIEW prompts unless allowed.
    outside: str | None = None


@dataclass(frozen=True, slots=True)
class SkillCaller:
    """Who runs a skill. ``principal`` names them for the audit (the
    operator, ``workflow:<name>``, the calling skill); ``origin`` is the way
    in: ``web``, ``cli``, ``chat``, ``workflow``, ``skill``, later ``mcp`` and
    ``node:<name>``. ``parent`` is set when a skill calls another: the
    policy decision is then the parent's (``skill_invoke`` one level
    deeper) and the target's token is the parent's, narrowed. ``tool`` is
    the MCP tool an ``mcp`` call came through (``mcp_restriction`` matches
    it)."""

    principal: str
    origin: str
    run_id: str | None = None
    parent: CallerState | None = None
    tool: str | None = None

    @classmethod
    def skill(cls, parent: CallerState) -> SkillCaller:
        return cls(parent.skill, ORIGIN_SKILL, parent.run_id, parent)

    @property
    def depth(self) -> int:
        """The chain depth the invoked skill runs at."""
        return 0 if self.parent is None else self.parent.chain_depth + 1


class InvokeStatus(StrEnum):
    """How an invocation ended. Only ``RAN`` means the skill answered; every
    other status is a value the caller matches — ``invoke`` never raises for
    a refusal, an open breaker, an overrun or a crash."""

    RAN = "ran"
    DENIED = "denied"  # the policy decision said no (audited by the authorizer)
    MISSING = "missing"  # no skill of that name is registered
    CIRCUIT_OPEN = "circuit_open"  # its breaker is open: the skill was not called
    TIMED_OUT = "timed_out"  # it overran its time limit (the breaker counted it)
    CRASHED = "crashed"  # it raised (the breaker counted it)


@dataclass(frozen=True, slots=True)
class Invocation:
    """The result of ``invoke``: the skill's outcome (for a refusal, an
    overrun or a crash, an error outcome saying why), what the branch means
    as the skill declared it, and for a crash or an overrun the exception
    itself (a calling skill gets it raised again, as if it had called the
    target directly)."""

    status: InvokeStatus
    outcome: SkillOutcome
    kind: BranchKind
    crash: Exception | None = None
    sanitized: bool = False  # the output of an external skill went through the sanitizer

    @property
    def ran(self) -> bool:
        return self.status is InvokeStatus.RAN

    @property
    def reason(self) -> str:
        """Why it did not run (or failed), as the error outcome says."""
        result = self.outcome.result
        return str(result.get("error", "")) if isinstance(result, dict) else str(result)
