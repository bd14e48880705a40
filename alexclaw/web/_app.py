"""The Quart application: probes and metrics for now; the admin UI, /mcp
and webhooks join it in their own issues."""

from __future__ import annotations

from typing import Any

from quart import Quart, Response

from alexclaw.metrics import CONTENT_TYPE, NodeCollector, build_registry, render
from alexclaw.web._state import NodeState

MAX_BODY_BYTES = 1024 * 1024

_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
}


def create_app(state: NodeState) -> Quart:
    app = Quart("alexclaw")
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.config["PROPAGATE_EXCEPTIONS"] = False
    registry = build_registry(NodeCollector(lambda: state.root, state.database, lambda: state.ready_hint))

    @app.after_request
    async def security_headers(response: Response) -> Response:
        for header, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response

    @app.get("/healthz")
    async def healthz() -> tuple[dict[str, Any], int]:
        alive = state.root is not None and state.root.alive
        return {"status": "alive" if alive else "stopping"}, 200 if alive else 503

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
        return Response(render(registry), content_type=CONTENT_TYPE)

    @app.errorhandler(404)
    async def not_found(_error: Exception) -> tuple[dict[str, str], int]:
        return {"error": "not found"}, 404

    @app.errorhandler(405)
    async def not_allowed(_error: Exception) -> tuple[dict[str, str], int]:
        return {"error": "method not allowed"}, 405

    @app.errorhandler(413)
    async def too_large(_error: Exception) -> tuple[dict[str, str], int]:
        return {"error": f"request body larger than {MAX_BODY_BYTES} bytes"}, 413

    @app.errorhandler(500)
    async def server_error(_error: Exception) -> tuple[dict[str, str], int]:
        # Never a stack trace to the client; the log has it.
        return {"error": "internal error"}, 500

    return app
