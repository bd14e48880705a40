"""The web endpoint's child spec: started last, so it only serves once
everything it exposes is up (DESIGN §4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alexclaw.settings import Settings
from alexclaw.web._app import create_app
from alexclaw.web._endpoint import WebEndpoint
from alexclaw.web._state import WebState
from alexclaw.web.machine import FrontDoor
from supervisors import ChildSpec

WEB_NAME = "alexclaw.web.endpoint"


def web_spec(settings: Callable[[], Settings], state: WebState) -> ChildSpec:
    async def start() -> Any:
        current = settings()
        state.app = create_app(state)
        state.closing.clear()
        front = FrontDoor(state.app, state)  # /mcp to the MCP gate, the rest to Quart
        endpoint = WebEndpoint(front, current.http_host, current.http_port, closing=state.closing)
        return await endpoint.start(name=WEB_NAME)

    # A worker of the root (3/10 s). Its init only binds the socket; a
    # database outage shows as 503 pages and a 503 /readyz, never a crash.
    return ChildSpec("web", start, shutdown=10.0, info="Hypercorn on ALEXCLAW_HTTP_HOST: /healthz /readyz /metrics")
