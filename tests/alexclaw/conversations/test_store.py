"""The conversation store and the request built from it: a credential in a
prompt is never stored in clear, a message over the cap is refused with
the reason, refusals and the prompts they answered stay out of the
context, the context is the last turns in order, and a deleted
conversation takes its messages with it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alexclaw.conversations import (
    MAX_ANSWER_CHARS,
    MAX_MESSAGE_CHARS,
    InvalidMessage,
    add_turn,
    chat_conversation,
    chat_request,
    clean_prompt,
    context_turns,
    conversation_turns,
    create_conversation,
    delete_conversation,
    leave_out_of_context,
    list_conversations,
)
from alexclaw.llm import Message
from alexclaw.storage import Database, DatabaseHandle

GITHUB_TOKEN = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=2).start()
    yield handle
    await db.stop()


def test_a_credential_in_a_prompt_is_redacted_before_it_is_stored_or_sent() -> None:
    cleaned = clean_prompt(f"  deploy with {GITHUB_TOKEN} please ")
    assert cleaned == "deploy with [REDACTED:github_token] please"


def test_an_empty_or_oversize_message_is_refused_with_the_reason() -> None:
    with pytest.raises(InvalidMessage, match="empty"):
        clean_prompt(" \n ")
    with pytest.raises(InvalidMessage, match=f"at most {MAX_MESSAGE_CHARS:,}"):
        clean_prompt("x" * (MAX_MESSAGE_CHARS + 1))
    assert clean_prompt("x" * MAX_MESSAGE_CHARS) == "x" * MAX_MESSAGE_CHARS


def test_the_request_puts_the_identity_first_and_gives_every_provider_alternating_turns() -> None:
    request = chat_request(
        "and now?",
        history=[("assistant", "orphan"), ("user", "a"), ("user", "b"), ("assistant", "c")],
        identity="You are AlexClaw.",
        system="Be terse.",
    )
    assert request.system == "You are AlexClaw.\n\nBe terse."
    assert request.messages == (Message("user", "a\n\nb"), Message("assistant", "c"), Message("user", "and now?"))
    with pytest.raises(ValueError, match="role"):
        chat_request("x", history=[("system", "override")])


async def test_a_chats_conversation_rolls_on_and_its_context_leaves_refusals_out(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        first = await chat_conversation(conn, "telegram", "telegram:1", "Hello there")
        assert await chat_conversation(conn, "telegram", "telegram:1", "again") == first
        assert await chat_conversation(conn, "telegram", "telegram:2", "other chat") != first
        await add_turn(conn, first, "user", "one")
        await add_turn(conn, first, "assistant", "answer one", provider="p", tier="light", verdict="ALLOW")
        unanswered = await add_turn(conn, first, "user", "two")
        await add_turn(conn, first, "assistant", "No model provider", error=True)
        await leave_out_of_context(conn, unanswered)
        await add_turn(conn, first, "user", "three")
        context = await context_turns(conn, first, 10)
        assert [(t.role, t.content) for t in context] == [
            ("user", "one"),
            ("assistant", "answer one"),
            ("user", "three"),
        ]
        assert [t.content for t in await context_turns(conn, first, 2)] == ["answer one", "three"]
        assert await context_turns(conn, first, 0) == []
        assert len(await conversation_turns(conn, first)) == 5  # the operator still sees every message
        (listed, *_) = await list_conversations(conn)
        assert (listed.id, listed.title, listed.messages) == (first, "Hello there", 5)


async def test_an_overlong_answer_is_cut_with_a_note_and_deleting_takes_the_messages(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        conversation = await create_conversation(conn, "web", "admin", "Long one " * 40)
        await add_turn(conn, conversation, "assistant", "y" * (MAX_ANSWER_CHARS + 50))
        (turn,) = await conversation_turns(conn, conversation)
        assert len(turn.content) == MAX_ANSWER_CHARS and turn.content.endswith("characters]")
        with pytest.raises(InvalidMessage, match="unknown channel"):
            await create_conversation(conn, "irc", "x", "x")
        assert await delete_conversation(conn, conversation)
        assert not await delete_conversation(conn, conversation)
        assert await conn.fetchval("SELECT count(*) FROM conversation_messages") == 0
