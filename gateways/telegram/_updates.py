"""Reading a raw Telegram update, which is input from outside like any
other: its id checked before anything is stored (an integer in range, or
the update cannot be confirmed), its size and nesting bounded, and the
message read with every field's type checked. Whatever does not fit
raises, and the gateway sets the update aside instead of crashing on it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from telegram import Bot, Update

MAX_UPDATE_ID: Final = 2**53  # JSON-safe, and inside the inbox's bigint
MAX_DEPTH: Final = 16  # a real update nests about 6 deep (a reply to a message with entities)
MAX_BYTES: Final = 256 * 1024


class MalformedUpdate(ValueError):
    """The update's shape is not one Telegram sends."""


def update_id_of(raw: object) -> int | None:
    """The update's id when it is a usable one, else None."""
    if not isinstance(raw, Mapping):
        return None
    value = raw.get("update_id")
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_UPDATE_ID:
        return value
    return None


def shape_problem(raw: Mapping[str, Any]) -> str | None:
    """Why the update cannot even be stored as it is (too deep, too big)."""
    stack: list[tuple[object, int]] = [(raw, 1)]
    while stack:  # iterative: a 10,000-deep document must not recurse
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"nested deeper than {MAX_DEPTH} levels"
        if isinstance(value, Mapping):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    if len(json.dumps(raw, default=str)) > MAX_BYTES:
        return f"larger than {MAX_BYTES} bytes"
    return None


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message from a chat, as the gateway needs it."""

    chat_id: str
    chat_title: str
    chat_username: str
    user_id: str  # "" when Telegram sent no sender (a channel post)
    user_name: str
    text: str
    message_id: str


def _text_field(value: object, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedUpdate(f"message.{name} is a {type(value).__name__}, not text")
    return value


def read_message(raw: Mapping[str, Any], bot: Bot) -> Incoming | None:
    """The message in ``raw``, or None when it carries none (another kind
    of update). Raises ``MalformedUpdate`` on a shape Telegram does not send."""
    try:
        update = Update.de_json(dict(raw), bot)
        message = update.effective_message if update else None
    except Exception as exc:  # the library's classes raise what they raise (a date beyond time_t: OverflowError)
        raise MalformedUpdate(f"not an update Telegram sends ({type(exc).__name__}: {str(exc)[:120]})") from None
    if message is None:
        return None
    chat = message.chat
    if chat is None or not isinstance(chat.id, int) or isinstance(chat.id, bool):
        raise MalformedUpdate("the message has no chat with an integer id")
    sender = message.from_user
    if sender is not None and (not isinstance(sender.id, int) or isinstance(sender.id, bool)):
        raise MalformedUpdate("the sender's id is not an integer")
    title = chat.title or chat.full_name or ""
    text, caption = _text_field(message.text, "text"), _text_field(message.caption, "caption")
    return Incoming(
        chat_id=str(chat.id),
        chat_title=_text_field(title, "chat.title"),
        chat_username=_text_field(chat.username, "chat.username"),
        user_id=str(sender.id) if sender is not None else "",
        user_name=_text_field(sender.full_name, "from.first_name") if sender is not None else "",
        text=text or caption,
        message_id=str(message.message_id),
    )
