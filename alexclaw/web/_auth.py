"""``/login`` and ``/logout``: constant-time password check, per-IP blocks,
a fresh session id on every login (no fixation), POST-only logout."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from quart import Blueprint, flash, g, make_response, redirect, request, url_for

from alexclaw.security import CSRF_REFUSED, constant_time_equals, record_audit, tally_refusal
from alexclaw.web._guard import SESSION_COOKIE, client_ip, is_https, login_csrf
from alexclaw.web._limiter import block_policy, clear, record_failure, seconds_blocked
from alexclaw.web._render import render
from alexclaw.web._sessions import create_session, delete_session, hash_id
from alexclaw.web._state import NodeState


def safe_next(target: str | None) -> str:
    """Only a local path: never an open redirect to another site."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("auth", __name__)

    async def login_page(status: int = 200, error: str | None = None, retry_after: int = 0) -> Any:
        body = await render(
            "login.html",
            error=error,
            enabled=bool(state.admin_password),
            next=safe_next(request.args.get("next")),
            retry_after=retry_after,
        )
        response = await make_response(body, status)
        if retry_after:
            response.headers["Retry-After"] = str(retry_after)
        return response

    @bp.get("/login")
    async def login() -> Any:
        return await login_page()

    @bp.post("/login")
    async def login_submit() -> Any:
        form = await request.form
        if not state.admin_password:  # fail closed: no password, no way in
            return await login_page(403, "Login is disabled: ADMIN_PASSWORD is not set on this node.")
        if not constant_time_equals(str(form.get("csrf_token", "")), login_csrf()):
            tally_refusal(CSRF_REFUSED, f"ip:{client_ip(state)}", request.path)
            return await login_page(403, "The form expired. Please try again.")
        ip = client_ip(state)
        max_attempts, block_seconds = block_policy(state.config)
        async with state.database.pool().acquire() as conn:
            waiting = await seconds_blocked(conn, ip)
            if waiting:
                # A failure while blocked blocks again for the full duration.
                await record_failure(conn, ip, max_attempts, block_seconds)
                await record_audit(conn, f"ip:{ip}", "login.blocked", "admin", outcome="denied")
                return await login_page(429, "Too many failed attempts. Try again later.", block_seconds)
            if not constant_time_equals(str(form.get("password", "")), state.admin_password):
                blocked = await record_failure(conn, ip, max_attempts, block_seconds)
                await record_audit(conn, f"ip:{ip}", "login.failure", "admin", outcome="denied")
                if blocked:
                    await record_audit(conn, f"ip:{ip}", "login.block", "admin", outcome="denied")
                    return await login_page(429, "Too many failed attempts. Try again later.", blocked)
                return await login_page(401, "Wrong password.")
            await clear(conn, ip)
            old = request.cookies.get(SESSION_COOKIE)
            if old:
                await delete_session(conn, hash_id(old))
                state.sessions.evict(hash_id(old))
            hours = int(state.config.get("auth.session_hours", 8))
            raw, session = await create_session(conn, ip, request.headers.get("User-Agent", ""), timedelta(hours=hours))
            await record_audit(conn, f"ip:{ip}", "login.success", "admin", detail={"session": session.short_id})
        response = redirect(safe_next(str(form.get("next", "")) or request.args.get("next")))
        response.set_cookie(
            SESSION_COOKIE,
            raw,
            max_age=hours * 3600,
            httponly=True,
            samesite="Lax",
            secure=is_https(state),
            path="/",
        )
        return response

    @bp.post("/logout")
    async def logout() -> Any:
        session = g.get("web_session")
        if session is not None:
            async with state.database.pool().acquire() as conn:
                await delete_session(conn, session.id_hash)
                state.sessions.evict(session.id_hash)
                await record_audit(conn, f"ip:{client_ip(state)}", "logout", "admin")
        await flash("You are logged out.", "info")
        response = redirect(url_for("auth.login"))
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    return bp
