"""Issue 25's "done when", in Chromium against a whole node and its real
desk: with a provider configured (the fake providers, real HTTP) and the
Telegram gateway connected (the fake Bot API), a person starts a goal on
the Chat page's Reasoning mode, watches the phases arrive on the live
timeline, steers the session while its skill step runs (held on an event
at the provider: the step's model call), sees the guidance on the timeline
and in the prompts that follow, and the result, with its sources, arrives
as a Telegram message; the page shows the final confidence and the budgets
used, live and after a reload. Screenshots: reasoning-node-steered,
reasoning-node-finished."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from tests.alexclaw.dispatcher.conftest import CHAT, fake, node
from tests.alexclaw.dispatcher.test_chat_free_text import add_studio
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot
from tests.fake_providers import FakeProviders, Script
from tests.fake_telegram import FakeBotAPI

# Fixtures and marks shared: the Telegram-connected node of the chat tests, Chromium and its page.
__all__ = ["browser", "fake", "node", "page", "pytestmark"]

GOAL = "Find this week's three most relevant CVEs for my stack"
STEER = "Only packages from Debian stable"
FOUND = "CVE-2026-1234 (nginx 1.24), CVE-2026-2345 (PostgreSQL 15), CVE-2026-3456 (OpenSSL 3.0)"


@pytest.fixture
async def providers() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as fake_providers:
        yield fake_providers


def answer(value: Any, wait: asyncio.Event | None = None) -> Script:
    """One model answer (an object as JSON), held until ``wait`` is set."""
    return Script(deltas=[value if isinstance(value, str) else json.dumps(value)], wait=wait)


async def requests_reach(providers: FakeProviders, count: int) -> None:
    """The fake provider has received ``count`` requests."""
    while len(providers.seen) < count:
        providers.arrived.clear()
        await asyncio.wait_for(providers.arrived.wait(), 30)


async def test_a_goal_started_on_the_page_is_steered_mid_step_and_its_result_arrives_on_telegram(
    page: Any, node: Node, fake: FakeBotAPI, providers: FakeProviders
) -> None:
    await add_studio(node, providers)
    # The operator's choices: a skill that asks a model may run in a plan; results go to Telegram.
    await node.state.config.set("reasoning.skill_whitelist", '["ask_model"]', actor="test")
    await node.state.config.set("reasoning.default_delivery", "telegram", actor="test")
    step_runs = asyncio.Event()  # the skill step's own model call waits on this
    providers.script(
        answer({"steps": [{"skill": "ask_model", "input_description": "this week's CVEs for nginx and PostgreSQL",
                           "reason": "the model knows the advisories"}]}),  # plan
        answer({"input": "List this week's CVEs for nginx, PostgreSQL and OpenSSL"}),  # prepare: the step's input
        answer(FOUND, wait=step_runs),  # execute: ask_model's call, held
        answer({"relevance": 4, "completeness": 3, "usability": 3, "goal_progress": 3}),  # evaluate: partial
        answer({"action": "done", "reason": "three CVEs found", "confidence": 0.85}),  # decide: the model's
    )  # fmt: skip

    await log_in(page)
    await page.click("nav >> text=Chat")
    await page.click("#chat-modes >> text=Reasoning")
    await page.fill("#goal-form textarea[name=goal]", GOAL)
    await page.click("#start")
    await page.wait_for_selector("text=Reasoning session 1 started.")
    assert page.url.endswith("/chat/reasoning/1")
    await page.locator("#plan li", has_text="ask_model").wait_for()
    await page.locator("#timeline li[data-kind=step]", has_text="prepare · ask_model").wait_for()
    await requests_reach(providers, 3)  # the step runs: its model call waits at the provider
    assert await page.locator("#status").inner_text() == "executing"
    assert await page.locator("#timeline li[data-kind=step]", has_text="execute").count() == 0

    await page.fill("#steer-form textarea[name=guidance]", STEER)
    await page.click("#steer")
    await page.wait_for_selector("text=Session 1: steer recorded.")
    await page.locator("#timeline li[data-kind=guidance]", has_text=f"steer: {STEER}").wait_for()
    assert await page.locator("#guidance").inner_text() == STEER
    assert await page.locator("#budget-llm").inner_text() == "2 / 60"  # plan and prepare answered
    assert await page.locator("#timeline li[data-kind=step]", has_text="execute").count() == 0  # still mid-step
    await shoot(page, "reasoning-node-steered")

    step_runs.set()
    await page.locator("#timeline[data-state=ended]").wait_for(timeout=30_000)
    assert await page.locator("#status").inner_text() == "completed"
    assert await page.locator("#sessions tr[data-id='1'] .badge").inner_text() == "completed"  # the list too
    assert await page.locator("#confidence").inner_text() == "0.85"
    assert await page.locator("#controls").is_hidden()  # a finished session takes no more controls
    assert await page.locator("#budget-llm").inner_text() == "4 / 60"  # live: no reload since the steer
    assert await page.locator("#budget-iterations").inner_text() == "1 / 15"
    assert FOUND in await page.locator("#result").inner_text()
    source = "ask_model: List this week's CVEs for nginx, PostgreSQL and OpenSSL"
    assert await page.locator("#sources").inner_text() == f"Sources: {source}"
    steps = await page.locator("#timeline li[data-kind=step] .summary").all_inner_texts()  # "iteration 1 · plan"
    assert [step.split(" · ")[1].split(" ")[0] for step in steps] == [
        "plan", "prepare", "execute", "evaluate", "decide", "deliver", "deliver",
    ]  # fmt: skip
    graded = page.locator("#timeline li[data-kind=step]", has_text="evaluate").locator(".detail")
    grades = set((await graded.inner_text()).split(" · "))  # in the order the database keeps the keys
    assert grades == {"relevance 4", "completeness 3", "usability 3", "goal progress 3"}
    await shoot(page, "reasoning-node-finished")

    # The steer reached every prompt after it: the grading and the decision.
    later = [json.dumps(seen.body) for seen in providers.seen[3:]]
    assert len(later) == 2 and all(STEER in prompt for prompt in later)
    await fake.wait_until(lambda: any((m.text or "").startswith(f"Reasoning: {GOAL}") for m in fake.sent), 30)
    sent = next(m for m in fake.sent if (m.text or "").startswith(f"Reasoning: {GOAL}"))
    assert sent.chat_id == CHAT
    assert sent.text is not None and FOUND in sent.text and f"Sources:\n- {source}" in sent.text

    await page.reload()  # the row says the same as the live page did
    assert await page.locator("#confidence").inner_text() == "0.85"
    assert await page.locator("#budget-llm").inner_text() == "4 / 60"
    assert await page.locator("#budget-iterations").inner_text() == "1 / 15"
