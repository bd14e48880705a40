"""Per-skill circuit breakers (pybreaker, used **only** through
``with breaker.calling():`` — ``call()`` counts nothing on coroutines).

3 consecutive failures open a breaker; an open breaker rejects at once; after
``reset_timeout`` (5 min by default) it lets one call through (half-open): a
success closes it, a failure opens it again. Opening and closing are
published on the ``breakers`` topic (gateways announce them).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

import pybreaker

from actors import publish
from skills._contract import SkillOutcome

log = logging.getLogger("skills.breakers")

BREAKERS_TOPIC: Final = "breakers"
FAIL_MAX: Final = 3
RESET_SECONDS: Final = 300.0
CIRCUIT_OPEN: Final = "circuit_open"


@dataclass(frozen=True, slots=True)
class BreakerChanged:
    skill: str
    state: str  # open | closed | half-open
    failures: int
    last_error: str
    retry_in: float


class _Announce(pybreaker.CircuitBreakerListener):
    def __init__(self, skill: str) -> None:
        self.skill = skill
        self.last_error = ""

    def failure(self, cb: pybreaker.CircuitBreaker, exc: BaseException) -> None:
        self.last_error = f"{type(exc).__name__}: {exc}"[:300]

    def state_change(self, cb: pybreaker.CircuitBreaker, old_state: Any, new_state: Any) -> None:
        state = new_state.name
        retry = cb.reset_timeout if state == "open" else 0.0
        if state == "open":
            log.warning("circuit OPEN for skill %s after %d failures; retry in %ss", self.skill, cb.fail_counter, retry)
        publish(BREAKERS_TOPIC, BreakerChanged(self.skill, state, cb.fail_counter, self.last_error, retry))


class SkillBreaker:
    """One skill's breaker."""

    def __init__(self, skill: str, *, fail_max: int = FAIL_MAX, reset_timeout: float = RESET_SECONDS) -> None:
        self.skill = skill
        self._listener = _Announce(skill)
        self._breaker = pybreaker.CircuitBreaker(
            fail_max=fail_max, reset_timeout=reset_timeout, name=skill, listeners=[self._listener],
            # An interrupted call (the run was cancelled) is not the skill failing.
            exclude=[asyncio.CancelledError],
        )  # fmt: skip

    @property
    def state(self) -> str:
        return str(self._breaker.current_state)

    @property
    def failures(self) -> int:
        return int(self._breaker.fail_counter)

    @property
    def last_error(self) -> str:
        return self._listener.last_error

    async def run(self, call: Callable[[], Awaitable[SkillOutcome]]) -> SkillOutcome:
        """Run a skill call through the breaker. An exception counts as a
        failure and propagates; an open breaker answers ``circuit_open``."""
        failure: Exception | None = None
        try:
            with self._breaker.calling():
                try:
                    return await call()
                except Exception as exc:
                    failure = exc
                    raise
        except pybreaker.CircuitBreakerError:
            if failure is not None:  # this very call failed and tripped it: report the real error
                raise failure from None
            return SkillOutcome(
                {"error": f"circuit open for {self.skill}", "last_error": self.last_error}, CIRCUIT_OPEN
            )

    def reset(self) -> None:
        """Close it and forget failures (skill reloaded, or by hand)."""
        self._breaker.close()
