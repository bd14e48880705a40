"""A change and its audit row commit together: when the audit row cannot be
written, the change does not happen — a config write, a policy save and
delete, a workflow create, save, duplicate and delete, a resource attach,
each driven through the admin pages of a whole node."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.workflows import Resource, Workflow, save_resource, save_workflow
from tests.alexclaw.web.conftest import HTML, login, page_csrf

REFUSE_AUDIT = """
CREATE FUNCTION refuse_audit() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the audit trail is unavailable'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit();
"""


@pytest.fixture
async def ids(node: Node, client: Any) -> AsyncIterator[dict[str, Any]]:
    await login(client)
    async with node.state.database.pool().acquire() as conn:
        workflow = await save_workflow(conn, Workflow(None, "Kept"))
        resource = await save_resource(conn, Resource(None, "Feed", "rss_feed", "https://example.org/feed"))
        policy = await conn.fetchval(
            "INSERT INTO policies (name, rule_type, config) VALUES ('p', 'permission_override', "
            """'{"permission": "memory_write", "action": "deny"}') RETURNING id"""
        )
        token = await page_csrf(client, "/")
        await conn.execute(REFUSE_AUDIT)  # from here on no audit row can be written
    yield {"workflow": workflow, "resource": resource, "policy": policy, "csrf": token}


async def post(client: Any, ids: dict[str, Any], path: str, form: dict[str, str]) -> None:
    response = await client.post(path, form={**form, "csrf_token": ids["csrf"]}, headers=HTML)
    # A 500, or (config) the page again with "not saved: the database is unavailable".
    assert response.status_code in {302, 500}


STATE = {
    "settings": "SELECT value FROM settings WHERE key = 'telegram.api_base_url'",
    "policies": "SELECT json_agg(p ORDER BY id)::text FROM policies p",
    "workflows": "SELECT json_agg(w.name ORDER BY id)::text FROM workflows w",
    "workflow_resources": "SELECT count(*) FROM workflow_resources",
}

Change = Callable[[Any, dict[str, Any]], Awaitable[None]]
CHANGES: dict[str, Change] = {
    "config write": lambda c, i: post(c, i, "/config/telegram.api_base_url", {"value": "https://elsewhere.example"}),
    "policy save": lambda c, i: post(
        c,
        i,
        "/policies",
        {
            "name": "new",
            "rule_type": "permission_override",
            "priority": "1",
            "enabled": "on",
            "config": json.dumps({"permission": "memory_write", "action": "deny"}),
        },
    ),
    "policy delete": lambda c, i: post(c, i, f"/policies/{i['policy']}/delete", {}),
    "workflow create": lambda c, i: post(c, i, "/workflows", {"name": "New one"}),
    "workflow save": lambda c, i: post(c, i, f"/workflows/{i['workflow']}", {"name": "Renamed"}),
    "workflow duplicate": lambda c, i: post(c, i, f"/workflows/{i['workflow']}/duplicate", {}),
    "workflow delete": lambda c, i: post(c, i, f"/workflows/{i['workflow']}/delete", {}),
    "resource attach": lambda c, i: post(
        c, i, f"/workflows/{i['workflow']}/resources", {"resource_id": str(i["resource"])}
    ),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
async def test_no_audit_row_means_no_change(node: Node, client: Any, ids: dict[str, Any], change: Change) -> None:
    async with node.state.database.pool().acquire() as conn:
        before = {name: await conn.fetchval(query) for name, query in STATE.items()}
        await change(client, ids)
        after = {name: await conn.fetchval(query) for name, query in STATE.items()}
    assert after == before
