"""Which Chromium plays recipes, and whether there is one: the setting
``automation.chromium_path``, else the first of Debian's ``chromium``,
Ubuntu's ``chromium-browser`` and a browser Playwright installed itself
(``playwright install chromium``). No browser, or no Playwright: the
feature is off, with the reason the Services page and ``doctor`` show."""

from __future__ import annotations

import glob
import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

SYSTEM_BROWSERS: Final = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


@dataclass(frozen=True, slots=True)
class Chromium:
    """``path`` when a browser can play recipes; else why not."""

    path: str = ""
    reason: str = ""

    @property
    def available(self) -> bool:
        return bool(self.path)


def _playwright_browsers() -> list[str]:
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache" / "ms-playwright")
    return sorted(glob.glob(os.path.join(root, "chromium-*", "chrome-linux*", "chrome")), reverse=True)


def _runnable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def find_chromium(configured: str = "") -> Chromium:
    """The browser to launch, or the reason there is none."""
    if importlib.util.find_spec("playwright") is None:
        return Chromium(reason="Playwright is not installed (pip install playwright)")
    if configured:
        if _runnable(configured):
            return Chromium(configured)
        return Chromium(reason=f"automation.chromium_path {configured} is not an executable file")
    for candidate in (*SYSTEM_BROWSERS, *_playwright_browsers()):
        if _runnable(candidate):
            return Chromium(candidate)
    return Chromium(reason="no Chromium found (apt install chromium, or playwright install chromium)")
