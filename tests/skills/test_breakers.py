"""Per-skill circuit breakers: the asserted cases."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from actors.testing import Probe
from skills import BREAKERS_TOPIC, CIRCUIT_OPEN, BreakerChanged, SkillBreaker, SkillOutcome


class Flaky:
    def __init__(self) -> None:
        self.calls = 0
        self.fail = True

    async def __call__(self) -> SkillOutcome:
        self.calls += 1
        if self.fail:
            raise ConnectionError("upstream down")
        return SkillOutcome("ok")


async def trip(breaker: SkillBreaker, flaky: Flaky) -> None:
    for _ in range(3):
        with pytest.raises(ConnectionError):
            await breaker.run(flaky)


def expire(breaker: SkillBreaker) -> None:
    """Move the open-since time into the past: half-open without waiting."""
    breaker._breaker._state_storage.opened_at = datetime(2000, 1, 1, tzinfo=UTC)


async def test_a_fresh_breaker_is_closed() -> None:
    breaker = SkillBreaker("s")
    assert breaker.state == "closed" and breaker.failures == 0
    assert (await breaker.run(_ok)).result == "ok"


async def _ok() -> SkillOutcome:
    return SkillOutcome("ok")


async def test_three_failures_open_it_and_an_open_breaker_does_not_invoke() -> None:
    breaker, flaky = SkillBreaker("s"), Flaky()
    await trip(breaker, flaky)
    assert breaker.state == "open" and flaky.calls == 3
    outcome = await breaker.run(flaky)
    assert outcome.branch == CIRCUIT_OPEN and flaky.calls == 3
    assert "upstream down" in outcome.result["last_error"]


async def test_two_failures_then_a_success_reset_the_count() -> None:
    breaker, flaky = SkillBreaker("s"), Flaky()
    for _ in range(2):
        with pytest.raises(ConnectionError):
            await breaker.run(flaky)
    flaky.fail = False
    await breaker.run(flaky)
    flaky.fail = True
    for _ in range(2):
        with pytest.raises(ConnectionError):
            await breaker.run(flaky)
    assert breaker.state == "closed"


async def test_half_open_success_closes_and_failure_reopens() -> None:
    breaker, flaky = SkillBreaker("s"), Flaky()
    await trip(breaker, flaky)
    expire(breaker)
    flaky.fail = False
    assert (await breaker.run(flaky)).result == "ok" and breaker.state == "closed"
    flaky.fail = True
    await trip(breaker, flaky)
    expire(breaker)
    with pytest.raises(ConnectionError):
        await breaker.run(flaky)  # the trial call fails
    assert breaker.state == "open"


async def test_breakers_of_different_skills_are_independent() -> None:
    a, b, flaky = SkillBreaker("a"), SkillBreaker("b"), Flaky()
    await trip(a, flaky)
    assert a.state == "open" and b.state == "closed"
    assert (await b.run(_ok)).result == "ok"


async def test_concurrent_calls_are_counted_and_then_rejected() -> None:
    breaker = SkillBreaker("s")
    gate = asyncio.Event()

    async def slow_failure() -> SkillOutcome:
        await gate.wait()
        raise TimeoutError("slow upstream")

    pending = [asyncio.ensure_future(breaker.run(slow_failure)) for _ in range(5)]
    await asyncio.sleep(0)
    gate.set()
    results = await asyncio.gather(*pending, return_exceptions=True)
    assert breaker.state == "open"
    assert sum(isinstance(r, TimeoutError) for r in results) >= 3
    assert (await breaker.run(_ok)).branch == CIRCUIT_OPEN


async def test_opening_and_closing_are_announced() -> None:
    probe = await Probe().listen(BREAKERS_TOPIC).start()
    breaker, flaky = SkillBreaker("web_fetch"), Flaky()
    await trip(breaker, flaky)
    opened = await probe.receive(BreakerChanged)
    assert (opened.skill, opened.state, opened.failures, opened.retry_in) == ("web_fetch", "open", 3, 300.0)
    breaker.reset()
    closed = await probe.receive(BreakerChanged)
    assert closed.state == "closed"
    await probe.stop()
