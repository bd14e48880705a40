"""The Resources page in Chromium: a person adds a feed on the cloud
metadata address and is told why it is refused, on the form, before any
run; corrects it to a public feed and sees it listed; disables it."""

from __future__ import annotations

from typing import Any

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


async def test_a_person_adds_a_feed_on_the_metadata_address_and_is_told_why_it_is_refused(
    page: Any, node: Node
) -> None:
    await log_in(page)
    await page.goto("/resources")
    form = page.locator("#resource-form")
    await form.locator("input[name=name]").fill("Cloud feed")
    await form.locator("select[name=type]").select_option("rss_feed")
    await form.locator("input[name=url]").fill("http://169.254.169.254/latest/meta-data/")
    await form.locator("button[type=submit]").click()
    error = page.locator("#resource-error")
    await error.wait_for()
    assert "169.254.169.254 is cloud metadata endpoint: never reachable" in await error.inner_text()
    assert "No resources yet." in await page.locator("#resources").inner_text()
    await shoot(page, "resources-refused")
    await form.locator("input[name=url]").fill("https://hnrss.org/frontpage")
    await form.locator("button[type=submit]").click()
    await page.wait_for_selector(".flash.success")
    row = page.locator("#resources tbody tr", has_text="Cloud feed")
    assert "https://hnrss.org/frontpage" in await row.inner_text() and "not read yet" in await row.inner_text()
    await row.locator("button.toggle").click()
    await page.wait_for_selector(".flash.success")
    assert (
        "off" in await page.locator("#resources tbody tr", has_text="Cloud feed").locator("button.toggle").inner_text()
    )
