"""The shared "wrong secret presented" limiter over a real database, with a
manual clock: counting, locking, refusing unchecked, auditing, announcing,
surviving a restart, and the per-source policy from the settings."""

from __future__ import annotations

import asyncio
import json

from actors.testing import Probe
from alexclaw.security import (
    OPERATOR_KEY,
    SECRET_LOCKS_TOPIC,
    SecretLimiter,
    SecretLocked,
    limiter_policies,
    source_key,
)
from alexclaw.security._lockout import LockPolicy
from alexclaw.storage import DatabaseHandle
from tests.helpers import ManualClock


def limiter(database: DatabaseHandle, clock: ManualClock) -> SecretLimiter:
    return SecretLimiter(database, clock=clock)


async def audit_rows(database: DatabaseHandle, action: str) -> list[dict[str, object]]:
    async with database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, target, outcome, detail FROM audit_log WHERE action = $1", action)
    return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]


async def test_five_wrong_secrets_lock_the_key_and_a_right_one_is_then_not_even_checked(
    database: DatabaseHandle,
) -> None:
    clock = ManualClock()
    clock.now = 1_000_000.0
    secrets = limiter(database, clock)
    probe = await Probe().listen(SECRET_LOCKS_TOPIC).start()
    checked: list[str] = []

    async def wrong() -> bool:
        checked.append("wrong")
        return False

    async def right() -> bool:
        checked.append("right")
        return True

    results = [await secrets.attempt(OPERATOR_KEY, wrong, actor="t", what="TOTP code") for _ in range(5)]
    assert [r.retry_after for r in results] == [0, 0, 0, 0, 30]
    locked = await probe.receive(SecretLocked)
    assert (locked.key, locked.failures, locked.seconds) == (OPERATOR_KEY, 5, 30)
    refused = await secrets.attempt(OPERATOR_KEY, right, actor="t", what="TOTP code")
    assert (refused.passed, refused.checked, refused.retry_after) == (False, False, 30)
    assert checked == ["wrong"] * 5  # the right secret was never looked at
    assert [(r["target"], r["outcome"], r["detail"]) for r in await audit_rows(database, "secret.locked")] == [
        (OPERATOR_KEY, "denied", {"what": "TOTP code", "failures": 5, "seconds": 30})
    ]
    assert len(await audit_rows(database, "secret.refused_locked")) == 1
    await probe.stop()


async def test_the_lock_ends_by_itself_grows_on_the_next_failure_and_a_success_clears_it(
    database: DatabaseHandle,
) -> None:
    clock = ManualClock()
    secrets = limiter(database, clock)
    for _ in range(5):
        await secrets.failed(OPERATOR_KEY, actor="t", what="TOTP code")
    clock.advance(30)
    assert await secrets.seconds_locked(OPERATOR_KEY) == 0
    assert await secrets.failed(OPERATOR_KEY, actor="t", what="TOTP code") == 60
    clock.advance(60)
    await secrets.succeeded(OPERATOR_KEY)
    assert await secrets.current() == []
    assert await secrets.failed(OPERATOR_KEY, actor="t", what="TOTP code") == 0  # counting starts over


async def test_a_restart_does_not_reset_the_count(database: DatabaseHandle) -> None:
    clock = ManualClock()
    for _ in range(4):
        await limiter(database, clock).failed(OPERATOR_KEY, actor="t", what="TOTP code")
    fresh = limiter(database, clock)  # what a node restart builds
    assert await fresh.failed(OPERATOR_KEY, actor="t", what="TOTP code") == 30


async def test_concurrent_failures_are_all_counted(database: DatabaseHandle) -> None:
    secrets = limiter(database, ManualClock())
    await asyncio.gather(*(secrets.failed("source:203.0.113.1", actor="t", what="x") for _ in range(3)))
    [row] = await secrets.current()
    assert row.failures == 3


async def test_sources_follow_the_login_settings_and_every_attempt_while_blocked_renews_the_block(
    database: DatabaseHandle,
) -> None:
    clock = ManualClock()
    settings = {"auth.rate_limit.max_attempts": 2, "auth.rate_limit.block_duration_seconds": 600}
    policy_for = limiter_policies(settings)
    assert policy_for(OPERATOR_KEY) == LockPolicy()  # the operator's code policy is not the operator's to loosen
    secrets = SecretLimiter(database, policy_for, clock)
    key = source_key("198.51.100.4")
    assert [await secrets.failed(key, actor="t", what="login password") for _ in range(2)] == [0, 600]
    clock.advance(500)
    assert await secrets.refuse_if_locked(key, actor="t", what="login password") == 600
    [row] = await secrets.current()
    assert (row.source, row.failures, row.seconds_left) == ("198.51.100.4", 2, 600)
    assert await secrets.unlock(key) and await secrets.current() == []
