"""The Telegram gateway on a whole node, against the fake Bot API server
(real HTTP on 127.0.0.1, python-telegram-bot as the client): the chat lock,
every command, 2FA across channels, no update lost or handled twice, run-time
configuration, webhook mode, notifications and announcements."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any, ClassVar

import pyotp
import pytest

from actors import Process, sync, whereis
from actors.testing import Probe
from alexclaw import Node
from alexclaw.dispatcher import PgInbox
from alexclaw.workflows import RUNS_TOPIC, RunChanged, Runs, RunTicket, Step, Workflow, get_run, save_workflow
from gateways import GATEWAYS_NAME
from gateways.telegram import GATEWAY, TELEGRAM_NAME, SendToOperator
from skills import SkillArgs, SkillOutcome
from tests.alexclaw.dispatcher.conftest import CHAT, STRANGER, configure, left_mid_dispatch, say
from tests.alexclaw.security.support import expire_challenge
from tests.alexclaw.test_process_names import misnamed
from tests.fake_telegram import FakeBotAPI
from tests.helpers import refused_and_still_running


async def test_the_operator_gets_an_answer_to_every_command(node: Node, fake: FakeBotAPI) -> None:
    assert "/run <id or name>" in ((await say(fake, "/start")).text or "")
    assert "/setup 2fa" in ((await say(fake, "/help")).text or "")
    assert (await say(fake, "/ping")).text == f"pong from {node.state.node_name}"
    status = (await say(fake, "/status")).text or ""
    assert "up " in status and "memory" in status and "restarts in the last hour: 0" in status
    assert "echo" in ((await say(fake, "/skills")).text or "")
    assert "No workflows yet" in ((await say(fake, "/workflows")).text or "")
    assert (await say(fake, "/run nothing-here")).text == "Not started: no workflow nothing-here"
    assert (await say(fake, "/runs")).text == "No runs yet."
    assert (await say(fake, "/cancel 77")).text == "Run 77 is not active on this node."
    assert (await say(fake, "/rate x")).text == "Usage: /rate <run id> [step] <+|-> [feedback]"
    assert "Admin UI only" in ((await say(fake, "/load_skill https://x/y.py")).text or "")
    assert "No model provider is configured yet" in ((await say(fake, "what's the weather?")).text or "")
    assert (await say(fake, "/frobnicate")).text == "Unknown command /frobnicate. /help lists them."
    assert {m.chat_id for m in fake.sent} == {CHAT}


async def test_a_stranger_gets_nothing_and_waits_on_the_pending_list(node: Node, fake: FakeBotAPI) -> None:
    fake.push_message(STRANGER, "/ping", username="mallory")
    assert (await say(fake, "/ping")).chat_id == CHAT  # handled in order: the stranger's came first
    assert [m.chat_id for m in fake.sent] == [CHAT]
    async with node.state.database.pool().acquire() as conn:
        pending = await conn.fetchrow("SELECT chat_id, username, messages FROM pending_chats")
    assert pending is not None and dict(pending) == {"chat_id": str(STRANGER), "username": "mallory", "messages": 1}


async def test_with_no_operator_chat_configured_nobody_is_answered(node: Node, fake: FakeBotAPI) -> None:
    await configure(node, chat_id="")
    await fake.wait_until(lambda: len(fake.poll_offsets) >= 2)  # the gateway restarted and polls again
    fake.push_message(CHAT, "/ping")
    fake.push_message(STRANGER, "/ping")
    await fake.wait_until(lambda: fake.pending == 0 and len(fake.poll_offsets) >= 3)
    await sync(TELEGRAM_NAME)
    assert fake.sent == []
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM pending_chats") == 2


async def test_2fa_setup_then_a_flagged_run_needs_a_code_once(node: Node, fake: FakeBotAPI) -> None:
    async with node.state.database.pool().acquire() as conn:
        guarded = Workflow(
            None, "Guarded", steps=(Step(0, "echo", config={"value": "ran"}),), metadata={"requires_2fa": True}
        )
        await save_workflow(conn, guarded, with_steps=True)
    fake.push_message(CHAT, "/setup 2fa")
    qr, key = await fake.next_sent(), await fake.next_sent()
    assert qr.method == "sendPhoto" and qr.photo and qr.photo.startswith(b"\x89PNG")
    secret = (key.text or "").split("by hand: ")[1].split()[0]
    totp = pyotp.TOTP(secret)
    enabled = (await say(fake, f"/confirm 2fa {totp.now()}")).text or ""
    assert enabled.startswith("Two-factor authentication is on. Your 10 recovery codes")

    asked = (await say(fake, "/run Guarded")).text or ""
    assert "requires 2FA" in asked and "6-digit code" in asked
    code = totp.at(time.time() + 30)  # the next step: not the one /confirm used
    probe = await Probe().listen(RUNS_TOPIC).start()
    fake.push_message(CHAT, code)
    assert (await fake.next_sent()).text == "Code verified, executing…"
    started = (await fake.next_sent()).text or ""
    assert re.fullmatch(r"Run \d+ of Guarded (is running|completed)\.", started)  # as it was when it answered
    finished = await probe.receive(lambda m: isinstance(m, RunChanged) and m.status == "finished")
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        run = await get_run(conn, finished.run_id)
    assert run is not None and (run.status, run.actor) == ("completed", f"telegram:{CHAT}")

    await say(fake, "/run Guarded")
    replay = (await say(fake, code)).text or ""
    assert replay.startswith("That code was already used")  # a code is accepted once, and a replay says so

    await say(fake, "/run Guarded")
    challenge = node.dispatcher.watch.latest_challenge
    await expire_challenge(challenge or "")  # what its timer does after 120 s
    assert (await say(fake, totp.at(time.time() + 60))).text == "Challenge expired. Start the action again."


class ReadAfterTheEnd(Runs):
    """The node's ``Runs``, except that a start hands its ticket back only
    once the run has ended (``runs`` hears of it): the reply is composed
    after the run failed, as it is whenever a run fails faster than the
    chat answers."""

    def __init__(self, node: Node, runs: Probe) -> None:
        assert node.state.runs is not None
        super().__init__(
            node.state.database, node.state.active_runs, challenges=node.state.challenges,
            two_factor_on=node.state.runs.two_factor_on,
        )  # fmt: skip
        self.runs = runs

    async def _submit(self, *args: Any, **kwargs: Any) -> RunTicket:
        ticket = await super()._submit(*args, **kwargs)
        await self.runs.receive(
            lambda m: isinstance(m, RunChanged) and (m.run_id, m.status) == (ticket.run_id, "finished")
        )
        return ticket


@pytest.fixture
async def read_after_the_end(node: Node) -> AsyncIterator[None]:
    probe = await Probe().listen(RUNS_TOPIC).start()
    slow = ReadAfterTheEnd(node, probe)
    node.dispatcher.runs = lambda: slow
    yield
    await probe.stop()


FEED_DOWN = "feed down [step 0 (fail) ended on branch on_error, which no route handles]"


@pytest.mark.usefixtures("read_after_the_end")
async def test_run_says_a_run_failed_when_it_had_already_failed(node: Node, fake: FakeBotAPI) -> None:
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(
            conn, Workflow(None, "Broken", steps=(Step(0, "fail", config={"reason": "feed down"}),)), with_steps=True
        )
        run_id = 1 + int(await conn.fetchval("SELECT coalesce(max(id), 0) FROM workflow_runs"))
    assert (await say(fake, "/run Broken")).text == f"Run {run_id} failed: {FEED_DOWN}"  # not "is running"


@pytest.mark.usefixtures("read_after_the_end")
async def test_a_run_approved_with_a_code_says_it_failed_when_it_had_already_failed(
    node: Node, fake: FakeBotAPI
) -> None:
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    broken = Workflow(
        None, "Broken", steps=(Step(0, "fail", config={"reason": "feed down"}),), metadata={"requires_2fa": True}
    )
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, broken, with_steps=True)
    assert "requires 2FA" in ((await say(fake, "/run Broken")).text or "")
    fake.push_message(CHAT, pyotp.TOTP(secret).now())
    assert (await fake.next_sent()).text == "Code verified, executing…"
    answer = (await fake.next_sent()).text or ""
    assert re.fullmatch(rf"Run \d+ of Broken failed: {re.escape(FEED_DOWN)}", answer)


async def test_a_challenge_made_in_the_web_ui_is_answered_from_the_chat(node: Node, fake: FakeBotAPI) -> None:
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    done: list[str] = []

    async def action() -> str:
        done.append("yes")
        return "The setting was changed."

    await node.state.challenges.create("config.set", "Change setting x", action, actor="web:admin", origin="web")
    announced = await fake.next_sent()
    assert "2FA code needed: Change setting x" in (announced.text or "")
    fake.push_message(CHAT, pyotp.TOTP(secret).now())
    assert (await fake.next_sent()).text == "Code verified, executing…"
    assert (await fake.next_sent()).text == "The setting was changed."
    assert done == ["yes"]


async def test_a_restarted_gateway_loses_no_update_and_handles_none_twice(node: Node, fake: FakeBotAPI) -> None:
    for _ in range(3):
        fake.push_message(CHAT, "/ping")
    await fake.wait_for_sent(3)
    await sync(TELEGRAM_NAME)  # all three handled: the gateway sits in its long poll
    gateway = whereis(TELEGRAM_NAME)
    assert isinstance(gateway, Process)
    gateway.kill()
    await fake.wait_until(lambda: (g := whereis(TELEGRAM_NAME)) is not None and g is not gateway)
    inbox = PgInbox(node.state.database)
    # A crash after storing an update, before handling it: the inbox keeps it.
    stored = fake.make_update(CHAT, "/ping")
    await inbox.receive(GATEWAY, [(stored["update_id"], stored)], None)
    # A crash while dispatching one: it is not run again; the operator is told.
    begun = fake.make_update(CHAT, "/run Digest")
    await left_mid_dispatch(node, GATEWAY, begun["update_id"], begun)
    for _ in range(2):
        fake.push_message(CHAT, "/ping")
    await fake.wait_for_sent(7)
    await fake.wait_until(lambda: fake.pending == 0)
    await sync(TELEGRAM_NAME)
    texts = [m.text or "" for m in fake.sent]
    assert len(texts) == 7 and texts.count(f"pong from {node.state.node_name}") == 6
    assert any(t.startswith("I restarted while handling “/run Digest”") for t in texts)
    async with node.state.database.pool().acquire() as conn:
        counts = await conn.fetchrow("SELECT count(*) AS n, count(handled_at) AS handled FROM gateway_inbox")
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0
    assert counts is not None and (counts["n"], counts["handled"]) == (7, 7)


async def test_a_new_token_at_run_time_restarts_polling_with_it(node: Node, fake: FakeBotAPI) -> None:
    other = "987654321:AAHanotherTokenForTests_987654321xyz"
    fake.tokens.add(other)
    await configure(node, bot_token=other)
    await fake.wait_until(lambda: any(c.token == other and c.method == "getUpdates" for c in fake.calls))
    assert (await say(fake, "/ping")).token == other


async def test_webhook_mode_accepts_the_right_secret_only(node: Node, fake: FakeBotAPI) -> None:
    await configure(node, webhook_secret="s3cret-token_value", webhook_url="https://node.example", mode="webhook")
    await fake.wait_until(lambda: fake.webhook_url is not None)
    assert (fake.webhook_url, fake.webhook_secret) == ("https://node.example/webhooks/telegram", "s3cret-token_value")
    client = node.state.app.test_client()
    update = fake.make_update(CHAT, "/ping")
    wrong = await client.post("/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
    missing = await client.post("/webhooks/telegram", json=update)
    assert (wrong.status_code, missing.status_code) == (403, 403)
    right = await client.post(
        "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token_value"}
    )
    assert right.status_code == 200
    again = await client.post(  # Telegram retries: the same update is handled once
        "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token_value"}
    )
    assert again.status_code == 200
    assert (await fake.next_sent()).text == f"pong from {node.state.node_name}"
    await sync(TELEGRAM_NAME)
    assert len(fake.sent) == 1


async def test_a_notify_step_sends_its_input_and_the_workflow_is_announced(node: Node, fake: FakeBotAPI) -> None:
    steps = (Step(0, "echo", config={"value": "3 new articles"}), Step(1, "telegram_notify", config={"prefix": "News"}))
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, Workflow(None, "Digest", steps=steps), with_steps=True)
    fake.push_message(CHAT, "/run Digest")
    texts = [(await fake.next_sent()).text for _ in range(4)]
    assert texts[0] is not None and texts[0].startswith("Run ")
    assert "News\n3 new articles" in texts
    assert any(t and t.startswith("Workflow Digest started") for t in texts)
    assert any(t and t.startswith("Workflow Digest completed") for t in texts)


async def test_a_pending_chat_adopted_in_the_web_ui_is_answered(node: Node, fake: FakeBotAPI) -> None:
    fake.push_message(STRANGER, "hello?")
    await fake.wait_until(lambda: fake.pending == 0)
    await sync(TELEGRAM_NAME)
    from tests.alexclaw.web.conftest import login
    from tests.alexclaw.web.test_pages import post, text_of

    client = node.state.app.test_client()
    await login(client)
    assert f'id="pending-{STRANGER}"' in await text_of(client, "/config")
    await post(client, f"/telegram/pending/{STRANGER}/adopt", {}, "/config")
    await sync("gateways.watcher")
    assert node.state.config.get("telegram.chat_id") == str(STRANGER)
    await fake.wait_until(lambda: whereis(TELEGRAM_NAME) is not None)
    assert (await say(fake, "/ping", chat=STRANGER)).chat_id == STRANGER


class Flaky:
    name: ClassVar[str] = "flaky"
    description: ClassVar[str] = "always raises"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        raise ConnectionError("feed server down")


async def test_a_circuit_breaker_opening_is_announced_to_the_operator(node: Node, fake: FakeBotAPI) -> None:
    await node.state.skills.register(Flaky())
    for _ in range(3):
        with pytest.raises(ConnectionError):
            await node.state.skills.execute("flaky", SkillArgs())
    announced = (await fake.next_sent()).text or ""
    assert announced.startswith("Circuit breaker OPEN for skill flaky after 3 failures")
    assert "ConnectionError: feed server down" in announced


async def test_a_secret_typed_into_the_chat_is_masked_before_it_is_stored(node: Node, fake: FakeBotAPI) -> None:
    token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    fake.push_message(CHAT, f"here is my token {token} for the backup")
    warning, answer = await fake.next_sent(), await fake.next_sent()
    assert (warning.text or "").startswith("Your message contained what looks like a secret (github token)")
    assert "No model provider is configured yet" in (answer.text or "")
    async with node.state.database.pool().acquire() as conn:
        stored = await conn.fetchval("SELECT payload::text FROM gateway_inbox")
    assert token not in stored and "[REDACTED:github_token]" in stored


async def test_turning_2fa_off_from_the_chat_needs_a_valid_code(node: Node, fake: FakeBotAPI) -> None:
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    assert (await say(fake, "/disable 2fa 000000")).text == "A valid current code is required to turn two-factor off."
    assert (await say(fake, "/disable 2fa")).text == "A valid current code is required to turn two-factor off."
    assert node.state.config.get("auth.totp_enabled") is True
    done = await say(fake, f"/disable 2fa {pyotp.TOTP(secret).now()}")
    assert done.text == "Two-factor authentication is off."
    assert node.state.config.get("auth.totp_enabled") is False and not node.state.config.get("auth.totp_secret")


async def test_the_config_page_sends_a_test_message_to_the_operator(node: Node, fake: FakeBotAPI) -> None:
    from tests.alexclaw.web.conftest import login
    from tests.alexclaw.web.test_pages import post, text_of

    client = node.state.app.test_client()
    await login(client)
    panel = await text_of(client, "/config")
    assert 'id="telegram"' in panel and f"@{fake.bot_user()['username']}" in panel and "connected" in panel
    await post(client, "/telegram/test", {}, "/config")
    sent = await fake.next_sent()
    assert (sent.chat_id, sent.text) == (CHAT, f"Test message from AlexClaw on {node.state.node_name}.")
    assert "Test message sent" in await text_of(client, "/config")


async def test_replacing_the_2fa_secret_from_the_chat_needs_a_code_from_the_current_one(
    node: Node, fake: FakeBotAPI
) -> None:
    current = pyotp.TOTP(pyotp.random_base32())
    await node.state.config.set_many({"auth.totp_secret": current.secret, "auth.totp_enabled": "true"}, actor="test")
    fake.push_message(CHAT, "/setup 2fa")
    await fake.next_sent()
    key = await fake.next_sent()
    assert "a code from your current app is asked for" in (key.text or "")
    replacement = pyotp.TOTP((key.text or "").split("by hand: ")[1].split()[0])
    asked = await say(fake, f"/confirm 2fa {replacement.now()}")
    assert "reply with the 6-digit code from your current authenticator" in (asked.text or "")
    assert node.state.config.get("auth.totp_secret") == current.secret  # nothing changed yet
    async with node.state.database.pool().acquire() as conn:
        await conn.execute("UPDATE totp_replay SET last_step = 0")  # both apps share the clock's time steps
    assert (await say(fake, current.now())).text == "Code verified, executing…"
    done = await fake.next_sent()
    assert done.text and "now uses the new secret" in done.text
    assert node.state.config.get("auth.totp_secret") == replacement.secret
    async with node.state.database.pool().acquire() as conn:
        replaced = await conn.fetchrow("SELECT actor, detail FROM audit_log WHERE action = 'totp.replaced'")
    assert replaced is not None and replaced["actor"] == f"telegram:{CHAT}" and '"proof": "code"' in replaced["detail"]


async def test_ids_beyond_their_columns_in_chat_commands_get_an_answer_not_a_crash(
    node: Node, fake: FakeBotAPI
) -> None:
    assert (await say(fake, f"/run {2**40}")).text == f"Not started: no workflow {2**40}"
    assert ((await say(fake, "/cancel ²")).text or "").startswith("run id: a whole number")
    assert ((await say(fake, f"/cancel {10**30}")).text or "").startswith("run id: a whole number")
    assert ((await say(fake, f"/rate {2**63} +")).text or "").startswith("run id: 9223372036854775808 is out of range")
    assert (await say(fake, "/ping")).text == f"pong from {node.state.node_name}"


async def test_a_message_with_no_operator_chat_is_refused_and_the_gateway_is_not_restarted(
    node: Node, fake: FakeBotAPI
) -> None:
    await configure(node, chat_id="")
    refused = await refused_and_still_running(GATEWAYS_NAME, "telegram", SendToOperator("hello"))
    assert refused.code == "not_configured" and "telegram.chat_id is not set" in refused.reason
    assert fake.sent == []


async def test_the_running_gateway_is_named_package_dot_role(node: Node, fake: FakeBotAPI) -> None:
    assert whereis(TELEGRAM_NAME) is not None
    assert misnamed([TELEGRAM_NAME]) == []
