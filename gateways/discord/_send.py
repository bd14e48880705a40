"""Sending to a Discord channel: Markdown kept as it is (Discord renders
it), text over 2,000 characters split at line boundaries, a file (the 2FA
QR code) as an attachment with its caption. Rate limits are the REST
client's (``DiscordRest``)."""

from __future__ import annotations

from typing import Final

from gateways._chunks import split_message
from gateways.discord._rest import DiscordRest

LIMIT: Final = 2000


class DiscordSender:
    def __init__(self, rest: DiscordRest) -> None:
        self.rest = rest

    async def text(self, channel_id: str, text: str) -> int:
        """Send ``text`` in as many messages as it takes; returns how many."""
        chunks = split_message(text, LIMIT) or ["(empty)"]
        for chunk in chunks:
            await self.rest.send(channel_id, chunk)
        return len(chunks)

    async def file(self, channel_id: str, data: bytes, filename: str, caption: str = "") -> int:
        """The file with the caption's first 2,000 characters; the rest after it."""
        first, *rest = split_message(caption, LIMIT) or [""]
        await self.rest.send(channel_id, first, file=data, filename=filename)
        for chunk in rest:
            await self.rest.send(channel_id, chunk)
        return 1 + len(rest)
