"""Waiting for the database instead of failing at once.

A short outage (PostgreSQL restarting, a failover, a hung server) must not
burn a supervisor's restart intensity: a child that needs the database
waits for it here, with growing, jittered delays, and fails only when the
database stayed away for a whole ``within`` — by then a real problem, for
its supervisor to see. Every timeout of the storage layer is set here, in
one place.

``Backoff`` and ``retry_until_done`` take their clock, sleep and randomness
as arguments, so the tests drive them with a manual clock.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Final, TypeVar

from alexclaw.storage._errors import UNAVAILABLE, StorageError

log = logging.getLogger("alexclaw.storage")

T = TypeVar("T")

# -- every storage timeout, in seconds ------------------------------------
# Opening a connection (pool or a dedicated LISTEN connection): a server that
# accepts the socket but never answers the startup (hung) fails here.
CONNECT_TIMEOUT: Final = 5.0
# Any statement on a pool connection (asyncpg ``command_timeout``); the
# node's statements take milliseconds, so 10 s means the server is stuck.
# Migrations run on a connection of their own, without it.
COMMAND_TIMEOUT: Final = 10.0
# Waiting for a free pool connection; asyncpg also bounds the release (which
# waits for a cancelled statement) by it, so a hung server cannot hold a
# request in ``async with pool.acquire()`` forever.
ACQUIRE_TIMEOUT: Final = 5.0
# ``ping`` (``/readyz`` has a 2 s budget): the statement, then at most the
# release's wait for its cancellation.
PING_TIMEOUT: Final = 1.0
PING_RELEASE_TIMEOUT: Final = 0.5
# How long a child's ``init`` waits for the database before it fails (a
# start failure its supervisor counts): much longer than a restart takes,
# and so long that a failing child burns at most one restart per wait.
WAIT_FOR_DATABASE: Final = 30.0
# How often the Database actor checks a healthy server (a hung one is then
# noticed even when nobody queries it).
PROBE_EVERY: Final = 5.0


@dataclass
class Backoff:
    """Delays that start at ``first`` and double up to ``cap``, each shortened
    by a random part of up to ``jitter`` (so waiters that failed together do
    not all come back together). Never above ``cap``."""

    first: float = 0.1
    factor: float = 2.0
    cap: float = 5.0
    jitter: float = 0.2
    rand: Callable[[], float] = field(default=random.random, repr=False)
    _next: float = field(default=0.0, init=False, repr=False)

    def __post_init__(self) -> None:
        if not (0 < self.first <= self.cap and self.factor >= 1 and 0 <= self.jitter < 1):
            raise ValueError("need 0 < first <= cap, factor >= 1 and 0 <= jitter < 1")
        self._next = self.first

    def delay(self) -> float:
        """The next delay; the one after it grows."""
        base = self._next
        self._next = min(base * self.factor, self.cap)
        return base * (1 - self.jitter * self.rand())

    def reset(self) -> None:
        self._next = self.first


async def retry_until_done(
    attempt: Callable[[], Awaitable[T]],
    *,
    within: float,
    what: str,
    backoff: Backoff | None = None,
    on_failure: Callable[[BaseException], None] = lambda _exc: None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> T:
    """Run ``attempt`` until it returns; while it fails because the database
    is unavailable, wait (``backoff``) and try again. After ``within``
    seconds of failures, raise ``StorageError`` naming ``what`` and the last
    error. Any other exception passes through at once."""
    waits = backoff or Backoff()
    deadline = clock() + within
    while True:
        try:
            return await attempt()
        except UNAVAILABLE as exc:
            on_failure(exc)
            left = deadline - clock()
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            if left <= 0:
                raise StorageError(f"{what}: the database stayed unavailable for {within:g}s ({reason})") from None
            pause = min(waits.delay(), left)
            log.info("%s: waiting for the database (%s); retrying in %.2fs", what, reason, pause)
            await sleep(pause)
