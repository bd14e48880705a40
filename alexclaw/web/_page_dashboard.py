"""Dashboard (node facts and the live tree) and the audit trail."""

from __future__ import annotations

import json
from typing import Any

from quart import Blueprint, request

from alexclaw.web._common import two_factor_on
from alexclaw.web._page_telegram import telegram_status
from alexclaw.web._render import render
from alexclaw.web._state import NodeState
from alexclaw.web._views import node_facts, tree_rows, tree_table

AUDIT_GROUPS = {
    "login": ("login.", "logout"),
    "config": ("config.",),
    "2fa": ("totp.", "challenge."),
    "sessions": ("session.", "block."),
    "shield": ("break_glass.", "shield."),
    "authorization": ("authz.", "policy.", "skill."),
}


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("dashboard_pages", __name__)

    @bp.get("/")
    async def dashboard() -> Any:
        database = await state.database.recently_reachable()
        return await render(
            "dashboard.html",
            state=state,
            facts=node_facts(state.started_at),
            database=database,
            tree=tree_table(tree_rows(state.root)),
            two_factor=two_factor_on(state),
            # Snapshots only: the home page asks no actor and no table.
            active=state.runs.active() if state.runs else [],
            upcoming=state.schedule.read()[:1],
            telegram=telegram_status(state),
        )

    @bp.get("/audit")
    async def audit() -> Any:
        group = request.args.get("group", "")
        outcome = request.args.get("outcome", "")
        clauses, params = [], []
        if group in AUDIT_GROUPS:
            ors = []
            for prefix in AUDIT_GROUPS[group]:
                params.append(prefix + ("%" if prefix.endswith(".") else ""))
                ors.append(f"action LIKE ${len(params)}")
            clauses.append("(" + " OR ".join(ors) + ")")
        if outcome in {"ok", "denied"}:
            params.append(outcome)
            clauses.append(f"outcome = ${len(params)}")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        async with state.database.pool().acquire() as conn:
            rows = await conn.fetch(
                f"SELECT id, at, actor, action, target, outcome, detail::text AS detail FROM audit_log {where} "  # noqa: S608
                "ORDER BY id DESC LIMIT 200",
                *params,
            )
        entries = [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]
        return await render("audit.html", entries=entries, group=group, outcome=outcome, groups=AUDIT_GROUPS)

    return bp
