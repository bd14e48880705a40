"""The workflow journey in headless Chromium: build a workflow from the core
test skills in the editor, schedule it (the preview of the next runs comes
from the server as you type), watch a run live and cancel another, export
it and import it back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.workflows import get_workflow
from tests.alexclaw.web.test_browser import CHROMIUM, browser, log_in, page, shoot

__all__ = ["browser", "page"]  # the fixtures, shared with the other browser tests

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium"),
]


async def add_step(
    page: Any, skill: str, fields: dict[str, str] | None = None, routes: dict[str, str] | None = None
) -> None:
    await page.select_option("select[aria-label='skill of the new step']", skill)
    await page.click("button:text('Add step')")
    await page.wait_for_selector("#step-form")
    for name, value in (fields or {}).items():
        await page.fill(f"[name='cfg.{name}']", value)
    for branch, goto in (routes or {}).items():
        await page.select_option(f"select[name='route.{branch}']", goto)
    await page.click("button:text('Save step')")
    await page.wait_for_selector("text=saved.")


async def test_a_person_builds_schedules_runs_exports_and_imports_a_workflow(
    page: Any, node: Node, tmp_path: Path
) -> None:
    page.on("dialog", lambda dialog: dialog.accept())
    await log_in(page)
    await page.click("nav >> text=Workflows")
    await page.fill("#new-workflow input[name=name]", "Weather advice")
    await page.click("#new-workflow button:text('Create')")
    await page.wait_for_selector("text=Add its steps below")

    await add_step(page, "echo", {"value": "rain later"})
    await add_step(page, "condition", {"value": "rain"})
    await add_step(page, "template", {"template": "Take an umbrella ({input})"})
    # With routes, an unrouted branch ends the run: route both branches.
    await page.click("#step-1 a")
    await page.select_option("select[name='route.true']", "2")
    await page.select_option("select[name='route.false']", "end")
    await page.click("button:text('Save step')")
    await page.wait_for_selector("text=Step 1 (condition) saved.")
    rows = page.locator("#steps tbody tr")
    assert await rows.count() == 3
    assert "true → 2, false → end" in await rows.nth(1).inner_text()
    await shoot(page, "workflow-editor")

    # Schedule: a preset fills the cron field; typing shows the server's preview.
    await page.select_option("#schedule-preset", "0 7 * * 1-5")
    await page.wait_for_selector("#cron-preview li")
    assert await page.locator("#cron-preview li").count() == 5
    hover = await page.locator("#cron-preview li time").first.get_attribute("title")
    assert hover is not None and hover.endswith(" UTC")  # the zone named, UTC on hover, as on every page
    await page.fill("#schedule", "0 7 * *")
    await page.wait_for_selector("#cron-preview .error-text:text('expected 5 fields')")
    await page.fill("#schedule", "30 6 * * *")
    await page.wait_for_selector("#cron-preview li")
    await page.click("#workflow-form button:text('Save')")
    await page.wait_for_selector("text=Workflow Weather advice saved.")
    await page.click("nav >> text=Scheduler")
    await page.wait_for_selector("td:text('30 6 * * *')")
    await shoot(page, "scheduler")

    # Run it and read the result on the Runs page.
    await page.click("nav >> text=Workflows")
    await page.click("#workflows button:text('Run now')")
    # What actually happened: it may already have completed when the page answers.
    await page.wait_for_selector(r"text=/Run \d+ (is running|completed)/")
    await page.reload()
    await page.wait_for_selector("#active-body tr.empty")
    await page.click("details summary >> nth=0")
    await page.wait_for_selector("text=Take an umbrella (rain later)")
    await shoot(page, "runs")

    # A slow workflow: the active table follows it live; Cancel stops it.
    await page.click("nav >> text=Workflows")
    await page.fill("#new-workflow input[name=name]", "Slow")
    await page.click("#new-workflow button:text('Create')")
    await add_step(page, "sleep", {"seconds": "30"}, None)
    await page.click("#workflow-form ~ .row-actions button:text('Run now')")
    await page.wait_for_selector("#active-body tr[data-run]")
    await page.locator("body[data-run-updates]").wait_for(state="attached")  # the stream is live
    await shoot(page, "runs-live")
    await page.click("#active-body button:text('Cancel')")
    await page.wait_for_selector("text=cancelled: the step it was running is interrupted")

    # Export the first workflow and import it back as a copy.
    await page.click("nav >> text=Workflows")
    async with page.expect_download() as download_info:
        await page.click("#workflows tr:has-text('Weather advice') >> text=Export")
    download = await download_info.value
    exported = tmp_path / "weather.json"
    await download.save_as(str(exported))
    document = json.loads(exported.read_text())
    assert document["version"] == 1 and document["workflow"]["schedule"] == "30 6 * * *"
    await page.set_input_files("#import-form input[type=file]", str(exported))
    await page.click("#import-form button:text('Import')")
    await page.wait_for_selector("text=Imported as Weather advice (imported 1), disabled")
    async with node.state.database.pool().acquire() as conn:
        original = await get_workflow(conn, "Weather advice")
        copy = await get_workflow(conn, "Weather advice (imported 1)")
    assert original is not None and copy is not None and copy.steps == original.steps
    assert copy.enabled is False  # its schedule is not live until someone enables it
    await shoot(page, "workflow-imported")


async def test_an_invalid_import_shows_each_problem(page: Any) -> None:
    await log_in(page)
    await page.click("nav >> text=Workflows")
    await page.fill("#import-form textarea", json.dumps({"version": 1, "workflow": {"name": "x"}, "steps": [{}]}))
    await page.click("#import-form button:text('Import')")
    await page.wait_for_selector("#import-errors")
    errors = await page.inner_text("#import-errors")
    assert "steps[0].position: required" in errors and "steps[0].skill: required" in errors


async def test_a_person_runs_with_an_input_reads_the_run_page_and_cancels_a_long_sleep_at_once(
    page: Any, node: Node
) -> None:
    page.on("dialog", lambda dialog: dialog.accept())
    await log_in(page)
    await page.click("nav >> text=Workflows")
    await page.fill("#new-workflow input[name=name]", "Greeter")
    await page.click("#new-workflow button:text('Create')")
    await page.wait_for_selector("text=Add its steps below")
    # A config that does not fit the skill is refused in the editor, naming the field.
    await page.select_option("select[aria-label='skill of the new step']", "sleep")
    await page.click("button:text('Add step')")
    await page.fill("[name='cfg.seconds']", "99999")
    await page.click("button:text('Save step')")
    await page.wait_for_selector("text=config.seconds: must be a number between 0 and 3600")
    await page.goto(page.url.split("/steps")[0])
    await add_step(page, "template", {"template": "Hello {input.who}"})
    await add_step(page, "sleep", {"seconds": "3600"})

    # Run now with an input; the run's own page shows it live, and Cancel stops the hour-long sleep now.
    await page.fill("#run-now textarea[name=input]", '{"who": "Alex"}')
    await page.click("#run-now button:text('Run now')")
    await page.wait_for_selector(r"text=/Run \d+ is running/")
    await page.click("#active-body a")
    await page.wait_for_selector("#run-progress:has-text('running sleep')")
    assert '{"who": "Alex"}' in await page.inner_text("#run-input")
    assert "Hello Alex" in await page.inner_text("#run-steps")
    assert "Hello {input.who}" in await page.inner_text("#run-definition")
    await shoot(page, "run-page-running")
    await page.click("#run-summary button:text('Cancel')")
    await page.wait_for_selector("text=cancelled: the step it was running is interrupted")
    await page.wait_for_selector("#run-status:text('cancelled')")
    steps = await page.inner_text("#run-steps")
    assert "cancelled by the operator while it ran" in steps
    assert "workflow.run_cancelled" in await page.inner_text("#run-audit")
    assert await page.locator("#run-result").count() == 0  # a cancelled run shows no result
    await shoot(page, "run-page-cancelled")
