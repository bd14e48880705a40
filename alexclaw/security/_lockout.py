"""The arithmetic of "wrong secret presented": plain functions, no I/O.

A key (the operator, for TOTP codes; a source address, for passwords and
endpoint secrets) accumulates failures. The ``lock_after``-th consecutive
failure locks the key for ``first_lock`` seconds; every further failure
locks it ``growth`` times longer, up to ``max_lock``. While a key is locked
nothing is checked — a right secret is refused like a wrong one, so guessing
cannot go on. A success clears the key; failures older than
``forget_after`` are forgotten (a typo a month ago does not count today).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class LockPolicy:
    lock_after: int = 5
    first_lock: float = 30.0
    growth: float = 2.0
    max_lock: float = 3600.0
    forget_after: float = 86400.0
    # True: an attempt while locked locks again for the current length (the
    # per-source login rule: whoever keeps knocking stays out).
    relock_while_locked: bool = False


@dataclass(frozen=True, slots=True)
class AttemptState:
    failures: int = 0
    last_failure: float = 0.0  # seconds since the epoch, from the limiter's clock
    locked_until: float = 0.0


def seconds_locked(state: AttemptState, now: float) -> int:
    """Whole seconds until the key may try again (0 = not locked)."""
    return max(0, math.ceil(state.locked_until - now))


def lock_length(failures: int, policy: LockPolicy) -> float:
    """How long the ``failures``-th consecutive failure locks (0 = not yet)."""
    if failures < policy.lock_after:
        return 0.0
    exponent = min(failures - policy.lock_after, 64)  # 2**64 times 30 s is past any cap
    return float(min(policy.first_lock * policy.growth**exponent, policy.max_lock))


def after_failure(state: AttemptState, policy: LockPolicy, now: float) -> AttemptState:
    """The state once one more wrong secret was presented at ``now``."""
    failures = state.failures
    if failures and now - state.last_failure > policy.forget_after and seconds_locked(state, now) == 0:
        failures = 0
    failures += 1
    length = lock_length(failures, policy)
    locked_until = max(state.locked_until, now + length) if length else state.locked_until
    return AttemptState(failures=failures, last_failure=now, locked_until=locked_until)


def after_refusal(state: AttemptState, policy: LockPolicy, now: float) -> AttemptState:
    """The state once an attempt was refused because the key is locked."""
    if not policy.relock_while_locked:
        return state
    length = lock_length(max(state.failures, policy.lock_after), policy)
    return replace(state, last_failure=now, locked_until=max(state.locked_until, now + length))
