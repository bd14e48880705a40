"""The record step of ``invoke``: what ran, for whom, how it ended."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from alexclaw.security import record_audit
from alexclaw.storage import DatabaseHandle
from skills import ORIGIN_WORKFLOW, BranchKind, Invocation, InvokeStatus, SkillCaller
from skills.builtin import PRIVILEGED_SKILLS

SKILL_INVOKED: Final = "skill.invoked"


class AuditedInvocations:
    """``InvocationLog`` on the audit trail. A workflow step is the one
    exception: its run records the step (the ``skill_outcomes`` row and the
    run's ``step_results`` in one statement, with where the run went on), so
    a second row here would say the same thing twice. Every other caller —
    a skill calling another, and the ways in that arrive next (chat, MCP,
    remote nodes) — gets its row here, and so does every run of a privileged
    skill (the shell), a step's included, with the reason it failed or was
    refused. No input or output is written: the detail says who, from where,
    and how it ended."""

    def __init__(self, database: DatabaseHandle) -> None:
        self._database = database

    async def record(self, caller: SkillCaller, skill: str, invocation: Invocation, duration_ms: float) -> None:
        privileged = skill in PRIVILEGED_SKILLS
        if caller.origin == ORIGIN_WORKFLOW and caller.parent is None and not privileged:
            return
        detail: dict[str, Any] = {
            "origin": caller.origin,
            "status": invocation.status.value,
            "branch": invocation.outcome.branch,
            "run": caller.run_id,
            "depth": caller.depth,
            "duration_ms": round(duration_ms, 3),
        }
        result = invocation.outcome.result
        if privileged and invocation.kind is BranchKind.ERROR and isinstance(result, Mapping):
            detail["reason"] = str(result.get("error", ""))[:500]  # the layer that refused it; never the output
        outcome = "ok" if invocation.ran else ("denied" if invocation.status is InvokeStatus.DENIED else "error")
        if "reason" in detail:
            outcome = "error"  # a privileged skill that failed or refused: visible as such on the trail
        async with self._database.pool().acquire() as conn:
            await record_audit(conn, caller.principal, SKILL_INVOKED, f"skill:{skill}", outcome=outcome, detail=detail)
