"""The challenge registry on its own: expiry, attempts, replay, events."""

from __future__ import annotations

from typing import Any

import pyotp

from actors.testing import Probe
from alexclaw.security import ChallengeActor, ChallengeCreated, Challenges, Outcome, SecretLimiter
from alexclaw.security._challenges import CHALLENGES_TOPIC, MAX_ATTEMPTS, TTL_SECONDS, ChallengeResolved
from alexclaw.storage import DatabaseHandle
from tests.helpers import ManualClock

SECRET = pyotp.random_base32()


async def registry(database: DatabaseHandle, clock: ManualClock, secret: str | None = SECRET) -> tuple[Challenges, Any]:
    actor = await ChallengeActor(database, lambda: secret, clock=clock).start()
    return Challenges(actor), actor


async def test_a_right_code_runs_the_parked_action_once(database: DatabaseHandle) -> None:
    clock = ManualClock()
    clock.now = 1_000_000.0
    challenges, actor = await registry(database, clock)
    probe = await Probe().listen(CHALLENGES_TOPIC).start()
    ran: list[str] = []

    async def action() -> str:
        ran.append("done")
        return "changed"

    view = await challenges.create("config.set", "Change x", action, actor="test", origin="web")
    assert (await probe.receive(ChallengeCreated)).challenge.id == view.id
    code = pyotp.TOTP(SECRET).at(clock.now)
    answer = await challenges.answer(view.id, code, "telegram")
    assert answer.outcome is Outcome.PASSED and answer.task is not None
    assert await answer.task.join() == "changed" and ran == ["done"]
    resolved = await probe.receive(ChallengeResolved)
    assert (resolved.outcome, resolved.channel) == (Outcome.PASSED, "telegram")
    assert (await challenges.answer(view.id, code, "web")).outcome is Outcome.EXPIRED  # gone once answered
    await probe.stop()
    await actor.stop()


async def test_a_challenge_expires_after_its_time(database: DatabaseHandle) -> None:
    clock = ManualClock()
    challenges, actor = await registry(database, clock)

    async def action() -> None:
        raise AssertionError("must not run")

    view = await challenges.create("x", "X", action, actor="t", origin="web")
    assert view.expires_at == clock.now + TTL_SECONDS
    clock.advance(TTL_SECONDS)
    answer = await challenges.answer(view.id, pyotp.TOTP(SECRET).at(clock.now), "web")
    assert answer.outcome is Outcome.EXPIRED
    await actor.stop()


async def test_wrong_codes_count_down_and_the_last_one_cancels(database: DatabaseHandle) -> None:
    challenges, actor = await registry(database, ManualClock())

    async def action() -> None:
        raise AssertionError("must not run")

    view = await challenges.create("x", "X", action, actor="t", origin="web")
    lefts = [(await challenges.answer(view.id, "12345x", "web")).attempts_left for _ in range(MAX_ATTEMPTS - 1)]
    assert lefts == [4, 3, 2, 1]
    assert (await challenges.answer(view.id, "000000", "web")).outcome is Outcome.TOO_MANY_ATTEMPTS
    assert await challenges.get(view.id) is None
    await actor.stop()


async def test_without_a_totp_secret_a_challenge_cannot_pass(database: DatabaseHandle) -> None:
    challenges, actor = await registry(database, ManualClock(), secret=None)

    async def action() -> None:
        raise AssertionError("must not run")

    view = await challenges.create("x", "X", action, actor="t", origin="web")
    assert (await challenges.answer(view.id, "123456", "web")).outcome is Outcome.NOT_ENABLED
    await actor.stop()


async def test_an_unknown_id_looks_like_an_expired_one(database: DatabaseHandle) -> None:
    challenges, actor = await registry(database, ManualClock())
    assert (await challenges.answer("no-such-id", "123456", "web")).outcome is Outcome.EXPIRED
    await actor.stop()


async def test_wrong_codes_count_across_fresh_challenges_and_lock_out_even_a_right_code(
    database: DatabaseHandle,
) -> None:
    clock = ManualClock()
    clock.now = 2_000_000.0
    challenges, actor = await registry(database, clock)

    async def action() -> str:
        return "done"

    # A fresh challenge per guess used to reset the count (300 codes over 60 challenges in 1.4 s).
    answers = []
    for _ in range(5):
        view = await challenges.create("x", "X", action, actor="t", origin="web")
        answers.append(await challenges.answer(view.id, "000000", "telegram"))
    assert [a.outcome for a in answers] == [Outcome.WRONG_CODE] * 5
    assert [a.retry_after for a in answers] == [0, 0, 0, 0, 30]
    view = await challenges.create("x", "X", action, actor="t", origin="web")
    locked = await challenges.answer(view.id, pyotp.TOTP(SECRET).at(clock.now), "web")
    assert (locked.outcome, locked.retry_after, locked.task) == (Outcome.LOCKED, 30, None)
    assert (await challenges.get(view.id)) is not None  # still waiting: the lock did not cost it an attempt
    clock.advance(30)
    passed = await challenges.answer(view.id, pyotp.TOTP(SECRET).at(clock.now), "web")
    assert passed.outcome is Outcome.PASSED and passed.task is not None and await passed.task.join() == "done"
    await actor.stop()


async def test_a_replayed_code_is_already_used_not_wrong_and_not_counted(database: DatabaseHandle) -> None:
    clock = ManualClock()
    clock.now = 3_000_000.0
    challenges, actor = await registry(database, clock)

    async def action() -> str:
        return "done"

    code = pyotp.TOTP(SECRET).at(clock.now)
    first = await challenges.create("x", "X", action, actor="t", origin="web")
    assert (await challenges.answer(first.id, code, "web")).outcome is Outcome.PASSED
    second = await challenges.create("x", "X", action, actor="t", origin="web")
    replays = [await challenges.answer(second.id, code, "telegram") for _ in range(6)]
    assert {(a.outcome, a.attempts_left, a.retry_after) for a in replays} == {(Outcome.ALREADY_USED, 5, 0)}
    fresh = pyotp.TOTP(SECRET).at(clock.now + 30)
    assert (await challenges.answer(second.id, fresh, "web")).outcome is Outcome.PASSED
    await actor.stop()


class _DatabaseAway(SecretLimiter):
    """The limiter's first query meeting a database that does not answer."""

    async def refuse_if_locked(self, key: str, *, actor: str, what: str) -> int:
        raise ConnectionRefusedError("the database is away")


async def test_an_answer_while_the_database_is_away_is_an_answer_and_the_challenge_waits(
    database: DatabaseHandle,
) -> None:
    clock = ManualClock()
    clock.now = 1_000_000.0
    actor = await ChallengeActor(database, lambda: SECRET, clock=clock, limiter=_DatabaseAway(database)).start()
    challenges = Challenges(actor)

    async def action() -> None:
        raise AssertionError("must not run")

    view = await challenges.create("config.set", "Change x", action, actor="test", origin="web")
    answer = await challenges.answer(view.id, pyotp.TOTP(SECRET).at(clock.now), "web")
    assert answer.outcome is Outcome.UNAVAILABLE and answer.task is None
    assert (await challenges.get(view.id)) == view  # still pending: nothing was decided, nothing crashed
    assert actor.exit_reason is None
    await actor.stop()
