"""The session process (``alexclaw.reasoning.session_<id>``): a thin actor
holding one session's ``Cursor``. Each model or skill call runs as a task
linked to it, so its mailbox stays free: pause, resume, abort, steer, add
context, answer and override are handled at once (abort stops the call in
flight). A call's answer comes back as a message; ``_loop`` says what
follows, and it is written (step, events, state) before the next call
starts, so a crash resumes from the last move. Transient under the
sessions' DynamicSupervisor: a crash restarts the child spec, which marks
the session ``interrupted`` (resumable) instead of running it again
unasked (``session_spec``)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Final

from actors import AsyncActor, Caller, ExitReason, Refused, TaskProcess, publish, send
from alexclaw.reasoning._calls import ask, run_skill
from alexclaw.reasoning._desk import EventKind, TimelineEvent
from alexclaw.reasoning._loop import (
    Cursor,
    End,
    Move,
    Phase,
    after_compress,
    after_evaluate,
    after_input,
    after_plan,
    after_run,
    budget_use,
    decided,
    final_answer,
    from_state,
    no_answer,
    override,
    read_model_decision,
    ready_override,
    to_state,
)
from alexclaw.reasoning._model import Status
from alexclaw.reasoning._phases import best_result, decide_without_model, over_budget
from alexclaw.reasoning._ports import ReasoningPorts, budgets_of
from alexclaw.reasoning._prompts import phase_prompt
from alexclaw.reasoning._store import StepWrite, add_event, add_step, get_session, masked, plan_json, save_session

log = logging.getLogger("alexclaw.reasoning")

REASONING_TOPIC: Final = "reasoning"  # every TimelineEvent, as it is written
CHATS: Final = frozenset({"telegram", "discord"})
CRASHED: Final = "the session's process crashed mid-step; resume to continue"
STOPPED: Final = "the node stopped while the session ran; resume to continue"
_STATUS_OF = {
    Phase.PLAN: Status.PLANNING,
    Phase.PREPARE: Status.EXECUTING,
    Phase.EXECUTE: Status.EXECUTING,
    Phase.EVALUATE: Status.EVALUATING,
    Phase.COMPRESS: Status.EVALUATING,
    Phase.DECIDE: Status.DECIDING,
}


SESSION_PREFIX = "alexclaw.reasoning.session_"


def session_name(session_id: int) -> str:
    return f"{SESSION_PREFIX}{session_id}"


@dataclass(frozen=True)
class Control:
    """A front end's request (``kind``: pause, resume, abort, steer, context, answer, override)."""

    kind: str
    text: str = ""
    skill: str = ""


@dataclass(frozen=True)
class _Answered:
    token: int
    value: Any


@dataclass(frozen=True)
class _Kick:
    pass


class SessionActor(AsyncActor):
    """One session (see the module doc).

    ``handle_call``
        A ``Control``: answers the message to show, or ``Refused`` with the
        reason (finished, not paused, no question, a skill a plan may not
        name); never waits for the call in flight. What it accepts is written
        (the cursor, with its event) before it answers: a crash loses none.
    ``handle_info``
        The kick after ``init`` (first status, first call) and each call's
        answer, its move written before the next call; a raise (the database
        away) crashes the session: its spec marks it interrupted.
    ``terminate``
        A stop with the node: marked interrupted (resumable) unless ended."""

    def __init__(self, ports: ReasoningPorts, session_id: int, *, resumed: bool = False) -> None:
        super().__init__()
        self.ports = ports
        self.session_id = session_id
        self.resumed = resumed
        self.cursor: Cursor | None = None
        self.status = Status.INTERRUPTED  # until the first status is written (at the kick)
        self.task: TaskProcess[None] | None = None
        self.token = 0
        self.ended = False
        self.origin = ""  # the way in the session was started from (its row's origin)
        self.reported: tuple[int, int] | None = None  # (iterations, model calls) in the last budget event

    async def init(self) -> None:
        async with self.ports.database.pool().acquire() as conn:
            row = await get_session(conn, self.session_id)
        if row is None:
            raise LookupError(f"no reasoning session {self.session_id}")
        self.origin = row.origin
        started = self.ports.clock() - row.elapsed_seconds
        self.cursor = from_state(row.state, row.goal, budgets_of(self.ports.settings()), started)
        send(self, _Kick())

    # -- requests ------------------------------------------------------------

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        assert isinstance(message, Control) and self.cursor is not None
        if self.ended:
            return Refused(f"session {self.session_id} has finished")
        kind, text = message.kind, message.text.strip()[:4000]
        if kind == "pause":
            if self.status in (Status.PAUSED, Status.WAITING_USER):
                return Refused(f"session {self.session_id} is {self.status.value}: nothing runs to pause")
            await self._set_status(Status.PAUSED, "paused by the operator")
            return f"Session {self.session_id} paused."
        if kind == "resume":
            if self.status is not Status.PAUSED:
                return Refused(f"session {self.session_id} is {self.status.value}, not paused")
            await self._set_status(_STATUS_OF[self.cursor.phase], "resumed by the operator")
            await self._advance()
            return f"Session {self.session_id} resumed."
        if kind == "abort":
            self._drop_task()
            await self._finish(End(Status.ABORTED, "aborted by the operator"))
            return f"Session {self.session_id} aborted."
        if kind == "answer":
            if self.status is not Status.WAITING_USER or self.cursor.question is None:
                return Refused(f"session {self.session_id} has asked no question")
            return await self._guided("answer", text, f"Q: {self.cursor.question}\nA: {text}")
        if kind == "override":
            refusal = self.ports.rules().refusal(message.skill)
            if refusal is not None:
                return Refused(refusal)
            # Runs once the step in flight (if any) is graded; written with its event, so a crash keeps it.
            self.cursor = replace(self.cursor, pending=(message.skill, text))
            answer = await self._guided("override", f"{message.skill}: {text}", None)
            await self._advance()
            return answer
        if kind in ("steer", "context"):
            return await self._guided(kind, text, f"Context: {text}" if kind == "context" else None)
        return Refused(f"unknown request {kind!r}")

    async def _guided(self, kind: str, text: str, memory: str | None) -> str:
        """Guidance recorded at once; the next prompt carries it."""
        assert self.cursor is not None
        session = self.cursor.session
        if kind == "steer":
            session = replace(session, guidance=text)
        if memory is not None:
            session = replace(session, working_memory=f"{session.working_memory}\n{memory}".strip()[-20_000:])
        self.cursor = replace(self.cursor, session=session, question=None if kind == "answer" else self.cursor.question)
        await self._write(Move(self.cursor, events=((EventKind.GUIDANCE, {"kind": kind, "text": text}),)))
        if kind == "answer":
            await self._set_status(_STATUS_OF[self.cursor.phase], "answered by the operator")
            await self._advance()
        return f"Session {self.session_id}: {kind} recorded."

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Kick):
            assert self.cursor is not None
            if self.cursor.question is not None:  # resumed while a question was open: it still is
                await self._set_status(Status.WAITING_USER, self.cursor.question)
            elif self.resumed:
                await self._set_status(_STATUS_OF[self.cursor.phase], "resumed after an interruption")
            await self._advance()
        elif isinstance(message, _Answered) and message.token == self.token and not self.ended:
            self.task = None
            await self._apply(message.value)
            await self._advance()

    async def terminate(self, reason: ExitReason) -> None:
        if not self.ended and self.cursor is not None:  # stopped with the node: resumable, never stuck running
            await self._set_status(Status.INTERRUPTED, STOPPED)

    # -- the loop --------------------------------------------------------------

    async def _advance(self) -> None:
        """Start the next call, unless one is in flight or the session waits."""
        while self.task is None and not self.ended and self.status not in (Status.PAUSED, Status.WAITING_USER):
            cursor = self.cursor
            assert cursor is not None
            # A skill step asks no model: the model-call budget stops the next call, not a step already prepared.
            counted = replace(cursor.session, llm_calls=0) if cursor.phase is Phase.EXECUTE else cursor.session
            why = over_budget(counted, self.ports.clock())
            if why is not None:
                ended = Status.COMPLETED if best_result(cursor.session) is not None else Status.FAILED
                await self._finish(End(ended, why))
                return
            session = cursor.session
            if cursor.pending is not None and cursor.phase not in (Phase.EVALUATE, Phase.COMPRESS):
                self.cursor = override(cursor, *cursor.pending)
                continue
            if cursor.phase is Phase.PREPARE and session.step_index >= len(session.plan):
                self.cursor = replace(cursor, phase=Phase.PLAN)
                continue
            if cursor.phase is Phase.DECIDE and (rule := decide_without_model(session)) is not None:
                await self._commit(decided(cursor, rule, None))
                continue
            if (guarded := ready_override(cursor)) is not None:
                await self._commit(guarded)
                continue
            await self._set_status(_STATUS_OF[cursor.phase], "")
            await self._launch(cursor)
            return

    async def _launch(self, cursor: Cursor) -> None:
        session = cursor.session
        phase = cursor.phase
        if phase is Phase.EXECUTE:
            assert cursor.step_input is not None
            skill, text = session.plan[session.step_index].skill, cursor.step_input
            seconds = session.budgets.step_timeout_seconds
            work: Callable[[], Awaitable[Any]] = lambda: run_skill(  # noqa: E731
                self.ports, self.session_id, skill, text, seconds
            )
        else:
            prompt, untrusted = phase_prompt(cursor, self.ports.descriptions)
            self.cursor = replace(cursor, session=session.counted_call())
            work = lambda: ask(self.ports, prompt, untrusted)  # noqa: E731
        self.token += 1
        token, me = self.token, self

        async def body() -> None:
            send(me, _Answered(token, await work()))

        # Linked: a task that crashes takes the session with it (then interrupted, resumable).
        self.task = await TaskProcess(body).start()

    async def _apply(self, value: Any) -> None:
        cursor = self.cursor
        assert cursor is not None
        rules = self.ports.rules()
        if isinstance(value, tuple):
            outcome, duration = value
            move = after_run(cursor, outcome, duration)
        elif value.text is None:
            move = no_answer(cursor, cursor.phase, value)
        elif cursor.phase is Phase.PLAN:
            move = after_plan(cursor, value, rules)
        elif cursor.phase is Phase.PREPARE:
            move = after_input(cursor, value)
        elif cursor.phase is Phase.EVALUATE:
            move = after_evaluate(cursor, value)
        elif cursor.phase is Phase.COMPRESS:
            move = after_compress(cursor, value)
        else:
            read = read_model_decision(cursor, value, rules)
            move = read if isinstance(read, Move) else decided(cursor, read, value)
        await self._commit(move)

    async def _commit(self, move: Move) -> None:
        await self._write(move)
        if move.cursor.question is not None and move.cursor.session.status is Status.WAITING_USER:
            await self._set_status(Status.WAITING_USER, move.cursor.question)
            if self.origin in CHATS:  # asked from a chat: the question goes there, a plain reply answers it
                ask = f"Reasoning session {self.session_id} asks: {move.cursor.question}\nReply to answer it."
                await self.ports.deliver(self.origin, ask, {"session": self.session_id})
        if move.end is not None:
            await self._finish(move.end)

    # -- writing -----------------------------------------------------------------

    async def _write(self, move: Move) -> None:
        self.cursor = move.cursor
        session = move.cursor.session
        events: list[TimelineEvent] = []
        async with self.ports.database.pool().acquire() as conn, conn.transaction():  # one commit
            for step in (move.step, move.guard):
                if step is not None:
                    events.append(await add_step(conn, self.session_id, step))
            for kind, data in move.events:
                events.append(await add_event(conn, self.session_id, kind, data))
            if (used := (session.iteration, session.llm_calls)) != self.reported:  # the page's budgets, live
                events.append(
                    await add_event(conn, self.session_id, EventKind.BUDGET, budget_use(session, self._elapsed()))
                )
                self.reported = used
            await save_session(
                conn, self.session_id, state=to_state(move.cursor), plan=plan_json(session.plan),
                guidance=session.guidance, question=move.cursor.question, iterations=session.iteration,
                llm_calls=session.llm_calls, elapsed_seconds=self._elapsed(),
            )  # fmt: skip
        for event in events:
            publish(REASONING_TOPIC, event)

    def _elapsed(self) -> float:
        assert self.cursor is not None
        return max(0.0, self.ports.clock() - self.cursor.session.started_at)

    async def _set_status(self, status: Status, reason: str, **columns: Any) -> None:
        if status is self.status and not columns:
            return
        self.status = status
        async with self.ports.database.pool().acquire() as conn, conn.transaction():  # one commit
            await save_session(conn, self.session_id, status=status.value, reason=reason, **columns)
            event = await add_event(conn, self.session_id, EventKind.STATUS, {"status": status.value, "reason": reason})
        publish(REASONING_TOPIC, event)

    def _drop_task(self) -> None:
        """Abandon the call in flight: its answer, if it comes, is ignored."""
        if self.task is not None:
            self.unlink(self.task)
            self.task.kill()
            self.task = None
        self.token += 1

    async def _finish(self, end: End) -> None:
        """The end: the answer from the steps' outputs, its event and status,
        then delivery; the process stops."""
        assert self.cursor is not None
        self.ended = True
        settings = self.ports.settings()
        session = self.cursor.session
        built, sources = final_answer(session, settings.result_budget_chars)
        answer = masked(built) or ""  # stored, shown and delivered masked, and so are the sources
        sources = tuple(masked(source) or "" for source in sources)
        confidence = end.confidence
        async with self.ports.database.pool().acquire() as conn, conn.transaction():  # one commit
            events = [
                await add_event(conn, self.session_id, EventKind.RESULT,
                                {"answer": answer, "confidence": confidence, "sources": list(sources)}),
                await add_event(conn, self.session_id, EventKind.BUDGET, budget_use(session, self._elapsed())),
            ]  # fmt: skip
            await save_session(conn, self.session_id, result=answer or None, sources=list(sources),
                               confidence=confidence, iterations=session.iteration, llm_calls=session.llm_calls,
                               elapsed_seconds=self._elapsed(), finished_at=datetime.now(UTC))  # fmt: skip
        for event in events:
            publish(REASONING_TOPIC, event)
        if answer:
            await self._deliver(answer, sources, settings.default_delivery, session.iteration)
        self.status = Status.PLANNING  # so the final status is always written
        await self._set_status(end.status, end.reason)
        self.stop_self()

    async def _deliver(self, answer: str, sources: tuple[str, ...], channel: str, iteration: int) -> None:
        """Stored as a ``reasoning`` memory, and sent where
        ``reasoning.default_delivery`` says; each delivery is a recorded step."""
        cursor = self.cursor
        assert cursor is not None
        goal = cursor.session.goal
        listed = "\n".join(f"- {source}" for source in sources)
        text = f"Reasoning: {goal}\n\n{answer}" + (f"\n\nSources:\n{listed}" if sources else "")
        meta = {"session": self.session_id, "goal": goal, "sources": list(sources)}
        for target in dict.fromkeys(("memory", channel)):
            try:
                error = await self.ports.deliver(target, text, meta)
            except Exception as exc:  # a delivery that breaks is recorded; the result is kept
                log.exception("session %s: delivery to %s failed", self.session_id, target)
                error = f"{type(exc).__name__}: {exc}"
            step = StepWrite(iteration, "deliver", skill=target, output=None if error else "delivered", error=error)
            await self._write(Move(cursor, step))
