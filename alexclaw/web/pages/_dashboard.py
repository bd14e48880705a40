"""Dashboard: node facts and the live tree."""

from __future__ import annotations

from typing import Any

from quart import Blueprint

from alexclaw.web._common import two_factor_on
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web._views import llm_usage_rows, node_facts, tree_rows, tree_table
from alexclaw.web.pages._discord import discord_status
from alexclaw.web.pages._telegram import telegram_status
from gateways import no_node_warning


def gateway_warnings(state: WebState) -> list[str]:
    """A configured gateway that no node runs (pinned to a node that is
    down, or nobody holds its lease), each with its fix in words."""
    connected = {p.name for p in state.services.cluster.view.read().peers if p.status == "connected"}
    views = (state.telegram_lease.read(), state.discord_lease.read())
    return [warning for view in views if (warning := no_node_warning(view, connected))]


def build(state: WebState) -> Blueprint:
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
            discord=discord_status(state),
            gateway_warnings=gateway_warnings(state),
            llm=llm_usage_rows(state),
            memory=state.memory_stats.read(),
        )

    return bp
