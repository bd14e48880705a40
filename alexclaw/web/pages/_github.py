"""GitHub: the webhook's address and whether its secret is set, the
workflows bound to a repository's events (bind, change, remove — audited
operations), and the latest deliveries with what became of each."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, request, url_for

from alexclaw.web._common import acting, answer
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.webhooks import EVENTS, WebhookOperations, list_bindings, recent_deliveries
from alexclaw.workflows import list_workflows


def build(state: WebState) -> Blueprint:
    bp = Blueprint("github_pages", __name__)

    @bp.get("/github")
    async def github() -> Any:
        async with state.database.pool().acquire() as conn:
            bindings = await list_bindings(conn)
            deliveries = await recent_deliveries(conn, limit=50)
            workflows = await list_workflows(conn)
        return await render(
            "github.html", bindings=bindings, deliveries=deliveries, workflows=workflows, events=EVENTS,
            secret_set=bool(state.config.get("github.webhook_secret")),
            hook_url=request.host_url.rstrip("/") + "/webhooks/github",
        )  # fmt: skip

    @bp.post("/github/bindings")
    async def bind() -> Any:
        form = await request.form
        workflow = str(form.get("workflow_id", "")).strip()
        outcome = await WebhookOperations(state.database).bind(
            acting(state),
            int(workflow) if workflow.isdigit() and len(workflow) < 10 else 0,
            str(form.get("repository", "")),
            [e for e in form.getlist("events") if isinstance(e, str)],
            str(form.get("branches", "")).replace(",", " ").split(),
        )
        return await answer(state, outcome, url_for("github_pages.github"))

    @bp.post("/github/bindings/<int:workflow_id>/delete")
    async def unbind(workflow_id: int) -> Any:
        outcome = await WebhookOperations(state.database).unbind(acting(state), workflow_id)
        return await answer(state, outcome, url_for("github_pages.github"))

    return bp
