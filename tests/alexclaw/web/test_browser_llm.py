"""The LLM page in Chromium: a person adds a provider pointing at a fake
provider on loopback (the allow-private grant ticked), presses Test and
sees the latency; a failing provider shows its own error; the models the
API lists appear on demand."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot
from tests.fake_providers import FakeProviders, Script

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


@pytest.fixture
async def fake() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as providers:
        yield providers


async def add(page: Any, name: str, kind: str, base_url: str, model: str) -> None:
    form = "#provider-add"
    await page.fill(f"{form} input[name=name]", name)
    await page.select_option(f"{form} select[name=kind]", kind)
    await page.fill(f"{form} input[name=model]", model)
    await page.select_option(f"{form} select[name=tier]", "local")
    await page.fill(f"{form} input[name=base_url]", base_url)
    await page.check(f"{form} input[name=allow_private]")
    await page.click(f"{form} button[type=submit]")
    await page.wait_for_selector(f'#providers tr[data-name="{name}"]')


async def test_a_person_adds_a_local_provider_tests_it_and_sees_a_failing_one_explain_itself(
    page: Any, node: Node, fake: FakeProviders
) -> None:
    await log_in(page)
    await page.click("nav >> text=LLM")
    await page.wait_for_selector("#provider-add")
    await add(page, "box", "ollama", fake.base("ollama"), "llama3")
    assert "Provider box added." in await page.locator(".flash.success").inner_text()
    row = page.locator('#providers tr[data-name="box"]')
    assert "(none)" in await row.inner_text() and "0/∞" in await row.inner_text()
    await row.locator("button.test").click()
    await page.wait_for_selector("#latency")
    assert (await page.locator("#latency").inner_text()).endswith(" ms")
    assert "echo: Reply with the single word: ok" in await page.locator("#probe").inner_text()
    assert "1/∞" in await page.locator('#providers tr[data-name="box"]').inner_text()
    await shoot(page, "llm")
    await add(page, "studio", "openai_compatible", fake.base("openai_compatible"), "qwen-missing")
    fake.script(Script(status=404, raw=b'{"error": {"message": "The model `qwen-missing` does not exist"}}'))
    await page.locator('#providers tr[data-name="studio"] button.test').click()
    await page.wait_for_selector("#probe-error")
    assert "HTTP 404: The model `qwen-missing` does not exist" in await page.locator("#probe-error").inner_text()
    await page.locator('#providers tr[data-name="studio"] a.models').click()
    await page.wait_for_selector("#models li")
    assert await page.locator("#models li").all_inner_texts() == ["fake-alpha", "fake-beta"]
