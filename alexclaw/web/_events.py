"""Server-sent events: the live supervision tree. Each open stream has a
small listener process subscribed to the ``supervisors`` topic; the tree is
re-sent on every restart and every few seconds (uptime, states)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from quart import Blueprint, Response

from actors import AsyncActor, subscribe
from alexclaw.web._state import NodeState
from alexclaw.web._views import node_facts, tree_json
from supervisors import TOPIC

WEB_TOPIC = "web"

REFRESH_SECONDS = 5.0


class _Listener(AsyncActor):
    """Turns pub/sub messages into wake-ups for one stream."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = asyncio.Event()

    async def init(self) -> None:
        subscribe(TOPIC, self)
        subscribe(WEB_TOPIC, self)  # the endpoint is closing: end the stream now

    async def handle_info(self, message: Any) -> None:
        self.changed.set()


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("events", __name__)

    def payload() -> str:
        body = {"tree": tree_json(state.root), "facts": node_facts(state.started_at)}
        return f"event: tree\ndata: {json.dumps(body)}\n\n"

    @bp.get("/events/tree")
    async def tree_stream() -> Response:
        listener = await _Listener().start(link=False)

        async def stream() -> AsyncIterator[bytes]:
            try:
                yield b"retry: 3000\n\n"
                while not state.closing.is_set():
                    yield payload().encode()
                    listener.changed.clear()
                    try:
                        await asyncio.wait_for(listener.changed.wait(), REFRESH_SECONDS)
                    except TimeoutError:
                        pass
            finally:
                await listener.stop()

        response = Response(stream(), content_type="text/event-stream")
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Accel-Buffering"] = "no"
        response.timeout = None
        return response

    return bp
