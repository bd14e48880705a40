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

from actors.testing import Probe
from alexclaw import Node
from alexclaw.reasoning import REASONING_TOPIC, Status, TimelineEvent
from tests.alexclaw.dispatcher.conftest import CHAT, say
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
    probe = (await Probe().start()).listen(REASONING_TOPIC)
    fake.push_message(CHAT, "/reason find the answer")
    sent = await fake.wait_for_sent(2, timeout=20)  # the reply and the result, in either order
    texts = [m.text or "" for m in sent]
    assert any(t.startswith("Reasoning session ") and t.endswith("/reason stop ends it.") for t in texts)
    result = next(t for t in texts if t.startswith("Reasoning: find the answer"))
    assert "the answer is 42" in result and "Sources:\n- echo: the answer is 42" in result
    await probe.receive(lambda m: isinstance(m, TimelineEvent) and m.data.get("status") == "completed", timeout=20)
    await probe.stop()
    for _ in sent:
        await fake.next_sent()  # both read: the next reply is /reason status's
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
    fake.push_message(CHAT, "/reason summarise my project")
    texts = [m.text or "" for m in await fake.wait_for_sent(2, timeout=20)]  # the reply and the question
    assert any("asks: Which project?" in t for t in texts)
    script(providers, {"steps": [{"skill": "echo", "input_description": "x"}]}, {"input": "alexclaw notes"}, GOOD)
    fake.push_message(CHAT, "AlexClaw")
    texts = [m.text or "" for m in (await fake.wait_for_sent(4, timeout=20))[2:]]  # the reply and the result
    assert any(t.endswith("answer recorded.") for t in texts)
    assert any(t.startswith("Reasoning: summarise my project") and "alexclaw notes" in t for t in texts)


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
