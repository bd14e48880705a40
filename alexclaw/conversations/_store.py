"""Conversations and their messages in PostgreSQL (migration 0018).

What goes in is bounded and clean: a prompt longer than
``MAX_MESSAGE_CHARS`` is refused with the reason (nothing stored, nothing
sent), and its credentials are redacted before it is stored (the guarded
path redacts them again before anything leaves). An answer is stored as the
guarded path released it (already redacted), cut at ``MAX_ANSWER_CHARS``
with a note. Bad input raises ``InvalidMessage`` (a ValueError) with the
reason; the operations turn it into a value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal

import asyncpg

from alexclaw.security import redact, scan_leaks
from alexclaw.storage import Connection

Channel = Literal["web", "telegram", "discord"]
Role = Literal["user", "assistant"]

CHANNELS: Final = ("web", "telegram", "discord")
MAX_MESSAGE_CHARS: Final = 16_000  # what a person may send in one message
MAX_ANSWER_CHARS: Final = 100_000  # the column's own limit (0018's CHECK)
TITLE_CHARS: Final = 60
_CUT_NOTE: Final = "\n\n[cut: the answer was longer than {limit:,} characters]"


class InvalidMessage(ValueError):
    """A message that cannot be sent or stored; the text says why."""


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    channel: str
    chat_key: str
    title: str
    created_at: datetime
    updated_at: datetime
    messages: int = 0


@dataclass(frozen=True, slots=True)
class Turn:
    """One stored message. ``error``: an assistant turn that is the node's
    refusal (no provider, limits, the shield); ``in_context``: whether it
    goes with later messages as their context (a refusal and the prompt it
    answered do not)."""

    id: int
    role: Role
    content: str
    error: bool
    in_context: bool
    tier: str | None
    provider: str | None
    verdict: str | None
    verdict_reason: str
    created_at: datetime


def clean_prompt(text: str) -> str:
    """The prompt as it may be stored and sent: trimmed, within the cap,
    its credentials redacted."""
    text = text.strip()
    if not text:
        raise InvalidMessage("the message is empty")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidMessage(f"the message is {len(text):,} characters; at most {MAX_MESSAGE_CHARS:,} are accepted")
    findings = [f for f in scan_leaks(text) if f.action != "warn"]
    return redact(text, findings) if findings else text


def bounded_answer(text: str) -> str:
    if len(text) <= MAX_ANSWER_CHARS:
        return text
    note = _CUT_NOTE.format(limit=MAX_ANSWER_CHARS)
    return text[: MAX_ANSWER_CHARS - len(note)] + note


def title_of(prompt: str) -> str:
    line = " ".join(prompt.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"


def check_channel(channel: str) -> Channel:
    if channel not in CHANNELS:
        raise InvalidMessage(f"unknown channel {channel!r}; one of {', '.join(CHANNELS)}")
    return channel  # type: ignore[return-value]  # checked just above


async def create_conversation(conn: Connection, channel: str, chat_key: str, title: str) -> int:
    row_id: int = await conn.fetchval(
        "INSERT INTO conversations (channel, chat_key, title) VALUES ($1, $2, $3) RETURNING id",
        check_channel(channel), chat_key[:200], title_of(title) or "conversation",
    )  # fmt: skip
    return row_id


async def chat_conversation(conn: Connection, channel: str, chat_key: str, first_prompt: str) -> int:
    """A chat's rolling conversation: its latest, or a new one titled by
    the message that opens it."""
    found: int | None = await conn.fetchval(
        "SELECT id FROM conversations WHERE channel = $1 AND chat_key = $2 ORDER BY updated_at DESC, id DESC LIMIT 1",
        check_channel(channel), chat_key,
    )  # fmt: skip
    return found if found is not None else await create_conversation(conn, channel, chat_key, first_prompt)


async def add_turn(
    conn: Connection,
    conversation_id: int,
    role: Role,
    content: str,
    *,
    error: bool = False,
    tier: str | None = None,
    provider: str | None = None,
    verdict: str | None = None,
    verdict_reason: str = "",
) -> int:
    """Store one message (an answer cut at the cap) and touch the conversation."""
    async with conn.transaction():
        row_id: int = await conn.fetchval(
            "INSERT INTO conversation_messages (conversation_id, role, content, error, in_context, tier, provider,"
            " verdict, verdict_reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            conversation_id, role, bounded_answer(content), error, not error, tier, provider, verdict,
            verdict_reason[:1000],
        )  # fmt: skip
        await conn.execute("UPDATE conversations SET updated_at = now() WHERE id = $1", conversation_id)
    return row_id


async def leave_out_of_context(conn: Connection, turn_id: int) -> None:
    """A prompt that got no answer is kept (the operator sees it) but not sent again."""
    await conn.execute("UPDATE conversation_messages SET in_context = false WHERE id = $1", turn_id)


def _turn(row: asyncpg.Record) -> Turn:
    return Turn(
        row["id"], row["role"], row["content"], row["error"], row["in_context"], row["tier"], row["provider"],
        row["verdict"], row["verdict_reason"], row["created_at"],
    )  # fmt: skip


_TURN_COLUMNS: Final = "id, role, content, error, in_context, tier, provider, verdict, verdict_reason, created_at"


async def context_turns(conn: Connection, conversation_id: int, limit: int) -> list[Turn]:
    """The last ``limit`` messages that go with the next one, oldest first."""
    if limit <= 0:
        return []
    rows = await conn.fetch(
        f"SELECT {_TURN_COLUMNS} FROM conversation_messages WHERE conversation_id = $1 AND in_context"  # noqa: S608 - fixed columns
        " ORDER BY id DESC LIMIT $2",
        conversation_id, limit,
    )  # fmt: skip
    return [_turn(row) for row in reversed(rows)]


async def conversation_turns(conn: Connection, conversation_id: int) -> list[Turn]:
    rows = await conn.fetch(
        f"SELECT {_TURN_COLUMNS} FROM conversation_messages WHERE conversation_id = $1 ORDER BY id",  # noqa: S608 - fixed columns
        conversation_id,
    )
    return [_turn(row) for row in rows]


async def load_conversation(conn: Connection, conversation_id: int) -> Conversation | None:
    row = await conn.fetchrow(
        "SELECT c.*, (SELECT count(*) FROM conversation_messages m WHERE m.conversation_id = c.id) AS messages"
        " FROM conversations c WHERE c.id = $1",
        conversation_id,
    )
    return _conversation(row) if row is not None else None


async def list_conversations(conn: Connection, limit: int = 100) -> list[Conversation]:
    rows = await conn.fetch(
        "SELECT c.*, (SELECT count(*) FROM conversation_messages m WHERE m.conversation_id = c.id) AS messages"
        " FROM conversations c ORDER BY c.updated_at DESC, c.id DESC LIMIT $1",
        limit,
    )
    return [_conversation(row) for row in rows]


def _conversation(row: asyncpg.Record) -> Conversation:
    return Conversation(
        row["id"], row["channel"], row["chat_key"], row["title"], row["created_at"], row["updated_at"],
        row["messages"],
    )  # fmt: skip


async def delete_conversation(conn: Connection, conversation_id: int) -> bool:
    """Remove it with its messages; whether it existed."""
    deleted = await conn.fetchval("DELETE FROM conversations WHERE id = $1 RETURNING id", conversation_id)
    return deleted is not None
