"""The timeline's server-sent events as a body, without a node: each event
one frame with its seq as the id, a heartbeat while the session is quiet,
and an end — at a finished status, when the desk's timeline ends or fails,
or when the web endpoint closes — that leaves nothing running."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing
from datetime import UTC, datetime

import pytest

from actors import publish
from alexclaw.inputs import INT8_MAX, InputError
from alexclaw.reasoning import EventKind, TimelineEvent
from alexclaw.web._endpoint import WEB_TOPIC
from alexclaw.web._timeline import (
    END_FRAME,
    HEARTBEAT_FRAME,
    ends_timeline,
    resume_point,
    sse_frame,
    timeline_frames,
)

AT = datetime(2026, 12, 3, tzinfo=UTC)


def event(seq: int, kind: EventKind = EventKind.STEP, **data: object) -> TimelineEvent:
    return TimelineEvent(1, seq, kind, AT, data)


async def test_a_quiet_session_gets_a_heartbeat_then_its_events_and_the_stream_ends_at_a_finished_status() -> None:
    go = asyncio.Event()

    async def events() -> AsyncIterator[TimelineEvent]:
        yield event(1)
        await go.wait()  # quiet until the test has seen a heartbeat
        yield event(2, EventKind.STATUS, status="completed")
        yield event(3)  # never sent: the session had finished

    async with aclosing(timeline_frames(events(), lambda: True, heartbeat=0.0)) as frames:
        seen = [await anext(frames)]
        while HEARTBEAT_FRAME not in seen[2:] or sse_frame(event(1)) not in seen:
            seen.append(await anext(frames))
        go.set()
        seen += [frame async for frame in frames]
    assert seen[0] == b"retry: 3000\n\n"
    sent = [f for f in seen[1:] if f != HEARTBEAT_FRAME]
    assert sent == [sse_frame(event(1)), sse_frame(event(2, EventKind.STATUS, status="completed")), END_FRAME]


async def test_a_desk_whose_timeline_fails_or_ends_ends_the_stream_instead_of_beating_forever(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def failing() -> AsyncIterator[TimelineEvent]:
        yield event(1)
        raise RuntimeError("the desk broke")

    assert [f async for f in timeline_frames(failing(), lambda: True)][-1] == END_FRAME
    assert "the desk broke" in caplog.text

    async def empty() -> AsyncIterator[TimelineEvent]:
        return
        yield

    assert [f async for f in timeline_frames(empty(), lambda: True)] == [b"retry: 3000\n\n", END_FRAME]


async def test_a_waiting_stream_ends_at_once_when_the_web_endpoint_closes() -> None:
    open_, asked = True, asyncio.Event()

    def go_on() -> bool:
        asked.set()
        return open_

    async def never() -> AsyncIterator[TimelineEvent]:
        await asyncio.Event().wait()
        yield event(1)

    async with aclosing(timeline_frames(never(), go_on)) as frames:  # the default heartbeat: 15 s
        assert await anext(frames) == b"retry: 3000\n\n"
        step = asyncio.ensure_future(anext(frames))
        await asked.wait()  # the stream checked, and now waits for the desk
        open_ = False
        publish(WEB_TOPIC, "closing")
        assert await step == END_FRAME
        assert [f async for f in frames] == []


def test_a_frame_is_one_data_line_whatever_the_step_wrote() -> None:
    frame = sse_frame(event(7, output="line one\n\nid: 99\ndata: forged"))
    lines = frame.decode().split("\n")
    assert lines[:2] == ["id: 7", "event: step"]
    assert lines[2].startswith("data: {") and lines[3:] == ["", ""]


@pytest.mark.parametrize(
    ("status", "ends"), [("completed", True), ("aborted", True), ("stuck", True), ("paused", False), ("bogus", False)]
)
def test_only_a_finished_status_ends_the_timeline(status: str, ends: bool) -> None:
    assert ends_timeline(event(1, EventKind.STATUS, status=status)) is ends
    assert not ends_timeline(event(1, EventKind.RESULT, answer="x", status=status))


def test_the_resume_point_prefers_last_event_id_and_refuses_what_is_not_a_seq() -> None:
    assert resume_point(None, None) == 0
    assert resume_point("", " ") == 0
    assert resume_point("12", "3") == 12
    assert resume_point(None, "3") == 3
    for bad in ("-1", "1.5", "١٢", str(INT8_MAX + 1), "9" * 30):
        with pytest.raises(InputError, match="Last-Event-ID"):
            resume_point(bad, None)
    with pytest.raises(InputError, match="after"):
        resume_point(None, "x")
