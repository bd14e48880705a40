"""Policies in PostgreSQL, the cache actor that publishes them, and the
authorizer that decides and audits.

The cache loads every policy at ``init`` and publishes an immutable tuple
(highest priority first) that the engine reads on the hot path. It reloads
on every NOTIFY from the ``policies`` trigger and, as a safety net, every
30 seconds (the TTL): a lost notification costs at most that long. Every
deny is written to the audit trail with caller, caller type, permission,
reason, chain depth and run id — the reason is the engine's own words, never
text from the request.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import asyncpg

from actors import AsyncActor, ExitReason, Snapshot, Timer, call, publish, send, send_after
from alexclaw.security._audit import record_audit
from alexclaw.security._policy import (
    AuthContext,
    Decision,
    Policy,
    PolicyConfigError,
    PolicyEngine,
    by_priority,
    validate_rule,
)
from alexclaw.storage import UNAVAILABLE, Backoff, Connection, DatabaseHandle

log = logging.getLogger("alexclaw.security.policy")

POLICY_CACHE_NAME: Final = "alexclaw.security.policy_cache"
CHANNEL: Final = "alexclaw_policies"
POLICIES_TOPIC: Final = "policies"
TTL_SECONDS: Final = 30.0


async def load_policies(conn: Connection) -> tuple[Policy, ...]:
    rows = await conn.fetch("SELECT id, name, rule_type, config::text AS config, priority, enabled FROM policies")
    policies = []
    for row in rows:
        try:
            config = validate_rule(row["rule_type"], json.loads(row["config"]))
        except (PolicyConfigError, ValueError) as exc:
            # A row edited by hand into nonsense: skip it loudly rather than guess.
            log.error("policy %s (%s) is invalid and is ignored: %s", row["id"], row["name"], exc)
            continue
        policies.append(Policy(row["id"], row["name"], row["rule_type"], config, row["priority"], row["enabled"]))
    return by_priority(policies)


async def save_policy(
    conn: Connection,
    *,
    name: str,
    rule_type: str,
    config: Mapping[str, Any],
    priority: int = 0,
    enabled: bool = True,
    policy_id: int | None = None,
    actor: str,
) -> int:
    """Validate and insert or update; returns the id. Audited."""
    clean = validate_rule(rule_type, config)
    name = name.strip()
    if not 1 <= len(name) <= 100:
        raise PolicyConfigError("name: 1 to 100 characters")
    try:
        async with conn.transaction():
            if policy_id is None:
                saved = await conn.fetchval(
                    "INSERT INTO policies (name, rule_type, config, priority, enabled) "
                    "VALUES ($1, $2, $3::jsonb, $4, $5) RETURNING id",
                    name, rule_type, json.dumps(clean), priority, enabled,
                )  # fmt: skip
            else:
                saved = await conn.fetchval(
                    "UPDATE policies SET name = $2, rule_type = $3, config = $4::jsonb, priority = $5, enabled = $6, "
                    "updated_at = now() WHERE id = $1 RETURNING id",
                    policy_id, name, rule_type, json.dumps(clean), priority, enabled,
                )  # fmt: skip
                if saved is None:
                    raise PolicyConfigError(f"no policy {policy_id}")
            await record_audit(conn, actor, "policy.saved", f"policy:{saved}", detail={"rule_type": rule_type})
    except asyncpg.UniqueViolationError:  # names are unique: a second one is the operator's to rename
        raise PolicyConfigError(f"name: a policy named {name!r} already exists") from None
    return int(saved)


class _Reload:
    pass


@dataclass(frozen=True, slots=True)
class PoliciesReloaded:
    """Published on the ``policies`` topic after every reload."""

    count: int


class PolicyCache(AsyncActor):
    """Keeps the policies snapshot the engine decides on: reloaded on NOTIFY,
    every TTL as a safety net, and on request.

    ``init``
        Listens (a LISTEN that fails is logged: the TTL reload remains) and
        loads, waiting for the database during an outage.
    ``handle_call``
        ``_Reload`` (``refresh_policies``) reloads and answers how many
        policies are in force; while the database is away the snapshot is kept
        and the answer is the count of the kept ones — never a crash.
    ``handle_info``
        A NOTIFY or the TTL timer reloads the same way; the next reload comes
        sooner while the database is away.
    ``terminate``
        Closes the LISTEN connection (terminated if the server hangs).

    Any other raise crashes it; decisions keep using the snapshot meanwhile."""

    def __init__(self, database: DatabaseHandle, snapshot: Snapshot[tuple[Policy, ...]], ttl: float = TTL_SECONDS):
        super().__init__()
        self.database = database
        self.snapshot = snapshot
        self.ttl = ttl
        self._listener: asyncpg.Connection | None = None
        self._backoff = Backoff()
        self._timer: Timer | None = None

    async def init(self) -> None:
        await self._listen()
        # Restarted during an outage: wait for the database (the engine
        # keeps deciding on the snapshot it has), rather than fail at once.
        await self.database.when_ready(self._reload, what="policy cache")
        self._timer = send_after(self, _Reload(), self.ttl)

    async def _listen(self) -> None:
        conn: asyncpg.Connection | None = None
        try:
            conn = await self.database.connect()
            await conn.add_listener(CHANNEL, self._on_notify)
        except UNAVAILABLE as exc:
            if conn is not None:
                conn.terminate()
            log.warning("policy cache cannot LISTEN (%s); relying on the %ss reload", exc, self.ttl)
            return
        self._listener = conn

    def _on_notify(self, *_args: object) -> None:
        send(self, _Reload())

    async def _reload(self) -> None:
        async with self.database.pool().acquire() as conn:
            policies = await load_policies(conn)
        self.snapshot.publish(policies)
        publish(POLICIES_TOPIC, PoliciesReloaded(len(policies)))

    async def _try_reload(self) -> bool:
        """Reload; False (the snapshot kept) while the database is away."""
        try:
            await self._reload()
        except UNAVAILABLE as exc:
            self.database.report_unavailable(exc)
            log.warning("policies not reloaded (%s); the ones in force stay", type(exc).__name__)
            return False
        return True

    async def handle_call(self, message: Any, caller: Any) -> Any:
        if isinstance(message, _Reload):  # a writer wants to read its own write
            await self._try_reload()
            return len(self.snapshot.read())
        return await super().handle_call(message, caller)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Reload):
            if await self._try_reload():
                self._backoff.reset()
                delay = self.ttl  # the TTL safety net
            else:
                delay = min(self._backoff.delay(), self.ttl)  # back soon after the database
            if self._listener is None or self._listener.is_closed():
                self._listener = None
                await self._listen()
            if self._timer is not None:
                self._timer.cancel()  # one chain, however many NOTIFYs came in
            self._timer = send_after(self, _Reload(), delay)
            return
        await super().handle_info(message)

    async def terminate(self, reason: ExitReason) -> None:
        if self._listener is not None and not self._listener.is_closed():
            try:
                await self._listener.close(timeout=5)
            except UNAVAILABLE:
                self._listener.terminate()  # a hung server does not hold the node's stop


async def delete_policy(conn: Connection, policy_id: int) -> bool:
    """Delete one policy; False when there is none with that id."""
    status = await conn.execute("DELETE FROM policies WHERE id = $1", policy_id)
    return bool(status.endswith(" 1"))


async def refresh_policies(target: str = POLICY_CACHE_NAME) -> None:
    """Reload the cache now (after a save on this node), not on the NOTIFY."""
    await call(target, _Reload())


class Authorizer:
    """Decide on the snapshot (no actor hop); audit every deny."""

    def __init__(self, engine: PolicyEngine, database: DatabaseHandle) -> None:
        self.engine = engine
        self.database = database

    async def authorize(self, ctx: AuthContext) -> Decision:
        decision = self.engine.decide(ctx)
        if not decision.allowed:
            async with self.database.pool().acquire() as conn:
                await record_audit(
                    conn,
                    ctx.caller,
                    "authz.deny",
                    ctx.permission,
                    outcome="denied",
                    detail={
                        "caller_type": ctx.caller_type,
                        "reason": decision.reason,
                        "policy": decision.policy_id,
                        "chain_depth": ctx.chain_depth,
                        "run": ctx.workflow_run_id,
                    },
                )
        return decision
