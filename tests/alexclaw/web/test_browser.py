"""The admin UI in headless Chromium (Debian's, driven by Playwright):
what a person does, with screenshots of the main pages saved under
``tests/artifacts/screenshots`` (or ``$ALEXCLAW_ARTIFACTS``)."""

from __future__ import annotations

import os
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pyotp
import pytest

from actors import cast, whereis
from alexclaw import Node
from alexclaw.storage import DATABASE_NAME
from alexclaw.web import WEB_NAME, WebEndpoint
from tests.alexclaw.web.conftest import PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = (
    Path(os.environ.get("ALEXCLAW_ARTIFACTS", Path(__file__).resolve().parents[2] / "artifacts")) / "screenshots"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium"),
]


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        await chromium.close()


@pytest.fixture
async def page(browser: Any, node: Node) -> AsyncIterator[Any]:
    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    context = await browser.new_context(base_url=web.url, viewport={"width": 1280, "height": 900})
    opened = await context.new_page()
    yield opened
    await context.close()


async def shoot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


async def log_in(page: Any) -> None:
    await page.goto("/")
    assert page.url.endswith("/login?next=/")
    await shoot(page, "login")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_selector("text=Supervision tree")


async def test_a_person_logs_in_and_watches_the_tree_update_when_a_child_restarts(page: Any) -> None:
    await log_in(page)
    row = page.locator('tr[data-path="alexclaw/storage/database"] td.restarts')
    assert await row.inner_text() == "0"
    await page.locator("body[data-tree-updates]").wait_for(state="attached")  # the stream is live
    cast(DATABASE_NAME, "an unknown cast crashes it")
    await row.filter(has_text=re.compile(r"^1$")).wait_for()
    await shoot(page, "dashboard")


async def test_a_person_sets_up_totp_and_edits_a_secret_that_then_shows_masked(page: Any, node: Node) -> None:
    await log_in(page)
    await page.click("text=Security")
    await shoot(page, "security")
    await page.click("text=Set up two-factor authentication")
    secret = await page.inner_text("#totp-secret")
    assert await page.locator(".qr svg").count() == 1
    await shoot(page, "totp-setup")
    totp = pyotp.TOTP(secret)
    await page.fill("input[name=code]", totp.now())
    await page.click("text=Confirm and turn on")
    await page.wait_for_selector("text=Two-factor authentication is on")

    await page.goto("/config#shield.proxy_api_key")  # a link to a setting opens its section
    row = page.locator('[id="shield.proxy_api_key"]')
    await row.locator("input[name=value]").fill("AIza-browser-secret-0001")
    await row.locator("button:text('Save')").click()
    await page.wait_for_selector("text=Confirm with your authenticator")
    await shoot(page, "challenge")
    await page.fill("input[name=code]", totp.at(time.time() + 30))
    await page.click("button:text('Confirm')")
    await page.wait_for_selector('[id="shield.proxy_api_key"] >> text=shield.proxy_api_key saved.')
    html = await page.content()
    assert "AIza-browser-secret-0001" not in html
    placeholder = await page.locator('[id="shield.proxy_api_key"] input[name=value]').get_attribute("placeholder")
    assert placeholder == "set: ********0001"
    assert node.state.config.get("shield.proxy_api_key") == "AIza-browser-secret-0001"
    await shoot(page, "config")
    await page.click("text=Audit")
    await page.wait_for_selector("text=challenge.passed")
    await shoot(page, "audit")


async def test_a_person_keeps_the_recovery_codes_shown_once_and_logs_in_with_one(page: Any) -> None:
    await log_in(page)
    await page.goto("/security/totp")
    totp = pyotp.TOTP(await page.inner_text("#totp-secret"))
    await page.fill("input[name=code]", totp.now())
    await page.click("text=Confirm and turn on")
    await page.wait_for_selector("#recovery-codes")
    codes = await page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    await shoot(page, "recovery-codes")
    await page.reload()
    assert await page.locator("#recovery-codes").count() == 0  # shown once
    assert "10 unused recovery codes left" in await page.inner_text("#recovery-left")
    await page.click("button:text('Log out')")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_selector("text=Two-factor code")  # the password alone opened nothing
    await shoot(page, "login-code")
    await page.fill("#code", codes[0])
    await page.click("button[type=submit]")
    await page.wait_for_selector("text=Supervision tree")


async def test_a_form_posted_without_its_csrf_token_is_refused(page: Any) -> None:
    await log_in(page)
    await page.click("text=Config")
    await page.evaluate(
        """() => {
            const form = document.querySelector('[id="telegram.api_base_url"] form');
            form.querySelector('input[name=csrf_token]').remove();
            form.querySelector('input[name=value]').value = 'https://evil.example';
            form.submit();
        }"""
    )
    await page.wait_for_selector("text=CSRF check failed")
    assert "403" in await page.inner_text("h1")


async def test_a_person_adds_a_policy_from_its_scaffold_and_dry_runs_it(page: Any, node: Node) -> None:
    await log_in(page)
    await page.click("text=Policies")
    await page.select_option("#rule-type", "permission_override")
    scaffold = await page.input_value("#policy-config")
    assert '"permission": "memory_write"' in scaffold  # the script swapped in the scaffold
    await page.fill("input[name=name]", "no memory writes")
    await page.click("text=Save policy")
    await page.wait_for_selector("text=Policy no memory writes saved")
    await page.wait_for_selector("td:text('permission_override')")
    await page.fill("input[name=caller]", "notes")
    await page.select_option("select[name=permission]", "memory_write")
    await page.fill("input[name=declared]", "memory_write")
    await page.click("button:text('Check')")
    verdict = await page.inner_text("#dry-run-verdict")
    assert verdict.startswith("Denied") and "override" in verdict
    await shoot(page, "policies")
    await page.click("text=Skills")
    await shoot(page, "skills")
    await page.click("text=Shield")
    await shoot(page, "shield")
