"""The step editor: add, edit, remove and reorder a workflow's steps. The
form follows the chosen skill: its config fields, one route per declared
branch (plus ``default``; each to a position or "end"), input_from, and the
circuit-open and missing-skill policies. Every save re-checks the whole
step list (positions, route targets) before anything is written."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from alexclaw.security import Approval, record_audit
from alexclaw.web._common import actor, challenge_or_run, two_factor_on
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web.pages._workflow_forms import (
    CHOICES,
    branches_of,
    move_step,
    next_position,
    remove_step,
    schema_values,
    step_from_form,
    with_step,
)
from alexclaw.workflows import Step, Workflow, WorkflowError, get_workflow, guarded_change, save_steps


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
        body = await render(
            "step_edit.html", workflow=workflow, step=step, skill=skill, meta=meta,
            skills=state.skills.all(), values=values, extra=extra, branches=branches_of(meta),
            routes={r.branch: r.goto for r in step.routes} if step else {},
            positions=[s.position for s in workflow.steps if step is None or s.position != step.position],
            choices=CHOICES, error=error, form=form,
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
            detail = {"position": position, "skill": skill}
            if needs_code(workflow, steps):
                message = f"Step {position} ({step.label}) saved."
                description = f"Save step {position} of {workflow.name}, a workflow that requires 2FA"
                return await guarded(
                    workflow, steps, action="workflow.step_saved", detail=detail, description=description,
                    message=message, back=back,
                )  # fmt: skip
            await change(workflow, steps, "workflow.step_saved", detail)
        except WorkflowError as exc:
            return await editor(workflow, current, skill, status=400, error="; ".join(exc.errors), form=form)
        await flash(f"Step {position} ({step.label}) saved.", "success")
        return redirect(back)

    def needs_code(workflow: Workflow, steps: tuple[Step, ...]) -> bool:
        after = replace(workflow, steps=steps)
        return (
            two_factor_on(state) and guarded_change(workflow, after, steps_changed=steps != workflow.steps) is not None
        )

    async def guarded(
        workflow: Workflow, steps: tuple[Step, ...], *, action: str, detail: dict[str, Any], description: str,
        message: str, back: str,
) -> Any:  # fmt: skip
        """A step change to a workflow that requires 2FA: after a code."""

        async def run(approval: Approval) -> str:
            try:
                await change(workflow, steps, action, {**detail, "proof": approval.proof.value}, approval)
            except WorkflowError as exc:
                return "Not saved: " + "; ".join(exc.errors)
            return message

        return await challenge_or_run(state, "workflow.guarded_change", description, run, back)

    @bp.post("/workflows/<int:workflow_id>/steps")
    async def create(workflow_id: int) -> Any:
        return await save(await load(workflow_id), None)

    @bp.post("/workflows/<int:workflow_id>/steps/<int:position>")
    async def update(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        if all(s.position != position for s in workflow.steps):
            abort(404)
        return await save(workflow, position)

    async def change(
        workflow: Workflow, steps: tuple[Step, ...], action: str, detail: dict[str, Any],
        approval: Approval | None = None,
    ) -> None:  # fmt: skip
        assert workflow.id is not None
        async with state.database.pool().acquire() as conn, conn.transaction():
            await save_steps(conn, workflow.id, steps, approval=approval)
            await record_audit(conn, approval.actor if approval else actor(state), action, workflow.name, detail=detail)

    @bp.post("/workflows/<int:workflow_id>/steps/<int:position>/delete")
    async def delete(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        try:
            steps = remove_step(workflow.steps, position)
            if needs_code(workflow, steps):
                back = url_for("workflow_pages.edit", workflow_id=workflow_id) + "#steps"
                description = f"Remove step {position} of {workflow.name}, a workflow that requires 2FA"
                message = f"Step {position} removed."
                return await guarded(
                    workflow, steps, action="workflow.step_removed", detail={"position": position},
                    description=description, message=message, back=back,
                )  # fmt: skip
            await change(workflow, steps, "workflow.step_removed", {"position": position})
        except WorkflowError as exc:
            await flash("Not removed: " + "; ".join(exc.errors), "error")
        else:
            await flash(f"Step {position} removed.", "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=workflow_id) + "#steps")

    @bp.post("/workflows/<int:workflow_id>/steps/<int:position>/move")
    async def move(workflow_id: int, position: int) -> Any:
        workflow = await load(workflow_id)
        direction = str((await request.form).get("direction", ""))
        if direction not in {"up", "down"}:
            abort(400)
        try:
            moved = move_step(workflow.steps, position, direction)
            detail = {"position": position, "direction": direction}
            if needs_code(workflow, moved):
                back = url_for("workflow_pages.edit", workflow_id=workflow_id) + "#steps"
                description = f"Move step {position} of {workflow.name}, a workflow that requires 2FA"
                return await guarded(
                    workflow, moved, action="workflow.step_moved", detail=detail, description=description,
                    message="Step moved.", back=back,
                )  # fmt: skip
            await change(workflow, moved, "workflow.step_moved", detail)
        except WorkflowError as exc:
            await flash("Not moved: " + "; ".join(exc.errors), "error")
        return redirect(url_for("workflow_pages.edit", workflow_id=workflow_id) + "#steps")

    return bp
