"""Server-sent events (the live supervision tree here; the live runs on the
Runs page use the same ``event_stream``). Each open stream has a small
listener process subscribed to its topic; the payload is re-sent on every
message and every few seconds (uptime, states). A stream lives as long as
the session it was opened under stays bound to the password and 2FA state
(rule 3): a settings change wakes every stream to check."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from quart import Blueprint, Response, g

from actors import AsyncActor, subscribe
from alexclaw.config import CONFIG_TOPIC
from alexclaw.web._endpoint import WEB_TOPIC
from alexclaw.web._guard import session_fingerprint
from alexclaw.web._sessions import WebSession, bound_to
from alexclaw.web._state import WebState
from alexclaw.web._views import node_facts, tree_json
from supervisors import SUPERVISORS_TOPIC

REFRESH_SECONDS = 5.0


class _Listener(AsyncActor):
    """Turns pub/sub messages into wake-ups for one stream.

    ``handle_info``
        Any message sets ``changed``; nothing in it raises. Started unlinked
        by ``until`` and stopped by it, whatever ends the wait."""

    def __init__(self, topic: str) -> None:
        super().__init__()
        self.topic = topic
        self.changed = asyncio.Event()

    async def init(self) -> None:
        subscribe(self.topic, self)
        subscribe(WEB_TOPIC, self)  # the endpoint is closing: end the stream now
        subscribe(CONFIG_TOPIC, self)  # 2FA may have changed: is the session still bound?

    async def handle_info(self, message: Any) -> None:
        self.changed.set()


async def until(topic: str, done: Callable[[], bool], within: float) -> bool:
    """Wait, woken by each message on ``topic``, until ``done()`` or ``within``
    seconds passed; whether it is done."""
    listener = await _Listener(topic).start(link=False)
    try:
        async with asyncio.timeout(within):
            while not done():
                listener.changed.clear()
                if done():  # a message that came before the clear
                    break
                await listener.changed.wait()
    except TimeoutError:
        pass
    finally:
        await listener.stop()
    return done()


async def event_stream(
    state: WebState, topic: str, event: str, payload: Callable[[], Any], refresh: float = REFRESH_SECONDS
) -> Response:
    """A server-sent event stream: ``payload()`` as JSON under ``event``, sent
    at once, again on every message on ``topic`` and at least every
    ``refresh`` seconds; it ends when the web endpoint closes or when the
    session it was opened under no longer matches the password and 2FA state."""
    session: WebSession | None = g.get("web_session")
    listener = await _Listener(topic).start(link=False)

    def bound() -> bool:
        return session is not None and bound_to(session, session_fingerprint(state))

    async def stream() -> AsyncIterator[bytes]:
        try:
            yield b"retry: 3000\n\n"
            while not state.closing.is_set() and bound():
                yield f"event: {event}\ndata: {json.dumps(payload())}\n\n".encode()
                listener.changed.clear()
                try:
                    await asyncio.wait_for(listener.changed.wait(), refresh)
                except TimeoutError:
                    pass
        finally:
            await listener.stop()

    response = Response(stream(), content_type="text/event-stream")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Accel-Buffering"] = "no"
    response.timeout = None
    return response


def build(state: WebState) -> Blueprint:
    bp = Blueprint("events", __name__)

    def payload() -> dict[str, Any]:
        return {"tree": tree_json(state.root), "facts": node_facts(state.started_at)}

    @bp.get("/events/tree")
    async def tree_stream() -> Response:
        return await event_stream(state, SUPERVISORS_TOPIC, "tree", payload)

    return bp
