"""Services: each part the node talks to (database, Telegram, each LLM
provider, embeddings, GitHub webhooks, two-factor), its state and the reason
when it is down, with a Check button each that runs the part's real check
(``alexclaw.service_status``). The last result of each check stays on the
page until the next."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, abort, redirect, request, url_for

from alexclaw.service_status import ServiceParts, Status
from alexclaw.web._render import render
from alexclaw.web._state import WebState


def build(state: WebState) -> Blueprint:
    bp = Blueprint("service_pages", __name__)
    checked: dict[str, Status] = {}  # the last real check of each part, shown until the next

    def parts() -> ServiceParts:
        return ServiceParts(
            state.database, state.config, state.telegram_status, state.llm_providers, state.llm, state.embedder,
            state.google, discord=state.discord_status, backups=state.backups,
        )  # fmt: skip

    @bp.get("/services")
    async def services() -> Any:
        rows = [checked.get(row.part, row) for row in parts().overview()]
        return await render("services.html", rows=rows)

    @bp.post("/services/check")
    async def check() -> Any:
        part = str((await request.form).get("part", ""))[:200]
        status = await parts().check(part)
        if status is None:
            abort(404)
        checked[part] = status
        return redirect(url_for("service_pages.services") + "#" + part.replace(":", "-"))

    return bp
