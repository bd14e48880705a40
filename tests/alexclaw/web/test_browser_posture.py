"""The Posture page in Chromium: the audit doctor prints, run by the node
over its own pool. Turning the shield to observe raises a high finding with
its fix; turning it back clears it."""

from __future__ import annotations

from typing import Any

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


async def finding_ids(page: Any) -> list[str]:
    await page.goto("/posture")
    ids: list[str] = await page.locator("#findings tr[data-id]").evaluate_all("rows => rows.map(r => r.dataset.id)")
    return ids


async def test_a_person_reads_a_high_finding_and_its_fix_then_sees_it_gone(page: Any, node: Node) -> None:
    await log_in(page)
    assert "shield.observe" not in await finding_ids(page)
    await node.state.config.set("shield.mode", "observe", actor="test")
    assert "shield.observe" in await finding_ids(page)
    row = page.locator('#findings tr[data-id="shield.observe"]')
    assert await row.get_attribute("data-severity") == "high"
    assert "shield.mode=block" in await row.inner_text()
    assert await page.get_attribute("#posture-summary", "data-failing") == "yes"
    await shoot(page, "posture")
    await node.state.config.set("shield.mode", "block", actor="test")
    assert "shield.observe" not in await finding_ids(page)
    checks = await page.locator("#checks tr[data-check]").evaluate_all("rows => rows.map(r => r.dataset.check)")
    assert checks == ["secret_key_base", "admin_password", "data_dir", "bind_address"]
