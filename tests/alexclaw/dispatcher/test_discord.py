"""The Discord gateway on a whole node, against the fake Discord (real HTTP
and a real websocket on 127.0.0.1, our thin client on the node's loop):
who is answered (channel, guild, owner; bots, DMs, strangers dropped and
counted), commands and free text, 2FA across channels, chunking, rate
limits, reconnect and resume, no message lost or handled twice, a rejected
token, notifications."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pyotp
import pytest

from actors import Process, call, sync, whereis
from actors.testing import Probe
from alexclaw import Node
from alexclaw.dispatcher import PgInbox
from alexclaw.workflows import Step, Workflow, save_workflow
from gateways import ANNOUNCE_TOPIC, STATUS_TOPIC, Announcement, GatewayStatus
from gateways.discord import DISCORD_NAME, INTENTS, Counters, Counts, SendToChannel, inbox_record, read_dispatch
from tests.alexclaw.dispatcher.conftest import left_mid_dispatch
from tests.alexclaw.web.conftest import login, make_settings
from tests.alexclaw.web.test_pages import post, text_of
from tests.fake_discord import CHANNEL, GUILD, OWNER, FakeDiscord, Sent

OTHER_CHANNEL, MEMBER = 700000000000000002, 600000000000000002


async def configure(node: Node, **values: str) -> None:
    """Set discord.* settings as the operator would; the watcher restarts the gateway."""
    for key, value in values.items():
        await node.state.config.set(f"discord.{key}", value, actor="test")
    await sync("gateways.watcher")


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
async def node(database_url: str, tmp_path: Path, fake: FakeDiscord) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"discord"}))
    await started.start()
    assert whereis(DISCORD_NAME) is None  # no token: an ignored child
    assert started.state.discord_status.read().state == "off"
    await configure(
        started,
        api_base_url=fake.api_url,  # first: the token is bound to the address it was entered for
        guild_id=str(GUILD),
        channel_id=str(CHANNEL),
        owner_user_id=str(OWNER),
        bot_token=fake.token,
    )
    await status_becomes(started, "connected")
    yield started
    await started.stop()


async def status_becomes(node: Node, state: str) -> None:
    """Wait for the Discord gateway's published state (the status topic wakes us)."""
    probe = await Probe().listen(STATUS_TOPIC).start()
    try:
        if node.state.discord_status.read().state != state:
            await probe.receive(lambda m: isinstance(m, GatewayStatus) and m.mode == "gateway" and m.state == state)
    finally:
        await probe.stop()


async def say(fake: FakeDiscord, text: str, **kwargs: int | None) -> Sent:
    fake.push(text, **kwargs)
    return await fake.next_sent()


async def counters() -> Counters:
    answer = await call(DISCORD_NAME, Counts())
    assert isinstance(answer, Counters)
    return answer


async def test_the_owner_gets_answers_to_commands_and_free_text(node: Node, fake: FakeDiscord) -> None:
    assert fake.identifies[0]["intents"] == INTENTS  # guilds, guild messages, DMs, message content
    assert node.state.discord_status.read().label == "connected as alexclaw-test"
    assert (await say(fake, "/ping")).content == f"pong from {node.state.node_name}"
    assert "restarts in the last hour: 0" in (await say(fake, "/status")).content
    assert "No workflows yet" in (await say(fake, "/workflows")).content
    assert "No model provider is configured yet" in (await say(fake, "what's the weather?")).content
    assert {m.channel_id for m in fake.sent} == {str(CHANNEL)}
    assert (await counters()).bots == 4  # our own four replies came back as bot messages, never answered


async def test_other_channels_members_bots_and_direct_messages_are_dropped_and_counted(
    node: Node, fake: FakeDiscord
) -> None:
    fake.push("/ping", channel=OTHER_CHANNEL, author=MEMBER)  # another channel of the guild
    fake.push("/ping", guild=GUILD + 1)  # the operator's channel id under another guild
    fake.push("/ping", author=MEMBER)  # another member of the operator's channel
    fake.push("/ping", author=OWNER + 5, bot=True)  # a bot
    fake.push("/ping", guild=None, channel=OTHER_CHANNEL + 1)  # the owner's DM while DMs are off
    assert (await say(fake, "/ping")).channel_id == str(CHANNEL)  # handled in order: the others came first
    await sync(DISCORD_NAME)
    assert len(fake.sent) == 1
    seen = await counters()
    assert (seen.strangers, seen.direct, seen.bots) == (3, 1, 2)
    async with node.state.database.pool().acquire() as conn:
        pending = await conn.fetch("SELECT chat_id, user_id FROM pending_chats WHERE gateway = 'discord'")
    assert {(r["chat_id"], r["user_id"]) for r in pending} == {
        (f"{GUILD}/{OTHER_CHANNEL}", str(MEMBER)),
        (f"{GUILD + 1}/{CHANNEL}", str(OWNER)),
    }


async def test_the_owners_direct_messages_are_answered_only_when_allowed(node: Node, fake: FakeDiscord) -> None:
    dm = OTHER_CHANNEL + 1
    await configure(node, allow_dm="true")
    await fake.wait_until(lambda: len(fake.identifies) == 2 and fake.connected)
    fake.push("/ping", guild=None, channel=dm, author=MEMBER)  # someone else's DM: still dropped
    reply = await say(fake, "/ping", guild=None, channel=dm)
    assert reply.channel_id == str(dm) and len(fake.sent) == 1


async def test_a_pending_channel_adopted_in_the_web_ui_is_answered(node: Node, fake: FakeDiscord) -> None:
    fake.push("hello?", channel=OTHER_CHANNEL, author=MEMBER)
    await fake.wait_until(lambda: len(fake._history[str(OTHER_CHANNEL)]) == 1)
    await sync(DISCORD_NAME)
    client = node.state.app.test_client()
    await login(client)
    page = await text_of(client, "/config")
    assert f'id="pending-discord-{GUILD}-{OTHER_CHANNEL}"' in page and "connected" in page
    await post(client, f"/discord/pending/{GUILD}/{OTHER_CHANNEL}/adopt", {}, "/config")
    await sync("gateways.watcher")
    assert node.state.config.get("discord.channel_id") == str(OTHER_CHANNEL)
    assert node.state.config.get("discord.owner_user_id") == str(MEMBER)
    await fake.wait_until(lambda: len(fake.identifies) == 2 and fake.connected)
    assert (await say(fake, "/ping", channel=OTHER_CHANNEL, author=MEMBER)).channel_id == str(OTHER_CHANNEL)
    async with node.state.database.pool().acquire() as conn:
        action = await conn.fetchval("SELECT action FROM audit_log WHERE action = 'discord.channel_adopted'")
    assert action == "discord.channel_adopted"


async def test_a_challenge_made_in_the_web_ui_is_announced_and_answered_on_discord(
    node: Node, fake: FakeDiscord
) -> None:
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    done: list[str] = []

    async def action() -> str:
        done.append("yes")
        return "The setting was changed."

    await node.state.challenges.create("config.set", "Change setting x", action, actor="web:admin", origin="web")
    assert "2FA code needed: Change setting x" in (await fake.next_sent()).content
    fake.push(pyotp.TOTP(secret).now())
    assert (await fake.next_sent()).content == "Code verified, executing…"
    assert (await fake.next_sent()).content == "The setting was changed."
    assert done == ["yes"]


async def test_the_2fa_qr_code_goes_as_an_attachment(node: Node, fake: FakeDiscord) -> None:
    qr = await say(fake, "/setup 2fa")
    assert qr.file is not None and qr.file.startswith(b"\x89PNG") and qr.filename.endswith(".png")


async def test_a_long_message_is_split_at_2000_characters_on_line_boundaries(node: Node, fake: FakeDiscord) -> None:
    lines = [f"line {i:04d} " + "x" * 80 for i in range(60)]
    text = "\n".join(lines)
    sent = await call(DISCORD_NAME, SendToChannel(text))
    chunks = [m.content for m in fake.sent]
    assert sent == len(chunks) > 1 and "".join(chunks) == text
    assert all(len(c) <= 2000 for c in chunks) and all(c.endswith("\n") for c in chunks[:-1])


async def test_a_429_is_waited_out_with_its_retry_after_and_the_reply_still_goes(node: Node, fake: FakeDiscord) -> None:
    body = {"message": "You are being rate limited.", "retry_after": 0.01, "global": False}
    headers = {"Retry-After": "1", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "0.01",
               "X-RateLimit-Scope": "user"}  # fmt: skip
    fake.fail_next("messages", 429, body, headers)
    assert (await say(fake, "/ping")).content == f"pong from {node.state.node_name}"
    assert fake.rate_limited == 1


async def test_the_gateway_resumes_after_the_socket_drops(node: Node, fake: FakeDiscord) -> None:
    await fake.drop(4000)
    fake.push("/ping")  # written while the socket was down: replayed on RESUME
    assert (await fake.next_sent()).content == f"pong from {node.state.node_name}"
    assert len(fake.resumes) == 1 and len(fake.identifies) == 1
    assert node.state.discord_status.read().state == "connected"


async def test_a_crash_mid_command_repeats_nothing_and_loses_nothing(node: Node, fake: FakeDiscord) -> None:
    for _ in range(2):
        await say(fake, "/ping")
    await sync(DISCORD_NAME)
    gateway = whereis(DISCORD_NAME)
    assert isinstance(gateway, Process)
    opened = len(fake.identifies) + len(fake.resumes)
    gateway.kill()
    # The successor's own session, not the killed one's socket before it closes.
    await fake.wait_until(lambda: len(fake.identifies) + len(fake.resumes) > opened and fake.connected)
    assert whereis(DISCORD_NAME) not in {None, gateway}
    inbox = PgInbox(node.state.database)
    # A crash after storing a message, before handling it: the inbox keeps it.
    kept = read_dispatch(fake.message("/ping"))
    await inbox.receive("discord", [(kept.message_id, inbox_record(kept))], None)
    # A crash while dispatching one: it is not run again; the operator is told.
    begun = read_dispatch(fake.message("/run Digest"))
    await left_mid_dispatch(node, "discord", begun.message_id, inbox_record(begun))
    await say(fake, "/ping")  # wakes the drain; all three handled in order
    await fake.wait_until(lambda: len(fake.sent) >= 5)
    await sync(DISCORD_NAME)
    texts = [m.content for m in fake.sent]
    assert len(texts) == 5 and texts.count(f"pong from {node.state.node_name}") == 4
    assert any(t.startswith("I restarted while handling “/run Digest”") for t in texts)
    async with node.state.database.pool().acquire() as conn:
        counts = await conn.fetchrow(
            "SELECT count(*) AS n, count(handled_at) AS handled FROM gateway_inbox WHERE gateway = 'discord'"
        )
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0
    assert counts is not None and (counts["n"], counts["handled"]) == (5, 5)


async def test_what_the_channel_got_while_the_gateway_was_down_is_read_back(node: Node, fake: FakeDiscord) -> None:
    await say(fake, "/ping")  # the last id stored: where reading back starts
    await configure(node, enabled="false")
    assert whereis(DISCORD_NAME) is None
    fake.message("/ping")  # written while no gateway ran: never dispatched
    await configure(node, enabled="true")
    assert (await fake.next_sent()).content == f"pong from {node.state.node_name}"
    assert len(fake.identifies) == 2


async def test_a_secret_typed_into_the_channel_is_masked_before_it_is_stored(node: Node, fake: FakeDiscord) -> None:
    token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    fake.push(f"here is my token {token} for the backup")
    warning = await fake.next_sent()
    assert warning.content.startswith("Your message contained what looks like a secret (github token)")
    await fake.next_sent()
    async with node.state.database.pool().acquire() as conn:
        kept = await conn.fetchval("SELECT payload::text FROM gateway_inbox WHERE gateway = 'discord'")
    assert token not in kept and "[REDACTED:github_token]" in kept


async def test_unreadable_empty_and_huge_messages_are_handled_and_the_gateway_serves_on(
    node: Node, fake: FakeDiscord
) -> None:
    fake.push_raw({"id": "1000000000000000100", "channel_id": str(CHANNEL), "author": "nobody", "content": "x"})
    fake.push("", guild=GUILD)  # an embed with no text
    fake.push("y" * (101 * 1024))
    fake.deleted_channels.add(str(OTHER_CHANNEL))
    refused = await call(DISCORD_NAME, SendToChannel("hello", str(OTHER_CHANNEL)))
    assert "Unknown Channel" in str(refused)
    fake.push("/ping")
    pong = f"pong from {node.state.node_name}"

    def skipped() -> list[str]:
        return [m.content for m in fake.sent if m.content.startswith("I skipped Discord message")]

    # The notices and the answer are sent independently: no order between them is promised.
    await fake.wait_until(lambda: any(m.content == pong for m in fake.sent) and len(skipped()) >= 2)
    assert len(skipped()) == 2  # the operator hears of each, in the operator's channel
    assert (await counters()).malformed == 2
    async with node.state.database.pool().acquire() as conn:
        aside = await conn.fetchval(
            "SELECT count(*) FROM gateway_inbox WHERE gateway = 'discord' AND poisoned_at IS NOT NULL"
        )
    assert aside == 2


async def test_a_rejected_token_stops_the_gateway_says_so_and_a_good_one_brings_it_back(
    node: Node, fake: FakeDiscord
) -> None:
    good = fake.token
    probe = await Probe().listen(ANNOUNCE_TOPIC).start()
    await configure(node, bot_token="M" + "x" * 60)
    told = await probe.receive(lambda m: isinstance(m, Announcement) and "Discord gateway stopped" in m.text)
    await probe.stop()
    assert "refused the bot token" in told.text  # the other gateways (Telegram) say it; this one cannot
    await fake.wait_until(lambda: whereis(DISCORD_NAME) is None)
    assert node.state.discord_status.read().label.startswith("token rejected")
    assert len(fake.identifies) == 1  # 401 on /gateway/bot: it never opened the websocket again
    client = node.state.app.test_client()
    await login(client)
    assert "token rejected" in await text_of(client, "/services")
    await configure(node, bot_token=good)
    await status_becomes(node, "connected")


async def test_close_code_4004_is_a_rejected_token_and_4014_names_the_intent(node: Node, fake: FakeDiscord) -> None:
    fake.close_on_identify = 4014
    await configure(node, allow_dm="true")
    await status_becomes(node, "refused")
    assert "Message Content intent" in node.state.discord_status.read().detail
    fake.close_on_identify = 4004
    await configure(node, allow_dm="false")
    await status_becomes(node, "token rejected")
    assert "4004" in node.state.discord_status.read().detail


async def test_a_notify_step_sends_its_input_to_the_channel_on_its_delivered_branch(
    node: Node, fake: FakeDiscord
) -> None:
    steps = (Step(0, "echo", config={"value": "3 new articles"}), Step(1, "discord_notify", config={"prefix": "News"}))
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, Workflow(None, "Digest", steps=steps), with_steps=True)
    fake.push("/run Digest")
    texts = [(await fake.next_sent()).content for _ in range(4)]
    assert texts[0].startswith("Run ")
    assert "News\n3 new articles" in texts
    assert any(t.startswith("Workflow Digest completed") for t in texts)


async def test_the_panel_sends_a_test_message_and_the_dashboard_shows_the_bot(node: Node, fake: FakeDiscord) -> None:
    client = node.state.app.test_client()
    await login(client)
    assert 'id="discord-status"' in (dashboard := await text_of(client, "/")) and "alexclaw-test" in dashboard
    await post(client, "/discord/test", {}, "/config")
    assert (await fake.next_sent()).content == f"Test message from AlexClaw on {node.state.node_name}."
    async with node.state.database.pool().acquire() as conn:
        outcome = await conn.fetchval("SELECT outcome FROM audit_log WHERE action = 'discord.test_sent'")
    assert outcome == "ok"


async def test_a_heartbeat_never_acknowledged_is_a_dead_link_and_the_gateway_resumes(
    node: Node, fake: FakeDiscord
) -> None:
    fake.heartbeat_ms, fake.ack = 20, False  # the next HELLO asks for fast heartbeats, and none is acknowledged
    await fake.drop(4000)
    await fake.wait_until(lambda: len(fake.resumes) >= 2 and fake.heartbeats >= 1)
    fake.heartbeat_ms, fake.ack = 45000, True
    await fake.drop(4000)
    assert (await say(fake, "/ping")).content == f"pong from {node.state.node_name}"
    assert len(fake.identifies) == 1  # every reconnect resumed the one session


async def test_a_gateway_url_naming_a_metadata_address_is_refused_by_the_egress_guard(
    node: Node, fake: FakeDiscord
) -> None:
    identified = len(fake.identifies)
    fake.fail_next("gateway", 200, {"url": "ws://169.254.169.254/gateway", "shards": 1})
    await configure(node, allow_dm="true")  # the gateway restarts and asks where the websocket is
    await status_becomes(node, "refused")
    assert "169.254.169.254" in node.state.discord_status.read().detail
    assert len(fake.identifies) == identified  # it never dialled the address Discord's answer named
