"""The arithmetic of the "wrong secret" limiter, on its own (no I/O)."""

from __future__ import annotations

from alexclaw.security._lockout import (
    AttemptState,
    LockPolicy,
    after_failure,
    after_refusal,
    lock_length,
    seconds_locked,
)

TOTP = LockPolicy(lock_after=5, first_lock=30.0, growth=2.0, max_lock=3600.0)


def fail(times: int, policy: LockPolicy = TOTP, now: float = 1000.0, state: AttemptState | None = None) -> AttemptState:
    state = state or AttemptState()
    for _ in range(times):
        state = after_failure(state, policy, now)
    return state


def test_the_first_failures_are_free_and_the_fifth_locks_for_thirty_seconds() -> None:
    assert seconds_locked(fail(4), 1000.0) == 0
    assert seconds_locked(fail(5), 1000.0) == 30


def test_each_further_failure_doubles_the_lock_up_to_an_hour() -> None:
    assert [lock_length(n, TOTP) for n in range(4, 13)] == [0, 30, 60, 120, 240, 480, 960, 1920, 3600]
    assert lock_length(10_000, TOTP) == 3600  # no overflow, the cap holds


def test_a_lock_ends_by_itself_and_the_next_failure_locks_longer() -> None:
    locked = fail(5)
    assert seconds_locked(locked, 1000.0 + 30) == 0
    again = after_failure(locked, TOTP, 1031.0)
    assert seconds_locked(again, 1031.0) == 60


def test_old_failures_are_forgotten_but_never_during_a_lock() -> None:
    four = fail(4)
    later = after_failure(four, TOTP, 1000.0 + TOTP.forget_after + 1)
    assert later.failures == 1 and seconds_locked(later, 1000.0 + TOTP.forget_after + 1) == 0
    long_lock = LockPolicy(lock_after=1, first_lock=10.0, max_lock=10.0, forget_after=5.0)
    locked = fail(1, long_lock)
    assert after_failure(locked, long_lock, 1008.0).failures == 2  # still locked at 1008: counts on


def test_an_attempt_while_locked_renews_a_source_block_but_not_the_operators_lock() -> None:
    source = LockPolicy(lock_after=3, first_lock=900.0, growth=1.0, max_lock=900.0, relock_while_locked=True)
    blocked = fail(3, source)
    assert seconds_locked(after_refusal(blocked, source, 1500.0), 1500.0) == 900
    locked = fail(5)
    assert after_refusal(locked, TOTP, 1010.0) == locked
