"""Rule 1 through the pages: with two-factor on, nothing that weakens or
redirects a security control changes with a session alone — every guarded
setting, a 2FA workflow's flag, steps, schedule and enabled state, imports
of flagged or scheduled workflows, and the TOTP secret itself."""

from __future__ import annotations

import json
import re
from typing import Any

import pyotp

from alexclaw import Node
from alexclaw.config import CATALOG, Sensitivity
from alexclaw.security import host_approval
from alexclaw.web.pages._config_view import MANAGED_ELSEWHERE
from alexclaw.workflows import Step, Workflow, get_workflow, save_workflow
from tests.alexclaw.config.test_sensitivity import valid_value
from tests.alexclaw.web.conftest import HTML, login
from tests.alexclaw.web.test_pages import enable_totp, next_code, post, text_of


async def answer(client: Any, parked: Any, totp: pyotp.TOTP) -> Any:
    location = parked.headers["Location"]
    assert location.startswith("/challenge/"), location
    return await post(client, location.split("?")[0], {"code": next_code(totp)}, location)


async def test_every_guarded_setting_waits_for_a_code_and_every_ordinary_one_saves_at_once(
    client: Any, node: Node
) -> None:
    await login(client)
    await enable_totp(client)
    for known in CATALOG:
        before = node.state.config.get(known.key)
        response = await post(client, f"/config/{known.key}", {"value": valid_value(known)}, "/config")
        if known.key in MANAGED_ELSEWHERE:
            assert response.status_code == 404, known.key
        elif known.sensitivity is Sensitivity.ORDINARY:
            assert response.status_code == 302 and not response.headers["Location"].startswith("/challenge/")
            assert node.state.config.get(known.key) != before, known.key
        else:
            assert response.headers["Location"].startswith("/challenge/"), known.key
            assert node.state.config.get(known.key) == before, known.key


async def test_an_answered_code_saves_the_endpoint_that_receives_the_upstream_key(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    parked = await post(client, "/config/shield.proxy_upstream_url", {"value": "https://llm.example.org/v1"}, "/config")
    assert node.state.config.get("shield.proxy_upstream_url") is None
    await answer(client, parked, totp)
    assert node.state.config.get("shield.proxy_upstream_url") == "https://llm.example.org/v1"


async def flagged_workflow(node: Node, **fields: Any) -> int:
    workflow = Workflow(
        None, "Guarded", steps=(Step(0, "echo", config={"value": "a"}),), metadata={"requires_2fa": True}, **fields
    )
    async with node.state.database.pool().acquire() as conn:
        return await save_workflow(conn, workflow, with_steps=True, approval=host_approval("workflow.import", "test"))


async def stored(node: Node, workflow_id: int) -> Workflow:
    async with node.state.database.pool().acquire() as conn:
        found = await get_workflow(conn, workflow_id)
    assert found is not None
    return found


async def test_a_flagged_workflow_keeps_its_flag_schedule_and_enabled_state_without_a_code(
    client: Any, node: Node
) -> None:
    await login(client)
    totp = await enable_totp(client)
    workflow_id = await flagged_workflow(node, enabled=False)
    edit = f"/workflows/{workflow_id}"
    unflag = await post(client, edit, {"name": "Guarded"}, edit)
    assert unflag.headers["Location"].startswith("/challenge/")
    enable = await post(client, edit, {"name": "Guarded", "requires_2fa": "on", "enabled": "on"}, edit)
    assert enable.headers["Location"].startswith("/challenge/")
    schedule = await post(client, edit, {"name": "Guarded", "requires_2fa": "on", "schedule": "*/2 * * * *"}, edit)
    assert schedule.headers["Location"].startswith("/challenge/")
    current = await stored(node, workflow_id)
    assert current.requires_2fa and not current.enabled and current.schedule is None
    renamed = await post(client, edit, {"name": "Guarded too", "requires_2fa": "on"}, edit)
    assert renamed.headers["Location"] == edit  # what does not weaken it needs no code
    await answer(client, enable, totp)
    assert (await stored(node, workflow_id)).enabled


async def test_a_flagged_workflow_keeps_its_steps_without_a_code(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    workflow_id = await flagged_workflow(node)
    steps = f"/workflows/{workflow_id}/steps"
    added = await post(client, steps, {"skill": "echo", "cfg.value": "b"}, f"{steps}/new?skill=echo")
    assert added.headers["Location"].startswith("/challenge/")
    edited = await post(client, f"{steps}/0", {"skill": "echo", "cfg.value": "z"}, f"{steps}/0")
    removed = await post(client, f"{steps}/0/delete", {}, f"/workflows/{workflow_id}")
    for parked in (edited, removed):
        assert parked.headers["Location"].startswith("/challenge/")
    assert [s.config for s in (await stored(node, workflow_id)).steps] == [{"value": "a"}]
    await answer(client, added, totp)
    assert [s.config.get("value") for s in (await stored(node, workflow_id)).steps] == ["a", "b"]


async def test_importing_a_flagged_or_a_scheduled_workflow_asks_for_a_code(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    flagged = {"version": 1, "workflow": {"name": "F", "metadata": {"requires_2fa": True}}, "steps": []}
    scheduled = {"version": 1, "workflow": {"name": "S", "schedule": "*/2 * * * *"}, "steps": []}
    plain = {"version": 1, "workflow": {"name": "P"}, "steps": []}
    parked = [
        await post(client, "/workflows/import", {"document": json.dumps(d)}, "/workflows") for d in (flagged, scheduled)
    ]
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflows") == 0
    assert all(p.headers["Location"].startswith("/challenge/") for p in parked)
    done = await post(client, "/workflows/import", {"document": json.dumps(plain)}, "/workflows")
    assert re.fullmatch(r"/workflows/\d+", done.headers["Location"])
    await answer(client, parked[1], totp)
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT schedule FROM workflows WHERE name = 'S'") == "*/2 * * * *"


async def forget_used_codes(node: Node) -> None:
    async with node.state.database.pool().acquire() as conn:
        await conn.execute("UPDATE totp_replay SET last_step = 0")


async def test_a_second_session_cannot_replace_the_totp_secret_without_a_code_from_the_current_one(
    node: Node,
) -> None:
    first, second = node.state.app.test_client(), node.state.app.test_client()
    await login(first)
    await login(second)
    await text_of(second, "/security/totp")  # a secret shown before 2FA was on
    owner = await enable_totp(first)
    assert (await second.get("/security", headers=HTML)).status_code == 302  # that session ended with the 2FA change
    await login(second, code=next_code(owner))  # a session someone else got hold of
    page = await text_of(second, "/security/totp")
    intruder = pyotp.TOTP(re.search(r'id="totp-secret">([A-Z2-7]+)<', page).group(1))  # type: ignore[union-attr]
    await forget_used_codes(node)  # the two authenticators share the clock's time steps
    parked = await post(second, "/security/totp", {"code": intruder.now()}, "/security/totp")
    assert parked.headers["Location"].startswith("/challenge/")
    assert node.state.config.get("auth.totp_secret") == owner.secret
    await forget_used_codes(node)
    await answer(second, parked, owner)  # with the owner's current code, the replacement goes through
    assert node.state.config.get("auth.totp_secret") == intruder.secret


async def test_with_2fa_on_the_setup_page_offers_a_replacement_that_names_the_current_code(client: Any) -> None:
    await login(client)
    await enable_totp(client)
    page = await (await client.get("/security/totp", headers=HTML)).get_data(as_text=True)
    assert "Replace the two-factor secret" in page and "current" in page
