"""The recipe editor on the Resources page, on a whole node: a recipe with
an unknown step is refused on the form naming the step; a granted recipe's
Try plays it in the headless browser (through ``invoke``) and shows each
step's result, the extracted text, what the egress guard refused and the
screenshot, which is served to a signed-in operator only; a workflow's
``web_automation`` step shows its screenshot on the run's page; and a person
does the same Try in Chromium."""

from __future__ import annotations

import html
import re
from typing import Any

from actors.testing import Probe
from alexclaw import Node
from alexclaw.workflows import (
    RUNS_TOPIC,
    RunChanged,
    Step,
    Workflow,
    get_run,
    get_workflow,
    list_resources,
    save_workflow,
)
from tests.alexclaw.automation.test_recipes_in_chromium import port, pytestmark
from tests.alexclaw.web.conftest import HTML, login
from tests.alexclaw.web.test_pages import post

__all__ = ["port", "pytestmark"]  # the page server and the browser marks shared with the backend's tests

SEARCH = """[
  {"action": "goto", "url": "http://127.0.0.1:PORT/form"},
  {"action": "fill", "selector": "#q", "value": "{{input}}"},
  {"action": "click", "selector": "#go"},
  {"action": "wait_for", "selector": "#answer"},
  {"action": "extract_text", "selector": "#answer", "name": "answer"},
  {"action": "screenshot", "name": "after"}
]"""


async def saved_recipe(client: Any, node: Node, port: int) -> int:
    form = {"name": "Search", "type": "automation", "url": f"http://127.0.0.1:{port}/form",
            "content": SEARCH.replace("PORT", str(port)), "enabled": "on", "allow_private": "on"}  # fmt: skip
    saved = await post(client, "/resources", form, "/resources")
    assert saved.status_code == 302, await saved.get_data(as_text=True)
    async with node.state.database.pool().acquire() as conn:
        [recipe] = await list_resources(conn)
    assert recipe.id is not None
    return recipe.id


async def test_a_recipe_with_an_unknown_step_is_refused_on_the_form_naming_the_step(client: Any, node: Node) -> None:
    await login(client)
    form = {"name": "Bad", "type": "automation", "content": '[{"action": "goto", "url": "https://example.org/"},'
            ' {"action": "hover", "selector": "#x"}, {"action": "click"}]'}  # fmt: skip
    refused = await post(client, "/resources", form, "/resources")
    page = html.unescape(await refused.get_data(as_text=True))
    assert refused.status_code == 400
    assert "content: step 2: unknown action 'hover'" in page
    assert "content: step 3 (click): selector is required" in page


async def test_try_plays_the_recipe_and_shows_each_step_its_text_and_its_screenshot(
    client: Any, node: Node, port: int
) -> None:
    await login(client)
    recipe_id = await saved_recipe(client, node, port)
    tried = await post(client, f"/resources/{recipe_id}/try", {"input": "otters"}, f"/resources?edit={recipe_id}")
    page = html.unescape(await tried.get_data(as_text=True))
    assert tried.status_code == 200
    assert 'id="tried"' in page and "on_success" in page
    assert page.count('<span class="badge ok">ok</span>') == 6
    assert "You searched for otters" in page
    assert "169.254.169.254" in page and "never reachable" in page
    shot = re.search(r'<img src="(/automation/screenshots/\d+)"', page)
    assert shot is not None
    image = await client.get(shot.group(1), headers=HTML)
    assert image.status_code == 200 and image.headers["Content-Type"] == "image/png"
    assert (await image.get_data()).startswith(b"\x89PNG")
    stranger = node.state.app.test_client()
    refused = await stranger.get(shot.group(1), headers=HTML)
    assert refused.status_code in (302, 401) and not (await refused.get_data()).startswith(b"\x89PNG")


async def test_a_workflow_step_playing_the_recipe_shows_its_screenshot_on_the_run(
    client: Any, node: Node, port: int
) -> None:
    await login(client)
    await saved_recipe(client, node, port)
    step = Step(0, "web_automation", config={"recipe": "Search"})
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, Workflow(None, "Otters", steps=(step,)), with_steps=True)
        workflow = await get_workflow(conn, "Otters")
    assert workflow is not None
    probe = await Probe().listen(RUNS_TOPIC).start()
    ticket = await node.state.runs.start_scheduled(workflow)
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "finished",
                        timeout=180)  # fmt: skip
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        run = await get_run(conn, ticket.run_id)
    assert run is not None and run.status == "completed", run
    page = await (await client.get(f"/runs/{ticket.run_id}", headers=HTML)).get_data(as_text=True)
    shot = re.search(r'<img src="(/automation/screenshots/\d+)" alt="screenshot after"', page)
    assert shot is not None
    assert (await (await client.get(shot.group(1), headers=HTML)).get_data()).startswith(b"\x89PNG")
