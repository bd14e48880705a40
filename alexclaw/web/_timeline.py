"""A reasoning session's timeline as server-sent events, and the checks the
Reasoning mode makes of what a person typed.

Each event goes out as one SSE frame whose ``id:`` is the event's ``seq``:
the browser's ``EventSource`` sends it back as ``Last-Event-ID`` when it
reconnects, and the stream resumes with ``timeline(after_seq=…)`` — nothing
missed, nothing twice. A comment line every ``HEARTBEAT_SECONDS`` keeps
proxies from closing a quiet stream. The stream ends (with an ``end``
event, so the browser does not reconnect) when the session finishes, when
the desk's timeline ends, when the web endpoint closes, or when the session
it was opened under no longer matches the password and 2FA state (rule 3)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any, Final

from actors import AsyncActor, TaskProcess, subscribe
from alexclaw.config import CONFIG_TOPIC
from alexclaw.inputs import INT8_MAX, parse_id
from alexclaw.reasoning import EventKind, Status, TimelineEvent
from alexclaw.security import Invalid
from alexclaw.web._endpoint import WEB_TOPIC

HEARTBEAT_SECONDS: Final = 15.0
MAX_GOAL_CHARS: Final = 2000  # a goal is a sentence or a paragraph, not a document (add context for that)
MAX_TEXT_CHARS: Final = 4000  # guidance, context, an answer, an override's input
MAX_SKILL_CHARS: Final = 100
END_FRAME: Final = b"event: end\ndata: {}\n\n"
HEARTBEAT_FRAME: Final = b": heartbeat\n\n"

_WAKE: Final = object()  # the endpoint closes or a setting changed: look again
_DRAINED: Final = object()  # the desk's timeline ended


def text_problems(label: str, text: str, cap: int) -> Invalid | None:
    """A person's text for a session: not blank, not over ``cap`` characters."""
    if not text.strip():
        return Invalid.of(f"{label} is empty: write what you want")
    if len(text) > cap:
        return Invalid.of(f"{label} is {len(text)} characters; at most {cap} are allowed")
    return None


def goal_problems(goal: str) -> Invalid | None:
    return text_problems("The goal", goal, MAX_GOAL_CHARS)


def override_problems(skill: str, input_text: str) -> Invalid | None:
    problems = [
        *(("Name the skill to run instead",) if not skill.strip() else ()),
        *((f"The skill's name is over {MAX_SKILL_CHARS} characters",) if len(skill) > MAX_SKILL_CHARS else ()),
        *((f"The step's input is over {MAX_TEXT_CHARS} characters",) if len(input_text) > MAX_TEXT_CHARS else ()),
    ]
    return Invalid.of(problems) if problems else None


def resume_point(last_event_id: str | None, after: str | None) -> int:
    """The ``seq`` to resume after: the browser's ``Last-Event-ID`` on a
    reconnect, else the page's ``after``, else 0 (from the start). A value
    that is not a whole number in range is an ``InputError`` naming it."""
    for name, raw in (("Last-Event-ID", last_event_id), ("after", after)):
        seq = parse_id(raw or "", name, INT8_MAX)
        if seq is not None:
            return seq
    return 0


def event_json(event: TimelineEvent) -> dict[str, Any]:
    return {"seq": event.seq, "kind": event.kind.value, "at": event.at.isoformat(), "data": dict(event.data)}


def sse_frame(event: TimelineEvent) -> bytes:
    """One event: its ``seq`` as the id, its kind as the event name. The
    data is one line of JSON (json.dumps escapes line breaks), so nothing a
    step wrote can start a frame of its own."""
    return f"id: {event.seq}\nevent: {event.kind.value}\ndata: {json.dumps(event_json(event))}\n\n".encode()


def ends_timeline(event: TimelineEvent) -> bool:
    """The session's last word: a status it never leaves."""
    if event.kind is not EventKind.STATUS:
        return False
    try:
        return Status(str(event.data.get("status", ""))).finished
    except ValueError:
        return False


class _Wake(AsyncActor):
    """Wakes one stream when the endpoint closes or a setting changes (2FA
    may have changed: is the session still bound?).

    ``handle_info``
        Any message puts a wake-up in the stream's queue; nothing raises.
        Started unlinked by ``timeline_frames`` and stopped by it."""

    def __init__(self, queue: asyncio.Queue[object]) -> None:
        super().__init__()
        self.queue = queue

    async def init(self) -> None:
        subscribe(WEB_TOPIC, self)
        subscribe(CONFIG_TOPIC, self)

    async def handle_info(self, message: Any) -> None:
        self.queue.put_nowait(_WAKE)


async def timeline_frames(
    events: AsyncIterator[TimelineEvent], go_on: Callable[[], bool], heartbeat: float = HEARTBEAT_SECONDS
) -> AsyncGenerator[bytes, None]:
    """The SSE body: ``events`` as frames, a heartbeat comment after each
    quiet ``heartbeat`` seconds, ``END_FRAME`` last. The desk's iterator is
    read by a task process into a queue (so waiting for it can time out
    without cancelling it), stopped with the stream whatever ends it."""
    queue: asyncio.Queue[object] = asyncio.Queue()

    async def pump() -> None:
        try:
            async for event in events:
                queue.put_nowait(event)
        finally:
            queue.put_nowait(_DRAINED)  # a desk that fails ends the stream too (the task process logs why)

    wake = await _Wake(queue).start(link=False)
    reader = await TaskProcess(pump).start(link=False)
    try:
        yield b"retry: 3000\n\n"
        while go_on():
            try:
                item = queue.get_nowait() if not queue.empty() else await asyncio.wait_for(queue.get(), heartbeat)
            except TimeoutError:
                yield HEARTBEAT_FRAME
                continue
            if item is _DRAINED:
                break
            if isinstance(item, TimelineEvent):
                yield sse_frame(item)
                if ends_timeline(item):
                    break
        yield END_FRAME
    finally:
        await reader.stop()
        await wake.stop()
