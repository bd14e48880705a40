"""Browser automation: the SkillAPI's ``browser`` backend playing recipes in
headless Chromium in a child process (``_child``, not imported here: route
interception holds every request to the egress guard's address rules), the browser it finds
(``find_chromium``: off with the reason when there is none) and the
screenshots kept for the pages."""

from alexclaw.automation._backend import AutomationBackend, Recipe, load_recipe, run_child
from alexclaw.automation._browser import Chromium, find_chromium
from alexclaw.automation._screenshots import SCREENSHOT_ROUTE, keep_screenshot, load_screenshot, screenshot_path

__all__ = [
    "SCREENSHOT_ROUTE", "AutomationBackend", "Chromium", "Recipe", "find_chromium", "keep_screenshot",
    "load_recipe", "load_screenshot", "run_child", "screenshot_path",
]  # fmt: skip
