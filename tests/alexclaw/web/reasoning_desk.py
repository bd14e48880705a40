"""A ``ReasoningDesk`` held in memory for the Reasoning mode's tests: it
keeps sessions and their timelines for real (seq from 1, a resumable
``timeline``), records every request with the acting principal, and emits
the events the test chooses, when it chooses (``emit``). A request named in
``refusals`` answers that ``Invalid`` instead, as the real desk refuses a
resume of a finished session."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from alexclaw.reasoning import (
    BudgetUse,
    DeskAnswer,
    EventKind,
    PlanStep,
    SessionSummary,
    SessionView,
    Status,
    TimelineEvent,
)
from alexclaw.security import Acting, Done, Invalid

AT = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Request:
    """One request the desk received: what, from whom, with which arguments."""

    name: str
    acting: Acting
    session_id: int | None
    args: tuple[str, ...]


@dataclass
class _Session:
    summary: SessionSummary
    plan: tuple[PlanStep, ...] = ()
    question: str | None = None
    guidance: str = ""
    result: str | None = None
    events: list[TimelineEvent] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)


class ScriptedDesk:
    """The test's desk (see the module doc). ``subscribed`` is set while a
    timeline reader has caught up and waits for the next event, so a test
    knows its stream is live before it emits."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.refusals: dict[str, Invalid] = {}
        self.subscribed = asyncio.Event()
        self.resumed_after: list[int] = []  # each timeline's after_seq, in order
        self._sessions: dict[int, _Session] = {}

    # The test's side.

    def add_session(self, goal: str, status: Status = Status.PLANNING, origin: str = "web") -> int:
        session_id = len(self._sessions) + 1
        summary = SessionSummary(session_id, goal, status, "", None, AT, None, origin)
        self._sessions[session_id] = _Session(summary)
        return session_id

    async def emit(self, session_id: int, kind: EventKind, **data: Any) -> TimelineEvent:
        """The next event of the session, kept and sent to every reader;
        the session's view follows it (status, plan, question, result)."""
        session = self._sessions[session_id]
        event = TimelineEvent(session_id, len(session.events) + 1, kind, AT, data)
        if kind is EventKind.STATUS:
            status = Status(data["status"])
            session.summary = replace(session.summary, status=status, reason=str(data.get("reason", "")))
            if status is not Status.WAITING_USER:
                session.question = None
        elif kind is EventKind.PLAN:
            session.plan = tuple(
                PlanStep(s["skill"], s["input_description"], s.get("reason", "")) for s in data["steps"]
            )
        elif kind is EventKind.QUESTION:
            session.question = str(data["question"])
        elif kind is EventKind.RESULT:
            session.result = str(data["answer"])
            session.summary = replace(session.summary, confidence=data.get("confidence"))
        async with session.changed:
            session.events.append(event)
            self.subscribed.clear()
            session.changed.notify_all()
        return event

    def names(self) -> list[str]:
        return [r.name for r in self.requests]

    # The desk's side.

    def _record(self, name: str, acting: Acting, session_id: int | None, *args: str) -> Invalid | None:
        self.requests.append(Request(name, acting, session_id, args))
        if session_id is not None and session_id not in self._sessions:
            return Invalid.of(f"no reasoning session #{session_id}")
        return self.refusals.get(name)

    async def start(self, acting: Acting, goal: str) -> Done[int] | Invalid:
        refused = self._record("start", acting, None, goal)
        if refused is not None:
            return refused
        session_id = self.add_session(goal)
        return Done(f"Reasoning session #{session_id} started.", session_id)

    async def _control(self, name: str, acting: Acting, session_id: int, *args: str) -> DeskAnswer:
        refused = self._record(name, acting, session_id, *args)
        if refused is not None:
            return refused
        if name == "steer":
            self._sessions[session_id].guidance = args[0]
        return Done(f"Session #{session_id}: {name} accepted.", None)

    async def pause(self, acting: Acting, session_id: int) -> DeskAnswer:
        return await self._control("pause", acting, session_id)

    async def resume(self, acting: Acting, session_id: int) -> DeskAnswer:
        return await self._control("resume", acting, session_id)

    async def abort(self, acting: Acting, session_id: int) -> DeskAnswer:
        return await self._control("abort", acting, session_id)

    async def steer(self, acting: Acting, session_id: int, guidance: str) -> DeskAnswer:
        return await self._control("steer", acting, session_id, guidance)

    async def add_context(self, acting: Acting, session_id: int, text: str) -> DeskAnswer:
        return await self._control("add_context", acting, session_id, text)

    async def answer(self, acting: Acting, session_id: int, text: str) -> DeskAnswer:
        return await self._control("answer", acting, session_id, text)

    async def override_step(self, acting: Acting, session_id: int, skill: str, input_text: str) -> DeskAnswer:
        return await self._control("override_step", acting, session_id, skill, input_text)

    async def view(self, session_id: int) -> SessionView | None:
        session = self._sessions.get(session_id)
        if session is None:
            return None
        steps = sum(1 for e in session.events if e.kind is EventKind.STEP)
        budgets = BudgetUse(steps, 10, steps, 30, 1.5, 600.0)
        return SessionView(
            session.summary, session.plan, (), budgets, session.question, session.guidance, session.result
        )

    async def recent(self, limit: int = 20) -> tuple[SessionSummary, ...]:
        newest = sorted(self._sessions.values(), key=lambda s: s.summary.id, reverse=True)
        return tuple(s.summary for s in newest[:limit])

    async def timeline(self, session_id: int, after_seq: int = 0) -> AsyncIterator[TimelineEvent]:
        session = self._sessions.get(session_id)
        if session is None:
            return
        self.resumed_after.append(after_seq)
        seen = after_seq
        while True:
            for event in [e for e in session.events if e.seq > seen]:
                seen = event.seq
                yield event
            if session.summary.status.finished:
                return
            async with session.changed:
                if len(session.events) <= seen:
                    self.subscribed.set()
                    await session.changed.wait()
