"""``send_after``: deliver a message to a process after a delay (Erlang's
``erlang:send_after``), from the loop or from any thread."""

from __future__ import annotations

import asyncio
from asyncio import events
from typing import Any

from actors._messaging import send
from actors._process import Process


class Timer:
    """Handle of a pending ``send_after``; ``cancel()`` is idempotent."""

    __slots__ = ("_cancelled", "_handle")

    def __init__(self) -> None:
        self._handle: asyncio.TimerHandle | None = None
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        if self._handle is not None:
            self._handle.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled


def send_after(target: Process, message: Any, delay: float) -> Timer:
    """After ``delay`` seconds, ``send(target, message)`` (dropped if the
    target has exited by then). Safe from a thread actor's thread."""
    timer = Timer()
    loop = target._loop
    if loop is None:
        raise ValueError(f"{target} was never started")

    def arm() -> None:
        if not timer._cancelled:
            timer._handle = loop.call_later(delay, _fire, timer, target, message)

    if events._get_running_loop() is loop:
        arm()
    else:
        loop.call_soon_threadsafe(arm)
    return timer


def _fire(timer: Timer, target: Process, message: Any) -> None:
    if not timer._cancelled:
        send(target, message)
