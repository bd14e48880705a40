"""The Logs page in Chromium: a record logged while the page is open appears
without a reload (the live tail), the level filter hides what is below it,
and Clear empties the page."""

from __future__ import annotations

import logging
from typing import Any

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests

log = logging.getLogger("alexclaw.test_browser_logs")


async def test_a_person_watches_records_arrive_filters_them_and_clears_the_page(page: Any, node: Node) -> None:
    await log_in(page)
    log.warning("written before the page opened")
    await page.goto("/logs?level=WARNING")
    assert "written before the page opened" in await page.locator("#log-body").inner_text()
    await page.locator("body[data-log-updates]").wait_for(state="attached")  # the tail is open
    log.info("below the filter")
    log.error("disk /data is 97% full")
    row = page.locator("#log-body tr", has_text="disk /data is 97% full")
    await row.wait_for()
    assert "ERROR" in await row.inner_text()
    assert "below the filter" not in await page.locator("#log-body").inner_text()
    await shoot(page, "logs")
    await page.click("#clear-form button")
    await page.wait_for_selector(".flash")
    assert "Cleared " in await page.locator(".flash").first.inner_text()
    assert "disk /data is 97% full" not in await page.locator("#log-body").inner_text()
