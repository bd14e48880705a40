"""Waiting for the database: growing, jittered, bounded delays, driven by a
manual clock (the sleeps only move the clock)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import asyncpg
import pytest

from alexclaw.storage import Backoff, StorageError, retry_until_done


class ManualClock:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def failing(times: int, error: Callable[[], BaseException], result: str = "done") -> Callable[[], Awaitable[str]]:
    """An attempt that raises ``error()`` ``times`` times, then returns."""
    calls = {"n": 0}

    async def attempt() -> str:
        calls["n"] += 1
        if calls["n"] <= times:
            raise error()
        return result

    return attempt


def test_delays_start_at_a_tenth_of_a_second_and_double_up_to_five_seconds() -> None:
    backoff = Backoff(rand=lambda: 0.0)
    assert [backoff.delay() for _ in range(9)] == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0, 5.0])


def test_jitter_only_shortens_a_delay_and_reset_starts_again() -> None:
    backoff = Backoff(rand=lambda: 1.0)  # the largest jitter: 20 % off
    assert [backoff.delay() for _ in range(3)] == pytest.approx([0.08, 0.16, 0.32])
    backoff.reset()
    assert backoff.delay() == pytest.approx(0.08)
    capped = Backoff(first=4.0, cap=5.0, rand=lambda: 0.5)
    assert max(capped.delay() for _ in range(20)) <= 5.0


def test_nonsense_backoff_parameters_are_refused() -> None:
    bad: list[Callable[[], Backoff]] = [
        lambda: Backoff(first=0.0),
        lambda: Backoff(first=6.0),
        lambda: Backoff(factor=0.5),
        lambda: Backoff(jitter=1.0),
    ]
    for make in bad:
        with pytest.raises(ValueError, match="need 0 < first"):
            make()


async def test_an_attempt_is_retried_with_growing_delays_until_the_database_answers() -> None:
    clock = ManualClock()
    seen: list[BaseException] = []
    attempt = failing(4, lambda: ConnectionRefusedError("refused"))
    result = await retry_until_done(
        attempt,
        within=30.0,
        what="policy cache",
        backoff=Backoff(rand=lambda: 0.0),
        on_failure=seen.append,
        clock=clock,
        sleep=clock.sleep,
    )
    assert result == "done"
    assert clock.slept == pytest.approx([0.1, 0.2, 0.4, 0.8])
    assert [type(e) for e in seen] == [ConnectionRefusedError] * 4


async def test_every_kind_of_unavailable_database_is_waited_for() -> None:
    errors: list[Callable[[], BaseException]] = [
        lambda: StorageError("the database is not available right now"),
        lambda: TimeoutError("timed out"),
        lambda: asyncpg.CannotConnectNowError("the database system is starting up"),
        lambda: asyncpg.AdminShutdownError("terminating connection due to administrator command"),
        lambda: asyncpg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        lambda: asyncpg.TooManyConnectionsError("sorry, too many clients already"),
    ]
    for error in errors:
        clock = ManualClock()
        attempt = failing(1, error)
        result = await retry_until_done(attempt, within=5.0, what="x", clock=clock, sleep=clock.sleep)
        assert result == "done" and len(clock.slept) == 1


async def test_after_the_whole_wait_it_fails_naming_what_waited_and_why() -> None:
    clock = ManualClock()
    attempt = failing(1000, lambda: ConnectionRefusedError("connection refused"))
    with pytest.raises(StorageError) as raised:
        await retry_until_done(
            attempt,
            within=3.0,
            what="run manager",
            backoff=Backoff(rand=lambda: 0.0),
            clock=clock,
            sleep=clock.sleep,
        )
    message = str(raised.value)
    assert message.startswith("run manager: the database stayed unavailable for 3s")
    assert "ConnectionRefusedError: connection refused" in message
    # 0.1 + 0.2 + 0.4 + 0.8 + 1.5 (what was left of the 3 s, not 1.6): never past the deadline.
    assert clock.slept == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.5])
    assert clock.now == pytest.approx(1003.0)


async def test_a_refused_statement_or_a_bug_is_not_retried() -> None:
    for error in (lambda: asyncpg.UniqueViolationError("duplicate key"), lambda: ValueError("a bug")):
        clock = ManualClock()
        with pytest.raises((asyncpg.UniqueViolationError, ValueError)):
            await retry_until_done(failing(1, error), within=30.0, what="x", clock=clock, sleep=clock.sleep)
        assert clock.slept == []
