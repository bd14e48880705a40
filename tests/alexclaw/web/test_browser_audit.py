"""The Audit page in Chromium, as the operator uses it: filter with the
form (the filter lands in the URL), page back, read a time in the
scheduler's zone with UTC on hover, and download the filtered export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


async def test_a_person_filters_pages_and_exports_the_audit_trail(page: Any, node: Node) -> None:
    await node.state.config.set("scheduler.timezone", "Europe/Berlin", actor="test")
    async with node.state.database.pool().acquire() as conn:
        for n in range(130):
            await conn.execute(
                "INSERT INTO audit_log (actor, action, target, detail) VALUES ('cli:alice', 'demo.row', $1, $2::jsonb)",
                f"item-{n}",
                json.dumps({"n": n, "verdicts": {"BLOCK": 1, "REVIEW": n}}),
            )
    await log_in(page)
    await page.goto("/audit")
    await page.fill("input[name=action]", "demo.")
    await page.fill("input[name=actor]", "cli:alice")
    await page.click("#audit-filter button[type=submit]")
    await page.wait_for_selector("#older")
    assert "action=demo." in page.url and "actor=cli%3Aalice" in page.url
    assert await page.locator("#audit tbody tr").count() == 100
    first = page.locator("#audit tbody tr").first
    assert "item-129" in await first.inner_text() and "REVIEW 129" in await first.inner_text()
    time = first.locator("time")
    assert (await time.inner_text()).endswith((" CET", " CEST"))
    assert (await time.get_attribute("title") or "").endswith(" UTC")
    await shoot(page, "audit")
    await page.click("#older")
    await page.wait_for_selector("#newer")
    assert await page.locator("#audit tbody tr").count() == 30
    async with page.expect_download() as waiting:
        await page.click("#export-jsonl")
    download = await waiting.value
    lines = Path(await download.path()).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 130 and {json.loads(line)["action"] for line in lines} == {"demo.row"}
