"""The flagship workflow's cost (BENCH lines; the baseline in the same run).

The seeded morning digest — rss_fetch → llm_score → llm_transform →
telegram_notify — on a whole node over a 200-item feed, against fake
servers on loopback that speak the real protocols (an RSS server, an Ollama
provider, the Telegram Bot API). Each run's wall time and where it goes
(each step's recorded duration: fetch + parse + dedup, scoring, the digest,
the message), versus the sum of its bare parts measured in the same run:
the feed fetched with a keep-alive httpx client and parsed with feedparser,
one dedup query per item on the same database, the three model calls
posted straight to the fake provider, and one sendMessage.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
import feedparser  # noqa: E402
import httpx  # noqa: E402
from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)
from quart import Quart, Response  # noqa: E402

from actors import sync  # noqa: E402
from actors.testing import Probe  # noqa: E402
from alexclaw import Node, Settings  # noqa: E402
from alexclaw.llm import add_provider, build_provider, reload_providers  # noqa: E402
from alexclaw.web import WebEndpoint  # noqa: E402
from alexclaw.workflows import (  # noqa: E402
    RUNS_TOPIC,
    Resource,
    RunChanged,
    RunTicket,
    Workflow,
    attach_resource,
    get_workflow,
    save_resource,
    save_workflow,
    seed_examples,
)
from tests.fake_providers import FakeProviders, Script  # noqa: E402
from tests.fake_telegram import FakeBotAPI  # noqa: E402
from tests.fake_web import rss  # noqa: E402

ITEMS = 200
RUNS = 5
CHAT = 4242
DIGEST = "Morning news digest"
STEPS = ("rss_fetch", "llm_score", "llm_transform", "telegram_notify")


def feed_app() -> Quart:
    app = Quart("bench-feed")
    now = datetime.now(UTC)
    body = rss([(f"Story {n}", f"https://news.example/{n}", now - timedelta(minutes=n)) for n in range(ITEMS)])

    @app.get("/feed.rss")
    async def feed() -> Response:
        return Response(body, content_type="application/rss+xml")

    return app


def scripts() -> list[Script]:
    """One run's model answers: two scoring batches of 100, then the digest."""
    batch = "\n".join("0.9" if n % 10 == 0 else "0.1" for n in range(100))
    return [Script(deltas=[batch]), Script(deltas=[batch]), Script(deltas=["The news of the day [1] [2]."])]


async def prepare(node: Node, feed_url: str, provider_url: str) -> None:
    async with node.state.database.pool().acquire() as conn:
        await conn.execute("DELETE FROM first_boot_seeds")
        await seed_examples(conn)
        digest = await get_workflow(conn, DIGEST)
        assert digest is not None and digest.id is not None
        provider = build_provider("home", kind="ollama", model="llama3", tier="medium", base_url=provider_url,
                                  allow_private=True)  # fmt: skip
        await add_provider(conn, provider, actor="bench")
        feed_id = await save_resource(conn, Resource(None, "bench feed", "rss_feed", feed_url), grant_by="bench")
        await attach_resource(conn, digest.id, feed_id)
        steps = tuple(
            s if s.position != 0 else type(s)(**{**s.__dict__, "config": {"recent_hours": 48, "max_items": ITEMS,
                                                                             "force": True}})
            for s in digest.steps
        )  # fmt: skip
        await save_workflow(
            conn, Workflow(digest.id, DIGEST, enabled=True, default_provider="home", steps=steps), with_steps=True
        )
    await reload_providers()


async def one_run(node: Node, providers: FakeProviders) -> tuple[float, dict[str, float]]:
    providers.script(*scripts())
    probe = await Probe().listen(RUNS_TOPIC).start()
    assert node.state.runs is not None
    started = time.perf_counter()
    ticket = await node.state.runs.start_manual(DIGEST, actor="bench", origin="bench")
    assert isinstance(ticket, RunTicket)
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "finished")
    wall = (time.perf_counter() - started) * 1000
    await probe.stop()
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT skill, duration_ms FROM skill_outcomes WHERE run_id = $1", ticket.run_id)
        status = await conn.fetchval("SELECT status FROM workflow_runs WHERE id = $1", ticket.run_id)
    if status != "completed":
        raise RuntimeError(f"the digest run ended {status}")
    return wall, {r["skill"]: float(r["duration_ms"]) for r in rows}


async def bare_parts(dsn: str, feed_url: str, provider_url: str, bot: FakeBotAPI) -> float:
    """The same work without the node: fetch, parse, dedup, three calls, one message."""
    conn = await asyncpg.connect(dsn)
    try:
        async with httpx.AsyncClient() as client:
            started = time.perf_counter()
            body = (await client.get(feed_url)).content
            entries = feedparser.parse(body).entries
            for entry in entries:
                await conn.fetchval("SELECT 1 FROM memory_entries WHERE source = $1 LIMIT 1", entry.get("link"))
            for script in scripts():
                answer = await client.post(
                    provider_url + "/api/chat",
                    json={"model": "llama3", "stream": False, "messages": [{"role": "user", "content": "x"}]},
                )
                answer.raise_for_status()
                del script
            await client.post(f"{bot.base_url}{bot.token}/sendMessage", json={"chat_id": CHAT, "text": "digest"})
            return (time.perf_counter() - started) * 1000
    finally:
        await conn.close()


async def run(dsn: str, data_dir: Path) -> None:
    feed_endpoint = await WebEndpoint(feed_app(), "127.0.0.1", 0, graceful_timeout=0.5).start()
    feed_url = f"http://127.0.0.1:{feed_endpoint.port}/feed.rss"
    async with FakeProviders() as providers, FakeBotAPI() as bot:
        settings = Settings(secret_key_base="bench-skills-" + "s" * 40, database_url=dsn, data_dir=data_dir,
                            http_port=0, admin_password="bench-password-123")  # fmt: skip
        node = Node(settings, loopback_grants=frozenset({"telegram"}))
        await node.start()
        try:
            for key, value in {"api_base_url": bot.base_url.removesuffix("/bot"), "chat_id": str(CHAT),
                               "owner_user_id": str(CHAT), "bot_token": bot.token}.items():  # fmt: skip
                await node.state.config.set(f"telegram.{key}", value, actor="bench")
            await sync("gateways.watcher")
            await prepare(node, feed_url, providers.base("ollama"))
            await one_run(node, providers)  # warm: the model, the pools, the first connections
            walls, steps = [], []
            for _ in range(RUNS):
                wall, durations = await one_run(node, providers)
                walls.append(wall)
                steps.append(durations)
            bare = statistics.median(
                [await bare_parts(dsn, feed_url, providers.base("ollama"), bot) for _ in range(RUNS)]
            )
        finally:
            await node.stop()
            await feed_endpoint.stop()
    wall = statistics.median(walls)
    line(f"digest_run_{ITEMS}_items_p50", wall, "ms", wall / bare, "bare parts")
    line("digest_bare_parts_p50", bare, "ms")
    for skill in STEPS:
        line(f"digest_step_{skill}_p50", statistics.median(s.get(skill, 0.0) for s in steps), "ms")


def main() -> None:
    on_embedded_postgres(run, log_level=logging.WARNING)


if __name__ == "__main__":
    main()
