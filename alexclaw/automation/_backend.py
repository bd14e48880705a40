"""The SkillAPI's ``browser`` backend: a recipe played in a child process
(``_child``), never in the node's process or on its loop. The backend reads
an ``automation`` resource's steps and grant, hands the child its job,
waits at most the time budget (plus the browser's start), kills the child's
whole process group when it is over, sanitizes every text and stores the
screenshots (``_screenshots``), answering with a ``BrowserReport`` whatever
happened."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.automation._browser import find_chromium
from alexclaw.automation._screenshots import keep_screenshot, screenshot_path
from alexclaw.config import AutomationSettings
from alexclaw.security import sanitize
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import find_resources, url_host
from skills.ports import BrowserReport, BrowserRequest, BrowserStep
from skills.web import RecipeProblems, parse_steps

# What the browser's start may take beyond the recipe's budget before the
# child is killed: the child's own budget ends the play first, with a report.
START_GRACE_SECONDS: Final = 15.0
MAX_REPORT_BYTES: Final = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Recipe:
    """What a request plays: its steps as JSON, the host its grant covers."""

    steps: tuple[Mapping[str, Any], ...]
    granted_host: str
    name: str


async def load_recipe(database: DatabaseHandle, request: BrowserRequest) -> Recipe | str:
    """The request's steps: a named ``automation`` resource's (enabled, one
    of that name), or the checked steps it carries (no grant)."""
    if not request.recipe:
        checked = parse_steps(list(request.steps))
        if isinstance(checked, RecipeProblems):
            return f"steps: {checked}"
        return Recipe(tuple(s.as_job() for s in checked), "", "")
    async with database.pool().acquire() as conn:
        found = [r for r in await find_resources(conn, request.recipe) if r.type == "automation"]
    if not found:
        return f"there is no automation resource {request.recipe!r}"
    if len(found) > 1:
        return f"{len(found)} automation resources are named {request.recipe!r}: rename one"
    resource = found[0]
    if not resource.enabled:
        return f"the automation resource {resource.name!r} is disabled"
    checked = parse_steps(resource.content or "")
    if isinstance(checked, RecipeProblems):
        return f"recipe {resource.name}: {checked}"
    state = resource.state
    granted = state.granted_host if state is not None and state.allow_private else ""
    # The grant is for the resource URL's host; it never follows the recipe elsewhere.
    granted = granted if granted and granted == url_host(resource.url) else ""
    return Recipe(tuple(s.as_job() for s in checked), granted, resource.name)


async def run_child(job: Mapping[str, Any], deadline: float) -> Mapping[str, Any]:
    """The child's report, or an error/timeout one; the child and its browser
    are killed (the whole group) when ``deadline`` seconds pass."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "alexclaw.automation._child",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        start_new_session=True, limit=MAX_REPORT_BYTES,
    )  # fmt: skip
    try:
        out, _ = await asyncio.wait_for(process.communicate(json.dumps(job).encode()), deadline)
    except TimeoutError:
        return {"outcome": "timeout", "error": f"the browser was stopped after {deadline:g} s (the time budget)"}
    finally:
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()
    try:
        report = json.loads(out)
    except ValueError:
        return {
            "outcome": "error",
            "error": f"the browser's process ended without a report (exit {process.returncode})",
        }
    return (
        report if isinstance(report, dict) else {"outcome": "error", "error": "the browser's report is not an object"}
    )


def _clean(text: str, max_bytes: int) -> str:
    return sanitize(text, max_bytes=max_bytes).text


class AutomationBackend:
    """``browser``: ``settings`` read per play (a changed budget applies to
    the next one); ``max_text_bytes`` is the sanitizer's size guard."""

    def __init__(
        self,
        database: DatabaseHandle,
        settings: Callable[[], AutomationSettings],
        max_text_bytes: Callable[[], int],
    ) -> None:
        self._database = database
        self._settings = settings
        self._max_text_bytes = max_text_bytes

    async def play(self, skill: str, request: BrowserRequest) -> BrowserReport:
        settings = self._settings()
        chromium = find_chromium(settings.chromium_path)
        if not chromium.available:
            return BrowserReport("error", error=f"the browser is off: {chromium.reason}")
        recipe = await load_recipe(self._database, request)
        if isinstance(recipe, str):
            return BrowserReport("error", error=recipe)
        job = {
            "chromium": chromium.path, "steps": list(recipe.steps), "input": request.input,
            "granted_host": recipe.granted_host, "budget_seconds": float(settings.time_budget_seconds),
            "max_screenshot_bytes": settings.max_screenshot_bytes, "no_sandbox": os.geteuid() == 0,
        }  # fmt: skip
        raw = await run_child(job, settings.time_budget_seconds + START_GRACE_SECONDS)
        return await self._report(raw, recipe, request, settings)

    async def _report(
        self, raw: Mapping[str, Any], recipe: Recipe, request: BrowserRequest, settings: AutomationSettings
    ) -> BrowserReport:
        steps: list[BrowserStep] = []
        texts: dict[str, str] = {}
        shots: dict[str, str] = {}
        names = {int(s["position"]): str(s.get("name", "")) for s in recipe.steps}
        for done in raw.get("steps", []):
            position, action = int(done.get("position", 0)), str(done.get("action", ""))
            text = _clean(str(done.get("text", "")), self._max_text_bytes()) if "text" in done else ""
            path, detail, ok = "", str(done.get("detail", "")), bool(done.get("ok"))
            if "image" in done:
                try:
                    shot_id = await keep_screenshot(
                        self._database, request.run_id, recipe.name, names.get(position, ""), str(done["image"]),
                        keep=settings.screenshots_kept,
                    )  # fmt: skip
                except ValueError as exc:
                    ok, detail = False, f"step {position} (screenshot): not kept, {exc}"
                else:
                    path = screenshot_path(shot_id)
                    shots[names.get(position, "") or f"step{position}"] = path
            if action == "extract_text":
                texts[names.get(position, "") or f"step{position}"] = text
            steps.append(BrowserStep(position, action, ok, detail, text, path))
        outcome = raw.get("outcome")
        return BrowserReport(
            outcome if outcome in ("ok", "error", "timeout") else "error", tuple(steps), texts, shots,
            tuple(str(b) for b in raw.get("blocked", [])), str(raw.get("error", "")),
        )  # fmt: skip
