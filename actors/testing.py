"""Test helpers for code built on the kernel: receive messages with a
deadline instead of sleeping, and check that a test left no process,
task or thread behind."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from actors._async_actor import AsyncActor
from actors._process import Process, _live, _names, live_processes
from actors._pubsub import _topics, subscribe


class Probe(AsyncActor):
    """A process that records every ``handle_info`` message, so a test can
    ``await probe.receive(...)`` (OTP's ``assert_receive``): events, not
    sleeps. Subscribe it to topics, or let it monitor and link."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: deque[Any] = deque()
        self._waiters: list[tuple[Callable[[Any], bool], asyncio.Future[Any]]] = []

    async def handle_info(self, message: Any) -> None:
        for index, (match, fut) in enumerate(self._waiters):
            if not fut.done() and match(message):
                del self._waiters[index]
                fut.set_result(message)
                return
        self.messages.append(message)

    def listen(self, *topics: str) -> Probe:
        for topic in topics:
            subscribe(topic, self)
        return self

    async def receive(self, match: Callable[[Any], bool] | type = object, timeout: float = 5.0) -> Any:
        """The first message (already received or arriving within
        ``timeout``) that matches a predicate or is an instance of a type."""
        predicate: Callable[[Any], bool] = (lambda m: isinstance(m, match)) if isinstance(match, type) else match
        for message in list(self.messages):
            if predicate(message):
                self.messages.remove(message)
                return message
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiters.append((predicate, fut))
        try:
            return await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            seen = list(self.messages)
            raise AssertionError(f"no matching message within {timeout}s; got {seen!r}") from None


async def wait_until(condition: Callable[[], bool], *, timeout: float = 5.0, message: str = "condition") -> None:
    """Yield to the loop until ``condition()`` holds, or fail after
    ``timeout``. Prefer ``Probe.receive``; use this only for state that
    announces nothing."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {message}")
        await asyncio.sleep(0.001)


async def stop_all(timeout: float = 5.0) -> list[Process]:
    """Stop every live process (newest first); returns what was there."""
    left = sorted(live_processes(), key=lambda p: p.pid, reverse=True)
    for proc in left:
        if proc.alive:
            await proc.stop(timeout=timeout)
    return left


def forget_all() -> None:
    """Clear the kernel's tables after a leak was reported, so one leaky
    test does not fail the next ones."""
    _live.clear()
    _names.clear()
    _topics.clear()


def leftover_threads(before: set[threading.Thread], join_timeout: float = 2.0) -> list[threading.Thread]:
    """Threads started since ``before`` still alive after ``join_timeout``
    (a thread actor's thread may need a moment after its exit was told)."""
    extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in extra:
        thread.join(join_timeout)
    return [t for t in extra if t.is_alive()]
