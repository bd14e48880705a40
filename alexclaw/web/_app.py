"""The Quart application: the admin UI, probes and metrics, the Telegram
webhook and the shield proxy (/v1); /mcp is dispatched in front of it
(``machine.FrontDoor``) and its session manager runs while the app serves."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from quart import Quart, Response, make_response, request
from quart.sessions import SecureCookieSessionInterface
from werkzeug.exceptions import HTTPException, NotFound

from actors import CallTimeout, NoProcess, ProcessExited
from alexclaw.inputs import InputError
from alexclaw.metrics import CONTENT_TYPE, NodeCollector, build_registry, render
from alexclaw.storage import UNAVAILABLE
from alexclaw.web import _auth, _events
from alexclaw.web._guard import deny, guard, is_https, secure_headers
from alexclaw.web._inputs import install_converters, refuse_bad_fields
from alexclaw.web._render import page_globals
from alexclaw.web._state import WebState
from alexclaw.web._times import display_zone
from alexclaw.web._views import llm_usage_rows
from alexclaw.web.machine import github_blueprint, proxy_blueprint, proxy_error, refuse_unauthorised_scrape, serve_mcp
from alexclaw.web.pages import page_blueprints

MAX_BODY_BYTES = 1024 * 1024
RETRY_AFTER_SECONDS = 5
HERE = Path(__file__).parent
log = logging.getLogger("alexclaw.web")


def open_window(state: WebState) -> Any:
    """The break-glass window every page warns about, while it is open."""
    window = state.break_glass_window.read()
    return window if window is not None and window.ends_at > time.time() else None


class PerRequestSecureCookie(SecureCookieSessionInterface):
    """The flash/login cookie is ``Secure`` exactly when the request it
    answers came over https. Decided per request from the request itself
    (a per-task context), never by writing ``app.config``: the app is
    shared by concurrent requests, and a flag written by one would be read
    by another's response."""

    def __init__(self, state: WebState) -> None:
        self._state = state

    def get_cookie_secure(self, app: Quart) -> bool:
        return is_https(self._state)


class AdminApp(Quart):
    """Quart, with static files that are a 404 for any name the file system
    refuses (longer than a file name may be, say): ``Path.is_file`` raises
    for those instead of answering False."""

    async def send_static_file(self, filename: str) -> Response:
        try:
            return await super().send_static_file(filename)
        except OSError:
            raise NotFound() from None


# What a call to a process answers while that process is being restarted:
# no process under its name yet, it exited before replying (killed, or
# crashed on this very request), or it did not reply in time.
PROCESS_AWAY: tuple[type[BaseException], ...] = (NoProcess, ProcessExited, CallTimeout)


def process_away(error: BaseException) -> bool:
    """A process the handler called is restarting (``PROCESS_AWAY``): its
    supervisor is repairing it, so the request is a 503 to try again, never
    a 500. Checked before ``database_outage``: a ``CallTimeout`` is a
    ``TimeoutError`` too, and a slow process is not the database failing."""
    return isinstance(error, PROCESS_AWAY)


def database_outage(error: BaseException) -> bool:
    """One of ``UNAVAILABLE``, but not a file's error: an ``OSError`` that
    names a path is about that file, never the database (a socket's error
    names none), so it is a 500 like any other bug, not a 503 that makes
    every other request fail fast too."""
    if isinstance(error, OSError) and error.filename is not None:
        return False
    return isinstance(error, UNAVAILABLE) and not process_away(error)


def create_app(state: WebState) -> Quart:
    app = AdminApp("alexclaw", template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    install_converters(app.url_map)  # before any route: every <int:…> id is range-checked
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        PROPAGATE_EXCEPTIONS=False,
        # Quart's signed cookie carries only flash messages and the login
        # form's CSRF token; the admin session itself is server-side.
        SECRET_KEY=state.cookie_key or None,
        SESSION_COOKIE_NAME="alexclaw_flash",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    app.session_interface = PerRequestSecureCookie(state)
    page_globals(
        node_name=state.node_name,
        version=state.version,
        break_glass=lambda: open_window(state),
        display_zone=lambda: display_zone(state.config),
    )
    registry = build_registry(
        NodeCollector(
            lambda: state.root,
            state.database,
            lambda: state.ready_hint,
            runs=lambda: [run.status for run in state.active_runs.read().values()],
            scheduled=lambda: len(state.schedule.read()),
            proxy=lambda: state.proxy_outcomes,
            llm_usage=lambda: llm_usage_rows(state),
            embeddings=lambda: asdict(state.memory_stats.read()),
            mcp=lambda: (state.mcp.serving_now, state.mcp.tool_count, dict(state.mcp.calls)),
        )
    )

    @app.before_request
    async def before() -> Any:
        return await guard(state)

    app.before_request(refuse_bad_fields)  # after the guard: NUL and control characters in any field

    @app.after_request
    async def after(response: Response) -> Response:
        return secure_headers(state, response)

    serve_mcp(app, state)

    @app.get("/healthz")
    async def healthz() -> tuple[dict[str, Any], int]:
        alive = state.root is not None and state.root.alive
        mcp = {"state": "serving" if state.mcp.serving_now else "stopped", "tools": state.mcp.tool_count}
        return {"status": "alive" if alive else "stopping", "mcp": mcp}, 200 if alive else 503

    @app.get("/readyz")
    async def readyz() -> tuple[dict[str, Any], int]:
        tree = state.tree_started and state.root is not None and state.root.alive
        database = await state.database.ping()
        state.ready_hint = tree and database
        body = {
            "status": "ready" if state.ready_hint else "not ready",
            "checks": {"tree": "ok" if tree else "starting", "database": "ok" if database else "unavailable"},
        }
        return body, 200 if state.ready_hint else 503

    @app.get("/metrics")
    async def metrics() -> Response:
        refused = await refuse_unauthorised_scrape(state)
        if refused is not None:
            return refused
        return Response(render(registry), content_type=CONTENT_TYPE)

    app.register_blueprint(_auth.build(state))
    for page in page_blueprints(state):
        app.register_blueprint(page)
    app.register_blueprint(_events.build(state))
    app.register_blueprint(proxy_blueprint(state))
    app.register_blueprint(github_blueprint(state))

    @app.errorhandler(HTTPException)
    async def http_error(error: HTTPException) -> Any:
        messages = {
            400: str(error.description or "bad request"),  # e.g. an id beyond its column, with the reason
            404: "not found",
            405: "method not allowed",
            413: f"request body larger than {MAX_BODY_BYTES} bytes",
        }
        message = messages.get(error.code or 500, error.name.lower())
        if request.path.startswith("/v1/"):  # the proxy's clients read OpenAI-shaped errors
            return proxy_error(error.code or 500, message, "invalid_request_error", f"http_{error.code}")
        return await deny(error.code or 500, message)

    @app.errorhandler(InputError)
    async def input_error(error: InputError) -> Any:
        # A field of untrusted input refused (alexclaw.inputs): a 400 naming it.
        if request.path.startswith("/v1/"):
            return proxy_error(400, str(error), "invalid_request_error", "invalid_input", error.field)
        return await deny(400, str(error))

    @app.errorhandler(Exception)
    async def server_error(error: Exception) -> Any:
        if process_away(error):
            return await process_restarting(error)
        if database_outage(error):
            return await database_unavailable(error)
        # Never a stack trace to the client; the log has it.
        log.error("unhandled error on %s %s", request.method, request.path, exc_info=error)
        if request.path.startswith("/v1/"):
            return proxy_error(500, "internal error", "server_error", "internal_error")
        return await deny(500, "internal error")

    async def database_unavailable(error: BaseException) -> Any:
        # Down, restarting or hung: a clear 503 at once (later requests fail
        # fast until the Database actor sees it answer again), never a hang.
        state.database.report_unavailable(error)
        log.warning("%s %s: the database is unavailable (%s)", request.method, request.path, type(error).__name__)
        message = "the database is not answering right now; try again in a few seconds"
        return await retry_later(message, "database_unavailable")

    async def process_restarting(error: BaseException) -> Any:
        # The process the handler called was just killed or crashed and its
        # supervisor is restarting it: a clear 503, the same for every route.
        # Whether a write reached it before it died is unknown to the caller
        # (as with any lost answer); the page it comes back to says.
        log.warning("%s %s: a process it needed is restarting (%s)", request.method, request.path, error)
        message = "a part of the node is restarting; try again in a few seconds"
        return await retry_later(message, "node_restarting")

    async def retry_later(message: str, code: str) -> Any:
        response: Any = (
            proxy_error(503, message, "server_error", code)
            if request.path.startswith("/v1/")
            else await make_response(await deny(503, message))
        )
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    return app
