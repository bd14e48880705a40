"""Test helpers for code built on the kernel: wait on events, never sleep;
check that a test left no process, task or thread behind."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from actors._process import Process, live_processes


async def wait_until(
    condition: Callable[[], bool], *, timeout: float = 5.0, message: str = "condition"
) -> None:
    """Yield to the loop until ``condition()`` holds (checked after every
    loop iteration, so no fixed sleep), or fail after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {message}")
        await asyncio.sleep(0)


async def stop_all(timeout: float = 5.0) -> list[Process]:
    """Stop every live process (newest first); returns what was left."""
    left = sorted(live_processes(), key=lambda p: p.pid, reverse=True)
    for proc in left:
        if proc.alive:
            await proc.stop(timeout=timeout)
    return left


def leftover_threads(before: set[threading.Thread], join_timeout: float = 2.0) -> list[threading.Thread]:
    """Threads started since ``before`` that do not finish within the timeout
    (a thread actor's thread may need a moment after its exit was announced)."""
    extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in extra:
        thread.join(join_timeout)
    return [t for t in extra if t.is_alive()]
