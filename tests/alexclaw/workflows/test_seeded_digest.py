"""The flagship, end to end on a whole node: the seeded morning digest,
pointed at a feed on this machine (an rss_feed resource with its
allow-private grant) and a provider, run by hand; rss_fetch reads the
feed through the egress guard, llm_score keeps the relevant items,
llm_transform writes the digest citing the items' own links, and
telegram_notify delivers it to the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from actors.testing import Probe
from alexclaw import Node
from alexclaw.llm import add_provider, build_provider, reload_providers
from alexclaw.web import WebEndpoint
from alexclaw.workflows import (
    RUNS_TOPIC,
    Resource,
    RunChanged,
    RunTicket,
    attach_resource,
    get_run,
    get_workflow,
    save_resource,
    save_workflow,
    seed_examples,
)
from tests.alexclaw.dispatcher.conftest import CHAT, fake, node

__all__ = ["fake", "node"]  # the Telegram-connected node, as the chat tests have it
from tests.fake_providers import FakeProviders, Script
from tests.fake_telegram import FakeBotAPI
from tests.fake_web import FakeWeb, fake_web


@pytest.fixture
async def feeds() -> AsyncIterator[FakeWeb]:
    state = FakeWeb()
    endpoint = await WebEndpoint(fake_web(state), "127.0.0.1", 0, graceful_timeout=0.5).start()
    state.base = f"http://127.0.0.1:{endpoint.port}"
    yield state
    state.release.set()
    await endpoint.stop()


@pytest.fixture
async def providers() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as fake:
        yield fake


async def test_the_seeded_digest_reads_a_feed_scores_summarizes_and_arrives_on_telegram(
    node: Node, fake: FakeBotAPI, feeds: FakeWeb, providers: FakeProviders
) -> None:
    async with node.state.database.pool().acquire() as conn:
        await conn.execute("DELETE FROM first_boot_seeds")
        await seed_examples(conn)
        digest = await get_workflow(conn, "Morning news digest")
        assert digest is not None and digest.id is not None
        provider = build_provider(
            "home", kind="ollama", model="llama3", tier="medium", base_url=providers.base("ollama"),
            allow_private=True,
        )  # fmt: skip
        await add_provider(conn, provider, actor="cli:test")
        feed = Resource(None, "local news", "rss_feed", feeds.base + "/feeds/news.rss")
        feed_id = await save_resource(conn, feed, grant_by="test")  # the operator's grant for this host
        await attach_resource(conn, digest.id, feed_id)
        await save_workflow(conn, type(digest)(**{**digest.__dict__, "enabled": True, "default_provider": "home"}))
    await reload_providers()
    providers.script(
        Script(deltas=["0.9\n0.2"]),  # llm_score: the two fresh items, the old one is past recent_hours
        Script(deltas=["Fresh one matters most [1]."]),  # llm_transform: the digest
    )
    probe = await Probe().listen(RUNS_TOPIC).start()
    assert node.state.runs is not None
    ticket = await node.state.runs.start_manual("Morning news digest", actor="test", origin="test")
    assert isinstance(ticket, RunTicket)
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "finished")
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        run = await get_run(conn, ticket.run_id)
    assert run is not None and run.status == "completed", run.error if run else None
    digest_text = "Fresh one matters most [source](https://news.example/fresh-1)."
    await fake.wait_until(lambda: any(m.text == digest_text for m in fake.sent))  # among the run's announcements
    assert {m.chat_id for m in fake.sent} == {CHAT}
    assert any(seen["path"] == "/feeds/news.rss" for seen in feeds.seen)
    assert [seen.body["model"] for seen in providers.seen] == ["llama3", "llama3"]
