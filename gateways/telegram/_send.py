"""Sending to Telegram the way a careful client does: Markdown first and
plain text when Telegram rejects the formatting (400 "can't parse
entities"), messages over 4,096 characters split at line boundaries, a 429
waits its ``retry_after``, network errors are retried with backoff. Every
wait is an ``await``: the loop is never blocked."""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, Final, TypeVar

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from gateways._chunks import split_message
from gateways._contract import EgressRefused

log = logging.getLogger("gateways.telegram")

# python-telegram-bot's documented opt-in to what its next major version
# does (``retry_after`` as a timedelta); without it every 429 warns.
os.environ.setdefault("PTB_TIMEDELTA", "true")

LIMIT: Final = 4096
CAPTION_LIMIT: Final = 1024
ATTEMPTS: Final = 5
MAX_RETRY_AFTER: Final = 120.0

T = TypeVar("T")


def retry_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns while moving to timedelta
        warnings.simplefilter("ignore")
        value: Any = error.retry_after
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _unparseable(error: BadRequest) -> bool:
    return "can't parse entities" in str(error).lower() or "can't find end" in str(error).lower()


async def with_retries(
    call: Callable[[], Awaitable[T]], *, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep, backoff: float = 0.5
) -> T:
    """429 → wait what Telegram asks; network error → 0.5, 1, 2, 4 s. A
    400 or 403, or the egress guard refusing the address, is an answer,
    not a glitch: raised at once."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call()
        except RetryAfter as exc:
            wait = retry_seconds(exc)
            log.warning("Telegram asks to wait %.1fs (429)", wait)
        except (BadRequest, Forbidden):
            raise
        except NetworkError as exc:
            if attempt == ATTEMPTS or isinstance(exc.__cause__, EgressRefused):
                raise  # the egress guard's refusal is an answer too
            wait = backoff * 2 ** (attempt - 1)
            log.warning("Telegram send failed (%s); retrying in %.1fs", exc, wait)
        await sleep(wait)
    return await call()  # the last 429: one more try, its error goes up


class TelegramSender:
    def __init__(self, bot: Bot, *, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.bot = bot
        self._sleep = sleep

    async def text(self, chat_id: str | int, text: str, *, markdown: bool = True) -> int:
        """Send ``text`` in as many messages as it takes; returns how many."""
        chunks = split_message(text, LIMIT) or ["(empty)"]
        for chunk in chunks:
            await self._one(chat_id, chunk, markdown)
        return len(chunks)

    async def _one(self, chat_id: str | int, chunk: str, markdown: bool) -> None:
        if markdown:
            try:
                await with_retries(
                    lambda: self.bot.send_message(chat_id, chunk, parse_mode=ParseMode.MARKDOWN), sleep=self._sleep
                )
                return
            except BadRequest as exc:
                if not _unparseable(exc):
                    raise
                log.info("Telegram rejected the Markdown (%s); sending plain text", exc)
        await with_retries(lambda: self.bot.send_message(chat_id, chunk), sleep=self._sleep)

    async def photo(self, chat_id: str | int, photo: bytes, caption: str = "") -> None:
        short = caption[:CAPTION_LIMIT]
        await with_retries(lambda: self.bot.send_photo(chat_id, photo, caption=short or None), sleep=self._sleep)
        if len(caption) > CAPTION_LIMIT:
            await self.text(chat_id, caption[CAPTION_LIMIT:], markdown=False)
