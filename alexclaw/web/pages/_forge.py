"""The Forge page: a goal → the ``coder`` skill (through invoke, the web
as the caller) → what it wrote. Every generated file is shown, passing or
not; a passing one is staged, loaded only with a code on the Skills page."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, flash, redirect, request, url_for

from alexclaw.dynamic_skills import generated_files
from alexclaw.web._common import acting
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from skills import BranchKind, InvokeStatus, SkillCaller

CODER_TIMEOUT = 600.0  # a few model answers and as many sandboxed tries


def build(state: WebState) -> Blueprint:
    bp = Blueprint("forge_pages", __name__)

    @bp.get("/forge")
    async def forge() -> Any:
        root = state.services.dynamic_skills.root()
        return await render("forge.html", generated=generated_files(root))

    @bp.post("/forge")
    async def write() -> Any:
        form = await request.form
        goal = str(form.get("goal", "")).strip()[:2000]
        if not goal:
            await flash("Describe what the skill should do.", "error")
            return redirect(url_for("forge_pages.forge"))
        who = acting(state)
        config = {"workflow": form.get("workflow") is not None}
        invocation = await state.services.invoker.invoke(
            SkillCaller(who.actor, who.origin), "coder", goal, config=config, timeout=CODER_TIMEOUT
        )
        result = invocation.outcome.result if isinstance(invocation.outcome.result, dict) else {}
        if invocation.status is InvokeStatus.RAN and invocation.kind is not BranchKind.ERROR:
            await flash(
                f"The coder wrote {result.get('skill')}: staged, load it on the Skills page with a code.", "success"
            )
        else:
            await flash(f"The coder did not succeed: {invocation.reason}", "error")
        return redirect(url_for("forge_pages.forge"))

    return bp
