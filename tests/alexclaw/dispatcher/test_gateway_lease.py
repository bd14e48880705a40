"""One node per gateway in a cluster sharing a database: the node holding
the gateway's lease (a session-level advisory lock) runs it, the others
stand by; when the holder's session ends another node takes over; a pin
runs it without election (or never, on another node); the Dashboard warns
when a configured gateway has no node.

The other node is, in turn, a bare database session holding the lease in
its name, and a real ``alexclaw`` node in its own OS process that is
SIGKILLed while it runs Telegram against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import asyncpg
import pytest

from actors import send, sync, whereis
from actors.testing import wait_until
from alexclaw import Node
from alexclaw.dispatcher import PgGatewayLease
from alexclaw.dispatcher._gateway_lease import APPLICATION_PREFIX, LEASE_SPACE, PgLeaseHold, gateway_key
from cluster import ClusterSettings
from gateways import Tick
from gateways.telegram import TELEGRAM_NAME
from tests.alexclaw.dispatcher.conftest import CHAT, configure
from tests.alexclaw.dispatcher.test_poison_node import TelegramNode
from tests.alexclaw.web.conftest import HTML, login, make_settings
from tests.cluster.support import COOKIE
from tests.fake_telegram import FakeBotAPI

LEASE = "gateways.telegram_lease"


async def hold_lease(database_url: str, node: str, gateway: str = "telegram") -> asyncpg.Connection:
    """A session that holds ``gateway``'s lease in ``node``'s name, as that node's lease actor would."""
    conn = await asyncpg.connect(database_url, server_settings={"application_name": f"{APPLICATION_PREFIX}{node}"})
    assert await conn.fetchval("SELECT pg_try_advisory_lock($1, $2)", LEASE_SPACE, gateway_key(gateway))
    return conn


async def start_alpha(database_url: str, tmp_path: Path) -> Node:
    cluster = ClusterSettings(cookie=COOKIE, host="127.0.0.1", port=0, heartbeat_seconds=30.0)
    settings = replace(make_settings(database_url, tmp_path), node_name="alpha", cluster=cluster)
    node = Node(settings, loopback_grants=frozenset({"telegram"}))
    await node.start()
    return node


async def telegram_settings(node: Node, fake: FakeBotAPI) -> None:
    await configure(
        node,
        api_base_url=fake.base_url.removesuffix("/bot"),
        chat_id=str(CHAT),
        owner_user_id=str(CHAT),
        bot_token=fake.token,
    )
    await sync(LEASE)  # it reacted to the same settings change


async def pin(node: Node, name: str) -> None:
    await node.state.config.set("telegram.node", name, actor="test")
    await sync("gateways.watcher")
    await sync(LEASE)


async def tick() -> None:
    """The lease actor's timer, fired now."""
    send(LEASE, Tick())
    await sync(LEASE)


async def dashboard(node: Node) -> str:
    client = node.state.app.test_client()
    await login(client)
    page = await client.get("/", headers=HTML)
    text: str = await page.get_data(as_text=True)
    return text


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


async def test_a_node_stands_by_while_another_holds_the_lease_and_takes_over_when_that_session_ends(
    database_url: str, tmp_path: Path, fake: FakeBotAPI
) -> None:
    beta = await hold_lease(database_url, "beta")
    alpha = await start_alpha(database_url, tmp_path)
    try:
        await telegram_settings(alpha, fake)
        view = alpha.services.telegram_lease.read()
        assert (view.mode, view.holder, view.here) == ("elected", "beta", False)
        assert whereis(TELEGRAM_NAME) is None and fake.poll_offsets == []  # beta runs it: alpha never polls
        status = alpha.services.telegram_status.read()
        assert (status.state, status.detail) == ("standby", "node beta holds the lease")
        assert "gateway-no-node" not in await dashboard(alpha)  # a node runs it

        await beta.close()  # beta is gone: its session, and the lock with it
        await tick()
        view = alpha.services.telegram_lease.read()
        assert (view.holder, view.here) == ("alpha", True)
        assert whereis(TELEGRAM_NAME) is not None
        await fake.wait_until(lambda: fake.poll_offsets, 10)
        # Now alpha holds it: another node cannot take it.
        other = PgGatewayLease(alpha.services.database)
        assert await other.acquire("telegram", "beta") is None
        assert await other.holder("telegram") == "alpha"
    finally:
        await alpha.stop()
        if not beta.is_closed():
            await beta.close()


async def test_a_holder_whose_lease_session_is_lost_stops_its_gateway_and_takes_the_lease_again(
    database_url: str, tmp_path: Path, fake: FakeBotAPI
) -> None:
    alpha = await start_alpha(database_url, tmp_path)
    admin = await asyncpg.connect(database_url)
    try:
        await telegram_settings(alpha, fake)
        assert alpha.services.telegram_lease.read().here and whereis(TELEGRAM_NAME) is not None
        # beta queues for the lock, so it (not alpha's own timer) wins it the moment alpha's session ends.
        taken = await asyncpg.connect(database_url, server_settings={"application_name": f"{APPLICATION_PREFIX}beta"})
        queued = asyncio.ensure_future(
            taken.execute("SELECT pg_advisory_lock($1, $2)", LEASE_SPACE, gateway_key("telegram"))
        )
        ended = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1",
            f"{APPLICATION_PREFIX}alpha",
        )
        assert ended == 1
        await queued
        await tick()
        assert whereis(TELEGRAM_NAME) is None  # never two pollers: alpha stopped as soon as it saw the loss
        assert alpha.services.telegram_lease.read().holder == "beta"
        await taken.close()
        await tick()
        assert alpha.services.telegram_lease.read().here and whereis(TELEGRAM_NAME) is not None
    finally:
        await admin.close()
        await alpha.stop()


async def test_a_pin_runs_the_gateway_without_election_and_a_pin_to_a_node_that_is_down_is_warned_about(
    database_url: str, tmp_path: Path, fake: FakeBotAPI
) -> None:
    alpha = await start_alpha(database_url, tmp_path)
    try:
        await telegram_settings(alpha, fake)
        await pin(alpha, "gamma")  # a node that does not run
        view = alpha.services.telegram_lease.read()
        assert (view.mode, view.holder, view.holder_alive) == ("pinned", "gamma", False)
        assert whereis(TELEGRAM_NAME) is None
        page = await dashboard(alpha)
        assert "Telegram is pinned to node &#39;gamma&#39;, which is not running" in page
        assert "clear telegram.node" in page
        # Alive is read from the nodes' name locks (whatever the sign of the name's hash).
        lease = PgGatewayLease(alpha.services.database)
        assert await lease.alive("alpha") and not await lease.alive("gamma")

        # Pinned here: it runs with no lease held (another session may hold the lock).
        beta = await hold_lease(database_url, "beta")
        try:
            await pin(alpha, "alpha")
            assert alpha.services.telegram_lease.read().mode == "pinned"
            assert whereis(TELEGRAM_NAME) is not None
            await fake.wait_until(lambda: fake.poll_offsets, 10)
            assert "gateway-no-node" not in await dashboard(alpha)
        finally:
            await beta.close()
    finally:
        await alpha.stop()


async def test_a_single_node_without_a_cluster_runs_its_gateway_with_no_lease(
    database_url: str, tmp_path: Path, fake: FakeBotAPI
) -> None:
    node = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"telegram"}))
    await node.start()
    beta = await hold_lease(database_url, "beta")  # ignored: no cluster, no election
    try:
        await configure(node, api_base_url=fake.base_url.removesuffix("/bot"), chat_id=str(CHAT), bot_token=fake.token)
        assert whereis(LEASE) is None and whereis(TELEGRAM_NAME) is not None
        assert node.services.telegram_lease.read().mode == "single"
        await fake.wait_until(lambda: fake.poll_offsets, 10)
    finally:
        await beta.close()
        await node.stop()


@pytest.mark.slow
async def test_a_real_node_holding_telegram_is_killed_and_the_other_node_takes_over(
    database_url: str, tmp_path: Path, fake: FakeBotAPI
) -> None:
    beta = await TelegramNode.start(database_url, tmp_path / "beta", fake, "polling", cluster_env("beta"))
    alpha: Node | None = None
    try:
        await beta.expect("web ")
        await beta.expect("ready")  # beta configured Telegram, took the lease and polls
        alpha = await start_alpha(database_url, tmp_path / "alpha")
        view = alpha.services.telegram_lease.read()
        assert (view.holder, view.here) == ("beta", False)
        assert whereis(TELEGRAM_NAME) is None  # exactly one node runs it

        os.kill(beta.proc.pid, signal.SIGKILL)
        await beta.proc.wait()
        polls = len(fake.poll_offsets)
        # alpha's own timer: within one lease interval of PostgreSQL ending beta's session.
        await wait_until(lambda: whereis(TELEGRAM_NAME) is not None, timeout=30, message="alpha took over")
        assert alpha.services.telegram_lease.read().holder == "alpha"
        await fake.wait_until(lambda: len(fake.poll_offsets) > polls, 30)
    finally:
        if alpha is not None:
            await alpha.stop()
        await beta.stop()


def cluster_env(name: str) -> dict[str, str]:
    return {"ALEXCLAW_NODE_NAME": name, "CLUSTER_COOKIE": COOKIE, "ALEXCLAW_CLUSTER_PORT": "0"}


class _BrokenSession:
    """A lease connection whose backend was ended under an operation."""

    def __init__(self) -> None:
        self.terminated = False

    def is_closed(self) -> bool:
        return False

    async def fetchval(self, *args: object, **kwargs: object) -> object:
        raise asyncpg.InternalClientError("cannot switch to state 11; another operation (2) is in progress")

    def terminate(self) -> None:
        self.terminated = True


async def test_a_lease_session_left_mid_operation_is_a_lost_lease_not_a_crash() -> None:
    # Found in CI: the lease actor crashed on this error after its backend was terminated.
    session = _BrokenSession()
    hold = PgLeaseHold(session, "telegram")  # type: ignore[arg-type]
    assert await hold.check() is False
    assert session.terminated
