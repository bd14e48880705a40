"""The run operations: start, resume and cancel a run (through the
existing ``Runs`` front door, which admits, gates and audits the start),
clear finished runs and rate a step — written once for the pages, the chat
and the command line (the resource operations are ``_resource_operations``).

As ``_operations``: each takes the ``Acting`` principal, owns its
transaction and validation, writes its audit row under one action name and
answers with a value (``Done``, ``Invalid`` or a ``ChallengeView``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from alexclaw.security import (
    RUN_CANCELLED,
    RUNS_CLEARED,
    STEP_RATED,
    Acting,
    ChallengeView,
    Done,
    Invalid,
    Pools,
    record_audit,
)
from alexclaw.workflows._manager import RunTicket
from alexclaw.workflows._run_store import clear_runs, rate_step
from alexclaw.workflows._runs import RunRefused, Runs


class Started(NamedTuple):
    """A run admitted: its ticket, and how its message should be shown
    (``success``, or ``error`` when it already failed)."""

    ticket: RunTicket
    category: str


class Rated(NamedTuple):
    position: int
    skill: str


@dataclass(frozen=True, slots=True)
class RunOperations:
    database: Pools

    async def start(
        self, acting: Acting, runs: Runs, key: int | str, given: Any = None
    ) -> Done[Started] | Invalid | ChallengeView:
        """Run now (``given``: the input, already read by the caller). The
        run manager audits the start with its row (``RUN_STARTED``)."""
        try:
            started = await runs.start_manual(
                key, actor=acting.actor, origin=acting.origin, input=given, entry=acting.entry
            )
        except RunRefused as exc:
            return Invalid.of(str(exc))
        if isinstance(started, ChallengeView):
            return started
        message, category = await runs.what_happened(started)  # it may already have ended: say what happened
        return Done(message, Started(started, category))

    async def resume(self, acting: Acting, runs: Runs, run_id: int) -> Done[RunTicket] | Invalid | ChallengeView:
        """Continue an interrupted run (audited ``RUN_RESUMED`` by the run
        manager as it admits it: one row, from every way in)."""
        try:
            started = await runs.resume(run_id, actor=acting.actor, origin=acting.origin)
        except RunRefused as exc:
            return Invalid.of(str(exc))
        if isinstance(started, ChallengeView):
            return started
        return Done(f"Run {run_id} resumed ({started.status}).", started)

    async def cancel(self, acting: Acting, runs: Runs, run_id: int) -> Done[None] | Invalid:
        if not await runs.cancel(run_id):
            return Invalid.of(f"run {run_id} is not active on this node")
        async with self.database.pool().acquire() as conn:
            await record_audit(conn, acting.actor, RUN_CANCELLED, f"run:{run_id}")
        return Done(f"Run {run_id} cancelled: the step it was running is interrupted.", None)

    async def clear(self, acting: Acting, workflow_id: int | None) -> Done[int]:
        async with self.database.pool().acquire() as conn, conn.transaction():
            count = await clear_runs(conn, workflow_id=workflow_id)
            await record_audit(conn, acting.actor, RUNS_CLEARED, str(workflow_id or "all"))
        return Done(f"{count} finished runs cleared (active runs are kept).", count)

    async def rate(
        self, acting: Acting, run_id: int, position: int | None, value: int, feedback: str = ""
    ) -> Done[Rated] | Invalid:
        """Rate a step's outcome (``position`` None: the run's last step)."""
        async with self.database.pool().acquire() as conn, conn.transaction():
            rated, skill = await rate_step(conn, run_id, position, value, feedback or None)
            if rated is None or skill is None:
                step = "" if rated is None else str(rated)
                return Invalid.of(f"Run {run_id} has no recorded step {step}".strip() + ".")
            await record_audit(conn, acting.actor, STEP_RATED, f"run:{run_id}", detail={"step": rated})
        sign = "+" if value > 0 else "-"
        return Done(f"Rated step {rated} ({skill}) of run {run_id} {sign}.", Rated(rated, skill))
