"""Workflows: list and filter, create and edit (schedule presets, a cron
preview of the next five fires), delete, duplicate, run now, run on
another node of the cluster, export and import (AlexClaw's v1 JSON). Saving a schedule on a workflow that requires
2FA asks for a TOTP code; so does starting it by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from quart import Blueprint, Response, abort, flash, redirect, request, url_for

from alexclaw.config import timezone_error
from alexclaw.inputs import InputError
from alexclaw.security import Done, Invalid
from alexclaw.web._auth import safe_next
from alexclaw.web._common import acting, answer, approver, step_check
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web.pages._workflow_forms import SCHEDULE_PRESETS, workflow_from_form
from alexclaw.workflows import (
    MAX_DOCUMENT_BYTES,
    MAX_INPUT_CHARS,
    ClusterOperations,
    RunOperations,
    Workflow,
    WorkflowOperations,
    cron_error,
    export_workflow,
    get_workflow,
    known_nodes,
    list_resources,
    list_runs,
    list_workflows,
    load_document,
    next_fires,
    run_input,
    workflow_resources,
)

MAX_IMPORT_BYTES = MAX_DOCUMENT_BYTES


def read_run_input(form: Any) -> Any:
    """A run's input from the form's ``input`` field (JSON or text, at most
    ``MAX_INPUT_CHARS``), or the ``InputError`` saying why not."""
    text = str(form.get("input", "") or "")
    if len(text) > MAX_INPUT_CHARS:
        return InputError("input", f"at most {MAX_INPUT_CHARS // 1024} KB")
    try:
        return run_input(text)
    except InputError as exc:
        return exc


def build(state: WebState) -> Blueprint:
    bp = Blueprint("workflow_pages", __name__)

    def operations() -> WorkflowOperations:
        return WorkflowOperations(approver(state), state.node_name, step_check(state))

    def timezone() -> str:
        tz = str(state.config.get("scheduler.timezone"))
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
        saved = await operations().save(acting(state), None, workflow_from_form(form, None))
        if not isinstance(saved, Done) or saved.value is None:  # parked, refused, or saved after a code
            return await answer(state, saved, "/workflows", refused="Not created: ")
        await flash(saved.message, "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=saved.value))

    async def edit_page(workflow: Workflow, status: int = 200, error: str | None = None) -> Any:
        assert workflow.id is not None
        async with state.database.pool().acquire() as conn:
            attached = await workflow_resources(conn, workflow.id)
            resources = await list_resources(conn)
            runs = await list_runs(conn, workflow_id=workflow.id, limit=10)
            nodes = sorted(await known_nodes(conn, state.node_name))
        providers = [p.name for p in state.llm_providers.read()]
        cluster = state.services.cluster
        peers = [p.name for p in cluster.view.read().peers if p.status == "connected"]
        body = await render(
            "workflow_edit.html", workflow=workflow, attached=attached, providers=providers, nodes=nodes,
            cluster_on=cluster.settings.enabled, peers=peers,
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
        # A guarded change (e.g. a schedule: a scheduled run asks for no code later) is approved now.
        saved = await operations().save(acting(state), current, workflow)
        back = url_for("workflow_pages.edit", workflow_id=workflow_id)
        if isinstance(saved, Invalid):  # the form again, with every problem
            return await edit_page(workflow, 400, saved.message())
        return await answer(state, saved, back, refused="Not saved: ")

    @bp.post("/workflows/<int:workflow_id>/delete")
    async def delete(workflow_id: int) -> Any:
        deleted = await operations().delete(acting(state), await load(workflow_id))
        if isinstance(deleted, Invalid):
            abort(404)
        await flash(deleted.message, "success")
        return redirect(url_for("workflow_pages.index"))

    @bp.post("/workflows/<int:workflow_id>/duplicate")
    async def duplicate(workflow_id: int) -> Any:
        copied = await operations().duplicate(acting(state), workflow_id)
        if isinstance(copied, Invalid):
            abort(404)
        await flash(copied.message, "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=copied.value))

    @bp.post("/workflows/<int:workflow_id>/run")
    async def run_now(workflow_id: int) -> Any:
        form = await request.form
        back = safe_next(str(form.get("next") or ""), url_for("run_pages.runs"))
        given = read_run_input(form)
        if isinstance(given, InputError):
            await flash(f"Not started: {given}", "error")
            return redirect(back)
        started = await RunOperations(state.database).start(acting(state), state.runs, workflow_id, given)
        if not isinstance(started, Done):
            return await answer(state, started, back, refused="Not started: ")
        await flash(started.message, started.value.category)
        return redirect(back)

    @bp.post("/workflows/<int:workflow_id>/run-on-node")
    async def run_on_node(workflow_id: int) -> Any:
        workflow = await load(workflow_id)
        form = await request.form
        back = url_for("workflow_pages.edit", workflow_id=workflow_id)
        given = read_run_input(form)
        if isinstance(given, InputError):
            await flash(f"Not started: {given}", "error")
            return redirect(back)
        node = str(form.get("node", "") or "")[:100]
        operations = ClusterOperations(approver(state), state.database, state.services.cluster)
        started = await operations.run_on_node(acting(state), node, workflow.name, given)
        if isinstance(started, Done):
            await flash(started.message, "success" if started.value is not None else "error")
            return redirect(back)
        return await answer(state, started, back, refused="Not started: ")

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
        enable = form.get("enable") is not None  # imports arrive disabled unless asked
        # Every problem is listed before anything else; flagged or scheduled: approved now, or never.
        imported = await operations().import_(acting(state), data, enable=enable)
        if isinstance(imported, Invalid):
            return await list_page(400, imported.errors, {"document": text})
        if not isinstance(imported, Done) or imported.value is None:
            return await answer(state, imported, url_for("workflow_pages.index"))
        await flash(imported.message, "success")
        return redirect(url_for("workflow_pages.edit", workflow_id=imported.value.id))

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
