"""The Config page as a person uses it, in headless Chromium: the result of
a form shows where the eyes are, a refused value keeps the page and points
at the field, controls fit their settings, a filter finds a setting, and
the page fits a 390 px phone."""

from __future__ import annotations

from typing import Any

import pytest

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, shoot

__all__ = ["browser", "page"]  # the fixtures, shared with the other browser tests
pytestmark = pytest.mark.slow


async def test_a_saved_setting_says_so_in_its_own_row_in_view(page: Any, node: Node) -> None:
    await log_in(page)
    await page.goto("/config#workflows.max_concurrent_runs")
    row = page.locator('[id="workflows.max_concurrent_runs"]')
    await row.locator("input[name=value]").fill("7")
    await row.locator("button:text('Save')").click()
    result = page.locator('[id="workflows.max_concurrent_runs"] .inline-result')
    await result.wait_for()
    assert await result.inner_text() == "workflows.max_concurrent_runs saved."
    assert await result.is_visible() and await result.evaluate("e => e.getBoundingClientRect().top >= 0")
    assert await result.evaluate("e => e.getBoundingClientRect().bottom <= window.innerHeight")
    assert node.state.config.get("workflows.max_concurrent_runs") == 7


async def test_a_refused_value_keeps_the_page_and_the_telegram_panel_and_points_at_the_field(
    page: Any, node: Node
) -> None:
    await log_in(page)
    await page.goto("/config#scheduler.timezone")
    row = page.locator('[id="scheduler.timezone"]')
    await row.locator("input[name=value]").fill("Europe/Berln")
    await row.locator("button:text('Save')").click()
    alert = page.locator('[id="scheduler.timezone"] [role=alert]')
    await alert.wait_for()
    assert "is not a time zone" in await alert.inner_text()
    assert await page.evaluate("document.activeElement.id") == "input-scheduler.timezone"
    assert await alert.evaluate("e => e.getBoundingClientRect().bottom <= window.innerHeight")
    assert await page.locator("#telegram").count() == 1  # the panel stays on the error page
    assert node.state.config.get("scheduler.timezone") == "UTC"


async def test_switches_are_checkboxes_choices_are_selects_and_the_filter_finds_a_setting(
    page: Any, node: Node
) -> None:
    await log_in(page)
    await page.goto("/config")
    assert await page.locator("details.config-section[open]").count() == 0  # folded: one line a section
    assert await page.locator('[id="input-telegram.mode"]').evaluate("e => e.tagName") == "SELECT"
    await page.click("#section-auth summary")
    switch = page.locator('[id="input-auth.trust_proxy_headers"]')
    assert await switch.get_attribute("type") == "checkbox" and not await switch.is_checked()
    await switch.check()
    await page.locator('[id="auth.trust_proxy_headers"] button:text("Save")').click()
    await page.locator('[id="auth.trust_proxy_headers"] .inline-result').wait_for()
    assert node.state.config.get("auth.trust_proxy_headers") is True
    await page.fill("#config-filter", "proxy key")
    visible = await page.locator(".setting-row:visible").evaluate_all("rows => rows.map(r => r.id)")
    assert visible == ["shield.proxy_api_key", "shield.proxy_upstream_api_key"]
    assert "llm.openai_api_key" not in await page.content()  # the LLM layer is not in this build


async def test_the_config_page_fits_a_phone_and_follows_dark_mode(browser: Any, node: Node) -> None:
    from actors import whereis
    from alexclaw.web import WEB_NAME, WebEndpoint

    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    context = await browser.new_context(
        base_url=web.url, viewport={"width": 390, "height": 844}, color_scheme="dark", device_scale_factor=2
    )
    phone = await context.new_page()
    try:
        await log_in(phone)
        await phone.goto("/config")
        width = await phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width} px wide on a 390 px screen"
        nav = await phone.locator("header.top nav").bounding_box()
        assert nav is not None and nav["height"] < 60  # one scrolling line, not seven
        background = await phone.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(15, 20, 32)"
        await shoot(phone, "config-390px-dark")
    finally:
        await context.close()


async def test_the_config_page_on_a_desktop_screenshot(page: Any) -> None:
    await log_in(page)
    await page.goto("/config")
    sections = await page.locator("details.config-section summary h2").all_inner_texts()
    assert sections[:3] == ["Telegram", "Auth", "Shield"]  # the chat, who gets in, what guards content
    height = await page.evaluate("document.documentElement.scrollHeight")
    print("config page height", height)
    await shoot(page, "config-desktop")
