"""Break-glass: a time-boxed, reasoned, audited window in which BLOCK
verdicts are let through (and recorded). Rules: a reason of at least 10
characters; 15, 30, 60, 120 or 240 minutes; one at a time; 15 minutes of
cool-down after one ends. Starting one goes through a TOTP challenge (the
web page asks). When it ends — on time, by hand, or at the next boot if the
node was down — the traffic it let through is scanned again and what would
have been blocked is reported (audit row, ``shield`` topic, log warning)."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from actors import AsyncActor, Caller, Process, Refused, Snapshot, Timer, call, publish, raise_if_refused, send_after
from alexclaw.security._audit import record_audit
from alexclaw.security._crypto import DecryptionError, SecretBox
from alexclaw.security._guard import BreakGlassWindow
from alexclaw.security._shield import scan as shield_scan
from alexclaw.storage import UNAVAILABLE, Backoff, DatabaseHandle

log = logging.getLogger("alexclaw.security.shield")

BREAK_GLASS_NAME: Final = "alexclaw.security.break_glass"
SHIELD_TOPIC: Final = "shield"
DURATIONS: Final = (15, 30, 60, 120, 240)
COOLDOWN_SECONDS: Final = 15 * 60


class BreakGlassError(ValueError):
    """A break-glass request was refused; the message says which rule."""


@dataclass(frozen=True, slots=True)
class BreakGlassEnded:
    id: int
    scanned: int
    would_block: int
    would_review: int
    top_rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Start:
    reason: str
    minutes: int
    actor: str


@dataclass(frozen=True, slots=True)
class _End:
    actor: str


@dataclass(frozen=True, slots=True)
class _Expire:
    id: int


@dataclass(frozen=True, slots=True)
class _Finish:
    window: BreakGlassWindow
    actor: str


class BreakGlassActor(AsyncActor):
    """Owns the shield's break-glass window: opens it (reason, offered
    duration, cool-down), ends it on time or on request, and rescans what it
    let through.

    ``init``
        Publishes the window still open from before a restart (ended at once if
        it should have ended), waiting for the database during an outage.
    ``handle_call``
        ``_Start`` answers the ``BreakGlassWindow``, ``_End`` the
        ``BreakGlassEnded``, or ``Refused`` carrying a ``BreakGlassError`` (a
        short reason, a duration not offered, a window already open, the
        cool-down, the database away — code ``unavailable``); ``BreakGlass``
        raises that error at its caller.
    ``handle_info``
        The timer ends the window. The window closes at once even while the
        database is away (fail closed); its record is finished later, with
        backoff — never a crash.

    Any other raise crashes it; its restart reads the open window again."""

    def __init__(
        self,
        database: DatabaseHandle,
        box: SecretBox,
        window: Snapshot[BreakGlassWindow | None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.database = database
        self.box = box
        self.window = window
        self.clock = clock
        self._timer: Timer | None = None
        self._backoff = Backoff()

    async def init(self) -> None:
        # Restarted during an outage: wait for the database rather than fail at once.
        row = await self.database.when_ready(self._open_window, what="break-glass")
        if row is None:
            self.window.publish(None)
            return
        window = BreakGlassWindow(row["id"], row["reason"], float(row["ends"]))
        self.window.publish(window)
        # Ends on time, or at once if the node was down when it should have.
        self._timer = send_after(self, _Expire(window.id), max(window.ends_at - self.clock(), 0.0))

    async def _open_window(self) -> Any:
        async with self.database.pool().acquire() as conn:
            return await conn.fetchrow(
                "SELECT id, reason, extract(epoch FROM ends_at) AS ends FROM break_glass "
                "WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1"
            )

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        try:
            if isinstance(message, _Start):
                return await self._start(message)
            if isinstance(message, _End):
                current = self.window.read()
                if current is None:
                    raise BreakGlassError("no break-glass window is open")
                ended = await self._finish(current, message.actor)
                # Closed at once either way; only its record waits for the database.
                return Refused.because(ended, "unavailable") if isinstance(ended, BreakGlassError) else ended
        except BreakGlassError as exc:  # raised by the checks above and in _start: an answer, not a crash
            return Refused.because(exc)
        except UNAVAILABLE as exc:
            self.database.report_unavailable(exc)
            return Refused.because(BreakGlassError("the database is unavailable; try again in a moment"), "unavailable")
        return await super().handle_call(message, caller)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Expire):
            current = self.window.read()
            if current is not None and current.id == message.id:
                await self._finish(current, "timer")
            return
        if isinstance(message, _Finish):
            await self._finish(message.window, message.actor)
            return
        await super().handle_info(message)

    async def _finish(self, window: BreakGlassWindow, actor: str) -> BreakGlassEnded | BreakGlassError:
        """End the window. It closes here at once (fail closed); while the
        database is away its record is finished later, with backoff."""
        try:
            ended = await self._end(window, actor)
        except UNAVAILABLE as exc:
            self.database.report_unavailable(exc)
            delay = self._backoff.delay()
            log.warning("break-glass %d is closed; its record is written when the database returns", window.id)
            send_after(self, _Finish(window, actor), delay)
            return BreakGlassError("the window is closed; the database is unavailable, so its record is written later")
        self._backoff.reset()
        return ended

    async def _start(self, message: _Start) -> BreakGlassWindow:
        reason = " ".join(message.reason.split())
        if len(reason) < 10:
            raise BreakGlassError("give a reason of at least 10 characters")
        if message.minutes not in DURATIONS:
            raise BreakGlassError(f"the duration must be one of {', '.join(map(str, DURATIONS))} minutes")
        if self.window.read() is not None:
            raise BreakGlassError("a break-glass window is already open")
        async with self.database.pool().acquire() as conn, conn.transaction():  # the window and its audit row together
            last_end = await conn.fetchval("SELECT extract(epoch FROM max(ended_at)) FROM break_glass")
            if last_end is not None and self.clock() - float(last_end) < COOLDOWN_SECONDS:
                wait = int(COOLDOWN_SECONDS - (self.clock() - float(last_end)))
                raise BreakGlassError(
                    f"cool-down: the last window ended less than 15 minutes ago (wait {wait // 60 + 1} min)"
                )
            ends = self.clock() + message.minutes * 60
            window_id = await conn.fetchval(
                "INSERT INTO break_glass (reason, actor, started_at, ends_at) "
                "VALUES ($1, $2, to_timestamp($3), to_timestamp($4)) RETURNING id",
                reason,
                message.actor,
                self.clock(),
                ends,
            )
            await record_audit(
                conn,
                message.actor,
                "break_glass.started",
                "shield",
                detail={"minutes": message.minutes, "id": window_id},
            )
        window = BreakGlassWindow(window_id, reason, ends)
        self.window.publish(window)
        self._timer = send_after(self, _Expire(window_id), message.minutes * 60)
        log.warning("break-glass opened for %d minutes by %s: %s", message.minutes, message.actor, reason)
        publish(SHIELD_TOPIC, window)
        return window

    async def _end(self, window: BreakGlassWindow, actor: str) -> BreakGlassEnded:
        if self._timer is not None:
            self._timer.cancel()
        self.window.publish(None)
        verdicts: Counter[str] = Counter()
        rules: Counter[str] = Counter()
        async with self.database.pool().acquire() as conn, conn.transaction():
            rows = await conn.fetch(
                "SELECT direction, content FROM break_glass_traffic WHERE break_glass_id = $1", window.id
            )
            for row in rows:
                try:
                    text = self.box.decrypt(row["content"])
                except DecryptionError:
                    verdicts["unreadable"] += 1
                    continue
                result = shield_scan(text, "response" if row["direction"] == "response" else "prompt")
                verdicts[result.verdict] += 1
                rules.update(d.rule for d in result.detections)
            summary = BreakGlassEnded(
                window.id, len(rows), verdicts["BLOCK"], verdicts["REVIEW"], tuple(r for r, _ in rules.most_common(5))
            )
            detail = {
                "scanned": summary.scanned,
                "would_block": summary.would_block,
                "would_review": summary.would_review,
            }
            await conn.execute(
                "UPDATE break_glass SET ended_at = to_timestamp($3), retro = $2::jsonb WHERE id = $1",
                window.id,
                _json({**detail, "top_rules": list(summary.top_rules)}),
                self.clock(),
            )
            await conn.execute("DELETE FROM break_glass_traffic WHERE break_glass_id = $1", window.id)
            await record_audit(conn, actor, "break_glass.ended", "shield", detail={**detail, "id": window.id})
        if summary.would_block:
            log.warning(
                "break-glass %d let through %d texts the shield would have blocked (rules: %s)",
                window.id,
                summary.would_block,
                ", ".join(summary.top_rules),
            )
        publish(SHIELD_TOPIC, summary)
        return summary


def _json(value: dict[str, Any]) -> str:
    import json

    return json.dumps(value)


class BreakGlass:
    """Client API (the web page; later the chat gateways)."""

    def __init__(self, target: Process | str = BREAK_GLASS_NAME) -> None:
        self.target = target

    async def start(self, reason: str, minutes: int, *, actor: str) -> BreakGlassWindow:
        answer: BreakGlassWindow | Refused = await call(self.target, _Start(reason, minutes, actor), timeout=30)
        result = raise_if_refused(answer)  # the BreakGlassError the actor refused with
        assert isinstance(result, BreakGlassWindow)
        return result

    async def end(self, *, actor: str) -> BreakGlassEnded:
        answer: BreakGlassEnded | Refused = await call(self.target, _End(actor), timeout=60)
        result = raise_if_refused(answer)
        assert isinstance(result, BreakGlassEnded)
        return result
