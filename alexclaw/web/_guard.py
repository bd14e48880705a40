"""Request-level rules: who the client is, whether it is logged in, CSRF,
and what every response carries."""

from __future__ import annotations

import ipaddress
import secrets
from typing import Any, Final

from quart import Response, g, jsonify, redirect, request, session, url_for

from alexclaw.security import CSRF_REFUSED, constant_time_equals, record_audit, secret_in_force, tally_refusal
from alexclaw.web._render import render
from alexclaw.web._sessions import WebSession, bound_to, delete_session, fingerprint, hash_id, load_session
from alexclaw.web._state import WebState

SESSION_COOKIE: Final = "alexclaw_session"
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
# The OAuth callback is public: Google sends the operator's browser back, perhaps not
# the one logged in here (a link sent to a chat); its one-time state is the proof.
PUBLIC_PATHS: Final = frozenset(
    {"/login", "/login/code", "/healthz", "/readyz", "/metrics", "/favicon.ico", "/oauth/google/callback"}
)
# Machine endpoints authenticate themselves (bearer token, HMAC): no
# session, no CSRF. Later issues mount them.
MACHINE_PREFIXES: Final = ("/mcp", "/webhooks/", "/v1/")

CSP: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def trust_proxy(state: WebState) -> bool:
    return bool(state.config.get("auth.trust_proxy_headers"))


def client_ip(state: WebState) -> str:
    """The socket peer; behind proxies the operator trusts
    (auth.trust_proxy_headers), the address the outermost trusted proxy
    appended to X-Forwarded-For (see ``forwarded_client``)."""
    peer = request.remote_addr or ""
    if not trust_proxy(state):
        return peer
    count = state.config.get("auth.trusted_proxy_count")
    return forwarded_client(peer, request.headers.getlist("X-Forwarded-For"), count if isinstance(count, int) else 0)


def forwarded_client(peer: str, headers: list[str], proxies: int) -> str:
    """The client address behind ``proxies`` trusted proxies.

    Each proxy appends the address it saw to X-Forwarded-For, so only the
    last ``proxies`` hops were written by someone we trust; everything to
    their left came from the client and may be invented. The hop the
    outermost trusted proxy appended is the ``proxies``-th from the right.
    A chain too short for that, or a hop that is not a bare IP address,
    falls back to the socket peer (fail closed: a spoofed header never
    names a new identity)."""
    hops = [hop.strip() for hop in ",".join(headers).split(",")] if headers else []
    if proxies < 1 or len(hops) < proxies:
        return peer
    try:
        return str(ipaddress.ip_address(hops[-proxies]))
    except ValueError:
        return peer


def is_https(state: WebState) -> bool:
    if request.scheme == "https":
        return True
    return trust_proxy(state) and request.headers.get("X-Forwarded-Proto", "") == "https"


def wants_html() -> bool:
    accept = request.headers.get("Accept", "")
    return "text/html" in accept and request.headers.get("X-Requested-With", "") != "XMLHttpRequest"


def login_csrf() -> str:
    """Before login there is no server session: a double-submit token in the
    signed cookie session guards the login form."""
    token = session.get("login_csrf")
    if not token:
        token = session["login_csrf"] = secrets.token_urlsafe(32)
    return str(token)


def csrf_token() -> str:
    web_session: WebSession | None = g.get("web_session")
    return web_session.csrf_token if web_session is not None else login_csrf()


async def submitted_csrf() -> str:
    header = request.headers.get("X-CSRF-Token")
    if header:
        return header
    form = await request.form
    return str(form.get("csrf_token", ""))


async def deny(status: int, message: str) -> Any:
    if wants_html():
        return await render("error.html", status=status, message=message), status
    return jsonify(error=message), status


def session_fingerprint(state: WebState) -> str | None:
    """The fingerprint a session must carry now (None: login is disabled)."""
    return fingerprint(state.session_key, state.admin_password, secret_in_force(state.config))


async def end_unbound(state: WebState, web_session: WebSession) -> None:
    """A session made under another password or 2FA state ends here."""
    state.sessions.evict(web_session.id_hash)
    if not state.database.available:
        return
    async with state.database.pool().acquire() as conn:
        if await delete_session(conn, web_session.id_hash):
            await record_audit(
                conn,
                f"ip:{client_ip(state)}",
                "session.ended",
                web_session.short_id,
                outcome="denied",
                detail={"reason": "the password or the 2FA state changed since it was made"},
            )


async def guard(state: WebState) -> Any:
    """before_request: every route needs a session but the public and
    machine ones; unsafe methods need the session's CSRF token."""
    path = request.path
    g.web_session = None
    if path in PUBLIC_PATHS or path.startswith(("/static/", *MACHINE_PREFIXES)):
        return None
    raw = request.cookies.get(SESSION_COOKIE, "")
    web_session = state.sessions.get(hash_id(raw)) if raw else None
    if web_session is None and raw and state.database.available:
        async with state.database.pool().acquire() as conn:
            web_session = await load_session(conn, raw)
        if web_session is not None:
            state.sessions.put(web_session)
    if web_session is not None and not bound_to(web_session, session_fingerprint(state)):
        await end_unbound(state, web_session)  # checked on every request, cached or not
        web_session = None
    if web_session is None:
        if wants_html():
            target = request.full_path if request.method in SAFE_METHODS else "/"
            return redirect(url_for("auth.login", next=target.rstrip("?")))
        return jsonify(error="authentication required"), 401
    g.web_session = web_session
    if request.method not in SAFE_METHODS and not constant_time_equals(await submitted_csrf(), web_session.csrf_token):
        tally_refusal(CSRF_REFUSED, f"ip:{client_ip(state)}", request.path)
        return await deny(403, "The form expired or did not come from this site (CSRF check failed). Reload and retry.")
    return None


def secure_headers(state: WebState, response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if not request.path.startswith("/static/"):
        headers.setdefault("Cache-Control", "no-store")
    if is_https(state):
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response
