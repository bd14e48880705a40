"""Reading a ``MESSAGE_CREATE`` dispatch, which is input from outside like
any other: its id checked (a snowflake: digits, inside the inbox's bigint),
every field's type checked, its text bounded. What is stored is a small
normalised record (``message.text`` like Telegram's, so the inbox masks a
credential in it before storage), never Discord's whole object."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

MAX_ID: Final = 2**63 - 1  # a snowflake fits the inbox's bigint
MAX_TEXT_BYTES: Final = 100 * 1024  # Discord's own cap is 4,000 characters; more is not Discord


class MalformedMessage(ValueError):
    """The message's shape is not one Discord sends."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message as the gateway needs it; ``guild_id`` is "" in a DM."""

    message_id: int
    channel_id: str
    guild_id: str
    user_id: str
    user_name: str
    bot: bool
    text: str

    @property
    def direct(self) -> bool:
        return not self.guild_id


def snowflake(value: object) -> str:
    """A Discord id as text, or "" when it is not one. The length is checked
    before ``int``: more digits than it reads (4,300) raise ValueError, and
    zeros in front do not make an id."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if 0 < value <= MAX_ID else ""
    text = value if isinstance(value, str) else ""
    fits = 0 < len(text) <= len(str(MAX_ID)) and text.isascii() and text.isdigit()
    return text if fits and 0 < int(text) <= MAX_ID else ""


def _text(value: object, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedMessage(f"{name} is a {type(value).__name__}, not text")
    return value


def read_dispatch(data: object) -> Incoming:
    """The message in a ``MESSAGE_CREATE``'s ``d``; raises on a shape
    Discord does not send (a message too big included)."""
    if not isinstance(data, Mapping):
        raise MalformedMessage("the message is not an object")
    message_id, channel_id = snowflake(data.get("id")), snowflake(data.get("channel_id"))
    if not message_id or not channel_id:
        raise MalformedMessage("the message has no usable id or channel_id")
    guild = data.get("guild_id")
    guild_id = snowflake(guild) if guild is not None else ""
    if guild is not None and not guild_id:
        raise MalformedMessage("guild_id is not an id")
    author = data.get("author")
    if not isinstance(author, Mapping) or not snowflake(author.get("id")):
        raise MalformedMessage("the message has no author with an id")
    text = _text(data.get("content"), "content")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise MalformedMessage(f"content is larger than {MAX_TEXT_BYTES} bytes")
    name = _text(author.get("global_name"), "author.global_name") or _text(author.get("username"), "author.username")
    return Incoming(
        message_id=int(message_id),
        channel_id=channel_id,
        guild_id=guild_id,
        user_id=snowflake(author.get("id")),
        user_name=name[:200],
        bot=author.get("bot") is True or author.get("system") is True,
        text=text,
    )


def inbox_record(incoming: Incoming) -> dict[str, Any]:
    """What the inbox keeps of a message (it masks credentials in ``message.text``)."""
    return {
        "update_id": incoming.message_id,
        "message": {
            "text": incoming.text,
            "channel_id": incoming.channel_id,
            "guild_id": incoming.guild_id,
            "user_id": incoming.user_id,
            "user_name": incoming.user_name,
        },
    }


def from_stored(payload: Mapping[str, Any]) -> Incoming:
    """Back from the inbox; raises on a record this module did not write."""
    message = payload.get("message")
    update_id = payload.get("update_id")
    if not isinstance(message, Mapping) or not isinstance(update_id, int):
        raise MalformedMessage("not a stored Discord message")
    return Incoming(
        message_id=update_id,
        channel_id=_text(message.get("channel_id"), "channel_id"),
        guild_id=_text(message.get("guild_id"), "guild_id"),
        user_id=_text(message.get("user_id"), "user_id"),
        user_name=_text(message.get("user_name"), "user_name"),
        bot=False,
        text=_text(message.get("text"), "text"),
    )
