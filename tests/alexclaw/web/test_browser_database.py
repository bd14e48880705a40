"""The Database page in Chromium: a person sees the tables with their rows,
presses Back up now, finds the backup listed with its size and age, and
the Services page's backups row turns up."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alexclaw import Node
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


@pytest.fixture
def volume() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="alexclaw-backup-browser-", dir="/dev/shm"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


async def test_a_person_backs_up_from_the_page_and_sees_the_backup_listed(page: Any, node: Node, volume: Path) -> None:
    await node.state.config.set("backup.dir", str(volume), actor="test")
    await log_in(page)
    await page.goto("/database")
    assert await page.locator('#tables tr[data-table="settings"]').count() == 1
    assert await page.locator("#backups tr[data-name]").count() == 0
    await page.locator("#backup-form button").click()
    await page.wait_for_selector("#backups tr[data-name]")
    row = page.locator("#backups tr[data-name]")
    name = await row.get_attribute("data-name")
    assert name is not None and (volume / name).is_file()
    assert "bytes" in await row.inner_text()
    await shoot(page, "database")
    await page.goto("/services")
    assert await page.get_attribute("#backups", "data-state") == "up"
    assert name in await page.locator("#backups .reason").inner_text()
