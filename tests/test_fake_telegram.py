"""The fake Telegram Bot API, driven by python-telegram-bot's real ``telegram.Bot``:
what the gateway sees from it is what it would see from api.telegram.org."""

from __future__ import annotations

import asyncio
import datetime as dtm
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict, InvalidToken, RetryAfter

from tests.fake_telegram import FakeBotAPI

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        yield bot


async def test_the_bot_learns_who_it_is_from_get_me(fake: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.id == 123456789 and me.username == "fake123456789_bot"
    assert [call.method for call in fake.calls] == ["getMe", "getMe"]  # Bot.initialize asks first


@pytest.mark.parametrize("token", ["987654321:AAHnotAValidTokenAtAll", "not-even-a-token"])
async def test_an_unknown_token_is_rejected_as_invalid(fake: FakeBotAPI, token: str) -> None:
    with pytest.raises(InvalidToken, match="was rejected by the server"):
        async with Bot(token, base_url=fake.base_url):
            pass
    assert fake.calls == []


async def test_an_unknown_token_gets_telegrams_exact_401_body(fake: FakeBotAPI) -> None:
    async with httpx.AsyncClient() as client:
        answer = await client.post(f"{fake.base_url}987654321:AAHnope/getMe")
    assert answer.status_code == 401
    assert answer.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_a_long_poll_wakes_as_soon_as_a_message_is_pushed(fake: FakeBotAPI, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await fake.wait_until(lambda: fake.poll_offsets == [None])
    update_id = fake.push_message(42, "hello")
    (update,) = await asyncio.wait_for(poll, 2)  # long before the 10 s poll would expire
    assert update.update_id == update_id and update.message is not None
    assert update.message.text == "hello" and update.message.chat.id == 42 and update.message.chat.type == "private"
    assert update.message.from_user is not None and update.message.from_user.username == "someone"


async def test_a_long_poll_with_nothing_to_deliver_returns_empty_after_its_timeout(bot: Bot) -> None:
    started = asyncio.get_running_loop().time()
    assert await bot.get_updates(timeout=1) == ()
    assert asyncio.get_running_loop().time() - started >= 0.9


async def test_an_offset_confirms_every_update_before_it(fake: FakeBotAPI, bot: Bot) -> None:
    first, second = fake.push_message(1, "one"), fake.push_message(1, "two")
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1) == ()
    assert fake.poll_offsets == [None, second, second + 1] and fake.pending == 0


async def test_limit_caps_how_many_updates_one_poll_returns(fake: FakeBotAPI, bot: Bot) -> None:
    ids = [fake.push_message(1, f"message {n}") for n in range(3)]
    assert [u.update_id for u in await bot.get_updates(limit=2)] == ids[:2]
    assert fake.pending == 3


async def test_a_command_carries_a_bot_command_entity(fake: FakeBotAPI, bot: Bot) -> None:
    fake.push_message(-1001, "/start@fake123456789_bot now", chat_type="supergroup", user_id=7)
    (update,) = await bot.get_updates()
    assert update.message is not None and update.message.chat.type == "supergroup"
    assert update.message.parse_entities() == {update.message.entities[0]: "/start@fake123456789_bot"}
    assert update.message.entities[0].type == "bot_command" and update.message.entities[0].offset == 0


async def test_a_second_poller_terminates_the_first_with_a_conflict(fake: FakeBotAPI, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=10))
    await fake.wait_until(lambda: len(fake.poll_offsets) == 1)
    async with Bot(fake.token, base_url=fake.base_url) as rival:
        second = asyncio.create_task(rival.get_updates(timeout=10))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await asyncio.wait_for(first, 2)
        fake.push_message(5, "for the survivor")
        assert [u.message.text for u in await asyncio.wait_for(second, 2) if u.message] == ["for the survivor"]


async def test_a_sent_message_is_recorded_and_echoed_back_as_a_message(fake: FakeBotAPI, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    message = await bot.send_message(42, "*hi*", parse_mode="Markdown", reply_markup=keyboard)
    sent = await fake.next_sent()
    assert (sent.method, sent.chat_id, sent.text, sent.parse_mode) == ("sendMessage", 42, "*hi*", "Markdown")
    assert sent.token == fake.token and sent.message_id == message.message_id
    assert sent.reply_markup == {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    assert message.reply_markup == keyboard and message.chat.id == 42 and message.from_user == await bot.get_me()


async def test_next_sent_waits_for_a_message_sent_later(fake: FakeBotAPI, bot: Bot) -> None:
    waiting = asyncio.create_task(fake.next_sent(timeout=2))
    await bot.send_message(1, "first")
    await bot.send_message(1, "second")
    assert (await waiting).text == "first" and (await fake.next_sent()).text == "second"
    assert [s.text for s in await fake.wait_for_sent(2)] == ["first", "second"]
    with pytest.raises(TimeoutError):
        await fake.next_sent(timeout=0.05)


@pytest.mark.parametrize(
    ("text", "parse_mode", "complaint"),
    [
        ("héllo *world", "Markdown", "can't find end of the entity starting at byte offset 7"),
        ("a `code", "Markdown", "can't find end of the entity starting at byte offset 2"),
        ("Done.", "MarkdownV2", "character '.' is reserved and must be escaped with the preceding '\\'"),
        ("_almost_ *there", "MarkdownV2", "can't find end of the entity starting at byte offset 9"),
    ],
)
async def test_unbalanced_markdown_is_a_bad_request(
    fake: FakeBotAPI, bot: Bot, text: str, parse_mode: str, complaint: str
) -> None:
    with pytest.raises(BadRequest) as raised:
        await bot.send_message(42, text, parse_mode=parse_mode)
    # PTB strips "Bad Request: " and capitalize()s the rest, lowering Telegram's own capitals.
    assert str(raised.value) == f"Can't parse entities: {complaint}"
    assert fake.sent == []


@pytest.mark.parametrize(
    ("text", "parse_mode"),
    [
        ("*bold* _italic_ `code` [link](https://example.org/a_b)", "Markdown"),
        ("2 \\* 3 \\= 6\\.", "MarkdownV2"),
        ("an_odd * count, unparsed", None),
        ("```\nblock with * and _\n```", "Markdown"),
    ],
)
async def test_balanced_or_plain_text_goes_through(
    fake: FakeBotAPI, bot: Bot, text: str, parse_mode: str | None
) -> None:
    await bot.send_message(42, text, parse_mode=parse_mode)
    assert (await fake.next_sent()).text == text


async def test_an_injected_flood_limit_raises_retry_after_once(
    fake: FakeBotAPI, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # else PTB warns that retry_after will become a timedelta
    fake.fail_next("sendMessage", 429, retry_after=1)
    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(42, "too fast")
    assert raised.value.retry_after == dtm.timedelta(seconds=1)
    await bot.send_message(42, "after waiting")
    assert [s.text for s in fake.sent] == ["after waiting"]


async def test_an_injected_flood_limit_has_telegrams_exact_429_body(fake: FakeBotAPI) -> None:
    fake.fail_next("sendMessage", 429, retry_after=3)
    async with httpx.AsyncClient() as client:
        answer = await client.post(f"{fake.base_url}{fake.token}/sendMessage", data={"chat_id": "1", "text": "hi"})
    assert answer.status_code == 429
    assert answer.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }


async def test_an_injected_bad_request_carries_its_description(fake: FakeBotAPI, bot: Bot) -> None:
    fake.fail_next("getUpdates", 400, "Bad Request: chat not found")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.get_updates()
    assert await bot.get_updates() == ()


async def test_a_text_longer_than_4096_characters_is_too_long(fake: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(42, "x" * 4097)
    await bot.send_message(42, "x" * 4096)
    assert len(fake.sent) == 1


async def test_a_photo_upload_records_its_bytes_and_caption(fake: FakeBotAPI, bot: Bot) -> None:
    message = await bot.send_photo(42, PNG, caption="a *chart*", parse_mode="Markdown")
    sent = await fake.next_sent()
    assert (sent.method, sent.chat_id, sent.photo, sent.caption) == ("sendPhoto", 42, PNG, "a *chart*")
    assert message.caption == "a *chart*" and message.photo[0].file_size == len(PNG)


async def test_a_photo_by_file_id_needs_no_upload(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_photo(42, "AgACAgIAAxkBAAIB")
    sent = await fake.next_sent()
    assert sent.photo is None and sent.params["photo"] == "AgACAgIAAxkBAAIB"


async def test_get_updates_while_a_webhook_is_set_is_a_conflict(fake: FakeBotAPI, bot: Bot) -> None:
    fake.push_message(1, "queued")
    assert await bot.set_webhook("https://bot.example/telegram", secret_token="s3cret-token")
    assert (fake.webhook_url, fake.webhook_secret) == ("https://bot.example/telegram", "s3cret-token")
    assert (await bot.get_webhook_info()).pending_update_count == 1
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert fake.webhook_url is None and (await bot.get_webhook_info()).url == ""
    assert await bot.get_updates() == ()


async def test_a_webhook_must_be_https(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="an https url must be provided for webhook"):
        await bot.set_webhook("http://127.0.0.1:8080/telegram")


async def test_an_update_as_json_is_what_a_webhook_would_receive(fake: FakeBotAPI, bot: Bot) -> None:
    update = fake.make_update(42, "/help", username="alice")
    assert fake.update_json(update["update_id"]) is update and fake.pending == 0
    message = update["message"]
    assert message["chat"] == {"id": 42, "type": "private", "first_name": "Alice", "username": "alice"}
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 5}]


async def test_a_json_body_works_like_a_form(fake: FakeBotAPI) -> None:
    async with httpx.AsyncClient() as client:
        answer = await client.post(f"{fake.base_url}{fake.token}/sendMessage", json={"chat_id": 9, "text": "raw"})
    assert answer.status_code == 200 and answer.json()["result"]["text"] == "raw"
    assert (await fake.next_sent()).chat_id == 9


async def test_stopping_the_fake_ends_a_pending_long_poll() -> None:
    fake = await FakeBotAPI().start()
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=10))
        await fake.wait_until(lambda: fake.poll_offsets)
        await fake.stop()
        assert await asyncio.wait_for(poll, 2) == ()
