"""Recipe screenshots: only PNGs are kept, the newest ``keep`` of them, and
a browser that is not there turns the feature off with the reason instead
of failing a play obscurely."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from alexclaw.automation import AutomationBackend, keep_screenshot, load_screenshot
from alexclaw.config import AutomationSettings
from alexclaw.storage import DatabaseHandle
from skills.ports import BrowserRequest
from tests.alexclaw.security.conftest import database

__all__ = ["database"]

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16).decode()


async def test_only_the_newest_screenshots_are_kept_and_only_pngs(database: DatabaseHandle) -> None:
    ids = [await keep_screenshot(database, "7", "recipe", f"s{n}", PNG, keep=2) for n in range(4)]
    assert [await load_screenshot(database, i) is not None for i in ids] == [False, False, True, True]
    with pytest.raises(ValueError, match="not a PNG"):
        await keep_screenshot(database, None, "recipe", "gif", base64.b64encode(b"GIF89a").decode(), keep=2)
    with pytest.raises(ValueError, match="not base64"):
        await keep_screenshot(database, None, "recipe", "junk", "@@@", keep=2)
    assert await load_screenshot(database, 2**63) is None  # an id past the column's range is simply not there


async def test_without_a_browser_a_play_is_refused_saying_why(database: DatabaseHandle, tmp_path: Path) -> None:
    settings = AutomationSettings(str(tmp_path / "chromium"), 60, 2_000_000, 5)
    backend = AutomationBackend(database, lambda: settings, lambda: 10_000)
    steps = ({"action": "goto", "url": "https://example.org/"},)
    report = await backend.play("web_automation", BrowserRequest(steps=steps))
    assert report.outcome == "error"
    assert (
        report.error
        == f"the browser is off: automation.chromium_path {tmp_path / 'chromium'} is not an executable file"
    )
