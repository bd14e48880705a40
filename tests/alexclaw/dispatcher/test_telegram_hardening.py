"""The Telegram gateway under bad input and bad settings, on a whole node
against the fake Bot API: a malformed update (by polling and by webhook)
is set aside — recorded, audited, the operator told — and the next one is
answered by the same gateway process; a handling failure is retried and
then set aside; a rejected token or a refused address ends the gateway
with the cause as its last exit and its status, never the node; expected
failures of a request are refusal values; only the owner user in the
operator's chat is answered."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from actors import Process, sync, whereis
from actors.testing import Probe
from alexclaw import Node
from alexclaw.wiring import SettingsReader
from alexclaw.workflows import RUNS_TOPIC, RunChanged, Step, Workflow, get_run, save_workflow
from gateways import STATUS_TOPIC, GatewayStatus, InboundMessage, Reply
from gateways.telegram import MAX_ATTEMPTS, TELEGRAM_NAME, TelegramSettings
from gateways.tree import CRASH_LIMIT
from supervisors import which_children
from tests.alexclaw.dispatcher.conftest import CHAT, configure, say
from tests.alexclaw.web.conftest import login, make_settings
from tests.alexclaw.web.test_pages import post, text_of
from tests.fake_telegram import FakeBotAPI, SentMessage

SECRET = "s3cret-token_value"
GROUP, OWNER, MEMBER = -100777, 5150, 6160


def malformed(fake: FakeBotAPI) -> dict[str, dict[str, Any]]:
    """One update of each shape Telegram does not send, by name."""

    def message(**fields: Any) -> dict[str, Any]:
        base = fake.make_update(CHAT, "/ping")
        return {"update_id": fake.next_update_id(), "message": {**base["message"], **fields}}

    deep: dict[str, Any] = {}
    node = deep
    for _ in range(40):
        node["x"] = {}
        node = node["x"]
    return {
        "date not a number": message(date="notanint"),
        "message a string": {"update_id": fake.next_update_id(), "message": "hello"},
        "text a number": message(text=12345),
        "chat missing": {"update_id": fake.next_update_id(), "message": {"message_id": 1, "date": 1, "text": "x"}},
        "chat id text": message(chat={"id": "abc", "type": "private"}),
        "sender id text": message(**{"from": {"id": "5", "is_bot": False, "first_name": "X"}}),
        "nested 40 deep": {"update_id": fake.next_update_id(), "message": deep},
        "huge text": message(text="y" * 300_000),
    }


async def set_aside_rows(node: Node) -> list[asyncpg.Record]:
    async with node.state.database.pool().acquire() as conn:
        return list(
            await conn.fetch(
                "SELECT update_id, last_error, attempts FROM gateway_inbox WHERE poisoned_at IS NOT NULL "
                "ORDER BY update_id"
            )
        )


async def audit_rows(node: Node, action: str) -> list[asyncpg.Record]:
    async with node.state.database.pool().acquire() as conn:
        return list(
            await conn.fetch("SELECT target, outcome, detail::text AS detail FROM audit_log WHERE action = $1", action)
        )


async def reconfigure(node: Node, **values: str) -> None:
    """Change telegram.* settings and wait until a gateway with exactly
    these settings is connected."""
    probe = await Probe().listen(STATUS_TOPIC).start()
    await configure(node, **values)
    expected = TelegramSettings.read(SettingsReader(node.state.config)).fingerprint
    await probe.receive(lambda m: isinstance(m, GatewayStatus) and m.state == "connected" and m.fingerprint == expected)
    await probe.stop()


async def gone(name: str) -> None:
    """Wait until the named process has exited and its supervisor knows."""
    process = whereis(name)
    if process is not None:
        await asyncio.wait_for(process.exit_future(), 10)
    await sync("gateways")


async def until_status(probe: Probe, state: str) -> GatewayStatus:
    status: GatewayStatus = await probe.receive(lambda m: isinstance(m, GatewayStatus) and m.state == state, timeout=10)
    return status


def texts(fake: FakeBotAPI, prefix: str) -> list[str]:
    return [m.text for m in fake.sent if m.text and m.text.startswith(prefix)]


async def told_and_answered(fake: FakeBotAPI, node: Node, skipped: int) -> list[SentMessage]:
    """Wait for ``skipped`` set-aside notices and the answer to /ping."""
    pong = f"pong from {node.state.node_name}"
    await fake.wait_until(lambda: len(texts(fake, "I skipped")) >= skipped and texts(fake, pong), timeout=30)
    return list(fake.sent)


async def test_malformed_updates_by_polling_are_set_aside_and_the_next_is_answered(
    node: Node, fake: FakeBotAPI
) -> None:
    gateway = whereis(TELEGRAM_NAME)
    bad = malformed(fake)
    for update in bad.values():
        fake.push_raw(update)
    fake.push_message(CHAT, "/ping")
    sent = await told_and_answered(fake, node, len(bad))
    assert whereis(TELEGRAM_NAME) is gateway  # the same process: it never crashed
    rows = await set_aside_rows(node)
    assert sorted(r["update_id"] for r in rows) == sorted(u["update_id"] for u in bad.values())
    errors = {r["update_id"]: r["last_error"] for r in rows}
    assert errors[bad["nested 40 deep"]["update_id"]] == "MalformedUpdate: nested deeper than 16 levels"
    assert errors[bad["huge text"]["update_id"]] == "MalformedUpdate: larger than 262144 bytes"
    assert errors[bad["date not a number"]["update_id"]].startswith(
        "MalformedUpdate: not an update Telegram sends (TypeError"
    )
    assert len(await audit_rows(node, "gateway.update_set_aside")) == len(bad)
    assert len(texts(fake, "I skipped Telegram update")) == len(bad) and {m.chat_id for m in sent} == {CHAT}
    assert [c.restarts for c in which_children("gateways") if c.id == "telegram"] == [0]


async def test_malformed_updates_by_webhook_are_set_aside_and_the_next_is_answered(
    node: Node, fake: FakeBotAPI
) -> None:
    await configure(node, webhook_secret=SECRET, webhook_url="https://node.example", mode="webhook")
    await fake.wait_until(lambda: fake.webhook_url is not None)
    gateway = whereis(TELEGRAM_NAME)
    client = node.state.app.test_client()
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    bad = malformed(fake)
    huge = bad.pop("huge text")  # over the body cap: refused at the door, Telegram is told 413
    assert (await client.post("/webhooks/telegram", data=json.dumps(huge), headers=headers)).status_code == 413
    for update in bad.values():
        answer = await client.post("/webhooks/telegram", data=json.dumps(update), headers=headers)
        assert answer.status_code == 200
    unreadable = ["[" * 10_000 + "]" * 10_000, '{"update_id": 1', "null", '"text"']
    for body in unreadable:  # not a JSON object: refused at the door
        assert (await client.post("/webhooks/telegram", data=body, headers=headers)).status_code == 400
    no_ids: list[dict[str, Any]] = [{"update_id": "x", "message": {}}, {"update_id": 2**70}, {"message": {}}]
    for no_id in no_ids:  # nothing to record
        assert (await client.post("/webhooks/telegram", data=json.dumps(no_id), headers=headers)).status_code == 200
    good = fake.make_update(CHAT, "/ping")
    assert (await client.post("/webhooks/telegram", data=json.dumps(good), headers=headers)).status_code == 200
    await told_and_answered(fake, node, len(bad))
    assert whereis(TELEGRAM_NAME) is gateway
    assert len(await set_aside_rows(node)) == len(bad)
    assert len(await audit_rows(node, "gateway.update_set_aside")) == len(bad)


async def test_an_update_whose_handling_keeps_failing_is_set_aside_after_the_attempts(
    node: Node, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = node.dispatcher.handle

    async def explodes(message: InboundMessage) -> Sequence[Reply]:
        if message.text == "/status":  # a read: after a failure it is simply tried again
            raise RuntimeError("the handler broke on this one; token 123456789:AAHfakeTokenForTests_0123456789abcde")
        return await handle(message)

    monkeypatch.setattr(node.dispatcher, "handle", explodes)
    gateway = whereis(TELEGRAM_NAME)
    exploding = fake.push_message(CHAT, "/status")
    fake.push_message(CHAT, "/ping")  # waits behind it: order is kept
    await told_and_answered(fake, node, 1)
    assert texts(fake, f"I skipped Telegram update {exploding}: it could not be handled (RuntimeError, 3 attempt(s))")
    assert whereis(TELEGRAM_NAME) is gateway
    [row] = await set_aside_rows(node)
    assert (row["update_id"], row["attempts"]) == (exploding, MAX_ATTEMPTS)
    assert row["last_error"].startswith("RuntimeError: the handler broke on this one")
    [audit] = await audit_rows(node, "gateway.update_set_aside")
    assert fake.token not in audit["detail"] and fake.token not in row["last_error"]


async def test_a_rejected_token_ends_the_gateway_with_the_cause_and_a_good_one_brings_it_back(
    node: Node, fake: FakeBotAPI
) -> None:
    probe = await Probe().listen(STATUS_TOPIC).start()
    await configure(node, bot_token="555:AAHrevokedTokenForTests_0000000000000")
    rejected = await until_status(probe, "token rejected")
    await gone(TELEGRAM_NAME)
    [child] = [c for c in which_children("gateways") if c.id == "telegram"]
    assert (child.status, child.restarts) == ("stopped", 0)
    assert child.last_exit == "shutdown: token rejected: Telegram refused the bot token (telegram.bot_token)"
    assert rejected.label == child.last_exit.removeprefix("shutdown: ")
    assert node.state.root is not None and node.state.root.alive
    await configure(node, bot_token=fake.token)
    connected = await until_status(probe, "connected")
    await probe.stop()
    assert connected.label == f"connected as @{fake.bot_user()['username']}"
    assert (await say(fake, "/ping")).text == f"pong from {node.state.node_name}"


async def test_an_unreachable_bot_api_is_shown_with_its_error_until_it_answers(node: Node, fake: FakeBotAPI) -> None:
    other = "987654321:AAHanotherTokenForTests_987654321xyz"
    fake.tokens.add(other)
    fake.fail_next("getMe", 502)
    probe = await Probe().listen(STATUS_TOPIC).start()
    await configure(node, bot_token=other)
    unreachable = await until_status(probe, "unreachable")
    assert unreachable.detail == "NetworkError: Bad Gateway"
    assert (await until_status(probe, "connected")).detail == "@fake987654321_bot"
    await probe.stop()


async def test_sending_with_no_operator_chat_is_refused_as_a_value_on_every_path(node: Node, fake: FakeBotAPI) -> None:
    await reconfigure(node, chat_id="")
    gateway = whereis(TELEGRAM_NAME)
    client = node.state.app.test_client()
    await login(client)
    for _ in range(6):  # six clicks once restarted the whole gateways subtree
        await post(client, "/telegram/test", {}, "/config")
    assert "Not sent: telegram.chat_id is not set" in await text_of(client, "/config")
    steps = (Step(0, "echo", config={"value": "hi"}), Step(1, "telegram_notify", config={}))
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, Workflow(None, "Notify", steps=steps), with_steps=True)
    assert node.state.runs is not None
    probe = await Probe().listen(RUNS_TOPIC).start()
    ticket = await node.state.runs.start_manual("Notify", actor="test", origin="test")
    finished = await probe.receive(lambda m: isinstance(m, RunChanged) and m.status == "finished")
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        run = await get_run(conn, finished.run_id)
    assert run is not None and getattr(ticket, "run_id", None) == run.id
    assert "not sent: telegram.chat_id is not set" in (run.error or "")
    assert whereis(TELEGRAM_NAME) is gateway
    assert [c.restarts for c in which_children("gateways") if c.id == "telegram"] == [0]


async def test_only_the_owner_user_is_answered_in_the_operators_group(node: Node, fake: FakeBotAPI) -> None:
    await reconfigure(node, chat_id=str(GROUP), owner_user_id=str(OWNER))
    fake.push_message(GROUP, "/ping", user_id=MEMBER, username="member", chat_type="group")
    fake.push_message(GROUP, "/ping", user_id=MEMBER, username="member", chat_type="group")
    fake.push_message(GROUP, "/ping", user_id=OWNER, chat_type="group")
    assert (await fake.next_sent()).chat_id == GROUP
    await sync(TELEGRAM_NAME)
    assert len(fake.sent) == 1
    async with node.state.database.pool().acquire() as conn:  # a member is not offered for adoption
        assert await conn.fetchval("SELECT count(*) FROM pending_chats") == 0


async def test_with_no_owner_user_nobody_is_answered_and_adopting_sets_chat_and_owner(
    node: Node, fake: FakeBotAPI
) -> None:
    await reconfigure(node, chat_id=str(GROUP), owner_user_id="")
    fake.push_message(GROUP, "/ping", user_id=OWNER, username="alex", chat_type="group")
    await fake.wait_until(lambda: fake.pending == 0)
    await sync(TELEGRAM_NAME)
    assert fake.sent == []
    client = node.state.app.test_client()
    await login(client)
    page = await text_of(client, "/config")
    assert f'id="pending-{GROUP}"' in page and f'sender Alex <span class="mono">{OWNER}</span>' in page
    await post(client, f"/telegram/pending/{GROUP}/adopt", {}, "/config")
    await sync("gateways.watcher")
    assert (node.state.config.get("telegram.chat_id"), node.state.config.get("telegram.owner_user_id")) == (
        str(GROUP),
        str(OWNER),
    )
    await fake.wait_until(lambda: whereis(TELEGRAM_NAME) is not None)
    fake.push_message(GROUP, "/ping", user_id=OWNER, chat_type="group")
    assert (await fake.next_sent()).chat_id == GROUP


@pytest.fixture
async def ungranted(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    """A node that makes no loopback grant (as a production node)."""
    started = Node(make_settings(database_url, tmp_path))
    await started.start()
    yield started
    await started.stop()


async def test_a_loopback_bot_api_without_the_grant_is_refused_and_never_contacted(
    ungranted: Node, fake: FakeBotAPI
) -> None:
    probe = await Probe().listen(STATUS_TOPIC).start()
    await configure(ungranted, api_base_url=fake.base_url.removesuffix("/bot"), bot_token=fake.token)
    refused = await until_status(probe, "refused")
    await probe.stop()
    assert "127.0.0.1 is loopback (reachable only by an explicit grant" in refused.detail
    assert fake.calls == []
    await gone(TELEGRAM_NAME)
    [child] = [c for c in which_children("gateways") if c.id == "telegram"]
    assert child.status == "stopped" and (child.last_exit or "").startswith("shutdown: refused: by the egress guard")


async def test_a_metadata_bot_api_stored_before_the_check_is_refused_with_the_reason(
    database_url: str, tmp_path: Path
) -> None:
    conn = await asyncpg.connect(database_url)
    try:  # as an older version could have stored it, before the value was checked on write
        await conn.execute(
            "INSERT INTO settings (key, value, type, category) "
            "VALUES ('telegram.api_base_url', $1, 'string', 'telegram')",
            "https://169.254.169.254/latest",
        )
    finally:
        await conn.close()
    node = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"telegram"}))
    await node.start()
    try:
        probe = await Probe().listen(STATUS_TOPIC).start()
        await configure(node, bot_token="123456789:AAHfakeTokenForTests_0123456789abcde")
        refused = await until_status(probe, "refused")
        await probe.stop()
        assert refused.label == "refused: by the egress guard: 169.254.169.254 is cloud metadata endpoint"
        client = node.state.app.test_client()
        await login(client)
        assert "169.254.169.254 is cloud metadata endpoint" in await text_of(client, "/")
    finally:
        await node.stop()


async def test_a_gateway_that_keeps_crashing_stops_itself_and_never_reaches_the_root(
    node: Node, fake: FakeBotAPI
) -> None:
    probe = await Probe().listen(STATUS_TOPIC).start()
    for _ in range(CRASH_LIMIT):
        gateway = whereis(TELEGRAM_NAME)
        assert isinstance(gateway, Process)
        gateway.kill()  # an abnormal exit, as a crash is
        await asyncio.wait_for(gateway.exit_future(), 10)
        await sync("gateways")
    stopped = await until_status(probe, "stopped")
    await probe.stop()
    assert stopped.detail == f"crashed {CRASH_LIMIT} times within 60 s (last exit: killed)"
    [child] = [c for c in which_children("gateways") if c.id == "telegram"]
    assert (child.status, child.restarts, child.last_exit) == ("ignored", CRASH_LIMIT, "killed")
    assert node.state.root is not None and node.state.root.alive
    gateways = [c for c in which_children(node.state.root) if c.id == "gateways"]
    assert [c.restarts for c in gateways] == [0]
    await reconfigure(node, owner_user_id=str(CHAT + 1))  # a settings change: a clean slate
    assert whereis(TELEGRAM_NAME) is not None
