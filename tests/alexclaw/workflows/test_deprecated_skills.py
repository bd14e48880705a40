"""AlexClaw's deprecated skills in workflows imported from AlexClaw: the
document's steps keep their names, config keys and routes, and each runs
as the composition that replaced it, through the same pipeline (a feed
collector with nothing to read ends empty; a page on a private address is
refused by the egress guard under web_fetch)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from actors.testing import Probe
from alexclaw import Node
from alexclaw.workflows import RUNS_TOPIC, RunChanged, RunTicket, get_run, import_document
from tests.alexclaw.web.conftest import make_settings


def alexclaw_document(name: str, skill: str, config: dict[str, Any], routes: list[dict[str, Any]]) -> dict[str, Any]:
    """A workflow as AlexClaw exports it (format v1)."""
    return {
        "version": 1,
        "workflow": {"name": name, "description": "from AlexClaw", "enabled": True, "schedule": None,
                     "default_provider": None, "node": None, "metadata": {}},
        "steps": [{"position": 0, "name": skill, "skill": skill, "llm_tier": None, "llm_model": None,
                   "prompt_template": None, "config": config, "input_from": None, "routes": routes}],
        "resources": [],
    }  # fmt: skip


@pytest.fixture
async def node(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path))
    await started.start()
    yield started
    await started.stop()


async def imported_run(node: Node, document: dict[str, Any]) -> Any:
    async with node.state.database.pool().acquire() as conn:
        workflow = await import_document(conn, document, enable=True)
    probe = await Probe().listen(RUNS_TOPIC).start()
    assert node.state.runs is not None
    ticket = await node.state.runs.start_manual(workflow.name, actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "finished")
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        return await get_run(conn, ticket.run_id)


async def test_an_imported_rss_collector_with_no_feeds_ends_empty(node: Node) -> None:
    routes = [{"branch": "on_empty", "goto": "end"}]
    run = await imported_run(node, alexclaw_document("News", "rss_collector", {"max_items": 5, "force": False}, routes))
    assert (run.status, run.result) == ("completed", "No relevant news items found.")


async def test_an_rss_collector_reads_other_workflows_feeds_only_when_the_step_says_all_feeds(node: Node) -> None:
    async with node.state.database.pool().acquire() as conn:  # a feed of no workflow (written behind the page)
        await conn.execute("INSERT INTO resources (name, type, url) VALUES ('Elsewhere', 'rss_feed', $1)",
                           "https://127.0.0.1:9/elsewhere.rss")  # fmt: skip
    routes = [{"branch": "on_empty", "goto": "end"}]
    own = await imported_run(node, alexclaw_document("Own", "rss_collector", {"max_items": 5}, routes))
    assert (own.status, own.result) == ("completed", "No relevant news items found.")  # it never tried Elsewhere
    every = await imported_run(node, alexclaw_document("Every", "rss_collector", {"all_feeds": True}, routes))
    assert every.status == "failed" and "Elsewhere" in str(every.error)


async def test_an_imported_web_browse_reaches_no_private_address(node: Node) -> None:
    document = alexclaw_document("Router page", "web_browse", {"url": "https://192.168.1.1/status"}, [])
    run = await imported_run(node, document)
    assert run.status == "failed" and "private" in run.error
