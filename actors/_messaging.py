"""Talking to processes by pid or by name: ``call``, ``cast``, ``send``.

A *name* is resolved at each use, so it follows restarts; a pid (the
process object) denotes one incarnation and fails with ``NoProcess`` once
that incarnation has exited.
"""

from __future__ import annotations

from typing import Any

from actors._process import Process, _names, resolve

DEFAULT_TIMEOUT = 5.0


async def call(target: Process | str, message: Any, timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """Send a request and wait for the reply (``handle_call``).

    Raises ``NoProcess`` (nobody there), ``CallTimeout`` (no reply in time;
    the process goes on) or ``ProcessExited`` (it exited before replying,
    e.g. it crashed handling this message). Call from the event loop.
    """
    return await resolve(target)._call(message, timeout)


async def sync(target: Process | str, timeout: float | None = DEFAULT_TIMEOUT) -> None:
    """Return once ``target`` has handled every message sent to it before
    this call (OTP's ``sys:get_state`` trick): a deterministic barrier for
    tests and for ordering, instead of a sleep."""
    await resolve(target)._sync(timeout)


def cast(target: Process | str, message: Any) -> None:
    """Fire and forget (``handle_cast``). Like OTP, a cast to a dead process
    or an unknown name is dropped silently. Safe from any thread."""
    proc = _names.get(target) if isinstance(target, str) else target
    if proc is not None:
        proc._cast(message)


def send(target: Process | str, message: Any) -> None:
    """Deliver a plain message (``handle_info``). Dropped like ``cast`` when
    nobody is there. Safe from any thread."""
    proc = _names.get(target) if isinstance(target, str) else target
    if proc is not None:
        proc._send(message)
