"""The step editor: add, edit, remove and reorder a workflow's steps. The
form follows the chosen skill: its config fields, one route per declared
branch (plus ``default``; each to a position or "end"), input_from, and the
circuit-open and missing-skill policies. Every save re-checks the whole
step list (positions, route targets) before anything is written."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from alexclaw.security import STEP_MOVED, STEP_REMOVED, STEP_SAVED, Done, Invalid
from alexclaw.web._common import Answer, acting, answer, approver, step_check
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web.pages._workflow_forms import (
    CHOICES,
    branches_of,
    move_step,
    next_position,
    preset_form,
    remove_step,
    schema_values,
    step_from_form,
    with_step,
)
from alexclaw.workflows import Step, Workflow, WorkflowError, WorkflowOperations, get_workflow


def build(state: WebState) -> Blueprint:
    bp = Blueprint("step_pages", __name__)

    async def load(workflow_id: int) -> Workflow:
        async with state.database.pool().acquire() as conn:
            workflow = await get_workflow(conn, workflow_id)
        if workflow is None:
            abort(404)
        return workflow

    async def editor(
        workflow: Workflow, step: Step | None, skill: str, *, status: int = 200, error: str | None = None,
        form: Any = None,
    ) -> Any:  # fmt: skip
        registered = state.skills.get(skill) if skill else None
        meta = registered.meta if registered else None
        values, extra = schema_values(step, meta)
        preset = request.args.get("preset", "")
        if form is None:
            form = preset_form(meta, preset)
        body = await render(
            "step_edit.html", workflow=workflow, step=step, skill=skill, meta=meta,
            skills=state.skills.all(), values=values, extra=extra, branches=branches_of(meta),
            routes={r.branch: r.goto for r in step.routes} if step else {},
            positions=[s.position for s in workflow.steps if step is None or s.position != step.position],
            choices=CHOICES, error=error, form=form, preset=preset,
        )  # fmt: skip
        return body, status

    @bp.get("/workflows/<int:workflow_id>/steps/new")
    async def new(workflow_id: int) -> Any:
        workflow = await load(workflow_id)
        return await editor(workflow, None, request.args.get("skill", ""))

    @bp.get("/workflows/<int:workflow_id>/steps/<int:position>")
    async def edit(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        step = next((s for s in workflow.steps if s.position == position), None)
        if step is None:
            abort(404)
        return await editor(workflow, step, request.args.get("skill", step.skill))

    async def save(workflow: Workflow, replacing: int | None) -> Any:
        assert workflow.id is not None
        form = await request.form
        skill = str(form.get("skill", "")).strip()
        registered = state.skills.get(skill)
        position = replacing if replacing is not None else next_position(workflow.steps)
        current = next((s for s in workflow.steps if s.position == replacing), None)
        back = url_for("workflow_pages.edit", workflow_id=workflow.id) + "#steps"
        try:
            step = step_from_form(form, registered.meta if registered else None, position)
            steps = with_step(workflow.steps, step, replacing)
        except WorkflowError as exc:
            return await editor(workflow, current, skill, status=400, error="; ".join(exc.errors), form=form)
        saved = await change(
            workflow,
            steps,
            STEP_SAVED,
            {"position": position, "skill": skill},
            f"Step {position} ({step.label}) saved.",
        )
        if isinstance(saved, Invalid):
            return await editor(workflow, current, skill, status=400, error=saved.message(), form=form)
        return await answer(state, saved, back)

    async def change(
        workflow: Workflow, steps: tuple[Step, ...], action: str, detail: dict[str, Any], message: str
    ) -> Answer:
        """The step operation: a workflow that requires 2FA changes after a code."""
        operations = WorkflowOperations(approver(state), state.node_name, step_check(state))
        return await operations.change_steps(
            acting(state), workflow, steps, action=action, detail=detail, message=message
        )

    @bp.post("/workflows/<int:workflow_id>/steps")
    async def create(workflow_id: int) -> Any:
        return await save(await load(workflow_id), None)

    @bp.post("/workflows/<int:workflow_id>/steps/<int:position>")
    async def update(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        if all(s.position != position for s in workflow.steps):
            abort(404)
        return await save(workflow, position)

    @bp.post("/workflows/<int:workflow_id>/steps/<int:position>/delete")
    async def delete(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        back = url_for("workflow_pages.edit", workflow_id=workflow_id) + "#steps"
        try:
            steps = remove_step(workflow.steps, position)
        except WorkflowError as exc:
            await flash("Not removed: " + "; ".join(exc.errors), "error")
            return redirect(back)
        removed = await change(workflow, steps, STEP_REMOVED, {"position": position}, f"Step {position} removed.")
        return await answer(state, removed, back, refused="Not removed: ")

    @bp.post("/workflows/<int:workflow_id>/steps/<int:position>/move")
    async def move(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        direction = str((await request.form).get("direction", ""))
        if direction not in {"up", "down"}:
            abort(400)
        back = url_for("workflow_pages.edit", workflow_id=workflow_id) + "#steps"
        try:
            moved = move_step(workflow.steps, position, direction)
        except WorkflowError as exc:
            await flash("Not moved: " + "; ".join(exc.errors), "error")
            return redirect(back)
        outcome = await change(
            workflow, moved, STEP_MOVED, {"position": position, "direction": direction}, "Step moved."
        )
        if isinstance(outcome, Done):
            return redirect(back)  # moved at once: the list shows it
        return await answer(state, outcome, back, refused="Not moved: ")

    return bp
