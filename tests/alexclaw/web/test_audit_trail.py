"""Every authorization decision leaves an audit row: a table of each
endpoint and command that grants, refuses or performs a privileged act, and
the action it must record, driven against a whole node (web pages, the shield
proxy, the Telegram webhook and chat, the scheduler's front door). Each row
names its actor and outcome and never holds a secret; refusals that come in
floods are one row per source per minute, with a count."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from actors import whereis
from alexclaw import Node
from alexclaw.security import (
    CSRF_REFUSED,
    PROXY_BLOCKED,
    PROXY_KEY_MISSING,
    PROXY_KEY_REFUSED,
    RESOURCE_ATTACHED,
    RESOURCE_DETACHED,
    RUN_RESUMED,
    RUN_STARTED,
    TELEGRAM_CHAT_DISMISSED,
    TELEGRAM_TEST_SENT,
    WEBHOOK_REFUSED,
    WORKFLOW_DUPLICATED,
    WORKFLOW_IMPORTED,
)
from alexclaw.workflows import Resource, Step, Workflow, save_resource, save_workflow
from gateways.telegram import TELEGRAM_NAME
from tests.alexclaw.dispatcher.conftest import CHAT, configure
from tests.alexclaw.security.support import flush_refusals
from tests.alexclaw.web.conftest import HTML, KEY, PASSWORD, login, make_settings, page_csrf
from tests.alexclaw.workflows.support import interrupted_run
from tests.fake_telegram import FakeBotAPI

PROXY_KEY = "proxy-key-for-the-audit-test-0123456789"
WRONG_KEY = "wrong-key-presented-by-a-prober-98765"
WEBHOOK_SECRET = "webhook-secret-for-the-audit-test-4242"
WRONG_WEBHOOK_SECRET = "wrong-webhook-secret-presented-1111"


@dataclass
class World:
    node: Node
    client: Any
    fake: FakeBotAPI
    workflow_id: int
    resource_id: int


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def world(database_url: str, tmp_path: Path, fake: FakeBotAPI) -> AsyncIterator[World]:
    # The fake Bot API listens on 127.0.0.1: the node grants Telegram loopback explicitly.
    node = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"telegram"}))
    await node.start()
    try:
        await configure(
            node, api_base_url=fake.base_url.removesuffix("/bot"), chat_id=str(CHAT), owner_user_id=str(CHAT),
            bot_token=fake.token,
        )  # fmt: skip
        await fake.wait_until(lambda: whereis(TELEGRAM_NAME) is not None and bool(fake.poll_offsets))
        await node.state.config.set("shield.proxy_api_key", PROXY_KEY, actor="test")
        await node.state.config.set("telegram.webhook_secret", WEBHOOK_SECRET, actor="test")
        async with node.state.database.pool().acquire() as conn:
            workflow_id = await save_workflow(
                conn, Workflow(None, "Audited", steps=(Step(0, "echo", config={"value": "x"}),)), with_steps=True
            )
            resource_id = await save_resource(conn, Resource(None, "Feed", "rss_feed", "https://example.org/feed"))
        client = node.state.app.test_client()
        await login(client)
        yield World(node, client, fake, workflow_id, resource_id)
    finally:
        await node.stop()


async def post(world: World, path: str, form: dict[str, str] | None = None) -> Any:
    token = await page_csrf(world.client, "/")
    return await world.client.post(path, form={**(form or {}), "csrf_token": token}, headers=HTML)


async def proxy(world: World, key: str | None) -> Any:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    return await world.client.post("/v1/chat/completions", json=body, headers=headers)


# -- the acts ---------------------------------------------------------------


async def run_from_the_web(world: World) -> None:
    assert (await post(world, f"/workflows/{world.workflow_id}/run")).status_code == 302


async def run_a_disabled_workflow(world: World) -> None:
    async with world.node.state.database.pool().acquire() as conn:
        await conn.execute("UPDATE workflows SET enabled = false WHERE id = $1", world.workflow_id)
    assert (await post(world, f"/workflows/{world.workflow_id}/run")).status_code == 302


async def resume_from_the_web(world: World) -> None:
    async with world.node.state.database.pool().acquire() as conn:
        run_id = await interrupted_run(
            conn, workflow_id=world.workflow_id, workflow_name="Audited", node=world.node.state.node_name
        )
    assert (await post(world, f"/runs/{run_id}/resume")).status_code == 302


async def run_from_the_chat(world: World) -> None:
    world.fake.push_message(CHAT, "/run Audited")
    reply = await world.fake.next_sent()
    assert reply.text is not None and reply.text.startswith("Run ")


async def run_on_schedule(world: World) -> None:
    runs = world.node.state.runs
    assert runs is not None
    async with world.node.state.database.pool().acquire() as conn:
        await conn.execute("UPDATE workflows SET schedule = '0 9 * * *' WHERE id = $1", world.workflow_id)
    await runs.start_scheduled(Workflow(world.workflow_id, "Audited"))


async def duplicate(world: World) -> None:
    assert (await post(world, f"/workflows/{world.workflow_id}/duplicate")).status_code == 302


async def import_from_the_web(world: World) -> None:
    document = {"version": 1, "workflow": {"name": "Imported"}}
    response = await post(world, "/workflows/import", {"document": json.dumps(document)})
    assert response.status_code == 302, await response.get_data(as_text=True)


async def attach(world: World) -> None:
    path = f"/workflows/{world.workflow_id}/resources"
    assert (await post(world, path, {"resource_id": str(world.resource_id)})).status_code == 302


async def detach(world: World) -> None:
    await attach(world)
    path = f"/workflows/{world.workflow_id}/resources/{world.resource_id}/detach"
    assert (await post(world, path)).status_code == 302


async def dismiss_pending_chat(world: World) -> None:
    assert (await post(world, "/telegram/pending/999/dismiss")).status_code == 302


async def telegram_test_message(world: World) -> None:
    assert (await post(world, "/telegram/test")).status_code == 302
    await world.fake.next_sent()


async def wrong_webhook_secret(world: World) -> None:
    update = world.fake.make_update(CHAT, "/ping")
    headers = {"X-Telegram-Bot-Api-Secret-Token": WRONG_WEBHOOK_SECRET}
    assert (await world.client.post("/webhooks/telegram", json=update, headers=headers)).status_code == 403


async def wrong_proxy_key(world: World) -> None:
    assert (await proxy(world, WRONG_KEY)).status_code == 401


async def missing_proxy_key(world: World) -> None:
    assert (await proxy(world, None)).status_code == 401


async def blocked_proxy_address(world: World) -> None:
    await world.node.state.config.set("auth.rate_limit.max_attempts", "2", actor="test")
    for _ in range(2):
        await proxy(world, WRONG_KEY)
    assert (await proxy(world, PROXY_KEY)).status_code == 429


async def csrf_refused(world: World) -> None:
    response = await world.client.post("/config/auth.session_hours", form={"value": "9", "csrf_token": "forged"})
    assert response.status_code == 403


async def login_csrf_refused(world: World) -> None:
    anonymous = world.node.state.app.test_client()
    response = await anonymous.post("/login", form={"password": PASSWORD, "csrf_token": "forged"}, headers=HTML)
    assert response.status_code == 403


@dataclass(frozen=True)
class Case:
    act: Callable[[World], Awaitable[None]]
    action: str
    actor: str  # how the actor column starts
    outcome: str = "ok"


CASES = {
    "web run": Case(run_from_the_web, RUN_STARTED, "web:admin@"),
    "web run of a disabled workflow": Case(run_a_disabled_workflow, RUN_STARTED, "web:admin@", "denied"),
    "web resume": Case(resume_from_the_web, RUN_RESUMED, "web:admin@"),
    "chat /run": Case(run_from_the_chat, RUN_STARTED, f"telegram:{CHAT}"),
    "scheduler": Case(run_on_schedule, RUN_STARTED, "scheduler"),
    "workflow duplicate": Case(duplicate, WORKFLOW_DUPLICATED, "web:admin@"),
    "workflow import": Case(import_from_the_web, WORKFLOW_IMPORTED, "web:admin@"),
    "resource attach": Case(attach, RESOURCE_ATTACHED, "web:admin@"),
    "resource detach": Case(detach, RESOURCE_DETACHED, "web:admin@"),
    "pending chat dismissed": Case(dismiss_pending_chat, TELEGRAM_CHAT_DISMISSED, "web:admin@"),
    "telegram test message": Case(telegram_test_message, TELEGRAM_TEST_SENT, "web:admin@"),
    "wrong webhook secret": Case(wrong_webhook_secret, WEBHOOK_REFUSED, "ip:", "denied"),
    "wrong proxy key": Case(wrong_proxy_key, PROXY_KEY_REFUSED, "ip:", "denied"),
    "missing proxy key": Case(missing_proxy_key, PROXY_KEY_MISSING, "ip:", "denied"),
    "blocked proxy address": Case(blocked_proxy_address, PROXY_BLOCKED, "ip:", "denied"),
    "csrf refused": Case(csrf_refused, CSRF_REFUSED, "ip:", "denied"),
    "login csrf refused": Case(login_csrf_refused, CSRF_REFUSED, "ip:", "denied"),
}

SECRETS = (PASSWORD, KEY, PROXY_KEY, WRONG_KEY, WEBHOOK_SECRET, WRONG_WEBHOOK_SECRET)


async def audit_rows(world: World) -> list[asyncpg.Record]:
    await flush_refusals()  # the minute's counted refusals, written now
    async with world.node.state.database.pool().acquire() as conn:
        return list(await conn.fetch("SELECT actor, action, target, outcome, detail::text AS detail FROM audit_log"))


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
async def test_each_authorization_decision_leaves_a_row_with_actor_and_outcome_and_no_secret(
    world: World, case: Case
) -> None:
    await case.act(world)
    rows = await audit_rows(world)
    matching = [r for r in rows if r["action"] == case.action and r["outcome"] == case.outcome]
    assert matching, f"no {case.action} row with outcome {case.outcome}: {[tuple(r) for r in rows]}"
    assert any(r["actor"].startswith(case.actor) for r in matching), [tuple(r) for r in matching]
    dump = str([tuple(r) for r in rows])
    for secret in (*SECRETS, world.fake.token):
        assert secret not in dump


async def test_run_starts_name_their_origin(world: World) -> None:
    await run_from_the_web(world)
    await run_from_the_chat(world)
    await run_on_schedule(world)
    origins = {json.loads(r["detail"])["origin"] for r in await audit_rows(world) if r["action"] == RUN_STARTED}
    assert origins == {"web", "telegram", "scheduler"}


async def test_a_flood_of_csrf_refusals_is_one_row_per_source_with_its_count(world: World) -> None:
    for _ in range(50):
        await csrf_refused(world)
    rows = [r for r in await audit_rows(world) if r["action"] == CSRF_REFUSED]
    assert len(rows) == 1
    detail = json.loads(rows[0]["detail"])
    assert detail["count"] == 50 and detail["targets"] == ["/config/auth.session_hours"]
