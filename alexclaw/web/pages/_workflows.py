"""Workflows: list and filter, create and edit (schedule presets, a cron
preview of the next five fires), delete, duplicate, run now, export and
import (AlexClaw's v1 JSON). Saving a schedule on a workflow that requires
2FA asks for a TOTP code; so does starting it by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from quart import Blueprint, Response, abort, flash, redirect, request, url_for

from alexclaw.config import timezone_error
from alexclaw.inputs import InputError
from alexclaw.security import WORKFLOW_DUPLICATED, WORKFLOW_IMPORTED, Approval, ChallengeView, no_approval, record_audit
from alexclaw.web._auth import safe_next
from alexclaw.web._common import actor, challenge_or_run, two_factor_on
from alexclaw.web._render import render
from alexclaw.web._state import NodeState
from alexclaw.web.pages._workflow_forms import SCHEDULE_PRESETS, workflow_from_form
from alexclaw.workflows import (
    MAX_DOCUMENT_BYTES,
    MAX_INPUT_CHARS,
    PROVIDERS,
    RunRefused,
    Workflow,
    WorkflowError,
    credentials_to_reenter,
    cron_error,
    delete_workflow,
    duplicate_workflow,
    export_workflow,
    get_workflow,
    guarded_change,
    import_document,
    import_guarded,
    known_nodes,
    list_resources,
    list_runs,
    list_workflows,
    load_document,
    next_fires,
    parse_document,
    reenter_message,
    run_input,
    save_workflow,
    workflow_resources,
)

MAX_IMPORT_BYTES = MAX_DOCUMENT_BYTES


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("workflow_pages", __name__)

    def timezone() -> str:
        tz = str(state.config.get("scheduler.timezone", "UTC") or "UTC")
        return "UTC" if timezone_error(tz) else tz

    async def list_page(status: int = 200, import_errors: tuple[str, ...] = (), form: Any = None) -> Any:
        query = request.args.get("q", "").strip().lower()
        shown = request.args.get("show", "all")
        async with state.database.pool().acquire() as conn:
            workflows = await list_workflows(conn, with_steps=True)
        if query:
            workflows = [w for w in workflows if query in w.name.lower() or query in w.description.lower()]
        if shown in {"enabled", "disabled"}:
            workflows = [w for w in workflows if w.enabled == (shown == "enabled")]
        body = await render(
            "workflows.html", workflows=workflows, query=query, shown=shown, import_errors=import_errors,
            form=form or {}, presets=SCHEDULE_PRESETS,
        )  # fmt: skip
        return body, status

    @bp.get("/workflows")
    async def index() -> Any:
        return await list_page()

    @bp.post("/workflows")
    async def create() -> Any:
        form = await request.form
        workflow = workflow_from_form(form, None)
        why = guarded_change(None, workflow)
        if why is not None and two_factor_on(state):
            return await save_with_challenge(workflow, why, "/workflows")
        try:
            async with state.database.pool().acquire() as conn, conn.transaction():
                workflow_id = await save_workflow(conn, workflow, here=state.node_name)
                await record_audit(conn, actor(state), "workflow.created", workflow.name)
        except WorkflowError as exc:
            await flash("Not created: " + "; ".join(exc.errors), "error")
            return redirect(url_for("workflow_pages.index"))
        await flash(f"Workflow {workflow.name} created. Add its steps below.", "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=workflow_id))

    async def edit_page(workflow: Workflow, status: int = 200, error: str | None = None) -> Any:
        assert workflow.id is not None
        async with state.database.pool().acquire() as conn:
            attached = await workflow_resources(conn, workflow.id)
            resources = await list_resources(conn)
            runs = await list_runs(conn, workflow_id=workflow.id, limit=10)
            nodes = sorted(await known_nodes(conn, state.node_name))
        body = await render(
            "workflow_edit.html", workflow=workflow, attached=attached, providers=PROVIDERS, nodes=nodes,
            available=[r for r in resources if r.id not in {a.id for a in attached}], runs=runs,
            skills={m.name: m for m in state.skills.all()}, presets=SCHEDULE_PRESETS, timezone=timezone(),
            error=error, preview=preview(workflow.schedule or ""),
        )  # fmt: skip
        return body, status

    async def load(workflow_id: int) -> Workflow:
        async with state.database.pool().acquire() as conn:
            workflow = await get_workflow(conn, workflow_id)
        if workflow is None:
            abort(404)
        return workflow

    @bp.get("/workflows/<int:workflow_id>")
    async def edit(workflow_id: int) -> Any:
        return await edit_page(await load(workflow_id))

    @bp.post("/workflows/<int:workflow_id>")
    async def update(workflow_id: int) -> Any:
        current = await load(workflow_id)
        workflow = workflow_from_form(await request.form, current)
        why = guarded_change(current, workflow)
        if why is not None and two_factor_on(state):  # e.g. a scheduled run needs no code later: the approval is now
            return await save_with_challenge(workflow, why, url_for("workflow_pages.edit", workflow_id=workflow_id))
        try:
            async with state.database.pool().acquire() as conn, conn.transaction():
                await save_workflow(conn, workflow, here=state.node_name)
                await record_audit(conn, actor(state), "workflow.updated", workflow.name)
        except WorkflowError as exc:
            return await edit_page(workflow, 400, "; ".join(exc.errors))
        await flash(f"Workflow {workflow.name} saved.", "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=workflow_id))

    async def save_with_challenge(workflow: Workflow, why: str, back: str) -> Any:
        problem = cron_error(workflow.schedule) if workflow.schedule else None
        if problem:  # refuse what is invalid before asking for a code
            await flash(f"Not saved: schedule: {problem}", "error")
            return redirect(back)
        who = actor(state)

        async def run(approval: Approval) -> str:
            try:
                async with state.database.pool().acquire() as conn, conn.transaction():
                    await save_workflow(conn, workflow, approval=approval, here=state.node_name)
                    detail = {"cron": workflow.schedule, "why": why, "proof": approval.proof.value}
                    await record_audit(conn, who, "workflow.guarded_change_approved", workflow.name, detail=detail)
            except WorkflowError as exc:
                return "Not saved: " + "; ".join(exc.errors)
            return f"Workflow {workflow.name} saved" + (
                f" with its schedule {workflow.schedule}." if workflow.schedule else "."
            )

        description = f"Save workflow {workflow.name}: {why}"
        return await challenge_or_run(state, "workflow.guarded_change", description, run, back)

    @bp.post("/workflows/<int:workflow_id>/delete")
    async def delete(workflow_id: int) -> Any:
        workflow = await load(workflow_id)
        async with state.database.pool().acquire() as conn, conn.transaction():
            await delete_workflow(conn, workflow_id)
            await record_audit(conn, actor(state), "workflow.deleted", workflow.name)
        await flash(f"Workflow {workflow.name} deleted (its run history is kept).", "success")
        return redirect(url_for("workflow_pages.index"))

    @bp.post("/workflows/<int:workflow_id>/duplicate")
    async def duplicate(workflow_id: int) -> Any:
        async with state.database.pool().acquire() as conn, conn.transaction():
            copy_id = await duplicate_workflow(conn, workflow_id)
            if copy_id is not None:
                await record_audit(conn, actor(state), WORKFLOW_DUPLICATED, f"workflow:{workflow_id}",
                                   detail={"copy": copy_id})  # fmt: skip
        if copy_id is None:
            abort(404)
        await flash("Copied: the copy is disabled and has no schedule.", "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=copy_id))

    @bp.post("/workflows/<int:workflow_id>/run")
    async def run_now(workflow_id: int) -> Any:
        assert state.runs is not None
        form = await request.form
        back = safe_next(str(form.get("next") or ""), url_for("run_pages.runs"))
        text = str(form.get("input", "") or "")
        if len(text) > MAX_INPUT_CHARS:
            await flash(f"Not started: input: at most {MAX_INPUT_CHARS // 1024} KB", "error")
            return redirect(back)
        who = actor(state)
        try:
            given = run_input(text)
        except InputError as exc:
            await flash(f"Not started: {exc}", "error")
            return redirect(back)
        try:
            started = await state.runs.start_manual(workflow_id, actor=who, origin="web", input=given)
        except RunRefused as exc:
            await flash(f"Not started: {exc}", "error")
            return redirect(back)
        if isinstance(started, ChallengeView):
            return redirect(url_for("config_pages.challenge", challenge_id=started.id, next=back))
        # The run manager audited the start with its row; it may already have ended: say what happened.
        message, category = await state.runs.what_happened(started)
        await flash(message, category)
        return redirect(back)

    @bp.get("/workflows/<int:workflow_id>/export")
    async def export(workflow_id: int) -> Any:
        async with state.database.pool().acquire() as conn:
            document = await export_workflow(conn, workflow_id)
        if document is None:
            abort(404)
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in document["workflow"]["name"])[:80]
        response = Response(json.dumps(document, indent=2), content_type="application/json")
        response.headers["Content-Disposition"] = f'attachment; filename="{name or "workflow"}.json"'
        return response

    @bp.post("/workflows/import")
    async def import_() -> Any:
        form = await request.form
        files = await request.files
        upload = files.get("file")
        text = str(form.get("document", "") or "")
        if upload is not None and upload.filename:
            raw = upload.read(MAX_IMPORT_BYTES + 1)
            if len(raw) > MAX_IMPORT_BYTES:
                return await list_page(400, (f"file: larger than {MAX_IMPORT_BYTES // 1024} KB",))
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return await list_page(400, ("file: not UTF-8 text",))
        if not text.strip():
            return await list_page(400, ("document: choose a file or paste the JSON",))
        try:
            data = load_document(text)
        except InputError as exc:
            return await list_page(400, (str(exc),), {"document": text})
        try:
            parsed, _ = parse_document(data)  # every problem listed before anything else
        except WorkflowError as exc:
            return await list_page(400, exc.errors, {"document": text})
        who = actor(state)
        imported: list[int] = []
        enable = form.get("enable") is not None  # imports arrive disabled unless asked

        async def run(approval: Approval) -> str:
            async with state.database.pool().acquire() as conn, conn.transaction():
                workflow = await import_document(conn, data, approval=approval, enable=enable, here=state.node_name)
                await record_audit(conn, who, WORKFLOW_IMPORTED, workflow.name, detail={"enabled": enable})
            imported.append(workflow.id or 0)
            reenter = reenter_message(credentials_to_reenter(data))
            if enable:
                return f"Imported as {workflow.name}, enabled. {reenter}".rstrip()
            return f"Imported as {workflow.name}, disabled: enable it here when it is ready. {reenter}".rstrip()

        why = import_guarded(parsed)
        if why is not None and two_factor_on(state):  # flagged or scheduled: approved now, or never

            async def approved(approval: Approval) -> str:
                try:
                    return await run(approval)
                except WorkflowError as exc:
                    return "Not imported: " + "; ".join(exc.errors)

            description = f"Import workflow {parsed.name}: {why}"
            return await challenge_or_run(
                state, "workflow.import", description, approved, url_for("workflow_pages.index")
            )
        try:
            await flash(await run(no_approval(who)), "success")
        except WorkflowError as exc:  # e.g. a name race: still a clear answer
            return await list_page(400, exc.errors, {"document": text})
        return redirect(url_for("workflow_pages.edit", workflow_id=imported[0]))

    def preview(expr: str) -> dict[str, Any]:
        if not expr.strip():
            return {"ok": True, "error": None, "next": [], "utc": []}
        problem = cron_error(expr)
        if problem:
            return {"ok": False, "error": problem, "next": [], "utc": []}
        tz = timezone()
        zone = ZoneInfo(tz)
        fires = next_fires(expr, tz, datetime.now(UTC), 5)
        shown = [f.astimezone(zone).strftime("%a %Y-%m-%d %H:%M %Z") for f in fires]
        # "utc" (ISO) is for the hover, as on every page's times; "next" is as it was.
        return {"ok": True, "error": None, "next": shown, "utc": [f.astimezone(UTC).isoformat() for f in fires]}

    @bp.get("/workflows/cron-preview")
    async def cron_preview() -> Any:
        return {**preview(request.args.get("expr", "")[:200]), "timezone": timezone()}

    return bp
