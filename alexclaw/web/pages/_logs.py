"""Logs: the node's last 500 log records (masked as every log line is), a
level filter, a live tail over server-sent events and Clear (audited)."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, Response, request, url_for

from alexclaw.log_buffer import LEVELS, LOGS_TOPIC, clear_logs
from alexclaw.web._common import acting, answer
from alexclaw.web._events import event_stream
from alexclaw.web._render import render
from alexclaw.web._state import WebState

TAIL_REFRESH_SECONDS = 15.0


def _level() -> str:
    level = str(request.args.get("level", "INFO")).upper()
    return level if level in LEVELS else "INFO"


def build(state: WebState) -> Blueprint:
    bp = Blueprint("log_pages", __name__)

    @bp.get("/logs")
    async def logs() -> Any:
        level = _level()
        entries = state.log_ring.snapshot(level=level)
        return await render("logs.html", entries=entries, level=level, levels=LEVELS)

    @bp.get("/events/logs")
    async def log_stream() -> Response:
        level, after = _level(), request.args.get("after", "0")
        first = int(after) if after.isascii() and after.isdigit() and len(after) < 19 else 0
        seen = [first]

        def newer() -> dict[str, Any]:
            """What the page has not shown yet, and the oldest record kept
            (rows older than it were cleared or fell out of the ring)."""
            entries = state.log_ring.snapshot(level=level, after=seen[0])
            if entries:
                seen[0] = entries[-1].seq
            kept = state.log_ring.snapshot(level="DEBUG")
            return {"records": [e.as_json() for e in entries], "first": kept[0].seq if kept else None}

        return await event_stream(state, LOGS_TOPIC, "logs", newer, TAIL_REFRESH_SECONDS)

    @bp.post("/logs/clear")
    async def clear() -> Any:
        return await answer(state, await clear_logs(acting(state), state.database), url_for("log_pages.logs"))

    return bp
