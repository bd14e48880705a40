"""``/login`` and ``/logout``: constant-time password check behind the
shared "wrong secret" limiter (per source address), a fresh session id on
every login (no fixation), bound to the password and 2FA state it was made
under, POST-only logout."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, Final
from urllib.parse import unquote, urlsplit

from quart import Blueprint, flash, g, make_response, redirect, request, url_for

from alexclaw.security import CSRF_REFUSED, constant_time_equals, record_audit, source_key, tally_refusal
from alexclaw.storage import Connection
from alexclaw.web._guard import SESSION_COOKIE, client_ip, is_https, login_csrf, session_fingerprint
from alexclaw.web._render import render
from alexclaw.web._sessions import WebSession, bound_to, create_session, delete_session, hash_id
from alexclaw.web._state import NodeState

# Browsers drop tabs and line breaks from a URL and read a backslash as "/":
# "/<TAB>/evil.com" and "/<BACKSLASH>evil.com" are both "//evil.com" to them.
_CONTROL: Final = re.compile("[\x00-\x1f\x7f]")
MAX_NEXT: Final = 2000


def _local_path(text: str) -> bool:
    if not text.startswith("/") or text.startswith("//") or "\\" in text or _CONTROL.search(text):
        return False
    parts = urlsplit(text)
    return not parts.scheme and not parts.netloc


def safe_next(target: str | None, fallback: str = "/") -> str:
    """The one check of every redirect target (``next``, a back link):
    ``target`` if it is a path on this site, else ``fallback``. Refused:
    another host (``//x``, ``/\\x``, ``\\\\x``), a scheme, control characters,
    and any of these behind one or more layers of percent-encoding."""
    if not target or len(target) > MAX_NEXT:
        return fallback
    decoded = target
    for _ in range(3):
        if not _local_path(decoded):
            return fallback
        once_more = unquote(decoded)
        if once_more == decoded:
            return target
        decoded = once_more
    return fallback  # encoded three times over: no page of ours links like that


async def open_session(state: NodeState, conn: Connection, ip: str, bound: str) -> tuple[str, WebSession, int]:
    """A new session (raw cookie value, the session, its lifetime in hours)."""
    hours = int(state.config.get("auth.session_hours", 8))
    agent = request.headers.get("User-Agent", "")
    raw, session = await create_session(conn, ip, agent, timedelta(hours=hours), bound)
    return raw, session, hours


def set_session_cookie(state: NodeState, response: Any, raw: str, hours: int) -> None:
    response.set_cookie(
        SESSION_COOKIE, raw, max_age=hours * 3600, httponly=True, samesite="Lax", secure=is_https(state), path="/"
    )


async def renew_session(state: NodeState, response: Any) -> None:
    """After this request changed the 2FA state (with a code), its session
    gets a successor bound to the new state, so the operator who turned 2FA
    on or off is not logged out mid-flow; every other session has ended."""
    old: WebSession | None = g.get("web_session")
    current = session_fingerprint(state)
    if old is None or current is None or bound_to(old, current):
        return
    ip = client_ip(state)
    async with state.database.pool().acquire() as conn:
        await delete_session(conn, old.id_hash)
        state.sessions.evict(old.id_hash)
        raw, session, hours = await open_session(state, conn, ip, current)
        detail = {"session": session.short_id, "previous": old.short_id}
        await record_audit(conn, f"ip:{ip}", "session.renewed", "admin", detail=detail)
    g.web_session = session
    set_session_cookie(state, response, raw, hours)


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
        password = state.admin_password

        async def right() -> bool:
            return constant_time_equals(str(form.get("password", "")), password)

        attempt = await state.limiter.attempt(source_key(ip), right, actor=f"ip:{ip}", what="login password")
        async with state.database.pool().acquire() as conn:
            if not attempt.checked:  # blocked: the password was not looked at, and the block starts again
                await record_audit(conn, f"ip:{ip}", "login.blocked", "admin", outcome="denied")
                return await login_page(429, "Too many failed attempts. Try again later.", attempt.retry_after)
            if not attempt.passed:
                await record_audit(conn, f"ip:{ip}", "login.failure", "admin", outcome="denied")
                if attempt.locked:
                    await record_audit(conn, f"ip:{ip}", "login.block", "admin", outcome="denied")
                    return await login_page(429, "Too many failed attempts. Try again later.", attempt.retry_after)
                return await login_page(401, "Wrong password.")
            bound = session_fingerprint(state)
            if bound is None:  # the password went away during the request: fail closed
                return await login_page(403, "Login is disabled: ADMIN_PASSWORD is not set on this node.")
            old = request.cookies.get(SESSION_COOKIE)
            if old:
                await delete_session(conn, hash_id(old))
                state.sessions.evict(hash_id(old))
            raw, session, hours = await open_session(state, conn, ip, bound)
            await record_audit(conn, f"ip:{ip}", "login.success", "admin", detail={"session": session.short_id})
        response = redirect(safe_next(str(form.get("next", "")) or request.args.get("next")))
        set_session_cookie(state, response, raw, hours)
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
