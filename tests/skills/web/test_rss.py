"""``rss_fetch`` against RSS and Atom feeds on loopback: recent items of
the workflow's feeds newest first, all enabled feeds only when asked, the
memory dedup by link (and ``force``), a feed in windows-1251, and a
malformed feed as a reason beside the others' items."""

from __future__ import annotations

from datetime import UTC, datetime

from alexclaw.memory import add_memory
from alexclaw.wiring import ResourcesBackend
from alexclaw.workflows import Resource, Workflow, attach_resource, save_resource, save_workflow
from skills import InvokeStatus
from tests.fake_web import CYRILLIC
from tests.skills.web.conftest import Node


async def test_recent_items_of_rss_and_atom_feeds_come_back_newest_first(node: Node) -> None:
    feeds = (node.feed("news", "/feeds/news.rss"), node.feed("blog", "/feeds/blog.atom"))
    invocation = await node.step("rss_fetch", resources=feeds)
    assert (invocation.status, invocation.outcome.branch) == (InvokeStatus.RAN, "on_items")
    items = invocation.outcome.result
    assert [(i["title"], i["feed"]) for i in items] == [
        ("Fresh one", "news"),
        ("Atom post", "blog"),
        ("Fresh two", "news"),
    ]
    assert items[0]["link"] == "https://news.example/fresh-1" and items[0]["summary"] == "About Fresh one"
    assert datetime.fromisoformat(items[0]["published"]).tzinfo is not None
    assert set(items[0]) == {"title", "link", "published", "summary", "feed"}


async def test_recent_hours_and_max_items_bound_the_items(node: Node) -> None:
    feeds = (node.feed("news", "/feeds/news.rss"),)
    wider = await node.step("rss_fetch", resources=feeds, recent_hours=200)
    assert [i["title"] for i in wider.outcome.result] == ["Fresh one", "Fresh two", "Old one"]
    one = await node.step("rss_fetch", resources=feeds, max_items=1)
    assert [i["title"] for i in one.outcome.result] == ["Fresh one"]


async def test_items_whose_link_is_in_memory_are_left_out_unless_forced(node: Node) -> None:
    async with node.database.pool().acquire() as conn:
        await add_memory(conn, "news", "Fresh one", now=datetime.now(UTC), source="https://news.example/fresh-1")
    feeds = (node.feed("news", "/feeds/news.rss"),)
    assert [i["title"] for i in (await node.step("rss_fetch", resources=feeds)).outcome.result] == ["Fresh two"]
    forced = await node.step("rss_fetch", resources=feeds, force=True)
    assert [i["title"] for i in forced.outcome.result] == ["Fresh one", "Fresh two"]


async def test_a_feed_that_is_not_utf8_is_read_by_its_declared_encoding(node: Node) -> None:
    invocation = await node.step("rss_fetch", resources=(node.feed("ru", "/feeds/cyrillic.rss"),))
    assert [i["title"] for i in invocation.outcome.result] == [CYRILLIC]


async def test_a_malformed_feed_is_a_reason_and_the_other_feeds_still_answer(node: Node) -> None:
    feeds = (node.feed("broken", "/feeds/broken.rss"), node.feed("news", "/feeds/news.rss"))
    invocation = await node.step("rss_fetch", resources=feeds)
    assert invocation.outcome.branch == "on_items" and len(invocation.outcome.result) == 2
    alone = await node.step("rss_fetch", resources=feeds[:1])
    assert alone.outcome.branch == "on_error" and "broken: not" in alone.reason
    gone = await node.step("rss_fetch", resources=(node.feed("gone", "/feeds/nowhere.rss"),))
    assert gone.outcome.branch == "on_error" and "gone: HTTP 404" in gone.reason
    private = await node.step("rss_fetch", resources=({"name": "lan", "type": "rss_feed", "url": "http://10.1.2.3/f"},))
    assert private.outcome.branch == "on_error" and "lan: refused" in private.reason


async def test_no_feeds_or_nothing_recent_ends_on_empty(node: Node) -> None:
    nothing = await node.step("rss_fetch")
    assert nothing.outcome.branch == "on_empty" and "no feeds" in nothing.outcome.result["reason"]
    old = await node.step("rss_fetch", resources=(node.feed("old", "/feeds/old.rss"),))
    assert old.outcome.branch == "on_empty" and old.outcome.result["reason"] == "no new items"


async def test_all_enabled_feeds_are_read_only_when_the_step_says_all_feeds(node: Node) -> None:
    async with node.database.pool().acquire() as conn:
        await save_resource(
            conn, Resource(None, "stored news", "rss_feed", node.base + "/feeds/news.rss"), grant_by="test"
        )
        await save_resource(
            conn, Resource(None, "off", "rss_feed", node.base + "/feeds/blog.atom", enabled=False), grant_by="test"
        )
    assert (await node.step("rss_fetch")).outcome.branch == "on_empty"  # the workflow has none of its own
    invocation = await node.step("rss_fetch", all_feeds=True)
    assert {i["feed"] for i in invocation.outcome.result} == {"stored news"}
    assert not any(s["path"] == "/feeds/blog.atom" for s in node.web.seen)
    async with node.database.pool().acquire() as conn:  # the read is on the Resources page
        read = await conn.fetchrow("SELECT last_fetch_at, last_fetch_items, last_fetch_error FROM resources "
                                   "WHERE name = 'stored news'")  # fmt: skip
    assert read is not None and read["last_fetch_at"] is not None and read["last_fetch_error"] is None
    assert read["last_fetch_items"] == 3  # every item the feed holds, the old one too


async def test_resources_read_gives_a_run_its_workflows_enabled_resources_without_credentials(node: Node) -> None:
    async with node.database.pool().acquire() as conn:
        workflow_id = await save_workflow(conn, Workflow(None, "watch"))
        mine = await save_resource(
            conn,
            Resource(None, "mine", "rss_feed", node.base + "/feeds/news.rss", metadata={"token": "t0ken-1"}),
            grant_by="test",
        )
        await save_resource(
            conn, Resource(None, "not mine", "rss_feed", node.base + "/feeds/blog.atom"), grant_by="test"
        )
        await attach_resource(conn, workflow_id, mine)
        run_id = await conn.fetchval(
            "INSERT INTO workflow_runs (workflow_id, workflow_name, status, trigger, actor, node) "
            "VALUES ($1, 'watch', 'running', 'manual', 'test', 'n') RETURNING id",
            workflow_id,
        )
    backend = ResourcesBackend(node.database)
    (own,) = await backend.read(str(run_id), None, "rss_feed", False)
    assert own["name"] == "mine" and own["metadata"] == {}
    assert {r["name"] for r in await backend.read(str(run_id), None, None, True)} == {"mine", "not mine"}
    assert await backend.read(None, None, None, False) == []
