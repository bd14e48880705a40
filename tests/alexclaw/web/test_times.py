"""Every time on every page in one zone — the scheduler's — named, with UTC
on hover (the audit export, the one API with times, stays ISO UTC: see
test_audit_page)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from actors import sync
from actors.testing import Probe
from alexclaw import Node
from alexclaw.web._times import FULL, SHORT, display_zone, time_element
from alexclaw.workflows import RUNS_TOPIC
from tests.alexclaw.web.conftest import HTML, login
from tests.alexclaw.web.test_pages import post
from tests.alexclaw.web.test_workflow_pages import add_step, create, finished_run

ZONE = "Asia/Kolkata"  # +05:30 all year: no daylight saving to reason about, and not a whole hour off UTC
TIME = re.compile(r'<time datetime="([^"]+)" title="([^"]+)">([^<]+)</time>')
BARE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
PAGES_WITH_TIMES = ("/", "/runs", "/runs/{run}", "/audit", "/security", "/scheduler", "/shield")
OTHER_PAGES = ("/config", "/workflows", "/workflows/{workflow}", "/resources", "/policies", "/skills")


def test_a_time_is_shown_in_the_zone_named_with_utc_on_hover() -> None:
    moment = datetime(2026, 12, 3, 7, 15, 30, tzinfo=UTC)
    assert time_element(moment, "Europe/Berlin") == (
        '<time datetime="2026-12-03T07:15:30+00:00" title="2026-12-03 07:15:30 UTC">2026-12-03 08:15:30 CET</time>'
    )
    assert str(time_element(moment, "Europe/Berlin", short=True)).endswith(">Thu 2026-12-03 08:15 CET</time>")
    assert "2026-12-03 07:15:30 UTC</time>" in time_element(moment, "Not/AZone")  # an unknown zone: UTC
    assert time_element(None, ZONE) == "" and time_element("<b>", ZONE) == "&lt;b&gt;"


async def test_the_zone_is_the_schedulers_setting_or_utc_while_it_is_not_a_zone(node: Node) -> None:
    assert display_zone(node.state.config) == "UTC"
    await node.state.config.set("scheduler.timezone", ZONE, actor="test")
    assert display_zone(node.state.config) == ZONE


async def a_node_with_something_to_show(client: Any, node: Node) -> dict[str, int]:
    """A session, a scheduled workflow, a finished run, a shield event and a
    closed break-glass window: every kind of time the pages show."""
    await node.state.config.set("scheduler.timezone", ZONE, actor="test")
    await login(client)
    probe = await Probe().listen("workflows").start()
    workflow = await create(client)
    await add_step(client, workflow, "echo", **{"cfg.value": "hello"})
    form = {"name": "Morning", "enabled": "on", "schedule": "0 7 * * *"}
    await post(client, f"/workflows/{workflow}", form, f"/workflows/{workflow}")
    for _ in ("created", "step", "scheduled"):  # NOTIFYs in commit order: the last is the schedule's
        await probe.receive(lambda m: getattr(m, "workflow_id", None) == workflow)
    await probe.stop()
    await sync("alexclaw.workflows.scheduler")
    runs = await Probe().listen(RUNS_TOPIC).start()
    await post(client, f"/workflows/{workflow}/run", {}, f"/workflows/{workflow}")
    run = await finished_run(node, runs)
    await runs.stop()
    async with node.state.database.pool().acquire() as conn:
        await conn.execute(
            "INSERT INTO shield_events (direction, verdict, score, rules, categories, excerpt, content_hash, enforced) "
            "VALUES ('prompt', 'BLOCK', 80, '{r}', '{c}', 'ignore all', 'h', true)"
        )
        await conn.execute(
            "INSERT INTO break_glass (reason, actor, ends_at, ended_at, retro) "
            "VALUES ('testing the time zone', 'test', now(), now(), '{\"scanned\": 0}')"
        )
    return {"workflow": workflow, "run": run.id}


async def test_every_page_shows_every_time_in_the_schedulers_zone_named_with_utc_on_hover(
    client: Any, node: Node
) -> None:
    ids = await a_node_with_something_to_show(client, node)
    zone = ZoneInfo(ZONE)
    for path in PAGES_WITH_TIMES + OTHER_PAGES:
        response = await client.get(path.format(**ids), headers=HTML)
        page = await response.get_data(as_text=True)
        assert response.status_code == 200, path
        times = TIME.findall(page)
        assert times or path not in PAGES_WITH_TIMES, f"{path} shows no time"
        for iso, title, shown in times:
            moment = datetime.fromisoformat(iso)
            assert moment.utcoffset() == timedelta(0), (path, iso)
            assert title == moment.strftime("%Y-%m-%d %H:%M:%S UTC"), (path, title)
            local = moment.astimezone(zone)
            assert shown in {local.strftime(FULL), local.strftime(SHORT)} and shown.endswith(" IST"), (path, shown)
        outside = TIME.sub("", page)
        assert not BARE.findall(outside), f"{path} shows a time outside <time>: {BARE.findall(outside)}"
