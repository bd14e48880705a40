"""Runs (active ones live over server-sent events, with Cancel; history
with expandable step results, Resume for interrupted runs, Clear; each run's
own page ``/runs/<id>``: input, steps, errors, the definition it ran, its
audit rows), the Scheduler (next fires, run now) and attaching resources to
a workflow (the Resources page itself is ``_resources``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from quart import Blueprint, Response, abort, flash, redirect, request, url_for

from alexclaw.inputs import parse_id
from alexclaw.security import Invalid, audit_of
from alexclaw.web._auth import safe_next
from alexclaw.web._common import acting, answer
from alexclaw.web._events import event_stream, until
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.workflows import (
    FINISHED,
    RUNS_TOPIC,
    ResourceOperations,
    RunOperations,
    get_run,
    list_runs,
    list_workflows,
    run_counts,
    step_inputs,
)

STATUSES = ("queued", "running", *FINISHED)
REFRESH_SECONDS = 15.0


def _int(value: Any, field: str) -> int | None:
    """An id from a form or a query: None when absent; one that is not a
    whole number, or does not fit its column, is a 400 naming the field."""
    return parse_id(str(value or ""), field)


CANCEL_WAIT_SECONDS = 5.0  # a cancelled run ends at once; past this the page says what it knows


def _back(wanted: str, default: str) -> str:
    """A local path to return to (never another site): the one check."""
    return safe_next(wanted, default)


def build(state: WebState) -> Blueprint:
    bp = Blueprint("run_pages", __name__)
    run_operations = RunOperations(state.database)
    resource_operations = ResourceOperations(state.database)

    def active_json() -> list[dict[str, Any]]:
        return [{**asdict(run), "progress": run.progress} for run in state.runs.active()] if state.runs else []

    @bp.get("/runs")
    async def runs() -> Any:
        workflow_id = _int(request.args.get("workflow"), "workflow")
        status = request.args.get("status") or None
        if status not in STATUSES:
            status = None
        async with state.database.pool().acquire() as conn:
            history = await list_runs(conn, workflow_id=workflow_id, status=status, limit=100)
            workflows = await list_workflows(conn)
            counts = await run_counts(conn, workflow_id=workflow_id)
        return await render(
            "runs.html", history=history, active=active_json(), workflows=workflows, workflow_id=workflow_id,
            status=status, statuses=STATUSES, counts=counts,
        )  # fmt: skip

    @bp.get("/runs/<int:run_id>")
    async def run_page(run_id: int) -> Any:
        async with state.database.pool().acquire() as conn:
            run = await get_run(conn, run_id)
            if run is None:
                abort(404)
            audit = await audit_of(conn, f"run:{run_id}")
        active = next((a for a in state.runs.active() if a.run_id == run_id), None) if state.runs else None
        definition = run.definition if isinstance(run.definition, dict) else {}
        input_from = {d.get("position"): d.get("input_from") for d in definition.get("steps", [])}
        inputs = step_inputs(run.input, run.step_results, input_from)
        return await render("run.html", run=run, active=active, audit=audit, step_inputs=inputs)

    @bp.get("/events/runs")
    async def run_stream() -> Response:
        return await event_stream(state, RUNS_TOPIC, "runs", active_json, REFRESH_SECONDS)

    @bp.post("/runs/<bigint:run_id>/cancel")
    async def cancel(run_id: int) -> Any:
        back = _back(str((await request.form).get("next") or ""), url_for("run_pages.runs"))
        runs = state.runs
        cancelled = await run_operations.cancel(acting(state), runs, run_id)
        if isinstance(cancelled, Invalid):
            await flash(f"Run {run_id} is not active here.", "error")
            return redirect(back)
        # The step in flight is interrupted at once: wait (briefly) for the
        # run to end, so the page the operator lands on says it has.
        await until(RUNS_TOPIC, lambda: all(r.run_id != run_id for r in runs.active()), CANCEL_WAIT_SECONDS)
        await flash(cancelled.message, "success")
        return redirect(back)

    @bp.post("/runs/<bigint:run_id>/resume")
    async def resume(run_id: int) -> Any:
        back = _back(str((await request.form).get("next") or ""), url_for("run_pages.runs"))
        resumed = await run_operations.resume(acting(state), state.runs, run_id)
        return await answer(state, resumed, back, refused="Not resumed: ")

    @bp.post("/runs/clear")
    async def clear() -> Any:
        workflow_id = _int((await request.form).get("workflow"), "workflow")
        cleared = await run_operations.clear(acting(state), workflow_id)
        await flash(cleared.message, "success")
        return redirect(url_for("run_pages.runs"))

    @bp.get("/scheduler")
    async def scheduler() -> Any:
        async with state.database.pool().acquire() as conn:
            workflows = await list_workflows(conn)
        scheduled = {e.workflow_id for e in state.schedule.read()}
        elsewhere = [w for w in workflows if w.schedule and w.id not in scheduled]
        return await render(
            "scheduler.html", entries=state.schedule.read(), elsewhere=elsewhere, node=state.node_name,
            timezone=str(state.config.get("scheduler.timezone")),
        )  # fmt: skip

    # -- a workflow's resources (the Resources page is ``_resources``) ---------

    @bp.post("/workflows/<int:workflow_id>/resources")
    async def attach(workflow_id: int) -> Any:
        form = await request.form
        resource_id = _int(form.get("resource_id"), "resource_id")
        role = str(form.get("role", "input")).strip()[:50] or "input"
        if resource_id is None:
            await flash("Choose a resource to attach.", "error")
        else:
            attached = await resource_operations.attach(acting(state), workflow_id, resource_id, role)
            if isinstance(attached, Invalid):  # either one is gone
                abort(404)
            await flash(attached.message, "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=workflow_id) + "#resources")

    @bp.post("/workflows/<int:workflow_id>/resources/<int:resource_id>/detach")
    async def detach(workflow_id: int, resource_id: int) -> Any:
        detached = await resource_operations.detach(acting(state), workflow_id, resource_id)
        await flash(detached.message, "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=workflow_id) + "#resources")

    return bp
