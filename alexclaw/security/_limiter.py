"""The one limiter for "wrong secret presented", shared by every way in.

Keys (see ``_lockout`` for the arithmetic):

- ``OPERATOR`` — TOTP codes. The node has one operator, so one key for every
  channel: the web challenge page, chat code answers, ``/confirm 2fa``,
  ``/disable 2fa``, the Security page; break-glass and every other sensitive
  action are challenges. 5 wrong codes, then 30 s, 1 min, 2 min … 1 h.
- ``source_key(ip)`` — passwords and endpoint secrets presented by an
  address: the login, the shield proxy key, the Telegram webhook secret (and
  the MCP token and GitHub webhook signature when they land). One budget per
  address across all of them, with the operator's ``auth.rate_limit.*``.

The counters live in ``secret_attempts`` and every change is a
``SELECT … FOR UPDATE`` transaction: a restart (or a crash of whatever
holds this object) does not reset them, and nodes sharing the database share
them. Times come from an injected clock, so tests move them by hand.

API for a new secret-bearing endpoint (its own check stays where it is)::

    outcome = await limiter.attempt(source_key(ip), check, actor=..., what="mcp token")
    if not outcome.checked: 429, Retry-After: outcome.retry_after (blocked; check was not called)
    elif not outcome.passed: 401/403 (outcome.locked: this failure started a block)

or, when the check has more than two answers (a TOTP code already used is
neither right nor wrong): ``refuse_if_locked`` first (it counts and audits
the refusal), then ``failed`` or ``succeeded`` (see ``check_code``). A lock
publishes ``SecretLocked`` on ``SECRET_LOCKS_TOPIC`` (the announcer tells the operator's
chats) and writes an audit row; refusals while locked are audited at most
once a minute per key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final, Protocol

from actors import publish
from alexclaw.security._audit import record_audit
from alexclaw.security._lockout import (
    AttemptState,
    LockPolicy,
    after_failure,
    after_refusal,
    seconds_locked,
)
from alexclaw.storage import Connection, DatabaseHandle

log = logging.getLogger("alexclaw.security")

SECRET_LOCKS_TOPIC: Final = "secret_locks"  # noqa: S105 (a topic's name, not a secret)
OPERATOR: Final = "operator"
SOURCE_PREFIX: Final = "source:"
TOTP_POLICY: Final = LockPolicy(lock_after=5, first_lock=30.0, growth=2.0, max_lock=3600.0)
REFUSAL_AUDIT_EVERY: Final = 60.0


def source_key(ip: str) -> str:
    return f"{SOURCE_PREFIX}{ip}"


class _Settings(Protocol):
    # ConfigHandle: an unset setting reads as the catalog's default.
    def get(self, key: str, default: Any = None) -> Any: ...


def policies(settings: _Settings) -> Callable[[str], LockPolicy]:
    """The policy of each key, read per attempt (a settings change applies
    to the next attempt): sources follow ``auth.rate_limit.*`` — a fixed
    block, renewed by any attempt while blocked; the operator's codes grow."""

    def policy_for(key: str) -> LockPolicy:
        if not key.startswith(SOURCE_PREFIX):
            return TOTP_POLICY
        block = float(settings.get("auth.rate_limit.block_duration_seconds"))
        return LockPolicy(
            lock_after=int(settings.get("auth.rate_limit.max_attempts")),
            first_lock=block,
            growth=1.0,
            max_lock=block,
            relock_while_locked=True,
        )

    return policy_for


@dataclass(frozen=True, slots=True)
class SecretLocked:
    """Published when a key becomes locked (never carries the secret)."""

    key: str
    what: str  # "TOTP code", "login password", "Telegram webhook secret", …
    failures: int
    seconds: int


@dataclass(frozen=True, slots=True)
class Attempt:
    passed: bool
    retry_after: int = 0  # > 0: locked (now, or already before the check)
    checked: bool = True  # False: refused while locked, the secret was not looked at

    @property
    def locked(self) -> bool:
        return self.retry_after > 0


@dataclass(frozen=True, slots=True)
class LockRow:
    key: str
    failures: int
    seconds_left: int  # 0 = counting, not locked

    @property
    def source(self) -> str | None:
        """The address, for a source key (None: the operator's TOTP key)."""
        return self.key[len(SOURCE_PREFIX) :] if self.key.startswith(SOURCE_PREFIX) else None


async def lift_sources(conn: Connection, ip: str | None = None) -> list[LockRow]:
    """Forget the failures and blocks of one source address, or of every one
    (the command line's ``alexclaw unblock``); the operator's own 2FA lock is
    never lifted here. Returns what was lifted, as it was."""
    keys = [source_key(ip)] if ip is not None else None
    rows = await conn.fetch(
        "DELETE FROM secret_attempts WHERE key LIKE $1 || '%' AND ($2::text[] IS NULL OR key = ANY($2::text[])) "
        "RETURNING key, failures, greatest(0, ceil(locked_until - extract(epoch FROM now())))::int AS left",
        SOURCE_PREFIX, keys,
    )  # fmt: skip
    return [LockRow(r["key"], int(r["failures"]), int(r["left"] or 0)) for r in rows]


class SecretLimiter:
    """Stateless but for the refusal-audit throttle; safe to share."""

    def __init__(
        self,
        database: DatabaseHandle,
        policy_for: Callable[[str], LockPolicy] = lambda key: TOTP_POLICY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.database = database
        self.policy_for = policy_for
        self.clock = clock
        self._refusals_audited: dict[str, float] = {}

    async def seconds_locked(self, key: str) -> int:
        return seconds_locked(await self._peek(key), self.clock())

    async def refuse_if_locked(self, key: str, *, actor: str, what: str) -> int:
        """Seconds locked (0 = go ahead). A refusal is counted by the policy
        (sources are locked again) and audited, at most once a minute."""
        if not await self.seconds_locked(key):  # the common case: one plain read, no transaction
            return 0
        now = self.clock()
        async with self.database.pool().acquire() as conn, conn.transaction():
            state = await _load(conn, key, lock=True)
            if not seconds_locked(state, now):
                return 0
            state = after_refusal(state, self.policy_for(key), now)
            await _store(conn, key, state)
            if now - self._refusals_audited.get(key, -REFUSAL_AUDIT_EVERY) >= REFUSAL_AUDIT_EVERY:
                self._refusals_audited[key] = now
                await record_audit(conn, actor, "secret.refused_locked", key, outcome="denied", detail={"what": what})
            return seconds_locked(state, now)

    async def failed(self, key: str, *, actor: str, what: str) -> int:
        """Count a wrong secret; returns the seconds locked (0 = not locked)."""
        now = self.clock()
        async with self.database.pool().acquire() as conn, conn.transaction():
            await conn.execute(  # a row to lock, so two first failures both count
                "INSERT INTO secret_attempts (key) VALUES ($1) ON CONFLICT (key) DO NOTHING", key
            )
            before = await _load(conn, key, lock=True)
            state = after_failure(before, self.policy_for(key), now)
            await _store(conn, key, state)
            waiting = seconds_locked(state, now)
            newly = waiting > 0 and state.locked_until > before.locked_until
            if newly:
                detail = {"what": what, "failures": state.failures, "seconds": waiting}
                await record_audit(conn, actor, "secret.locked", key, outcome="denied", detail=detail)
        if newly:
            log.warning("%s locked for %d s after %d wrong %s", key, waiting, state.failures, what)
            publish(SECRET_LOCKS_TOPIC, SecretLocked(key, what, state.failures, waiting))
        return waiting

    async def succeeded(self, key: str) -> None:
        async with self.database.pool().acquire() as conn:
            await conn.execute("DELETE FROM secret_attempts WHERE key = $1", key)
        self._refusals_audited.pop(key, None)

    async def attempt(self, key: str, check: Callable[[], Awaitable[bool]], *, actor: str, what: str) -> Attempt:
        """Refuse while locked (``check`` is not called), else check and count."""
        waiting = await self.refuse_if_locked(key, actor=actor, what=what)
        if waiting:
            return Attempt(False, waiting, checked=False)
        if await check():
            if (await self._peek(key)).failures:  # most successes have nothing to clear
                await self.succeeded(key)
            return Attempt(True)
        return Attempt(False, await self.failed(key, actor=actor, what=what))

    def forget(self, key: str) -> None:
        """A block was lifted elsewhere (``lift_sources``): its next refusal
        is audited again at once."""
        self._refusals_audited.pop(key, None)

    async def unlock(self, key: str) -> bool:
        """The operator's "unblock": forget the key's failures and lock."""
        async with self.database.pool().acquire() as conn:
            status = await conn.execute("DELETE FROM secret_attempts WHERE key = $1", key)
        self._refusals_audited.pop(key, None)
        return status.endswith(" 1")

    async def _peek(self, key: str) -> AttemptState:
        async with self.database.pool().acquire() as conn:
            return await _load(conn, key, lock=False)

    async def current(self, limit: int = 200) -> list[LockRow]:
        """Keys with failures or a lock, newest first (the Security page)."""
        async with self.database.pool().acquire() as conn:
            rows = await conn.fetch(
                "SELECT key, failures, last_failure, locked_until FROM secret_attempts "
                "ORDER BY last_failure DESC LIMIT $1",
                limit,
            )
        now = self.clock()
        return [
            LockRow(row["key"], row["failures"], seconds_locked(AttemptState(locked_until=row["locked_until"]), now))
            for row in rows
            if row["failures"] > 0
        ]


async def _load(conn: Connection, key: str, *, lock: bool) -> AttemptState:
    query = "SELECT failures, last_failure, locked_until FROM secret_attempts WHERE key = $1"
    row: Any = await conn.fetchrow(query + (" FOR UPDATE" if lock else ""), key)
    return AttemptState() if row is None else AttemptState(**dict(row))


async def _store(conn: Connection, key: str, state: AttemptState) -> None:
    await conn.execute(
        "INSERT INTO secret_attempts (key, failures, last_failure, locked_until) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (key) DO UPDATE SET failures = $2, last_failure = $3, locked_until = $4",
        key,
        state.failures,
        state.last_failure,
        state.locked_until,
    )
