"""Workflows, the step editor, Runs, Scheduler and Resources pages, on a
whole node (real database, real tree), through the Quart test client."""

from __future__ import annotations

import json
import re
from typing import Any

from actors.testing import Probe
from alexclaw import Node
from alexclaw.workflows import PLACEHOLDER, RUNS_TOPIC, RunChanged, get_run, get_workflow, started_message
from tests.alexclaw.web.conftest import HTML, add_provider_row, login
from tests.alexclaw.web.test_pages import enable_totp, next_code, post, text_of
from tests.alexclaw.workflows.test_transfer import GITHUB_TOKEN


async def create(client: Any, name: str = "Morning", **fields: str) -> int:
    response = await post(client, "/workflows", {"name": name, "enabled": "on", **fields}, "/workflows")
    assert response.status_code == 302, await response.get_data(as_text=True)
    match = re.search(r"/workflows/(\d+)$", response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1))


async def add_step(client: Any, workflow_id: int, skill: str, **fields: str) -> Any:
    back = f"/workflows/{workflow_id}/steps/new?skill={skill}"
    return await post(client, f"/workflows/{workflow_id}/steps", {"skill": skill, **fields}, back)


async def workflow(node: Node, workflow_id: int) -> Any:
    async with node.state.database.pool().acquire() as conn:
        return await get_workflow(conn, workflow_id)


async def test_a_workflow_is_created_listed_and_filtered(client: Any) -> None:
    await login(client)
    await create(client, "Morning news", description="rss digest")
    await create(client, "Backup")
    listed = await text_of(client, "/workflows")
    assert "Morning news" in listed and "Backup" in listed
    filtered = await text_of(client, "/workflows?q=digest")
    assert "Morning news" in filtered and "Backup" not in filtered


async def test_a_duplicate_name_is_refused_with_the_reason(client: Any) -> None:
    await login(client)
    await create(client, "Same")
    response = await post(client, "/workflows", {"name": "Same"}, "/workflows")
    assert response.status_code == 302
    assert "already exists" in await text_of(client, "/workflows")


async def test_steps_are_added_with_their_skill_config_and_routes(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    editor = await text_of(client, f"/workflows/{workflow_id}/steps/new?skill=condition")
    assert 'name="cfg.operator"' in editor and 'name="route.true"' in editor and 'name="route.default"' in editor
    # Each branch shows the kind its skill declares: the operator sees which ones are errors.
    assert 'true <span class="muted">(ok)</span>' in editor and 'on_error <span class="muted">(error)</span>' in editor
    assert '<td class="mono optional">true, false, on_error (error)</td>' in await text_of(client, "/skills")
    await add_step(client, workflow_id, "echo", **{"cfg.value": "rain today"})
    await add_step(
        client, workflow_id, "condition", **{"cfg.operator": "contains", "cfg.value": "rain", "route.false": "end"}
    )
    await add_step(client, workflow_id, "template", **{"cfg.template": "Take an umbrella: {input}", "name": "advice"})
    saved = await workflow(node, workflow_id)
    assert [(s.position, s.skill) for s in saved.steps] == [(0, "echo"), (1, "condition"), (2, "template")]
    assert saved.steps[1].config == {"operator": "contains", "value": "rain"}
    assert [(r.branch, r.goto) for r in saved.steps[1].routes] == [("false", "end")]
    assert saved.steps[2].name == "advice"


async def test_a_step_with_a_bad_route_is_refused_and_nothing_changes(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    response = await add_step(client, workflow_id, "echo", **{"route.on_success": "7"})
    assert response.status_code == 400
    assert "there is no step at position 7" in await response.get_data(as_text=True)
    assert (await workflow(node, workflow_id)).steps == ()


async def test_reordering_keeps_routes_pointing_at_the_same_steps(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo", **{"cfg.value": "a"})
    await add_step(client, workflow_id, "echo", **{"cfg.value": "b"})
    await add_step(client, workflow_id, "fail", **{"route.on_error": "1"})
    await post(client, f"/workflows/{workflow_id}/steps/1/move", {"direction": "up"}, f"/workflows/{workflow_id}")
    saved = await workflow(node, workflow_id)
    assert [s.config.get("value") for s in saved.steps[:2]] == ["b", "a"]
    assert saved.steps[2].routes[0].goto == 0  # still the step that says "b"


async def test_a_step_still_used_by_a_route_cannot_be_removed(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo")
    await add_step(client, workflow_id, "fail", **{"route.on_error": "0"})
    await post(client, f"/workflows/{workflow_id}/steps/0/delete", {}, f"/workflows/{workflow_id}")
    assert len((await workflow(node, workflow_id)).steps) == 2
    assert "still used by fail (position 1)" in await text_of(client, f"/workflows/{workflow_id}")
    await post(client, f"/workflows/{workflow_id}/steps/1/delete", {}, f"/workflows/{workflow_id}")
    assert len((await workflow(node, workflow_id)).steps) == 1


async def test_run_now_runs_it_and_the_runs_page_shows_the_step_results(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo", **{"cfg.value": "hello"})
    await add_step(client, workflow_id, "template", **{"cfg.template": "{input}, world"})
    probe = await Probe().listen(RUNS_TOPIC).start()
    response = await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    assert response.status_code == 302 and response.headers["Location"] == "/runs"
    done = await probe.receive(lambda m: isinstance(m, RunChanged) and m.status == "finished")
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        run = await get_run(conn, done.run_id)
    assert run is not None and (run.status, run.result, run.actor.startswith("web:")) == (
        "completed",
        "hello, world",
        True,
    )
    page = await text_of(client, "/runs")
    assert f"#{run.id}" in page and "hello, world" in page and "completed" in page


async def test_a_disabled_workflow_is_not_started(client: Any) -> None:
    await login(client)
    workflow_id = await create(client)
    await post(client, f"/workflows/{workflow_id}", {"name": "Morning"}, f"/workflows/{workflow_id}")
    await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    assert "Not started: Morning is disabled" in await text_of(client, "/runs")


async def test_the_cron_preview_lists_the_next_five_runs_or_the_problem(client: Any) -> None:
    await login(client)
    good = await client.get("/workflows/cron-preview?expr=0+7+*+*+1-5")
    body = await good.get_json()
    assert body["ok"] and len(body["next"]) == 5 and body["timezone"] == "UTC"
    bad = await (await client.get("/workflows/cron-preview?expr=0+7+*")).get_json()
    assert not bad["ok"] and "expected 5 fields" in bad["error"]


async def test_an_invalid_schedule_is_refused(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    response = await post(
        client, f"/workflows/{workflow_id}", {"name": "Morning", "schedule": "61 * * * *"}, f"/workflows/{workflow_id}"
    )
    assert response.status_code == 400 and "schedule: minute" in await response.get_data(as_text=True)
    assert (await workflow(node, workflow_id)).schedule is None


async def test_a_saved_schedule_appears_on_the_scheduler_page(client: Any, node: Node) -> None:
    await login(client)
    probe = await Probe().listen("workflows").start()  # before the create: its NOTIFY must not pass for the edit's
    workflow_id = await create(client)
    await post(
        client, f"/workflows/{workflow_id}", {"name": "Morning", "enabled": "on", "schedule": "0 7 * * *"},
        f"/workflows/{workflow_id}",
    )  # fmt: skip
    for _ in ("created", "scheduled"):  # NOTIFYs arrive in commit order: the second is the edit's
        await probe.receive(lambda m: getattr(m, "workflow_id", None) == workflow_id)
    await probe.stop()
    from actors import sync

    await sync("alexclaw.workflows.scheduler")
    page = await text_of(client, "/scheduler")
    assert f'id="scheduled-{workflow_id}"' in page and "0 7 * * *" in page
    home = await text_of(client, "/")
    assert f'<a href="/workflows/{workflow_id}">Morning</a>' in home and "0 running" in home


async def test_a_flagged_workflow_asks_for_a_code_to_run_and_to_schedule(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo")
    form = {"name": "Morning", "enabled": "on", "requires_2fa": "on"}
    await post(client, f"/workflows/{workflow_id}", form, f"/workflows/{workflow_id}")
    run = await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    assert run.headers["Location"].startswith("/challenge/")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0
    scheduled = await post(client, f"/workflows/{workflow_id}", {**form, "schedule": "0 7 * * *"}, "/workflows")
    assert scheduled.headers["Location"].startswith("/challenge/")
    assert (await workflow(node, workflow_id)).schedule is None
    challenge = scheduled.headers["Location"].split("?")[0]
    answered = await post(client, challenge, {"code": next_code(totp)}, scheduled.headers["Location"])
    assert answered.status_code == 302
    assert (await workflow(node, workflow_id)).schedule == "0 7 * * *"


async def test_export_then_import_gives_an_equal_workflow_under_a_new_name(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo", **{"cfg.value": "x"})
    exported = await client.get(f"/workflows/{workflow_id}/export")
    assert 'filename="Morning.json"' in exported.headers["Content-Disposition"]
    document = json.loads(await exported.get_data(as_text=True))
    response = await post(client, "/workflows/import", {"document": json.dumps(document)}, "/workflows")
    assert response.status_code == 302
    copy_id = int(response.headers["Location"].rsplit("/", 1)[1])
    copy = await workflow(node, copy_id)
    assert copy.name == "Morning (imported 1)" and copy.steps == (await workflow(node, workflow_id)).steps


async def test_an_invalid_import_lists_every_problem_and_creates_nothing(client: Any, node: Node) -> None:
    await login(client)
    bad = {"version": 2, "workflow": {"name": ""}, "steps": [{"position": 0}]}
    response = await post(client, "/workflows/import", {"document": json.dumps(bad)}, "/workflows")
    assert response.status_code == 400
    page = await response.get_data(as_text=True)
    assert "version: must be 1" in page and "workflow.name: required" in page and "steps[0].skill: required" in page
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflows") == 0


async def test_an_import_of_broken_json_says_so(client: Any) -> None:
    await login(client)
    response = await post(client, "/workflows/import", {"document": "{nope"}, "/workflows")
    assert response.status_code == 400 and "not valid JSON" in await response.get_data(as_text=True)


async def test_duplicate_makes_a_disabled_unscheduled_copy(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await post(
        client, f"/workflows/{workflow_id}", {"name": "Morning", "enabled": "on", "schedule": "0 7 * * *"},
        f"/workflows/{workflow_id}",
    )  # fmt: skip
    response = await post(client, f"/workflows/{workflow_id}/duplicate", {}, f"/workflows/{workflow_id}")
    copy = await workflow(node, int(response.headers["Location"].rsplit("/", 1)[1]))
    assert (copy.name, copy.enabled, copy.schedule) == ("Morning (copy)", False, None)


async def test_resources_are_created_validated_and_attached(client: Any, node: Node) -> None:
    await login(client)
    refused = await post(client, "/resources", {"name": "HN", "type": "rss_feed"}, "/resources")
    assert refused.status_code == 400 and "url: required for a rss_feed" in await refused.get_data(as_text=True)
    await post(
        client, "/resources", {"name": "HN", "type": "rss_feed", "url": "https://hnrss.org/frontpage", "enabled": "on"},
        "/resources",
    )  # fmt: skip
    async with node.state.database.pool().acquire() as conn:
        resource_id = await conn.fetchval("SELECT id FROM resources WHERE name = 'HN'")
    workflow_id = await create(client)
    await post(client, f"/workflows/{workflow_id}/resources", {"resource_id": str(resource_id), "role": "feed"}, "/")
    page = await text_of(client, f"/workflows/{workflow_id}")
    assert "https://hnrss.org/frontpage" in page and "feed" in page


async def test_clear_removes_finished_runs_only(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    probe = await Probe().listen(RUNS_TOPIC).start()
    await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.status == "finished")
    await probe.stop()
    await post(client, "/runs/clear", {}, "/runs")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0


async def test_the_pages_need_a_login(client: Any) -> None:
    for path in ("/workflows", "/runs", "/scheduler", "/resources", "/events/runs"):
        response = await client.get(path, headers=HTML)
        assert response.status_code in (302, 401), path


async def test_the_telegram_webhook_answers_404_when_the_gateway_is_not_running_here(client: Any) -> None:
    response = await client.post(
        "/webhooks/telegram", json={"update_id": 1}, headers={"X-Telegram-Bot-Api-Secret-Token": "x"}
    )
    assert response.status_code == 404
    assert "not running" in (await response.get_json())["error"]
    bad = await client.post("/webhooks/telegram", data="not json", headers={"Content-Type": "application/json"})
    assert bad.status_code == 400


async def finished_run(node: Node, probe: Probe) -> Any:
    done = await probe.receive(lambda m: isinstance(m, RunChanged) and m.status == "finished")
    async with node.state.database.pool().acquire() as conn:
        return await get_run(conn, done.run_id)


async def test_run_now_takes_an_input_and_the_run_has_its_own_page(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "template", **{"cfg.template": "Hello {input.who}", "name": "greet"})
    await add_step(client, workflow_id, "echo", **{"name": "pass"})
    probe = await Probe().listen(RUNS_TOPIC).start()
    await post(client, f"/workflows/{workflow_id}/run", {"input": '{"who": "Alex"}'}, f"/workflows/{workflow_id}")
    run = await finished_run(node, probe)
    await post(client, f"/workflows/{workflow_id}/run", {"input": "plain words"}, f"/workflows/{workflow_id}")
    as_text = await finished_run(node, probe)
    await probe.stop()
    assert (run.input, run.result, run.status) == ({"who": "Alex"}, "Hello Alex", "completed")
    assert as_text.input == "plain words"  # not JSON: the text itself
    page = await text_of(client, f"/runs/{run.id}")
    assert f"Run #{run.id}" in page and "completed" in page
    assert "{&#34;who&#34;: &#34;Alex&#34;}" in page or '{"who": "Alex"}' in page  # the input, and step 0's input
    assert "greet" in page and "Hello Alex" in page and "Result:" in page
    assert "Hello {input.who}" in page  # the definition it ran
    assert "workflow.run_started" in page  # its audit row (target run:<id>)
    assert (await client.get("/runs/999999", headers=HTML)).status_code == 404
    assert f'href="/runs/{run.id}"' in await text_of(client, "/runs")


async def test_a_failed_run_shows_its_error_and_no_result(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "fail", **{"cfg.reason": "feed down", "name": "fetch"})
    probe = await Probe().listen(RUNS_TOPIC).start()
    await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    run = await finished_run(node, probe)
    await probe.stop()
    assert run.status == "failed"
    assert run.error == "feed down [step 0 (fetch) ended on branch on_error, which no route handles]"
    for page in (await text_of(client, f"/runs/{run.id}"), await text_of(client, "/runs")):
        assert "feed down" in page and "Result:" not in page


def test_the_start_message_says_what_actually_happened() -> None:
    assert started_message(3, "failed", "feed down") == ("Run 3 failed: feed down", "error")
    assert started_message(3, "running", None) == ("Run 3 is running.", "success")
    assert started_message(3, "completed", None) == ("Run 3 completed.", "success")
    assert started_message(3, "recovered", "recovered by x")[0] == "Run 3 recovered from an error: recovered by x"
    assert started_message(3, "cancelled", None, of="Morning") == ("Run 3 of Morning cancelled.", "info")


async def test_a_recovered_run_is_shown_and_counted_apart(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "fail", **{"cfg.reason": "feed down"})
    await add_step(client, workflow_id, "echo", **{"cfg.value": "fallback news"})
    step_form = {"skill": "fail", "cfg.reason": "feed down", "route.on_error": "1"}
    await post(client, f"/workflows/{workflow_id}/steps/0", step_form, f"/workflows/{workflow_id}/steps/0")
    probe = await Probe().listen(RUNS_TOPIC).start()
    await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    run = await finished_run(node, probe)
    await probe.stop()
    assert (run.status, run.result) == ("recovered", "fallback news")
    listing = await text_of(client, "/runs")
    assert "1 recovered" in listing and "completed" not in listing.split('id="run-counts"')[1].split("</p>")[0]


async def test_step_config_that_does_not_fit_the_skill_is_refused_naming_the_field(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    for seconds in ("abc", "99999"):
        response = await add_step(client, workflow_id, "sleep", **{"cfg.seconds": seconds})
        assert response.status_code == 400
        assert "config.seconds: must be a number between 0 and 3600" in await response.get_data(as_text=True)
    response = await add_step(client, workflow_id, "echo", llm_tier="ultra")
    assert response.status_code == 400 and "llm_tier: &#39;ultra&#39; is not a tier" in await response.get_data(
        as_text=True
    )
    assert (await workflow(node, workflow_id)).steps == ()
    assert (await add_step(client, workflow_id, "sleep", **{"cfg.seconds": "20"})).status_code == 302


async def test_references_on_the_workflow_form_are_checked_against_what_exists(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    back = f"/workflows/{workflow_id}"
    for field, value, error in (
        ("default_provider", "banana", "default_provider: there is no provider named &#39;banana&#39;"),
        ("node", "ghost-node", "node: there is no node named &#39;ghost-node&#39;"),
    ):
        response = await post(client, back, {"name": "Morning", "enabled": "on", field: value}, back)
        assert response.status_code == 400 and error in await response.get_data(as_text=True)
    saved = await workflow(node, workflow_id)
    assert (saved.default_provider, saved.node) == (None, None)
    await add_provider_row(node, "openai")  # a provider of the table, as the default provider must be
    here = node.state.node_name
    response = await post(
        client, back, {"name": "Morning", "enabled": "on", "node": here, "default_provider": "openai"}, back
    )
    assert response.status_code == 302
    assert ((await workflow(node, workflow_id)).node, (await workflow(node, workflow_id)).default_provider) == (
        here,
        "openai",
    )
    assert f"<option selected>{here}</option>" in await text_of(client, back)


async def test_a_workflow_pinned_to_another_node_is_not_run_here(client: Any, node: Node) -> None:
    await login(client)
    async with node.state.database.pool().acquire() as conn:
        await conn.execute("INSERT INTO known_nodes (name) VALUES ('node-elsewhere')")
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo")
    back = f"/workflows/{workflow_id}"
    await post(client, back, {"name": "Morning", "enabled": "on", "node": "node-elsewhere"}, back)
    await post(client, f"/workflows/{workflow_id}/run", {}, "/workflows")
    assert "Not started: Morning is pinned to node node-elsewhere" in await text_of(client, "/runs")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0


async def test_an_import_arrives_disabled_unless_enable_is_ticked(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "echo")
    document = await (await client.get(f"/workflows/{workflow_id}/export")).get_data(as_text=True)
    plain = await post(client, "/workflows/import", {"document": document}, "/workflows")
    ticked = await post(client, "/workflows/import", {"document": document, "enable": "on"}, "/workflows")
    enabled = [(await workflow(node, int(r.headers["Location"].rsplit("/", 1)[1]))).enabled for r in (plain, ticked)]
    assert enabled == [False, True]


async def test_an_export_from_the_web_carries_no_credential_and_its_import_asks_for_it_again(
    client: Any, node: Node
) -> None:
    await login(client)
    workflow_id = await create(client)
    await add_step(client, workflow_id, "template", **{"cfg.template": f"token {GITHUB_TOKEN} for {{input}}"})
    document = await (await client.get(f"/workflows/{workflow_id}/export")).get_data(as_text=True)
    assert GITHUB_TOKEN not in document and PLACEHOLDER in document
    response = await post(client, "/workflows/import", {"document": document}, "/workflows")
    copy_id = int(response.headers["Location"].rsplit("/", 1)[1])
    page = await text_of(client, f"/workflows/{copy_id}")
    assert "Credentials were removed on export; enter it again: steps[position 0].config.template." in page
    assert (await workflow(node, copy_id)).steps[0].config["template"] == "token  for {input}"


async def test_a_preset_fills_the_step_editor_and_saves_only_when_the_step_is_saved(client: Any, node: Node) -> None:
    await login(client)
    workflow_id = await create(client)
    editor = await text_of(client, f"/workflows/{workflow_id}/steps/new?skill=llm_transform&preset=Security+Review")
    assert "<option selected>Security Review</option>" in editor and ">Action Items</option>" in editor
    template = editor.split('name="prompt_template"', 1)[1].split("</textarea>", 1)[0]
    assert "RISK LEVEL: [CRITICAL|HIGH|MEDIUM|LOW|NONE]" in template
    assert 'on_success <span class="muted">(ok)</span>' in editor
    assert (await workflow(node, workflow_id)).steps == ()  # filling the form saved nothing
    scoring = await text_of(client, f"/workflows/{workflow_id}/steps/new?skill=llm_score&preset=Strict")
    assert 'name="cfg.threshold" value="0.7"' in scoring and 'name="cfg.max_items" value="5"' in scoring
    assert 'on_items <span class="muted">(ok)</span>' in scoring
    assert 'on_empty <span class="muted">(empty)</span>' in scoring
    unknown = await text_of(client, f"/workflows/{workflow_id}/steps/new?skill=llm_score&preset=Nope")
    assert 'name="cfg.threshold" value="0.3"' in unknown  # an unknown preset fills nothing: the defaults stay
