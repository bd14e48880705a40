"""MCP access (``/access``): the endpoint's state and address, its keys —
listed masked, created (a privileged act: a 2FA code while two-factor is
on; the new key shown once, on this session's next view of the page) and
revoked."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, g, request

from alexclaw.config import McpSettings
from alexclaw.mcp import SCOPES, McpKeyOperations, list_keys
from alexclaw.web._common import acting, answer, approver
from alexclaw.web._render import render
from alexclaw.web._state import WebState

BACK = "/access"


def build(state: WebState) -> Blueprint:
    bp = Blueprint("mcp_pages", __name__)

    def operations() -> McpKeyOperations:
        return McpKeyOperations(approver(state), state.database, state.mcp.fp_key)

    @bp.get(BACK)
    async def access() -> Any:
        async with state.database.pool().acquire() as conn:
            keys = await list_keys(conn)
        shown = state.mcp_key_shown.take(g.web_session.id_hash)
        return await render(
            "mcp.html", keys=keys, scopes=SCOPES, new_key=shown[1] if shown else None,
            new_name=shown[0] if shown else None, serving=state.mcp.serving_now, tools=state.mcp.tool_count,
            settings=McpSettings.read(state.config), url=request.host_url.rstrip("/") + "/mcp",
        )  # fmt: skip

    @bp.post(f"{BACK}/keys")
    async def create() -> Any:
        form = await request.form
        session_id = g.web_session.id_hash
        days_text = str(form.get("expires_in_days", "") or "").strip()

        def show(name: str, token: str) -> str:
            # In this process's memory until the page's next view, never a cookie, a URL or a row.
            state.mcp_key_shown.keep(session_id, (name, token))
            return f"MCP key {name} created: copy it below, it is shown this once."

        # ASCII digits, few: str.isdigit() also admits superscripts and more digits than int() reads.
        plain = days_text.isascii() and days_text.isdigit() and len(days_text) <= 9
        expires = int(days_text) if plain else (None if not days_text else -1)
        created = await operations().create(
            acting(state), str(form.get("name", "")), form.getlist("scopes"), expires, show=show
        )
        return await answer(state, created, BACK)

    @bp.post(f"{BACK}/keys/<int:key_id>/revoke")
    async def revoke(key_id: int) -> Any:
        return await answer(state, await operations().revoke(acting(state), key_id), BACK)

    return bp
