"""The Services page in Chromium: every part the node talks to with its
state, a real check behind each Check button, and the reason when a part is
down (a provider nobody answers for)."""

from __future__ import annotations

from typing import Any

from actors.testing import wait_until
from alexclaw import Node
from alexclaw.llm import add_provider, build_provider
from tests.alexclaw.llm.conftest import fake
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot
from tests.fake_providers import FakeProviders

__all__ = ["browser", "fake", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


async def check(page: Any, row: str) -> tuple[str, str]:
    """Press the row's Check; its state and reason once the page is back."""
    await page.locator(f"#{row} button").click()
    await page.wait_for_selector(f"#{row}:not([data-state=unchecked])")
    return await page.get_attribute(f"#{row}", "data-state"), await page.locator(f"#{row} .reason").inner_text()


async def test_a_person_checks_each_part_and_reads_why_one_is_down(page: Any, node: Node, fake: FakeProviders) -> None:
    answering = build_provider(
        "studio", kind="ollama", model="llama3", tier="light", base_url=fake.base("ollama"), allow_private=True
    )
    silent = build_provider(
        "attic", kind="ollama", model="llama3", tier="light", base_url="http://127.0.0.1:9", allow_private=True
    )
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, answering, actor="cli:test")
        await add_provider(conn, silent, actor="cli:test")
    await wait_until(lambda: len(node.state.llm_providers.read()) == 2, message="NOTIFY")
    await log_in(page)
    await page.goto("/services")
    rows = await page.locator("#services-body tr").evaluate_all("rows => rows.map(r => r.dataset.part)")
    assert sorted(r for r in rows if r.startswith("llm:")) == ["llm:attic", "llm:studio"]  # each provider
    others = ["database", "telegram", "discord", "embeddings", "github", "two_factor", "google", "browser", "backups"]
    assert [r for r in rows if not r.startswith("llm:")] == others
    assert await page.get_attribute("#database", "data-state") == "unchecked"
    assert await check(page, "database") == ("up", "answered")
    assert await check(page, "llm-studio") == ("up", "answered")
    state, reason = await check(page, "llm-attic")
    assert state == "down" and reason.startswith("provider: ")
    assert await check(page, "embeddings") == ("up", "answered")
    assert await page.get_attribute("#telegram", "data-state") == "off"
    assert "no bot token" in await page.locator("#telegram .reason").inner_text()
    assert await page.get_attribute("#discord", "data-state") == "off"
    assert "no bot token (discord.bot_token)" in await page.locator("#discord .reason").inner_text()
    assert await page.get_attribute("#github", "data-state") == "off"
    assert await page.get_attribute("#two_factor", "data-state") == "off"
    assert await page.get_attribute("#google", "data-state") == "off"  # no OAuth client set
    assert "google.client_id" in await page.locator("#google .reason").inner_text()
    assert await page.get_attribute("#browser", "data-state") == "up"  # Debian's chromium plays recipes
    assert await page.get_attribute("#database", "data-state") == "up"  # a check's result stays on the page
    await shoot(page, "services")
