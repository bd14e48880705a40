"""``/mcp`` in front of the Quart app: an ASGI dispatch that hands exactly
``/mcp`` (and ``/mcp/``) to the MCP gate and everything else — lifespan
included — to Quart, whose ``while_serving`` runs the SDK's session manager
for as long as the endpoint serves."""

from __future__ import annotations

from typing import Any

from quart import Quart

from alexclaw.mcp import McpGate
from alexclaw.web._guard import forwarded_client
from alexclaw.web._state import WebState

MCP_PATHS = frozenset({"/mcp", "/mcp/"})


def scope_client_ip(state: WebState, scope: dict[str, Any]) -> str:
    """``client_ip`` for a raw ASGI scope: the socket peer, or behind
    trusted proxies the hop the outermost one appended."""
    client = scope.get("client") or ("", 0)
    peer = str(client[0])
    if not state.config.get("auth.trust_proxy_headers"):
        return peer
    hops = [bytes(v).decode("latin-1") for k, v in scope.get("headers", ()) if k.lower() == b"x-forwarded-for"]
    count = state.config.get("auth.trusted_proxy_count")
    return forwarded_client(peer, hops, count if isinstance(count, int) else 0)


class FrontDoor:
    """The ASGI app the endpoint serves: ``/mcp`` → the gate, the rest → Quart."""

    def __init__(self, app: Quart, state: WebState) -> None:
        self.app = app
        self.gate = McpGate(state.mcp, lambda scope: scope_client_ip(state, scope))

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("path") in MCP_PATHS:
            await self.gate(scope, receive, send)
            return
        await self.app(scope, receive, send)  # type: ignore[arg-type]  # a raw ASGI scope, as Hypercorn passes it


def serve_mcp(app: Quart, state: WebState) -> None:
    """Run the MCP session manager while the app serves."""

    @app.while_serving
    async def mcp_session_manager() -> Any:
        async with state.mcp.serving():
            yield
