"""Google: the connection's status (connected as …, expired, revoked, off
and why), Connect (a one-time authorization link bound to this browser
session, then off to Google) and Disconnect; and the OAuth callback
``GET /oauth/google/callback``, which needs no login (a link sent to a
chat may be opened in any browser) because the one-time state is the
proof — a state a web session asked for must come back in that session."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, g, redirect, request, url_for

from alexclaw.google import CALLBACK_PATH, GOOGLE_SCOPES, Connected, web_binding
from alexclaw.security import Done, Invalid
from alexclaw.web._common import acting, answer
from alexclaw.web._guard import SESSION_COOKIE
from alexclaw.web._render import render
from alexclaw.web._sessions import hash_id, load_session
from alexclaw.web._state import WebState


def build(state: WebState) -> Blueprint:
    bp = Blueprint("google_pages", __name__)

    @bp.get("/google")
    async def google() -> Any:
        operations = state.google
        return await render(
            "google.html", status=operations.status.read(), configured=operations.credentials() is not None,
            redirect_uri=operations.redirect_uri(), scopes=GOOGLE_SCOPES,
        )  # fmt: skip

    @bp.post("/google/connect")
    async def connect() -> Any:
        started = await state.google.connect(acting(state), web_binding(g.web_session.id_hash))
        if isinstance(started, Invalid):
            return await answer(state, started, url_for("google_pages.google"))
        return redirect(started.value)  # to Google's consent page

    @bp.post("/google/disconnect")
    async def disconnect() -> Any:
        return await answer(state, await state.google.disconnect(acting(state)), url_for("google_pages.google"))

    @bp.get(CALLBACK_PATH)
    async def callback() -> Any:
        # A public path: the guard looked for no session, so the callback finds the browser's own (if any).
        raw = request.cookies.get(SESSION_COOKIE, "")
        session = state.sessions.get(hash_id(raw)) if raw else None
        if session is None and raw and state.database.available:
            async with state.database.pool().acquire() as conn:
                session = await load_session(conn, raw)
        args = request.args
        done = await state.google.callback(
            acting(state), str(args.get("state", ""))[:300], str(args.get("code", ""))[:2100],
            str(args.get("error", ""))[:100], session.id_hash if session is not None else None,
        )  # fmt: skip
        if isinstance(done, Invalid):
            return await render("google_callback.html", ok=False, message=done.message()), 400
        return await render("google_callback.html", ok=True, message=_said(done))

    return bp


def _said(done: Done[Connected]) -> str:
    if done.value.from_chat:
        return f"{done.message} Return to your chat: /tasks and /calendar work now."
    return done.message
