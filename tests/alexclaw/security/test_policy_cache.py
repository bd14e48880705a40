"""Policies in PostgreSQL: validated on save, cached as a snapshot that
follows every change, and every deny audited."""

from __future__ import annotations

import asyncpg
import pytest

from actors import Snapshot
from actors.testing import Probe
from alexclaw.security import (
    AuthContext,
    Authorizer,
    PoliciesReloaded,
    Policy,
    PolicyConfigError,
    PolicyEngine,
    save_policy,
)
from alexclaw.security._policy_cache import POLICIES_TOPIC, PolicyCache
from alexclaw.storage import Connection, DatabaseHandle


async def test_a_saved_policy_reaches_the_snapshot_through_notify(database: DatabaseHandle) -> None:
    snapshot: Snapshot[tuple[Policy, ...]] = Snapshot(())
    probe = await Probe().listen(POLICIES_TOPIC).start()
    cache = await PolicyCache(database, snapshot, ttl=3600).start()
    await probe.receive(PoliciesReloaded)  # the initial load
    assert snapshot.read() == ()
    async with database.pool().acquire() as conn:
        await save_policy(
            conn, name="no web at night", rule_type="time_window",
            config={"permission": "web_read", "deny_start_hour": 1, "deny_end_hour": 5}, priority=5, actor="test",
        )  # fmt: skip
        await save_policy(
            conn, name="override", rule_type="permission_override",
            config={"permission": "memory_write", "action": "deny"}, priority=9, actor="test",
        )  # fmt: skip
    while len(snapshot.read()) < 2:
        await probe.receive(PoliciesReloaded)
    assert [p.name for p in snapshot.read()] == ["override", "no web at night"]  # by priority
    await cache.stop()
    await probe.stop()


async def test_an_invalid_policy_is_refused_on_save(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        with pytest.raises(PolicyConfigError, match="max_calls"):
            await save_policy(conn, name="bad", rule_type="rate_limit", config={"max_calls": -1}, actor="test")
        assert await conn.fetchval("SELECT count(*) FROM policies") == 0


async def test_a_second_policy_of_a_taken_name_is_refused_on_save_not_a_database_error(
    database: DatabaseHandle,
) -> None:
    # Found by the chaos suite's web test: a policy saved, its page's answer
    # lost, the same form sent again — the unique name was a 500.
    async def save(conn: Connection, name: str, policy_id: int | None = None) -> int:
        config = {"max_calls": 5, "window_seconds": 60}
        return await save_policy(
            conn, name=name, rule_type="rate_limit", config=config, policy_id=policy_id, actor="test"
        )

    async with database.pool().acquire() as conn:
        first = await save(conn, "Slow")
        other = await save(conn, "Slower")
        with pytest.raises(PolicyConfigError, match="a policy named 'Slow' already exists"):
            await save(conn, "Slow")
        with pytest.raises(PolicyConfigError, match="a policy named 'Slow' already exists"):
            await save(conn, " Slow ", policy_id=other)  # a rename onto it
        names = [r["name"] for r in await conn.fetch("SELECT name FROM policies ORDER BY id")]
        saved = await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'policy.saved'")
    assert names == ["Slow", "Slower"] and first < other
    assert saved == 2  # the refused saves left no audit row


async def test_a_row_broken_by_hand_is_ignored_not_guessed(database: DatabaseHandle, database_url: str) -> None:
    conn = await asyncpg.connect(database_url)
    await conn.execute(
        "INSERT INTO policies (name, rule_type, config) VALUES ('broken', 'rate_limit', '{\"max_calls\": \"many\"}')"
    )
    await conn.close()
    snapshot: Snapshot[tuple[Policy, ...]] = Snapshot(())
    cache = await PolicyCache(database, snapshot, ttl=3600).start()
    assert snapshot.read() == ()
    await cache.stop()


async def test_every_deny_is_audited_without_request_text(database: DatabaseHandle, database_url: str) -> None:
    authorizer = Authorizer(PolicyEngine(lambda: ()), database)
    allowed = await authorizer.authorize(AuthContext("my_skill", "dynamic", "web_read", frozenset({"web_read"})))
    denied = await authorizer.authorize(
        AuthContext(
            "my_skill", "dynamic", "memory_write", frozenset({"web_read"}), chain_depth=1, workflow_run_id="r-7"
        )
    )
    assert allowed.allowed and not denied.allowed
    conn = await asyncpg.connect(database_url)
    rows = await conn.fetch("SELECT actor, action, target, outcome, detail::text AS detail FROM audit_log")
    await conn.close()
    assert len(rows) == 1
    row = rows[0]
    assert (row["actor"], row["action"], row["target"], row["outcome"]) == (
        "my_skill",
        "authz.deny",
        "memory_write",
        "denied",
    )
    assert (
        '"chain_depth": 1' in row["detail"]
        and '"run": "r-7"' in row["detail"]
        and '"caller_type": "dynamic"' in row["detail"]
    )
