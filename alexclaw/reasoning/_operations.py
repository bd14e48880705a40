"""``ReasoningOperations``: the ``ReasoningDesk`` the front ends use
(``Services.reasoning``). Each request is audited (``reasoning.<request>``)
and answers ``Done`` or ``Invalid``; control requests go to the session's
process, which answers at once. A session with no process (interrupted by
a crash or a stop) can only be resumed: a new process continues from its
persisted state."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, Final

from actors import (
    AsyncActor,
    CallTimeout,
    NoProcess,
    ProcessExited,
    Refused,
    call,
    registered_names,
    subscribe,
    whereis,
)
from alexclaw.reasoning._actor import REASONING_TOPIC, SESSION_PREFIX, Control, session_name
from alexclaw.reasoning._desk import DeskAnswer, EventKind, SessionSummary, SessionView, TimelineEvent
from alexclaw.reasoning._model import Status
from alexclaw.reasoning._ports import ReasoningPorts
from alexclaw.reasoning._store import (
    count_live,
    create_session,
    events_after,
    get_session,
    load_view,
    recent_sessions,
)
from alexclaw.reasoning.tree import SESSIONS_NAME, session_spec
from alexclaw.security import Acting, Done, Invalid, record_audit
from supervisors import start_child

MAX_GOAL_CHARS: Final = 2000
_ENDS = {Status.COMPLETED, Status.FAILED, Status.STUCK, Status.ABORTED, Status.INTERRUPTED}


class _Follower(AsyncActor):
    """One timeline's live events: subscribed before the replay is read,
    so nothing written in between is missed (duplicates are dropped by seq).

    ``handle_info``
        A ``TimelineEvent`` of its session is queued for the timeline;
        anything else is ignored. Nothing in it raises. Started unlinked by
        ``timeline`` and stopped by it, whatever ends the iteration."""

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.queue: asyncio.Queue[TimelineEvent] = asyncio.Queue()

    async def init(self) -> None:
        subscribe(REASONING_TOPIC, self)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, TimelineEvent) and message.session_id == self.session_id:
            self.queue.put_nowait(message)


def _ends(event: TimelineEvent) -> bool:
    return event.kind is EventKind.STATUS and Status(str(event.data.get("status"))) in _ENDS


class ReasoningOperations:
    """The desk (``alexclaw.reasoning.ReasoningDesk``)."""

    def __init__(self, ports: ReasoningPorts, *, supervisor: str = SESSIONS_NAME) -> None:
        self.ports = ports
        self.supervisor = supervisor
        self._starting = asyncio.Lock()  # the concurrency check and the start are one step

    async def _audit(self, acting: Acting, request: str, session_id: int | None, outcome: str, **detail: Any) -> None:
        target = f"reasoning:{session_id}" if session_id is not None else "reasoning"
        async with self.ports.database.pool().acquire() as conn:
            await record_audit(conn, acting.actor, f"reasoning.{request}", target, outcome=outcome,
                               detail={"origin": acting.origin, **detail})  # fmt: skip

    async def _refuse(self, acting: Acting, request: str, session_id: int | None, reason: str) -> Invalid:
        await self._audit(acting, request, session_id, "denied", reason=reason)
        return Invalid.of(reason)

    async def start(self, acting: Acting, goal: str) -> Done[int] | Invalid:
        goal = goal.strip()
        settings = self.ports.settings()
        if not goal:
            return await self._refuse(acting, "start", None, "a goal is required")
        if len(goal) > MAX_GOAL_CHARS:
            return await self._refuse(acting, "start", None, f"the goal is longer than {MAX_GOAL_CHARS} characters")
        if not settings.enabled:
            return await self._refuse(acting, "start", None, "reasoning sessions are off (reasoning.enabled)")
        if not self.ports.has_provider():
            return await self._refuse(acting, "start", None, "no LLM provider is configured: add one first")
        async with self._starting:
            async with self.ports.database.pool().acquire() as conn:
                live = await count_live(conn, self.ports.node)
                if live >= settings.max_concurrent_sessions:
                    reason = (f"{live} reasoning session(s) already running or waiting on this node; "
                              f"reasoning.max_concurrent_sessions is {settings.max_concurrent_sessions}")  # fmt: skip
                    return await self._refuse(acting, "start", None, reason)
                session_id = await create_session(conn, goal, origin=acting.origin, actor=acting.actor,
                                                  node=self.ports.node)  # fmt: skip
            await self._audit(acting, "start", session_id, "ok", goal=goal[:200])
            await start_child(self.supervisor, session_spec(self.ports, session_id))
        return Done(f"Reasoning session {session_id} started.", session_id)

    async def _control(self, acting: Acting, session_id: int, control: Control) -> DeskAnswer:
        try:
            answer: str | Refused = await call(session_name(session_id), control, timeout=30)
        except (NoProcess, ProcessExited, CallTimeout):
            return await self._without_process(acting, session_id, control)
        if isinstance(answer, Refused):
            return await self._refuse(acting, control.kind, session_id, answer.reason)
        await self._audit(acting, control.kind, session_id, "ok")
        return Done(answer, None)

    async def _without_process(self, acting: Acting, session_id: int, control: Control) -> DeskAnswer:
        async with self.ports.database.pool().acquire() as conn:
            row = await get_session(conn, session_id)
        if row is None:
            return await self._refuse(acting, control.kind, session_id, f"there is no reasoning session {session_id}")
        if control.kind != "resume" or row.status is not Status.INTERRUPTED:
            return await self._refuse(
                acting, control.kind, session_id, f"session {session_id} is {row.status.value}: {control.kind} refused"
            )
        if row.node_name != self.ports.node:
            return await self._refuse(acting, "resume", session_id, f"session {session_id} ran on {row.node_name}")
        async with self._starting:
            await start_child(self.supervisor, session_spec(self.ports, session_id, resumed=True))
        await self._audit(acting, "resume", session_id, "ok", interrupted=True)
        return Done(f"Session {session_id} resumed.", None)

    async def pause(self, acting: Acting, session_id: int) -> DeskAnswer:
        return await self._control(acting, session_id, Control("pause"))

    async def resume(self, acting: Acting, session_id: int) -> DeskAnswer:
        return await self._control(acting, session_id, Control("resume"))

    async def abort(self, acting: Acting, session_id: int) -> DeskAnswer:
        return await self._control(acting, session_id, Control("abort"))

    async def steer(self, acting: Acting, session_id: int, guidance: str) -> DeskAnswer:
        if not guidance.strip():
            return await self._refuse(acting, "steer", session_id, "the guidance is empty")
        return await self._control(acting, session_id, Control("steer", guidance))

    async def add_context(self, acting: Acting, session_id: int, text: str) -> DeskAnswer:
        if not text.strip():
            return await self._refuse(acting, "context", session_id, "the context is empty")
        return await self._control(acting, session_id, Control("context", text))

    async def answer(self, acting: Acting, session_id: int, text: str) -> DeskAnswer:
        if not text.strip():
            return await self._refuse(acting, "answer", session_id, "the answer is empty")
        return await self._control(acting, session_id, Control("answer", text))

    async def override_step(self, acting: Acting, session_id: int, skill: str, input_text: str) -> DeskAnswer:
        return await self._control(acting, session_id, Control("override", input_text, skill.strip()))

    async def view(self, session_id: int) -> SessionView | None:
        settings = self.ports.settings()
        limits = (settings.max_iterations, settings.max_llm_calls, float(settings.time_budget_seconds))
        async with self.ports.database.pool().acquire() as conn:
            return await load_view(conn, session_id, limits=limits)

    async def recent(self, limit: int = 20) -> tuple[SessionSummary, ...]:
        async with self.ports.database.pool().acquire() as conn:
            return tuple(await recent_sessions(conn, max(1, min(limit, 200))))

    async def recent_of(self, actor: str, limit: int = 5) -> tuple[SessionSummary, ...]:
        """The latest sessions one principal started (a chat's own)."""
        async with self.ports.database.pool().acquire() as conn:
            return tuple(await recent_sessions(conn, max(1, min(limit, 200)), origin=actor))

    def running(self, session_id: int) -> bool:
        return whereis(session_name(session_id)) is not None

    def any_running(self) -> bool:
        """Whether a session runs on this node (in memory, no I/O): only a
        running session can be waiting for an answer, so the chat's plain
        messages skip the database when none does."""
        return any(name.startswith(SESSION_PREFIX) for name in registered_names())

    async def timeline(self, session_id: int, after_seq: int = 0) -> AsyncIterator[TimelineEvent]:
        """Replay from the database, then live; ends when the session ends
        (finished or interrupted) or the consumer stops iterating."""
        follower = await _Follower(session_id).start(link=False)
        try:
            async with self.ports.database.pool().acquire() as conn:
                row = await get_session(conn, session_id)
                replay = await events_after(conn, session_id, after_seq) if row is not None else []
            if row is None:
                return
            last = after_seq
            for event in replay:
                last = event.seq
                yield event
            if row.finished or (row.status is Status.INTERRUPTED and not self.running(session_id)):
                return
            while True:
                event = await follower.queue.get()
                if event.seq <= last:
                    continue  # already replayed
                if event.seq > last + 1:  # cannot happen with one writer; read the gap rather than skip it
                    async with self.ports.database.pool().acquire() as conn:
                        for missed in await events_after(conn, session_id, last):
                            if missed.seq < event.seq:
                                last = missed.seq
                                yield missed
                last = event.seq
                yield event
                if _ends(event):
                    return
        finally:
            await follower.stop()
