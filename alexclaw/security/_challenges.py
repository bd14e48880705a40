"""2FA challenges for sensitive actions, one model for every channel.

A sensitive action (enable/disable 2FA, edit a secret or an ``auth.*``
setting, later: load a skill, …) is parked as a pending challenge: it
expires after 120 s and allows at most 5 wrong codes. Any channel — the web
page, a chat gateway — answers with a 6-digit TOTP code or a recovery
code; each code is accepted once (a replay is "already used", not "wrong"). Codes are checked
through the shared limiter (``check_code``): wrong codes count per operator
across challenges and channels, and while the operator is locked out no
code is looked at. On success the parked action runs as a supervised task and
the answerer may ``join()`` it for the result. Every outcome is audited and
published on the ``challenges`` topic (gateways announce new challenges).
"""

from __future__ import annotations

import enum
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Final

from actors import AsyncActor, Caller, Process, TaskProcess, Timer, call, publish, send_after
from alexclaw.security._audit import record_audit
from alexclaw.security._codes import CodeResult, check_code
from alexclaw.security._limiter import SecretLimiter
from alexclaw.storage import UNAVAILABLE, DatabaseHandle
from supervisors import start_task

log = logging.getLogger("alexclaw.security")

CHALLENGES_NAME: Final = "alexclaw.security.challenges"
CHALLENGES_TOPIC: Final = "challenges"
TTL_SECONDS: Final = 120.0
MAX_ATTEMPTS: Final = 5


class Outcome(enum.Enum):
    PASSED = "passed"
    WRONG_CODE = "wrong_code"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    EXPIRED = "expired"  # or never existed: the two are not told apart
    NOT_ENABLED = "not_enabled"
    ALREADY_USED = "already_used"  # a right code whose time step was used: not counted
    LOCKED = "locked"  # the operator is locked out (Answer.retry_after): the code was not checked
    UNAVAILABLE = "unavailable"  # the database did not answer: nothing was decided, the challenge waits


@dataclass(frozen=True, slots=True)
class ChallengeView:
    """What may be shown about a pending challenge (no action inside)."""

    id: str
    action: str
    description: str
    origin: str
    expires_at: float
    attempts_left: int


@dataclass(frozen=True, slots=True)
class ChallengeCreated:
    challenge: ChallengeView


@dataclass(frozen=True, slots=True)
class ChallengeResolved:
    id: str
    outcome: Outcome
    channel: str


@dataclass(frozen=True, slots=True)
class Answer:
    outcome: Outcome
    attempts_left: int = 0
    task: TaskProcess[Any] | None = None  # the parked action, running
    retry_after: int = 0  # seconds the operator is locked out for (LOCKED, or the wrong code that locked)
    said: str = ""  # for ALREADY_USED: which kind of code was already used, in words


@dataclass
class _Pending:
    view: ChallengeView
    run: Callable[[], Awaitable[Any]]
    actor: str
    attempts: int = 0
    timer: Timer | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class _Create:
    action: str
    description: str
    run: Callable[[], Awaitable[Any]]
    actor: str
    origin: str


@dataclass(frozen=True, slots=True)
class _Answer:
    id: str
    code: str
    channel: str


@dataclass(frozen=True, slots=True)
class _Get:
    id: str


@dataclass(frozen=True, slots=True)
class _Expire:
    id: str


class ChallengeActor(AsyncActor):
    """Owns pending 2FA challenges (in memory: a restart drops them, which
    only means asking again).

    ``handle_call``
        ``_Create`` answers the ``ChallengeView``; ``_Answer`` answers an
        ``Answer`` whose ``Outcome`` says how the code fared (passed, wrong,
        too many attempts, locked, expired, already used, not enabled — and
        ``UNAVAILABLE`` while the database is away): the result of answering,
        not a refusal of the request, so a domain value rather than
        ``Refused``. ``_Get``
        answers the view or None. None of them crash it.
    ``handle_info``
        The expiry timer resolves a challenge as expired.

    Any other raise crashes it; its pending challenges are gone and their
    callers are asked again."""

    def __init__(
        self,
        database: DatabaseHandle,
        totp_secret: Callable[[], str | None],
        *,
        ttl: float = TTL_SECONDS,
        clock: Callable[[], float] = time.time,
        tasks: Process | str | None = None,
        limiter: SecretLimiter | None = None,
    ) -> None:
        super().__init__()
        self.limiter = limiter or SecretLimiter(database, clock=clock)
        self.tasks = tasks  # a TaskSupervisor to run passed actions under
        self.database = database
        self.totp_secret = totp_secret
        self.ttl = ttl
        self.clock = clock
        self._pending: dict[str, _Pending] = {}

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Create):
            return self._create(message)
        if isinstance(message, _Answer):
            try:
                return await self._answer(message)
            except UNAVAILABLE as exc:  # an outage is an answer, not a crash that drops every pending challenge
                self.database.report_unavailable(exc)
                return Answer(Outcome.UNAVAILABLE)
        if isinstance(message, _Get):
            pending = self._pending.get(message.id)
            return None if pending is None else pending.view
        return await super().handle_call(message, caller)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Expire):
            pending = self._pending.pop(message.id, None)
            if pending is not None:
                await self._resolve(pending, Outcome.EXPIRED, "timer")
            return
        await super().handle_info(message)

    def _create(self, message: _Create) -> ChallengeView:
        view = ChallengeView(
            id=secrets.token_urlsafe(16),
            action=message.action,
            description=message.description,
            origin=message.origin,
            expires_at=self.clock() + self.ttl,
            attempts_left=MAX_ATTEMPTS,
        )
        pending = _Pending(view, message.run, message.actor)
        pending.timer = send_after(self, _Expire(view.id), self.ttl)
        self._pending[view.id] = pending
        publish(CHALLENGES_TOPIC, ChallengeCreated(view))
        return view

    async def _answer(self, message: _Answer) -> Answer:
        pending = self._pending.get(message.id)
        if pending is None or self.clock() >= pending.view.expires_at:
            return Answer(Outcome.EXPIRED)
        secret = self.totp_secret()
        if not secret:
            self._pending.pop(message.id, None)
            return Answer(Outcome.NOT_ENABLED)
        check = await check_code(self.limiter, secret, message.code, actor=pending.actor, now=self.clock())
        if check.result is CodeResult.LOCKED:
            return Answer(Outcome.LOCKED, MAX_ATTEMPTS - pending.attempts, retry_after=check.retry_after)
        if check.result is CodeResult.ALREADY_USED:
            await self._audit(pending, "challenge.already_used", message.channel)
            return Answer(Outcome.ALREADY_USED, MAX_ATTEMPTS - pending.attempts, said=check.message())
        if check.result is CodeResult.WRONG:
            pending.attempts += 1
            left = MAX_ATTEMPTS - pending.attempts
            if left <= 0:
                del self._pending[message.id]
                await self._resolve(pending, Outcome.TOO_MANY_ATTEMPTS, message.channel)
                return Answer(Outcome.TOO_MANY_ATTEMPTS, retry_after=check.retry_after)
            await self._audit(pending, "challenge.wrong_code", message.channel)
            return Answer(Outcome.WRONG_CODE, attempts_left=left, retry_after=check.retry_after)
        del self._pending[message.id]
        await self._resolve(pending, Outcome.PASSED, message.channel)
        if self.tasks is not None:
            task: TaskProcess[Any] = await start_task(self.tasks, pending.run, id=pending.view.action)
        else:
            task = await TaskProcess(pending.run).start(link=False)
        return Answer(Outcome.PASSED, task=task)

    async def _resolve(self, pending: _Pending, outcome: Outcome, channel: str) -> None:
        if pending.timer is not None:
            pending.timer.cancel()
        await self._audit(pending, f"challenge.{outcome.value}", channel)
        publish(CHALLENGES_TOPIC, ChallengeResolved(pending.view.id, outcome, channel))

    async def _audit(self, pending: _Pending, action: str, channel: str) -> None:
        try:
            async with self.database.pool().acquire() as conn:
                await record_audit(
                    conn,
                    pending.actor,
                    action,
                    pending.view.action,
                    outcome="ok" if action.endswith("passed") else "denied",
                    detail={"channel": channel, "challenge": pending.view.description},
                )
        except Exception:  # the audit trail must not block the answer; say so loudly
            log.exception("could not audit %s for challenge %s", action, pending.view.action)


class Challenges:
    """The client API every channel uses."""

    def __init__(self, target: Process | str = CHALLENGES_NAME) -> None:
        self.target = target

    async def create(
        self, action: str, description: str, run: Callable[[], Awaitable[Any]], *, actor: str, origin: str
    ) -> ChallengeView:
        view: ChallengeView = await call(self.target, _Create(action, description, run, actor, origin))
        return view

    async def answer(self, challenge_id: str, code: str, channel: str) -> Answer:
        result: Answer = await call(self.target, _Answer(challenge_id, code, channel), timeout=10)
        return result

    async def get(self, challenge_id: str) -> ChallengeView | None:
        view: ChallengeView | None = await call(self.target, _Get(challenge_id))
        return view
