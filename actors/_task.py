"""``TaskProcess``: a one-shot process running a coroutine function.

It has no mailbox. It exits ``Normal`` when the function returns (the value
is kept for ``join``), ``Crashed`` when it raises, and is stopped by
cancellation: an orderly stop cancels it with the stop reason, so the
function may catch ``CancelledError`` to clean up.

A function that has its own graceful shutdown (a server) passes
``on_stop``: any stop or kill — a linked process's exit signal included —
then calls it instead of cancelling, and cancels only if the function has
not returned ``stop_grace`` seconds later. Start tasks under a
``TaskSupervisor`` or link them to the process that owns them; never as a
bare ``asyncio.create_task``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from actors._errors import ProcessExited
from actors._exits import KILLED, NORMAL, Crashed, ExitReason
from actors._process import Process, _current

log = logging.getLogger("actors")

T = TypeVar("T")


class TaskProcess(Process, Generic[T]):
    """Runs ``fn()`` as a process; ``join()`` returns its value."""

    __slots__ = ("_fn", "_on_stop", "_result", "_stop_grace", "_stop_reason", "_task")

    def __init__(
        self, fn: Callable[[], Awaitable[T]], *, on_stop: Callable[[], None] | None = None, stop_grace: float = 5.0
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_stop = on_stop
        self._stop_grace = stop_grace
        self._task: asyncio.Task[None] | None = None
        self._result: T | None = None
        self._stop_reason: ExitReason | None = None

    def __repr__(self) -> str:
        label = self.name or getattr(self._fn, "__qualname__", "task")
        return f"<task {label} #{self.pid}>"

    async def start(self, name: str | None = None, *, link: bool = True) -> TaskProcess[T]:
        """Begin running at once; linked to the calling process by default."""
        loop = asyncio.get_running_loop()
        self._begin(loop, name)
        if link and self._parent is not None:
            self._parent.link(self)
        self._task = loop.create_task(self._main())
        self._task.add_done_callback(self._task_done)
        return self

    def _task_done(self, _task: asyncio.Task[None]) -> None:
        # Cancelled before its first step, ``_main`` never ran.
        if self._exit_reason is None:
            self._finalize(self._stop_reason or KILLED)

    async def _main(self) -> None:
        _current.set(self)
        try:
            self._result = await self._fn()
            reason: ExitReason = self._stop_reason or NORMAL
        except asyncio.CancelledError:
            reason = self._stop_reason or KILLED
        except Exception as exc:
            log.error("%s crashed", self, exc_info=exc)
            reason = Crashed(exc)
            reason.release_frames()
        self._finalize(reason)

    async def join(self, timeout: float | None = None) -> T:
        """Wait for the end; the value, or ``ProcessExited`` if it did not
        finish normally."""
        reason = await self.wait_exited(timeout)
        if reason != NORMAL:
            raise ProcessExited(self, reason)
        return self._result  # type: ignore[return-value]

    def _deliver_info(self, message: Any) -> None:
        log.debug("%s has no mailbox; dropped %r", self, message)

    def _request_stop(self, reason: ExitReason) -> None:
        self._kill(reason)

    def _kill(self, reason: ExitReason = KILLED) -> None:
        if self._exit_reason is not None:
            return
        first = self._stop_reason is None
        if first:
            self._stop_reason = reason
        if first and self._on_stop is not None and self._task is not None and self._loop is not None:
            self._on_stop()
            self._loop.call_later(self._stop_grace, self._cancel)
            return
        self._cancel()

    def _cancel(self) -> None:
        if self._task is not None and self._exit_reason is None:
            self._task.cancel()  # again on a repeated kill: code may swallow one cancel

    async def _call(self, message: Any, timeout: float | None) -> Any:
        raise TypeError(f"{self} is a task and takes no calls")

    async def _sync(self, timeout: float | None) -> None:
        return None  # no mailbox: nothing to wait for

    def _cast(self, message: Any) -> None:
        self._deliver_info(message)

    def _send(self, message: Any) -> None:
        self._deliver_info(message)
