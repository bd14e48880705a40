"""A whole node with its Telegram gateway against the fake Bot API server
(real HTTP on 127.0.0.1): the operator's chat is a private chat, so its
owner user's id is the chat's id."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from actors import sync, whereis
from alexclaw import Node
from gateways.telegram import TELEGRAM_NAME
from tests.alexclaw.web.conftest import make_settings
from tests.fake_telegram import FakeBotAPI, SentMessage

CHAT = 4242
STRANGER = 999


async def configure(node: Node, **values: str) -> None:
    """Set telegram.* settings as the operator would; the watcher restarts
    the gateway with them."""
    for key, value in values.items():
        await node.state.config.set(f"telegram.{key}", value, actor="test")
    await sync("gateways.watcher")


async def left_mid_dispatch(node: Node, gateway: str, update_id: int, payload: Mapping[str, Any]) -> None:
    """An update as a gateway that crashed while dispatching it leaves it in
    the inbox: stored and started in one transaction, so the running
    gateway's drain (it may wake at any time) never sees it unstarted and
    runs it as a new one."""
    async with node.state.database.pool().acquire() as conn, conn.transaction():
        await conn.execute(
            "INSERT INTO gateway_inbox (gateway, update_id, payload, started_at) VALUES ($1, $2, $3::jsonb, now())",
            gateway, update_id, json.dumps(payload),
        )  # fmt: skip


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def node(database_url: str, tmp_path: Path, fake: FakeBotAPI) -> AsyncIterator[Node]:
    # The fake Bot API listens on 127.0.0.1: the node grants Telegram loopback explicitly.
    started = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"telegram"}))
    await started.start()
    assert whereis(TELEGRAM_NAME) is None  # no token: the gateway is an ignored child
    await configure(
        started,
        api_base_url=fake.base_url.removesuffix("/bot"),
        chat_id=str(CHAT),
        owner_user_id=str(CHAT),  # a private chat: its id is its user's
        bot_token=fake.token,
    )
    await fake.wait_until(lambda: fake.poll_offsets)  # polling
    yield started
    await started.stop()


async def say(fake: FakeBotAPI, text: str, chat: int = CHAT) -> SentMessage:
    fake.push_message(chat, text)
    return await fake.next_sent()
