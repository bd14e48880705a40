"""Shield: mode, recent events, hits by category, and break-glass."""

from __future__ import annotations

import time
from typing import Any

from quart import Blueprint, flash, redirect, request, url_for

from alexclaw.security import DURATIONS, Approval, BreakGlassError, review_sources
from alexclaw.web._common import actor, challenge_or_run, two_factor_on
from alexclaw.web._render import render
from alexclaw.web._state import WebState


def proxy_panel(state: WebState) -> dict[str, Any]:
    """Whether the shield proxy answers, why not, and what it has done."""
    keyed = bool(state.config.get("shield.proxy_api_key"))
    upstream = str(state.config.get("shield.proxy_upstream_url") or "")
    why_not = None
    if not keyed:
        why_not = "shield.proxy_api_key is not set: every request gets 401"
    elif not upstream:
        why_not = "shield.proxy_upstream_url is not set: requests get 503"
    return {
        "on": why_not is None,
        "why_not": why_not,
        "upstream": upstream,
        "url": request.host_url.rstrip("/") + "/v1",
        "outcomes": sorted(state.proxy_outcomes.items()),
    }


def build(state: WebState) -> Blueprint:
    bp = Blueprint("shield_pages", __name__)

    @bp.get("/shield")
    async def shield() -> Any:
        async with state.database.pool().acquire() as conn:
            events = await conn.fetch(
                "SELECT at, direction, verdict, score, rules, excerpt, enforced, break_glass_id, source "
                "FROM shield_events ORDER BY id DESC LIMIT 50"
            )
            by_category = await conn.fetch(
                "SELECT category, count(*) AS hits FROM shield_events, unnest(categories) AS category "
                "WHERE at > now() - interval '7 days' GROUP BY category ORDER BY hits DESC"
            )
            windows = await conn.fetch(
                "SELECT id, reason, actor, started_at, ends_at, ended_at, retro FROM break_glass "
                "ORDER BY id DESC LIMIT 10"
            )
        window = state.break_glass_window.read()
        return await render(
            "shield.html",
            mode=state.config.get("shield.mode"),
            events=events,
            by_category=by_category,
            windows=windows,
            window=window,
            minutes_left=max(int((window.ends_at - time.time()) // 60) + 1, 0) if window else 0,
            durations=DURATIONS,
            two_factor=two_factor_on(state),
            proxy=proxy_panel(state),
            review_allowed=sorted(review_sources(state.config.get("shield.review_allowed_sources"))),
        )

    @bp.post("/shield/mode")
    async def mode() -> Any:
        wanted = str((await request.form).get("mode", ""))
        if wanted not in {"block", "observe"}:
            await flash("The mode is block or observe.", "error")
            return redirect(url_for("shield_pages.shield"))
        who = actor(state)

        async def run(approval: Approval) -> str:
            await state.config.set("shield.mode", wanted, actor=who, approval=approval)
            return f"Shield mode is now {wanted}."

        return await challenge_or_run(state, "shield.mode", f"Set the shield to {wanted} mode", run, "/shield")

    @bp.post("/shield/break-glass")
    async def open_window() -> Any:
        form = await request.form
        reason = " ".join(str(form.get("reason", "")).split())
        try:
            minutes = int(str(form.get("minutes", "")))
        except ValueError:
            minutes = 0
        if not two_factor_on(state):
            await flash("Break-glass needs two-factor authentication: set it up on the Security page first.", "error")
            return redirect(url_for("shield_pages.shield"))
        if len(reason) < 10 or minutes not in DURATIONS:
            await flash("Give a reason of at least 10 characters and one of the durations offered.", "error")
            return redirect(url_for("shield_pages.shield"))
        who = actor(state)

        async def run(_: Approval) -> str:
            try:
                window = await state.break_glass.start(reason, minutes, actor=who)
            except BreakGlassError as exc:
                return f"Break-glass refused: {exc}"
            return f"Break-glass is open for {minutes} minutes (window {window.id})."

        description = f"Open break-glass for {minutes} minutes: {reason}"
        return await challenge_or_run(state, "break_glass.start", description, run, "/shield")

    @bp.post("/shield/break-glass/end")
    async def end_window() -> Any:
        try:
            summary = await state.break_glass.end(actor=actor(state))
        except BreakGlassError as exc:
            await flash(str(exc), "error")
        else:
            await flash(
                f"Break-glass closed. Re-scanned {summary.scanned} texts: {summary.would_block} would have been "
                f"blocked, {summary.would_review} flagged for review.",
                "error" if summary.would_block else "success",
            )
        return redirect(url_for("shield_pages.shield"))

    return bp
