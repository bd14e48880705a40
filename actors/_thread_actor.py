"""``ThreadActor``: a process for code that blocks, on its own pykka thread.

The callbacks are plain (synchronous) methods with the same names and
meaning as ``AsyncActor``'s, run one message at a time by the actor's thread:
``init``, ``handle_call(message, caller)``, ``handle_cast``, ``handle_info``,
``terminate(reason)``. Raising in any of them crashes the process exactly as
for an ``AsyncActor`` (pykka's own rule, that an exception in an *ask* goes
back to the caller and the actor keeps running, does not apply: we only
ever *tell* the pykka actor).

The bridge from the loop is the only one in the project: ``tell`` an
envelope that carries an asyncio future, and the thread completes it with
``loop.call_soon_threadsafe``. No pykka future is ever awaited, so the loop
never blocks on the thread.

A thread cannot be cancelled. A brutal kill therefore stops *waiting*: the
process is declared exited with ``Killed`` at once, the thread is abandoned
(a daemon thread, logged) and drops everything it is given afterwards.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Final

import pykka

from actors._async_actor import NOREPLY, Caller, _expire, _settle, _settle_exc
from actors._errors import NoProcess, ProcessExited, StartError
from actors._exits import KILLED, NORMAL, Crashed, ExitReason
from actors._process import IGNORE, Ignore, Process, _current

log = logging.getLogger("actors")

_INIT: Final = 0
_CALL: Final = 1
_CAST: Final = 2
_INFO: Final = 3
_STOP: Final = 4
_SYNC: Final = 5


class _Core(pykka.ThreadingActor):
    """The pykka actor that runs a ``ThreadActor``'s callbacks."""

    use_daemon_thread = True  # an abandoned (killed) thread must not hold the interpreter

    def __init__(self, process: ThreadActor, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.process = process
        self.loop = loop

    def _to_loop(self, fn: Any, *args: Any) -> None:
        try:
            self.loop.call_soon_threadsafe(fn, *args)
        except RuntimeError:
            pass  # the loop closed; nobody is left to tell

    def _end(self) -> None:
        self.actor_stopped.set()
        pykka.ActorRegistry.unregister(self.actor_ref)

    def on_receive(self, message: Any) -> Any:
        kind, payload, fut = message
        proc = self.process
        if proc._abandoned:
            self._end()
            return None
        if kind == _INIT:
            self._init(fut)
            return None
        if proc._stop_reason is not None:
            self._finish(proc._stop_reason)
            return None
        try:
            if kind == _CALL:
                answer = proc.handle_call(payload, fut)
                if answer is not NOREPLY:
                    self._to_loop(proc._settle_call, fut, answer)
            elif kind == _CAST:
                proc.handle_cast(payload)
            elif kind == _INFO:
                proc.handle_info(payload)
            elif kind == _SYNC:
                self._to_loop(proc._settle_call, fut, None)
        except Exception as exc:
            log.error("%s crashed", proc, exc_info=exc)
            reason = Crashed(exc)
            reason.release_frames()
            self._finish(reason)
        return None

    def _init(self, started: asyncio.Future[Any]) -> None:
        proc = self.process
        _current.set(proc)
        try:
            outcome = proc.init()
        except Exception as exc:
            log.error("%s failed to start", proc, exc_info=exc)
            reason = Crashed(exc)
            self._end()
            self._to_loop(proc._start_failed, started, reason)
            return
        if outcome is IGNORE:
            self._end()
            self._to_loop(proc._start_ignored, started)
            return
        self._to_loop(_settle, started, proc)

    def _finish(self, reason: ExitReason) -> None:
        proc = self.process
        try:
            proc.terminate(reason)
        except Exception as exc:
            log.error("%s failed in terminate", proc, exc_info=exc)
        self._end()
        self._to_loop(proc._thread_exited, reason)


class ThreadActor(Process):
    """A supervised process whose callbacks run on a dedicated thread."""

    __slots__ = ("_abandoned", "_core", "_pending", "_stop_reason")

    def __init__(self) -> None:
        super().__init__()
        self._core: pykka.ActorRef[Any] | None = None
        self._pending: set[asyncio.Future[Any]] = set()
        self._stop_reason: ExitReason | None = None
        self._abandoned = False

    # -- callbacks (run on the actor's thread) -------------------------

    def init(self) -> Ignore | None:
        return None

    def handle_call(self, message: Any, caller: Caller) -> Any:
        raise TypeError(f"{self} got an unexpected call: {message!r}")

    def handle_cast(self, message: Any) -> None:
        raise TypeError(f"{self} got an unexpected cast: {message!r}")

    def handle_info(self, message: Any) -> None:
        log.warning("%s ignored an unexpected message: %r", self, message)

    def terminate(self, reason: ExitReason) -> None:
        return None

    # -- lifecycle (loop thread) ----------------------------------------

    async def start(self, name: str | None = None, *, link: bool = True) -> Any:
        """Start the thread, run ``init`` on it and return ``self`` (or
        ``IGNORE``); the loop keeps running meanwhile."""
        loop = asyncio.get_running_loop()
        self._begin(loop, name)
        started: asyncio.Future[Any] = loop.create_future()
        self._core = _Core.start(self, loop)
        self._core.tell((_INIT, None, started))
        try:
            result = await started
        except asyncio.CancelledError:
            self.kill()  # the starter was killed during init: this one dies with it (see AsyncActor.start)
            raise
        if result is self and link and self._parent is not None:
            self._parent.link(self)
        return result

    def stop_self(self, reason: ExitReason = NORMAL) -> None:
        """Called from a handler (on the thread): stop after this message."""
        self._stop_reason = reason
        self._tell((_STOP, None, None))

    def _start_failed(self, started: asyncio.Future[Any], reason: ExitReason) -> None:
        self._finalize(reason)
        error = reason.error if isinstance(reason, Crashed) else None
        _settle_exc(started, StartError(f"{self} failed to start: {error!r}", reason))

    def _start_ignored(self, started: asyncio.Future[Any]) -> None:
        self._finalize(NORMAL)
        _settle(started, IGNORE)

    def _thread_exited(self, reason: ExitReason) -> None:
        # Calls still queued or in progress (including the one whose handler
        # crashed) fail here, on the loop, naming the reason.
        self._fail_pending(reason)
        self._finalize(reason)

    def _fail_pending(self, reason: ExitReason) -> None:
        pending, self._pending = self._pending, set()
        for fut in pending:
            if not fut.done():
                fut.set_exception(ProcessExited(self, reason))

    def _settle_call(self, fut: asyncio.Future[Any], value: Any) -> None:
        self._pending.discard(fut)
        if not fut.done():
            fut.set_result(value)

    def _tell(self, envelope: tuple[int, Any, Any]) -> bool:
        core = self._core
        if core is None:
            return False
        try:
            core.tell(envelope)
        except pykka.ActorDeadError:
            return False
        return True

    def _request_stop(self, reason: ExitReason) -> None:
        if self._exit_reason is not None or self._stop_reason is not None:
            return
        self._stop_reason = reason
        self._tell((_STOP, None, None))

    def _kill(self, reason: ExitReason = KILLED) -> None:
        if self._exit_reason is not None:
            return
        if self._core is not None and self._core.is_alive():
            log.warning("%s: a thread cannot be killed; abandoning it", self)
        self._abandoned = True
        self._stop_reason = reason
        self._tell((_STOP, None, None))
        self._fail_pending(reason)
        self._finalize(reason)

    # -- messaging -----------------------------------------------------

    def _deliver_info(self, message: Any) -> None:
        if self._exit_reason is None:
            self._tell((_INFO, message, None))

    async def _sync(self, timeout: float | None) -> None:
        await self._call(None, timeout, _SYNC)

    async def _call(self, message: Any, timeout: float | None, kind: int = _CALL) -> Any:
        if self._exit_reason is not None:
            raise NoProcess(f"{self} has exited ({self._exit_reason})")
        loop = self._loop
        assert loop is not None
        fut: asyncio.Future[Any] = loop.create_future()
        if not self._tell((kind, message, fut)):
            raise NoProcess(f"{self} has exited")
        self._pending.add(fut)
        handle = loop.call_later(timeout, _expire, fut, self, timeout) if timeout is not None else None
        try:
            return await fut
        finally:
            self._pending.discard(fut)
            if handle is not None:
                handle.cancel()

    def _cast(self, message: Any) -> None:
        if self._exit_reason is None:
            self._tell((_CAST, message, None))

    def _send(self, message: Any) -> None:
        if self._exit_reason is None:
            self._tell((_INFO, message, None))
