"""``/reason`` on a whole node, through the fake Bot API and the fake
providers (real HTTP): a goal started from the chat is planned and run
with the node's own skills, its result arrives in the chat; a question the
session asks arrives there too, and a plain reply answers it; status and
stop act on this chat's sessions."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.reasoning import Status
from tests.alexclaw.dispatcher.conftest import say
from tests.alexclaw.dispatcher.test_chat_free_text import add_studio
from tests.fake_providers import FakeProviders, Script
from tests.fake_telegram import FakeBotAPI

GOOD = {"relevance": 5, "completeness": 4, "usability": 4, "goal_progress": 4}


@pytest.fixture
async def providers() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as fake:
        yield fake


def script(providers: FakeProviders, *answers: Any) -> None:
    providers.script(*(Script(deltas=[json.dumps(a)]) for a in answers))


async def reasoning_node(node: Node, providers: FakeProviders) -> None:
    await add_studio(node, providers)
    await node.state.config.set("reasoning.skill_whitelist", '["echo"]', actor="test")
    await node.state.config.set("reasoning.default_delivery", "telegram", actor="test")


async def test_a_goal_from_the_chat_runs_and_its_result_arrives_in_the_chat(
    node: Node, fake: FakeBotAPI, providers: FakeProviders
) -> None:
    await reasoning_node(node, providers)
    script(
        providers, {"steps": [{"skill": "echo", "input_description": "say it"}]}, {"input": "the answer is 42"}, GOOD
    )
    started = await say(fake, "/reason find the answer")
    assert started.text is not None and started.text.startswith("Reasoning session ")
    result = await fake.next_sent(timeout=20)
    assert result.text is not None and result.text.startswith("Reasoning: find the answer")
    assert "the answer is 42" in result.text and "Sources:\n- echo: the answer is 42" in result.text
    status = await say(fake, "/reason status")
    assert status.text is not None and "completed: find the answer" in status.text
    async with node.state.database.pool().acquire() as conn:
        memory = await conn.fetchval("SELECT content FROM memory_entries WHERE kind = 'reasoning'")
        actors = await conn.fetch("SELECT DISTINCT actor FROM audit_log WHERE action = 'reasoning.start'")
    assert "the answer is 42" in memory
    assert [r["actor"] for r in actors] == ["telegram:4242"]


async def test_a_question_reaches_the_chat_and_a_plain_reply_answers_it(
    node: Node, fake: FakeBotAPI, providers: FakeProviders
) -> None:
    await reasoning_node(node, providers)
    partial = {"relevance": 3, "completeness": 2, "usability": 2, "goal_progress": 3}
    script(
        providers,
        {"steps": [{"skill": "echo", "input_description": "ask"}]}, {"input": "which one"}, partial,
        {"action": "ask_user", "question": "Which project?", "reason": "unclear"},
    )  # fmt: skip
    await say(fake, "/reason summarise my project")
    asked = await fake.next_sent(timeout=20)
    assert asked.text is not None and "asks: Which project?" in asked.text
    script(providers, {"steps": [{"skill": "echo", "input_description": "x"}]}, {"input": "alexclaw notes"}, GOOD)
    answered = await say(fake, "AlexClaw")
    assert answered.text is not None and answered.text.endswith("answer recorded.")
    result = await fake.next_sent(timeout=20)
    assert result.text is not None and "alexclaw notes" in result.text


async def test_stop_aborts_this_chats_running_session_and_bad_input_is_explained(
    node: Node, fake: FakeBotAPI, providers: FakeProviders
) -> None:
    await reasoning_node(node, providers)
    providers.script(Script(wait=asyncio.Event()))  # the plan never comes: the session runs
    await say(fake, "/reason wait forever")
    stopped = await say(fake, "/reason stop")
    assert stopped.text is not None and stopped.text.endswith("aborted.")
    desk = node.state.services.reasoning
    latest = (await desk.recent(1))[0]
    assert latest.status is Status.ABORTED
    assert (await say(fake, "/reason stop")).text == "No reasoning session of this chat is running."
    usage = await say(fake, "/reason")
    assert usage.text is not None and usage.text.startswith("Usage: /reason <goal>")
    waiting = await say(fake, "/reason answer yes")
    assert waiting.text == "No reasoning session of this chat is waiting for an answer."
