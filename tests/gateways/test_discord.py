"""The Discord transport's pure parts: who is answered (every combination
of channel, guild, owner and DM), reading a MESSAGE_CREATE as hostile
input, the websocket address it may open, and the REST client's rate-limit
handling against a scripted transport."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from gateways.discord import (
    DiscordRest,
    DiscordSettings,
    Incoming,
    MalformedMessage,
    read_dispatch,
    refusal,
    websocket_url,
)

GUILD, CHANNEL, OWNER = "800000000000000001", "700000000000000001", "600000000000000001"
SETTINGS = DiscordSettings("t" * 60, guild_id=GUILD, channel_id=CHANNEL, owner_user_id=OWNER)


def message(*, channel: str = CHANNEL, guild: str = GUILD, user: str = OWNER) -> Incoming:
    return Incoming(1, channel, guild, user, "someone", False, "/ping")


@pytest.mark.parametrize(
    ("settings", "incoming", "why"),
    [
        (SETTINGS, message(), None),
        (SETTINGS, message(channel="700000000000000009"), "not the operator's channel"),
        (SETTINGS, message(guild="800000000000000009"), "not the operator's channel"),
        (SETTINGS, message(user="600000000000000009"), "not the owner user"),
        (SETTINGS, message(guild=""), "direct messages are off (discord.allow_dm)"),
        (DiscordSettings("t" * 60, guild_id=GUILD, channel_id=CHANNEL), message(), "no owner user is configured"),
        (DiscordSettings("t" * 60, channel_id=CHANNEL, owner_user_id=OWNER), message(), "no operator channel"),
        (DiscordSettings("t" * 60, guild_id=GUILD, owner_user_id=OWNER), message(), "no operator channel"),
        (DiscordSettings("t" * 60, allow_dm=True, owner_user_id=OWNER), message(guild=""), None),
        (
            DiscordSettings("t" * 60, allow_dm=True, owner_user_id=OWNER),
            message(guild="", user="6"),
            "not from the owner",
        ),
        (DiscordSettings("t" * 60, allow_dm=True), message(guild=""), "not from the owner"),
    ],
)
def test_only_the_owner_in_the_operators_channel_and_guild_is_answered(
    settings: DiscordSettings, incoming: Incoming, why: str | None
) -> None:
    answer = refusal(settings, incoming)
    assert answer == why if why is None else answer is not None and why in answer


def test_a_message_create_is_read_with_its_ids_and_author() -> None:
    data = {"id": "1001", "channel_id": CHANNEL, "guild_id": GUILD, "content": "hi",
            "author": {"id": OWNER, "username": "alex", "global_name": "Alex"}}  # fmt: skip
    incoming = read_dispatch(data)
    assert (incoming.message_id, incoming.channel_id, incoming.guild_id, incoming.user_id) == (
        1001,
        CHANNEL,
        GUILD,
        OWNER,
    )
    assert (incoming.user_name, incoming.text, incoming.bot, incoming.direct) == ("Alex", "hi", False, False)
    assert read_dispatch(data | {"author": {"id": "5", "bot": True}}).bot
    assert read_dispatch({k: v for k, v in data.items() if k != "guild_id"}).direct


@pytest.mark.parametrize(
    "data",
    [
        "not an object",
        {"channel_id": CHANNEL, "author": {"id": OWNER}},  # no id
        {"id": "-5", "channel_id": CHANNEL, "author": {"id": OWNER}},
        {"id": "1", "channel_id": CHANNEL, "author": {"id": OWNER}, "guild_id": True},
        {"id": "1", "channel_id": CHANNEL, "author": "someone"},
        {"id": "1", "channel_id": CHANNEL, "author": {"id": OWNER}, "content": 5},
        {"id": "1", "channel_id": CHANNEL, "author": {"id": OWNER}, "content": "x" * (100 * 1024 + 1)},
        {"id": str(2**63), "channel_id": CHANNEL, "author": {"id": OWNER}},  # beyond the inbox's bigint
        # Found by fuzzing: more digits than int() reads was a ValueError the connection does not catch.
        {"id": "7" * 5000, "channel_id": CHANNEL, "author": {"id": OWNER}},
        {"id": "1", "channel_id": "1" * 4301, "author": {"id": OWNER}},
        {"id": "1", "channel_id": CHANNEL, "author": {"id": "9" * 10_000}},
        {"id": "1", "channel_id": CHANNEL, "author": {"id": OWNER}, "guild_id": "0" * 5000 + "1"},
    ],
)
def test_a_message_of_a_shape_discord_does_not_send_is_refused(data: Any) -> None:
    with pytest.raises(MalformedMessage):
        read_dispatch(data)


def test_the_websocket_is_wss_only_unless_the_api_itself_is_plain_http_on_loopback() -> None:
    assert websocket_url("wss://gateway.discord.gg", SETTINGS) == "wss://gateway.discord.gg/?v=10&encoding=json"
    assert websocket_url("ws://gateway.discord.gg", SETTINGS) is None
    assert websocket_url("https://gateway.discord.gg", SETTINGS) is None
    assert websocket_url("wss://user:pw@gateway.discord.gg", SETTINGS) is None
    local = DiscordSettings("t" * 60, api_base_url="http://127.0.0.1:8080/api/v10")
    assert websocket_url("ws://127.0.0.1:8080/gateway", local) == "ws://127.0.0.1:8080/gateway?v=10&encoding=json"


class Scripted:
    """An EgressPort whose transport answers from a script, recording each request."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def transport(self) -> httpx.AsyncBaseTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return self.answers.pop(0)

        return httpx.MockTransport(handle)

    async def address(self, url: str) -> str:
        raise AssertionError(f"the REST client never dials a websocket ({url})")


async def test_a_429_waits_its_retry_after_and_an_empty_bucket_waits_its_reset() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    limited = httpx.Response(429, json={"message": "You are being rate limited.", "retry_after": 0.25, "global": False},
                             headers={"Retry-After": "1"})  # fmt: skip
    empty = httpx.Response(
        200, json={"id": "1"}, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "0.5"}
    )
    egress = Scripted(limited, empty, httpx.Response(200, json={"id": "2"}))
    rest = DiscordRest("t" * 60, "https://discord.example/api/v10", egress, sleep=sleep)
    await rest.send(CHANNEL, "one")
    await rest.send(CHANNEL, "two")
    await rest.close()
    assert waits == [0.25, 0.5] and rest.rate_limited == 1
    assert [r.headers["Authorization"] for r in egress.requests] == ["Bot " + "t" * 60] * 3
    assert all(b'"parse": []' in r.content or b'"parse":[]' in r.content for r in egress.requests)  # never pings


def test_the_gateway_runs_only_with_a_token_enabled_and_on_its_pinned_node() -> None:
    class Reader:
        def __init__(self, **values: str) -> None:
            self.values = {f"discord.{k}": v for k, v in values.items()}

        def read(self, key: str) -> str | None:
            return self.values.get(key)

    assert DiscordSettings.read(Reader()).why_not("a") == "no bot token (discord.bot_token)"
    assert DiscordSettings.read(Reader(bot_token="t" * 60)).why_not("a") is None
    assert DiscordSettings.read(Reader(bot_token="t" * 60, enabled="false")).why_not("a") == "discord.enabled is false"
    pinned = DiscordSettings.read(Reader(bot_token="t" * 60, node="b"))
    assert pinned.why_not("b") is None and pinned.why_not("a") == "discord.node is b, this node is a"
    assert DiscordSettings.read(Reader(bot_token="t" * 60, allow_dm="true")).allow_dm
    assert "t" * 60 not in repr(pinned) and "t" * 60 not in pinned.fingerprint  # the token is never shown


async def test_messages_read_back_are_ordered_by_id_and_an_id_int_cannot_read_sorts_first() -> None:
    page = [{"id": "200000000000000002"}, {"id": "9" * 5000}, {"id": "²"}, {"id": "200000000000000001"}]
    rest = DiscordRest("t" * 60, "https://discord.example/api/v10", Scripted(httpx.Response(200, json=page)))
    read = await rest.messages_after(CHANNEL, 1)
    await rest.close()
    assert [m["id"] for m in read[2:]] == ["200000000000000001", "200000000000000002"]
