"""The token manager on a manual clock against the fake Google: an access
token is refreshed from 5 minutes before it expires (by the timer's check
and by a caller asking for a token), not earlier; a refresh token Google
refuses (``invalid_grant``: revoked) disconnects the node — tokens
deleted, status "revoked", the act audited, the operator told."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from actors import Refused, Snapshot, call
from alexclaw import Node
from alexclaw.google import GoogleStatus, RefreshIfDue, TokenManager, TokenPorts
from alexclaw.google._store import Tokens, load_tokens, rotate_google_secrets, save_state, save_tokens
from alexclaw.google._tokens import AccessToken
from alexclaw.security import SecretBox
from tests.fake_google import ACCOUNT, FakeGoogle

T0 = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Operator:
    told: list[str] = field(default_factory=list)

    async def send(self, text: str) -> None:
        self.told.append(text)


@dataclass
class Manager:
    process: TokenManager
    status: Snapshot[GoogleStatus]
    clock: Clock
    operator: Operator


@pytest.fixture
async def manager(node: Node, google: FakeGoogle) -> AsyncIterator[Manager]:
    """A second token manager (unnamed) over the node's tables and client,
    on a manual clock, holding tokens a past consent gave (valid 1 hour)."""
    access, refresh = google.issue()
    operations = node.services.google
    async with node.state.database.pool().acquire() as conn:
        tokens = Tokens(access, refresh, T0 + timedelta(hours=1), "", ACCOUNT)
        await save_tokens(conn, operations.box, tokens, T0)
    clock, operator, status = Clock(), Operator(), Snapshot(GoogleStatus())
    ports = TokenPorts(
        node.state.database, operations.box, operations.client, operations.credentials, status, clock, operator.send
    )
    process = TokenManager(ports)
    await process.start()
    yield Manager(process, status, clock, operator)
    await process.stop()


async def test_a_token_is_not_refreshed_earlier_than_five_minutes_before_it_expires(
    manager: Manager, google: FakeGoogle
) -> None:
    manager.clock.now = T0 + timedelta(minutes=54, seconds=59)

    status = await call(manager.process, RefreshIfDue())

    assert google.grants("refresh_token") == []
    assert isinstance(status, GoogleStatus) and status.state == "connected" and status.account == ACCOUNT


async def test_the_timer_check_refreshes_five_minutes_before_expiry_and_stores_the_new_token(
    node: Node, manager: Manager, google: FakeGoogle
) -> None:
    manager.clock.now = T0 + timedelta(minutes=55)

    status = await call(manager.process, RefreshIfDue())

    [refresh] = google.grants("refresh_token")
    assert isinstance(status, GoogleStatus) and status.expires_at == T0 + timedelta(minutes=115)
    async with node.state.database.pool().acquire() as conn:
        kept = await load_tokens(conn, node.services.google.box)
    assert kept is not None and kept.refresh_token == refresh.form["refresh_token"]
    assert kept.access_token in google.access_tokens and kept.expires_at == T0 + timedelta(minutes=115)


async def test_asking_for_a_token_when_it_is_due_refreshes_it_first(manager: Manager, google: FakeGoogle) -> None:
    first = await call(manager.process, AccessToken())
    manager.clock.now = T0 + timedelta(minutes=58)

    second = await call(manager.process, AccessToken())

    assert isinstance(first, str) and isinstance(second, str) and first != second
    assert len(google.grants("refresh_token")) == 1 and second in google.access_tokens


async def test_a_revoked_refresh_token_disconnects_audits_and_tells_the_operator(
    node: Node, manager: Manager, google: FakeGoogle
) -> None:
    google.revoke_all()  # the operator removed the app at myaccount.google.com
    manager.clock.now = T0 + timedelta(minutes=56)

    status = await call(manager.process, RefreshIfDue())
    token = await call(manager.process, AccessToken())

    assert isinstance(status, GoogleStatus) and status.state == "revoked"
    assert isinstance(token, Refused) and token.code == "disconnected"
    assert manager.status.read().state == "revoked"
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM google_tokens") == 0
        [row] = await conn.fetch("SELECT actor, outcome FROM audit_log WHERE action = 'google.revoked'")
    assert (row["actor"], row["outcome"]) == ("node", "disconnected")
    assert manager.operator.told and "/connect google" in manager.operator.told[0]


async def test_a_refresh_that_fails_for_a_passing_reason_keeps_the_tokens(
    node: Node, manager: Manager, google: FakeGoogle
) -> None:
    await node.state.config.set("google.client_secret", "GOCSPX-another-secret-0123456789", actor="test")
    manager.clock.now = T0 + timedelta(minutes=56)

    status = await call(manager.process, RefreshIfDue())

    assert isinstance(status, GoogleStatus) and status.state == "error" and "invalid_client" in status.detail
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM google_tokens") == 1
    assert isinstance(await call(manager.process, AccessToken()), str)  # still valid for 4 minutes


async def test_tokens_stored_under_another_key_read_as_not_connected_instead_of_crashing(
    node: Node, google: FakeGoogle
) -> None:
    access, refresh = google.issue()
    async with node.state.database.pool().acquire() as conn:
        other = SecretBox("another-secret-key-base-" + "k" * 40)
        await save_tokens(conn, other, Tokens(access, refresh, T0 + timedelta(hours=1)), T0)
    operations, status = node.services.google, Snapshot(GoogleStatus())
    ports = TokenPorts(
        node.state.database, operations.box, operations.client, operations.credentials, status, Clock(), Operator().send
    )
    process = TokenManager(ports)
    await process.start()
    try:
        assert status.read().state == "disconnected"
        assert isinstance(await call(process, AccessToken()), Refused)
    finally:
        await process.stop()


async def test_rotate_key_re_encrypts_the_tokens_and_the_pending_verifiers(node: Node, google: FakeGoogle) -> None:
    access, refresh = google.issue()
    old, new = node.services.google.box, SecretBox("the-next-secret-key-base-" + "n" * 40)
    async with node.state.database.pool().acquire() as conn, conn.transaction():
        await save_tokens(conn, old, Tokens(access, refresh, T0 + timedelta(hours=1)), T0)
        await save_state(conn, old, "a-state", "a-verifier-" + "v" * 40, bound_to="chat:telegram:1", now=T0)

        assert await rotate_google_secrets(conn, old, new) == 2

        kept = await load_tokens(conn, new)
        verifier = await conn.fetchval("SELECT verifier FROM google_oauth_states")
    assert kept is not None and (kept.access_token, kept.refresh_token) == (access, refresh)
    assert new.decrypt(verifier) == "a-verifier-" + "v" * 40
