"""The Chat page's Reasoning mode in Chromium, against a desk held in
memory whose events the test sends when it chooses: a goal is started, the
timeline shows each step as the desk emits it (live, without a reload),
Pause and Steer reach the desk, the question box appears when the session
asks and the answer reaches the desk, and a past session opens with its
timeline replayed once, its result shown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.reasoning import EventKind
from tests.alexclaw.web.conftest import make_settings
from tests.alexclaw.web.reasoning_desk import ScriptedDesk
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests

PLAN = [
    {"skill": "web_search", "input_description": "CVEs published this week", "reason": "where they are announced"},
    {"skill": "llm_summarize", "input_description": "the three most relevant", "reason": "the draft"},
]


@pytest.fixture
def desk() -> ScriptedDesk:
    return ScriptedDesk()


@pytest.fixture
async def node(database_url: str, tmp_path: Path, desk: ScriptedDesk) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path), reasoning=desk)
    await started.start()
    yield started
    await started.stop()


async def test_a_goal_runs_with_a_live_timeline_is_paused_steered_and_answered_then_reopened(
    page: Any, desk: ScriptedDesk
) -> None:
    await log_in(page)
    await page.click("nav >> text=Chat")
    await page.click("#chat-modes >> text=Reasoning")
    await page.fill("#goal-form textarea[name=goal]", "Find this week's three most relevant CVEs for my stack")
    await page.click("#start")
    await page.wait_for_selector("text=Reasoning session #1 started.")
    assert [(r.name, r.args) for r in desk.requests] == [
        ("start", ("Find this week's three most relevant CVEs for my stack",))
    ]
    await page.locator("#timeline[data-state=live]").wait_for(state="attached")
    await desk.subscribed.wait()  # the page's stream has caught up: what follows arrives live

    await desk.emit(1, EventKind.PLAN, steps=PLAN)
    await page.locator("#plan li", has_text="llm_summarize").wait_for()
    await desk.emit(1, EventKind.STEP, iteration=1, phase="execute", skill="web_search", output="CVE-2026-1234 nginx")
    await page.locator("#timeline li[data-kind=step]", has_text="CVE-2026-1234 nginx").wait_for()
    await desk.emit(1, EventKind.STEP, iteration=1, phase="evaluate", skill="web_search", confidence=0.75)
    await page.locator("#confidence", has_text="0.75").wait_for()
    assert await page.locator("#timeline li").count() == 3
    await shoot(page, "reasoning-live")

    await page.click("#pause")
    await page.wait_for_selector("text=Session #1: pause accepted.")
    assert desk.requests[-1].name == "pause"
    assert desk.requests[-1].acting.actor.startswith("web:admin@")
    await page.locator("#timeline[data-count='3']").wait_for()  # the reloaded page replays the timeline once

    await page.fill("#steer-form textarea[name=guidance]", "Only packages from Debian stable")
    await page.click("#steer")
    await page.wait_for_selector("text=Session #1: steer accepted.")
    assert (desk.requests[-1].name, desk.requests[-1].args) == ("steer", ("Only packages from Debian stable",))
    assert "Only packages from Debian stable" in await page.locator("#guidance").inner_text()

    await page.locator("#timeline[data-state=live]").wait_for(state="attached")
    assert await page.locator("#question-box").is_hidden()
    await desk.emit(1, EventKind.STATUS, status="waiting_user", reason="it needs to know")
    await desk.emit(1, EventKind.QUESTION, question="Should kernel CVEs count?")
    await page.locator("#question-box").wait_for(state="visible")
    assert await page.locator("#question-text").inner_text() == "Should kernel CVEs count?"
    assert await page.locator("#status").inner_text() == "waiting_user"
    await page.fill("#answer-form textarea[name=text]", "Yes, kernels too")
    await page.click("#answer")
    await page.wait_for_selector("text=Session #1: answer accepted.")
    assert (desk.requests[-1].name, desk.requests[-1].args) == ("answer", ("Yes, kernels too",))

    await desk.emit(1, EventKind.RESULT, answer="1. CVE-2026-1234 (nginx)", confidence=0.9, sources=["web_search"])
    await desk.emit(1, EventKind.STATUS, status="completed", reason="the last step was good")
    await page.goto("/chat/reasoning")
    await page.locator("#sessions a", has_text="#1").click()
    await page.locator("#timeline[data-state=ended]").wait_for()
    assert await page.locator("#timeline li").count() == 7  # every event once, in order
    kinds = [await li.get_attribute("data-kind") for li in await page.locator("#timeline li").all()]
    assert kinds == ["plan", "step", "step", "status", "question", "result", "status"]
    assert "1. CVE-2026-1234 (nginx)" in await page.locator("#result").inner_text()
    assert await page.locator("#status").inner_text() == "completed"
    assert await page.locator("#question-box").is_hidden()
    await shoot(page, "reasoning-finished")
