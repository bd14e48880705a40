"""The recipe editor in Chromium: a person opens a saved recipe, types the
input, presses Try and sees each step's result, the extracted text and the
screenshot's thumbnail loaded (served to their session)."""

from __future__ import annotations

from typing import Any

from alexclaw import Node
from alexclaw.security import Acting, Approver, Challenges, Done, SecretBox
from alexclaw.workflows import Resource, ResourceAccess
from tests.alexclaw.automation.test_recipes_in_chromium import port
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot
from tests.alexclaw.web.test_recipe_editor import SEARCH

__all__ = ["browser", "page", "port", "pytestmark"]


async def test_a_person_tries_a_recipe_and_sees_each_step_and_the_screenshot(page: Any, node: Node, port: int) -> None:
    access = ResourceAccess(Approver(Challenges(), node.state.database, lambda: False), SecretBox("k" * 48))
    recipe = Resource(None, "Search", "automation", f"http://127.0.0.1:{port}/form", SEARCH.replace("PORT", str(port)))
    assert isinstance(await access.save_granted(Acting.cli("test"), recipe), Done)
    await log_in(page)
    await page.goto("/resources")
    await page.locator("#resources tbody tr", has_text="Search").get_by_text("Edit").click()
    await page.fill("#try-form input[name=input]", "otters")
    async with page.expect_navigation(timeout=180_000):  # the play runs before the page answers
        await page.click("#try-form button[type=submit]")
    await page.wait_for_selector("#tried", timeout=180_000)
    assert await page.locator("#tried-steps tbody tr.ok").count() == 6
    assert "You searched for otters" in await page.locator("#tried pre.extracted").inner_text()
    thumbnail = page.locator("#tried-steps img")
    await thumbnail.wait_for()
    loaded = await thumbnail.evaluate("img => img.complete && img.naturalWidth > 0")
    assert loaded
    assert "169.254.169.254" in await page.locator("#tried-blocked").inner_text()
    await shoot(page, "recipe-try")
