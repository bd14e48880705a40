"""``AsyncActor``: the default process kind, an asyncio task with a lean mailbox.

Callbacks, all run by the actor's own task, one message at a time:

``init()``
    Runs inside ``start()``; ``start`` returns only after it. Do here what
    later siblings need. Raising makes ``start`` raise ``StartError``;
    returning ``IGNORE`` makes ``start`` return ``IGNORE``.
``handle_call(message, caller)``
    Returns the reply, or ``NOREPLY`` to answer later with ``reply(caller, v)``.
    A request the actor turns down is answered with ``Refused`` (a value),
    never raised: raising is for bugs, and crashes the process.
``handle_cast(message)`` / ``handle_info(message)``
    Fire-and-forget messages, and everything else (``Down``, trapped
    ``Exit``, pub/sub messages, ``send``).
``terminate(reason)``
    Runs after an orderly stop *and* after a crash, not after a kill.

Raising from any handler crashes the process: it runs ``terminate``, every
pending caller gets ``ProcessExited`` naming the exception, and links and
monitors are told. A stop request is honoured after the current handler.

The mailbox is a ``deque`` plus a single waiter future created only while
the mailbox is empty: far lighter than an ``asyncio.Queue`` per actor.
"""

from __future__ import annotations

import asyncio
import logging
from asyncio import events
from collections import deque
from functools import partial
from typing import Any, Final

from actors._errors import CallTimeout, NoProcess, ProcessExited, StartError
from actors._exits import KILLED, NORMAL, Crashed, ExitReason
from actors._process import IGNORE, Ignore, Process, _current

log = logging.getLogger("actors")

Caller = asyncio.Future[Any]
"""What ``handle_call`` receives to identify the caller; pass it to ``reply``."""


class _NoReply:
    def __repr__(self) -> str:
        return "NOREPLY"


NOREPLY: Final = _NoReply()

_CALL: Final = 0
_CAST: Final = 1
_INFO: Final = 2
_SYNC: Final = 3


def _expire(fut: asyncio.Future[Any], target: Process, timeout: float) -> None:
    if not fut.done():
        fut.set_exception(CallTimeout(f"no reply from {target} within {timeout}s"))


def reply(caller: Caller, value: Any) -> None:
    """Answer a call later (after ``handle_call`` returned ``NOREPLY``).

    Safe from any thread; a reply to a caller that gave up is dropped.
    """
    loop = caller.get_loop()
    if events._get_running_loop() is loop:
        if not caller.done():
            caller.set_result(value)
    else:
        loop.call_soon_threadsafe(_settle, caller, value)


def _settle(fut: asyncio.Future[Any], value: Any) -> None:
    if not fut.done():
        fut.set_result(value)


def _settle_exc(fut: asyncio.Future[Any], error: BaseException) -> None:
    if not fut.done():  # a starter that was cancelled cancelled it
        fut.set_exception(error)


class AsyncActor(Process):
    """A GenServer-like process on the event loop. Subclass and override the
    callbacks; keep constructor work to plain attribute assignment."""

    __slots__ = ("_kill_reason", "_mailbox", "_stop_reason", "_task", "_waiter")

    def __init__(self) -> None:
        super().__init__()
        self._mailbox: deque[tuple[int, Any, Any]] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop_reason: ExitReason | None = None
        self._kill_reason: ExitReason | None = None

    # -- callbacks -----------------------------------------------------

    async def init(self) -> Ignore | None:
        return None

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        raise TypeError(f"{self} got an unexpected call: {message!r}")

    async def handle_cast(self, message: Any) -> None:
        raise TypeError(f"{self} got an unexpected cast: {message!r}")

    async def handle_info(self, message: Any) -> None:
        log.warning("%s ignored an unexpected message: %r", self, message)

    async def terminate(self, reason: ExitReason) -> None:
        return None

    # -- lifecycle -----------------------------------------------------

    async def start(self, name: str | None = None, *, link: bool = True) -> Any:
        """Spawn the task, run ``init`` and return ``self`` (or ``IGNORE``).

        With ``link`` the caller (if it is a process) is linked once ``init``
        succeeded; an ``init`` failure is reported only as ``StartError``.
        """
        loop = asyncio.get_running_loop()
        self._begin(loop, name)
        started: asyncio.Future[Any] = loop.create_future()
        self._task = loop.create_task(self._main(started))
        self._task.add_done_callback(partial(self._task_done, started))
        try:
            result = await started
        except asyncio.CancelledError:
            # The starter was killed while this process ran ``init``: as with
            # OTP's start_link, the half-started process dies with it. Left
            # alive it held its name unsupervised, and the restarted parent's
            # start of it was refused ("already registered") until the parent
            # gave up (found by the chaos suite).
            self.kill()
            raise
        if result is self and link and self._parent is not None:
            self._parent.link(self)
        return result

    def stop_self(self, reason: ExitReason = NORMAL) -> None:
        """Called from a handler: stop once the current message is done."""
        self._request_stop(reason)

    def _task_done(self, started: asyncio.Future[Any], _task: asyncio.Task[None]) -> None:
        """A task cancelled before its first step never runs ``_main``:
        account for that exit here (a no-op in every other case)."""
        if self._exit_reason is None:
            reason = self._kill_reason or KILLED
            self._fail_pending(reason, None)
            self._finalize(reason)
        _settle_exc(started, StartError(f"{self} was killed before init", KILLED))

    async def _main(self, started: asyncio.Future[Any]) -> None:
        _current.set(self)
        try:
            outcome = await self.init()
        except asyncio.CancelledError:
            self._finalize(self._kill_reason or KILLED)
            _settle_exc(started, StartError(f"{self} was killed during init", KILLED))
            return
        except Exception as exc:
            log.error("%s failed to start", self, exc_info=exc)
            reason = Crashed(exc)
            self._finalize(reason)
            _settle_exc(started, StartError(f"{self} failed to start: {exc!r}", reason))
            return
        if outcome is IGNORE:
            self._finalize(NORMAL)
            _settle(started, IGNORE)
            return
        _settle(started, self)
        await self._serve()

    async def _serve(self) -> None:
        mailbox = self._mailbox
        loop = self._loop
        assert loop is not None
        reason: ExitReason = NORMAL
        in_flight: asyncio.Future[Any] | None = None
        try:
            while True:
                if self._stop_reason is not None:
                    reason = self._stop_reason
                    break
                if not mailbox:
                    self._waiter = loop.create_future()
                    await self._waiter
                    continue
                kind, message, fut = mailbox.popleft()
                if kind == _CALL:
                    if fut.done():
                        continue  # the caller gave up
                    in_flight = fut
                    answer = await self.handle_call(message, fut)
                    in_flight = None
                    if answer is not NOREPLY and not fut.done():
                        fut.set_result(answer)
                elif kind == _CAST:
                    await self.handle_cast(message)
                elif kind == _INFO:
                    await self.handle_info(message)
                elif not fut.done():
                    fut.set_result(None)  # _SYNC: everything sent before it is handled
        except asyncio.CancelledError:
            reason = self._kill_reason or KILLED
        except Exception as exc:
            reason = Crashed(exc)
            log.error("%s crashed", self, exc_info=exc)
            reason.release_frames()
        # terminate runs after an orderly stop or a crash, never after a kill
        # (whatever reason the stop carries: a parent's "killed" included).
        if self._kill_reason is None:
            try:
                await self.terminate(reason)
            except asyncio.CancelledError:
                reason = self._kill_reason or KILLED
            except Exception as exc:
                log.error("%s failed in terminate", self, exc_info=exc)
        self._fail_pending(reason, in_flight)
        self._finalize(reason)

    def _fail_pending(self, reason: ExitReason, in_flight: asyncio.Future[Any] | None) -> None:
        if in_flight is not None and not in_flight.done():
            in_flight.set_exception(ProcessExited(self, reason))
        for _kind, _message, fut in self._mailbox:
            if fut is not None and not fut.done():
                fut.set_exception(ProcessExited(self, reason))
        self._mailbox.clear()

    # -- delivery (loop thread) ------------------------------------------

    def _put(self, item: tuple[int, Any, Any]) -> None:
        if self._exit_reason is not None:
            return
        self._mailbox.append(item)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def _deliver_info(self, message: Any) -> None:
        self._put((_INFO, message, None))

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def _request_stop(self, reason: ExitReason) -> None:
        if self._exit_reason is not None or self._stop_reason is not None:
            return
        self._stop_reason = reason
        self._wake()

    def _kill(self, reason: ExitReason = KILLED) -> None:
        if self._exit_reason is not None:
            return
        if self._kill_reason is None:
            self._kill_reason = reason
        if self._task is not None:
            self._task.cancel()  # again on a repeated kill: code may swallow one cancel

    def _abandon(self) -> None:
        self._fail_pending(self._kill_reason or KILLED, None)
        super()._abandon()

    # -- messaging (any thread for cast/send; loop for call) ------------

    async def _call(self, message: Any, timeout: float | None, kind: int = _CALL) -> Any:
        if self._exit_reason is not None:
            raise NoProcess(f"{self} has exited ({self._exit_reason})")
        loop = self._loop
        assert loop is not None
        fut: asyncio.Future[Any] = loop.create_future()
        self._put((kind, message, fut))
        if timeout is None:
            return await fut
        handle = loop.call_later(timeout, _expire, fut, self, timeout)
        try:
            return await fut
        finally:
            handle.cancel()

    def _enqueue_threadsafe(self, item: tuple[int, Any, Any]) -> None:
        loop = self._loop
        if loop is None or self._exit_reason is not None:
            return
        if events._get_running_loop() is loop:
            self._put(item)
        else:
            try:
                loop.call_soon_threadsafe(self._put, item)
            except RuntimeError:
                pass  # the loop is closed: the process is gone with it

    async def _sync(self, timeout: float | None) -> None:
        await self._call(None, timeout, _SYNC)

    def _cast(self, message: Any) -> None:
        self._enqueue_threadsafe((_CAST, message, None))

    def _send(self, message: Any) -> None:
        self._enqueue_threadsafe((_INFO, message, None))
