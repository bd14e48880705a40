"""The Telegram sender against the fake Bot API: Markdown with a plain-text
fallback, long messages split, 429 honoured, network errors retried."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest

from gateways.telegram import TelegramSender
from tests.fake_telegram import FakeBotAPI


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


async def test_markdown_is_sent_as_markdown(fake: FakeBotAPI) -> None:
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await TelegramSender(bot).text(42, "*bold* and _italic_")
    [sent] = fake.sent
    assert (sent.text, sent.parse_mode) == ("*bold* and _italic_", "Markdown")


async def test_markdown_telegram_rejects_is_sent_again_as_plain_text(fake: FakeBotAPI) -> None:
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await TelegramSender(bot).text(42, "a file_name with one underscore")
    [plain] = fake.sent  # the rejected attempt was answered 400 and recorded nothing
    assert (plain.text, plain.parse_mode) == ("a file_name with one underscore", None)


async def test_a_message_over_4096_characters_is_split_at_lines(fake: FakeBotAPI) -> None:
    text = "\n".join(f"line {i:04d} " + "x" * 80 for i in range(100))  # ~9,000 characters
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        count = await TelegramSender(bot).text(42, text, markdown=False)
    assert count == 3 and len(fake.sent) == 3
    assert all(len(m.text or "") <= 4096 for m in fake.sent)
    assert "".join(m.text or "" for m in fake.sent) == text
    assert all((m.text or "").endswith("\n") for m in fake.sent[:-1])


async def test_a_429_waits_what_telegram_asks_then_sends(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", 429, retry_after=3)
    sleeps = Sleeps()
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await TelegramSender(bot, sleep=sleeps).text(42, "after the wait", markdown=False)
    assert sleeps.waits == [3.0]
    assert [m.text for m in fake.sent] == ["after the wait"]


async def test_a_server_error_is_retried_with_backoff(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    sleeps = Sleeps()
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await TelegramSender(bot, sleep=sleeps).text(42, "eventually", markdown=False)
    assert sleeps.waits == [0.5, 1.0]
    assert [m.text for m in fake.sent] == ["eventually"]


async def test_a_bad_request_other_than_formatting_is_raised_at_once(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
    sleeps = Sleeps()
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await TelegramSender(bot, sleep=sleeps).text(42, "x", markdown=False)
    assert sleeps.waits == []


async def test_a_photo_is_sent_with_its_caption(fake: FakeBotAPI) -> None:
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await TelegramSender(bot).photo(42, b"\x89PNG fake", "scan me")
    [sent] = fake.sent
    assert (sent.method, sent.photo, sent.caption) == ("sendPhoto", b"\x89PNG fake", "scan me")
