"""The Chat page in Chromium against a fake provider that streams slowly:
the first piece of the answer is on the screen while the provider is still
generating, the rest follows, the shield's verdict is shown, and the
conversation is listed, reopened and deleted."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.llm import add_provider, build_provider, reload_providers
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot
from tests.fake_providers import FakeProviders, Script

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


@pytest.fixture
async def providers() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as fake:
        yield fake


async def test_a_streamed_answer_appears_piece_by_piece_with_the_shields_verdict(
    page: Any, node: Node, providers: FakeProviders
) -> None:
    studio = build_provider(
        "studio", kind="ollama", model="llama3", tier="medium", base_url=providers.base("ollama"), allow_private=True
    )
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, studio, actor="cli:test")
    await reload_providers()
    gates = [asyncio.Event() for _ in range(3)]
    providers.script(Script(deltas=["Paris", " is the", " capital."], gate=gates))
    await log_in(page)
    await page.click("nav >> text=Chat")
    await page.select_option("#model", "provider:studio")
    await page.fill("#chat-form textarea[name=message]", "What is the capital of France?")
    gates[0].set()  # the provider sends its first piece, then waits
    await page.click("#send")
    answer = page.locator("#messages .message.assistant").last
    # A locator wait, not wait_for_function: once the first check fails, Playwright polls a string predicate
    # with eval, which the page's Content-Security-Policy refuses (the test then failed by timing).
    first_piece = re.compile(r"^Paris")
    await page.locator("#messages .message.assistant:last-child .text", has_text=first_piece).wait_for()
    assert await answer.get_attribute("data-state") == "streaming"  # the provider has not finished
    assert not gates[1].is_set()
    gates[1].set()
    gates[2].set()
    await page.wait_for_selector("#messages .message.assistant[data-state=done]")
    assert await answer.locator(".text").inner_text() == "Paris is the capital."
    assert "shield: ALLOW" in await answer.locator(".who").inner_text()
    assert "studio (medium)" in await answer.locator(".who").inner_text()
    await shoot(page, "chat")
    await page.reload()  # the page's address is the conversation's now: it reopens with its verdicts
    assert "/chat/" in page.url
    assert "Paris is the capital." in await page.locator("#messages").inner_text()
    assert "shield: ALLOW" in await page.locator("#messages").inner_text()
    page.on("dialog", lambda dialog: dialog.accept())
    await page.locator("#conversations tbody tr").first.locator("button").click()
    await page.wait_for_selector(".flash.ok")
    assert "No conversations yet." in await page.locator("#conversations").inner_text()


async def test_the_chat_page_says_how_to_add_a_provider_when_there_is_none(page: Any, node: Node) -> None:
    await log_in(page)
    await page.goto("/chat")
    assert "alexclaw llm providers add" in await page.locator("#no-provider").inner_text()
    await page.fill("#chat-form textarea[name=message]", "anyone there?")
    await page.click("#send")
    await page.wait_for_selector("#messages .message.assistant[data-state=error]")
    assert "No model provider is configured yet" in await page.locator("#messages .message.error").inner_text()
