"""``/login`` and ``/logout``: constant-time password check behind the
shared "wrong secret" limiter (per source address), a fresh session id on
every login (no fixation), bound to the password and 2FA state it was made
under, POST-only logout.

While two-factor is on (and ``auth.login_requires_code``, the default), the
right password opens no session: it leaves a *pending login* in the signed
pre-login cookie — when, from which address, and an HMAC of the password and
2FA state it was made under; no secret — valid for ``PENDING_SECONDS``.
``/login/code`` then takes a TOTP or recovery code through ``check_code``
(the operator's limiter and lockout, like every other code), and only a
right one opens the session. A changed password or 2FA state, another
address, or an old pending login means the password again."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from datetime import timedelta
from typing import Any, Final
from urllib.parse import unquote, urlsplit

from quart import Blueprint, flash, g, make_response, redirect, request, session, url_for

from alexclaw.security import (
    CSRF_REFUSED,
    CodeResult,
    check_code,
    constant_time_equals,
    record_audit,
    secret_in_force,
    source_key,
    tally_refusal,
)
from alexclaw.storage import Connection
from alexclaw.web._guard import SESSION_COOKIE, client_ip, is_https, login_csrf, session_fingerprint
from alexclaw.web._render import render
from alexclaw.web._sessions import WebSession, bound_to, create_session, delete_session, hash_id
from alexclaw.web._state import WebState

# Browsers drop tabs and line breaks from a URL and read a backslash as "/":
# "/<TAB>/evil.com" and "/<BACKSLASH>evil.com" are both "//evil.com" to them.
_CONTROL: Final = re.compile("[\x00-\x1f\x7f]")
MAX_NEXT: Final = 2000
PENDING_LOGIN: Final = "pending_login"  # key in the signed pre-login cookie
PENDING_SECONDS: Final = 300.0
TOO_MANY: Final = "Too many failed attempts. Try again later."


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


async def open_session(state: WebState, conn: Connection, ip: str, bound: str) -> tuple[str, WebSession, int]:
    """A new session (raw cookie value, the session, its lifetime in hours)."""
    hours = int(state.config.get("auth.session_hours"))
    agent = request.headers.get("User-Agent", "")
    raw, session = await create_session(conn, ip, agent, timedelta(hours=hours), bound)
    return raw, session, hours


def set_session_cookie(state: WebState, response: Any, raw: str, hours: int) -> None:
    response.set_cookie(
        SESSION_COOKIE, raw, max_age=hours * 3600, httponly=True, samesite="Lax", secure=is_https(state), path="/"
    )


async def renew_session(state: WebState, response: Any) -> None:
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
        raw, successor, hours = await open_session(state, conn, ip, current)
        state.recovery_shown.move(old.id_hash, successor.id_hash)
        detail = {"session": successor.short_id, "previous": old.short_id}
        await record_audit(conn, f"ip:{ip}", "session.renewed", "admin", detail=detail)
    g.web_session = successor
    set_session_cookie(state, response, raw, hours)


def login_wants_code(state: WebState) -> bool:
    """Whether the password alone is not enough to log in now."""
    return secret_in_force(state.config) is not None and bool(state.config.get("auth.login_requires_code"))


def _pending_binding(state: WebState, bound: str) -> str:
    return hmac.new(state.session_key, b"alexclaw pending login v1\x00" + bound.encode(), hashlib.sha256).hexdigest()


def _pending_login(state: WebState, ip: str) -> dict[str, Any] | None:
    """The pending login of this browser, if it is still good: young enough,
    from this address, made under the password and 2FA state in force."""
    pending = session.get(PENDING_LOGIN)
    bound = session_fingerprint(state)
    if not isinstance(pending, dict) or bound is None:
        return None
    age = time.time() - float(pending.get("at", 0))
    if not 0 <= age <= PENDING_SECONDS or pending.get("ip") != ip:
        return None
    if not constant_time_equals(str(pending.get("bind", "")), _pending_binding(state, bound)):
        return None
    return pending


async def login_page(
    state: WebState, status: int = 200, error: str | None = None, retry_after: int = 0, *, code_step: bool = False
) -> Any:
    body = await render(
        "login.html",
        error=error,
        enabled=bool(state.admin_password),
        next=safe_next(request.args.get("next")),
        retry_after=retry_after,
        code_step=code_step,
    )
    response = await make_response(body, status)
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


async def open_and_redirect(
    state: WebState, conn: Connection, ip: str, bound: str, *, target: str, how: dict[str, Any]
) -> Any:
    """The session of a finished login (this browser's older one ends)."""
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        await delete_session(conn, hash_id(old))
        state.sessions.evict(hash_id(old))
    raw, web_session, hours = await open_session(state, conn, ip, bound)
    await record_audit(conn, f"ip:{ip}", "login.success", "admin", detail={"session": web_session.short_id, **how})
    response = redirect(target)
    set_session_cookie(state, response, raw, hours)
    return response


def _code_step(bp: Blueprint, state: WebState) -> None:
    """The second step of a login while two-factor is on."""

    @bp.get("/login/code")
    async def login_code() -> Any:
        if _pending_login(state, client_ip(state)) is None:
            session.pop(PENDING_LOGIN, None)
            return redirect(url_for("auth.login"))
        return await login_page(state, code_step=True)

    @bp.post("/login/code")
    async def login_code_submit() -> Any:
        form = await request.form
        ip = client_ip(state)
        if not constant_time_equals(str(form.get("csrf_token", "")), login_csrf()):
            tally_refusal(CSRF_REFUSED, f"ip:{ip}", request.path)
            return await login_page(state, 403, "The form expired. Please try again.", code_step=True)
        pending = _pending_login(state, ip)
        secret = secret_in_force(state.config)
        bound = session_fingerprint(state)
        if pending is None or secret is None or bound is None:
            session.pop(PENDING_LOGIN, None)
            await flash("The login expired or the node's settings changed: enter the password again.", "error")
            return redirect(url_for("auth.login"))
        check = await check_code(state.limiter, secret, str(form.get("code", "")), actor=f"ip:{ip}")
        async with state.database.pool().acquire() as conn:
            if not check.valid:
                detail = {"result": check.result.value, "recovery_code": check.recovery}
                await record_audit(conn, f"ip:{ip}", "login.code_refused", "admin", outcome="denied", detail=detail)
                status = 429 if check.result is CodeResult.LOCKED else 401
                return await login_page(state, status, check.message(), code_step=True)
            session.pop(PENDING_LOGIN, None)
            how = {"second_factor": "recovery_code" if check.recovery else "totp"}
            return await open_and_redirect(
                state, conn, ip, bound, target=safe_next(str(pending.get("next", ""))), how=how
            )


def build(state: WebState) -> Blueprint:
    bp = Blueprint("auth", __name__)

    @bp.get("/login")
    async def login() -> Any:
        return await login_page(state)

    @bp.post("/login")
    async def login_submit() -> Any:
        form = await request.form
        if not state.admin_password:  # fail closed: no password, no way in
            return await login_page(state, 403, "Login is disabled: ADMIN_PASSWORD is not set on this node.")
        if not constant_time_equals(str(form.get("csrf_token", "")), login_csrf()):
            tally_refusal(CSRF_REFUSED, f"ip:{client_ip(state)}", request.path)
            return await login_page(state, 403, "The form expired. Please try again.")
        ip = client_ip(state)
        password = state.admin_password

        async def right() -> bool:
            return constant_time_equals(str(form.get("password", "")), password)

        attempt = await state.limiter.attempt(source_key(ip), right, actor=f"ip:{ip}", what="login password")
        async with state.database.pool().acquire() as conn:
            if not attempt.checked:  # blocked: the password was not looked at, and the block starts again
                await record_audit(conn, f"ip:{ip}", "login.blocked", "admin", outcome="denied")
                return await login_page(state, 429, TOO_MANY, attempt.retry_after)
            if not attempt.passed:
                await record_audit(conn, f"ip:{ip}", "login.failure", "admin", outcome="denied")
                if attempt.locked:
                    await record_audit(conn, f"ip:{ip}", "login.block", "admin", outcome="denied")
                    return await login_page(
                        state, 429, "Too many failed attempts. Try again later.", attempt.retry_after
                    )
                return await login_page(state, 401, "Wrong password.")
            bound = session_fingerprint(state)
            if bound is None:  # the password went away during the request: fail closed
                return await login_page(state, 403, "Login is disabled: ADMIN_PASSWORD is not set on this node.")
            target = safe_next(str(form.get("next", "")) or request.args.get("next"))
            if login_wants_code(state):  # the password is one factor: no session yet
                binding = _pending_binding(state, bound)
                session[PENDING_LOGIN] = {"at": time.time(), "ip": ip, "bind": binding, "next": target}
                await record_audit(conn, f"ip:{ip}", "login.code_wanted", "admin")
                return redirect(url_for("auth.login_code"))
            return await open_and_redirect(state, conn, ip, bound, target=target, how={})

    @bp.post("/logout")
    async def logout() -> Any:
        current = g.get("web_session")
        if current is not None:
            async with state.database.pool().acquire() as conn:
                await delete_session(conn, current.id_hash)
                state.sessions.evict(current.id_hash)
                await record_audit(conn, f"ip:{client_ip(state)}", "logout", "admin")
        await flash("You are logged out.", "info")
        response = redirect(url_for("auth.login"))
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    _code_step(bp, state)
    return bp
