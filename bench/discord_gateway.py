"""Discord gateway benchmark (BENCH lines; the baseline in the same run).

A whole ``Node`` (the full supervision tree) on a fresh embedded PostgreSQL,
its Discord gateway pointed at the fake Discord (``tests.fake_discord``: real
HTTP and a real websocket on 127.0.0.1) through the run-time ``discord.*``
settings, as the tests do.

- message → reply round trip of ``/ping``, median and p99: the message is
  dispatched on the websocket while the gateway is idle (the previous one
  marked handled); the clock stops when the fake records the POST of the
  reply. The path: MESSAGE_CREATE → inbox insert (one transaction) → select
  unhandled → dispatch → POST /channels/{id}/messages → mark handled.
  Baseline: a bare receive-and-reply loop on a second fake of the same code
  (websockets + httpx, IDENTIFY, then one POST per MESSAGE_CREATE from a
  person): no inbox, no dispatcher. Interleaved in chunks: the machine is
  shared.

The embedded PostgreSQL runs durable (fsync on, the production default).
The fakes, the clients and the node share one process and one event loop:
the figures include the fakes' own handling and no network latency
(discord.com is tens of ms away).
"""

from __future__ import annotations

import asyncio
import json
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)
from _spent import percentile  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from actors import sync  # noqa: E402
from alexclaw import Node, Settings  # noqa: E402
from gateways.discord import DISCORD_NAME, INTENTS  # noqa: E402
from tests.fake_discord import CHANNEL, GUILD, OWNER, FakeDiscord  # noqa: E402

NODE = "bench-node"
WARMUP = 20
SAMPLES = 200
CHUNK = 50  # samples per turn, ours and bare alternating
BARE_REPLY = "pong from bare"


async def bare_loop(fake: FakeDiscord) -> None:
    """The least a Discord bot does: IDENTIFY, then one POST per message from a person."""
    headers = {"Authorization": f"Bot {fake.token}"}
    async with httpx.AsyncClient(base_url=fake.api_url, headers=headers) as http:
        url = (await http.get("/gateway/bot")).json()["url"]
        async with connect(f"{url}?v=10&encoding=json") as ws:
            await ws.recv()  # HELLO
            await ws.send(json.dumps({"op": 2, "d": {"token": fake.token, "intents": INTENTS, "properties": {}}}))
            async for raw in ws:
                event = json.loads(raw)
                data = event.get("d") or {}
                if event.get("t") == "MESSAGE_CREATE" and not data.get("author", {}).get("bot"):
                    await http.post(f"/channels/{data['channel_id']}/messages", json={"content": BARE_REPLY})


async def trip(fake: FakeDiscord, expect: str, *, gateway: bool) -> float:
    if gateway:
        await sync(DISCORD_NAME)
    before = len(fake.sent)
    t0 = time.perf_counter()
    fake.push("/ping")
    await fake.wait_until(lambda: len(fake.sent) > before, 10)
    elapsed = time.perf_counter() - t0
    assert fake.sent[before].content == expect, fake.sent[before]
    return elapsed


async def bench_round_trip(ours: FakeDiscord, bare: FakeDiscord) -> None:
    mine_expect = f"pong from {NODE}"
    for _ in range(WARMUP):
        await trip(ours, mine_expect, gateway=True)
        await trip(bare, BARE_REPLY, gateway=False)
    mine: list[float] = []
    base: list[float] = []
    for _ in range(SAMPLES // CHUNK):
        mine += [await trip(ours, mine_expect, gateway=True) for _ in range(CHUNK)]
        base += [await trip(bare, BARE_REPLY, gateway=False) for _ in range(CHUNK)]
    m, b = statistics.median(mine) * 1000, statistics.median(base) * 1000
    m99, b99 = percentile(mine, 99) * 1000, percentile(base, 99) * 1000
    what = "bare websocket receive + POST loop"
    line("discord_ping_round_trip_median", m, "ms", m / b, f"{what}, median")
    line("discord_ping_round_trip_p99", m99, "ms", m99 / b99, f"{what}, p99")
    line("bare_discord_round_trip_median", b, "ms")
    line("bare_discord_round_trip_p99", b99, "ms")


async def run(dsn: str, data_dir: Path) -> None:
    settings = Settings(
        secret_key_base="bench-discord-key-" + "b" * 40,
        admin_password="bench password not used",
        database_url=dsn,
        data_dir=data_dir,
        http_port=0,
        node_name=NODE,
    )
    async with FakeDiscord() as fake, FakeDiscord() as bare_fake:
        node = Node(settings, loopback_grants=frozenset({"discord"}))  # the fake listens on 127.0.0.1
        await node.start()
        loop_task: asyncio.Task[None] | None = None
        try:
            values = {
                "api_base_url": fake.api_url,
                "guild_id": str(GUILD),
                "channel_id": str(CHANNEL),
                "owner_user_id": str(OWNER),
                "bot_token": fake.token,
            }
            for key, value in values.items():
                await node.state.config.set(f"discord.{key}", value, actor="bench")
            await sync("gateways.watcher")
            await fake.wait_until(lambda: fake.connected, 10)
            loop_task = asyncio.get_running_loop().create_task(bare_loop(bare_fake))
            await bare_fake.wait_until(lambda: bare_fake.connected, 10)
            await bench_round_trip(fake, bare_fake)
        finally:
            if loop_task is not None:
                loop_task.cancel()
                await asyncio.gather(loop_task, return_exceptions=True)
            await node.stop()


def main() -> None:
    on_embedded_postgres(run, log_level=logging.ERROR)


if __name__ == "__main__":
    main()
