"""The challenge registry on its own: expiry, attempts, replay, events."""

from __future__ import annotations

from typing import Any

import pyotp

from actors.testing import Probe
from alexclaw.security import (
    MAX_ATTEMPTS,
    TTL_SECONDS,
    ChallengeActor,
    ChallengeCreated,
    ChallengeResolved,
    Challenges,
    Outcome,
)
from alexclaw.security._challenges import TOPIC
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
    probe = await Probe().listen(TOPIC).start()
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
