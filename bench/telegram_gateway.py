"""Telegram gateway benchmarks (BENCH lines; baselines in the same run).

A whole ``Node`` (the full supervision tree) on a fresh embedded PostgreSQL,
its gateway pointed at the fake Bot API server (``tests.fake_telegram``: real
HTTP on 127.0.0.1, python-telegram-bot as the client) through the run-time
``telegram.*`` settings, as the tests do.

- update → reply round trip of ``/ping``, median and p99: the update is
  pushed while the gateway sits in its long poll (idle, the previous update
  marked handled), the clock stops when the fake records the ``sendMessage``.
  The path: getUpdates answer → inbox insert + offset (one transaction) →
  select unhandled → mark started → dispatch → sendMessage. Baseline: a bare
  python-telegram-bot loop on a second fake of the same code doing what the
  transport needs at the least: the getUpdates answer and one sendMessage,
  no inbox, no dispatcher. Interleaved in chunks: the machine is shared.
- a burst of 1,000 ``/ping`` pushed at once: time until the 1,000th reply is
  recorded, updates/s. Per update the gateway commits twice (mark started,
  mark handled) plus its share of the batched inbox insert (getUpdates hands
  out at most 100) and makes one sendMessage call. Baseline: the same 1,000
  sendMessage calls made one after another by a bare ``Bot``; also the bare
  poll loop taking the same burst, and one single-row UPDATE commit on the
  node's pool. Where the time goes: the gateway's inbox, dispatcher and
  sender calls are timed in place (``Spent``), per update.

The embedded PostgreSQL runs durable (fsync on, the production default).
The fake server, the clients and the node share one process and one event
loop: the HTTP figures include the fake's own request handling and no
network latency (api.telegram.org is tens to hundreds of ms away).
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)
from _spent import Spent, percentile  # noqa: E402
from telegram import Bot  # noqa: E402

from actors import sync  # noqa: E402
from alexclaw import Node, Settings  # noqa: E402
from alexclaw.dispatcher import PgInbox  # noqa: E402
from alexclaw.dispatcher._dispatcher import Dispatcher  # noqa: E402
from gateways.telegram import TELEGRAM_NAME  # noqa: E402
from gateways.telegram._send import TelegramSender  # noqa: E402
from tests.fake_telegram import FakeBotAPI  # noqa: E402

NODE = "bench-node"
CHAT = 4242
WARMUP = 20
SAMPLES = 200
CHUNK = 50  # round-trip samples per turn, ours and bare alternating
BURST = 1_000
RAW_COMMITS = 1_000
BARE_REPLY = "pong from bare"


# The gateway's ports timed in place: the inbox calls, the dispatcher, the sender.
GATEWAY_PORTS: tuple[tuple[type, str], ...] = (
    (PgInbox, "receive"), (PgInbox, "unhandled"), (PgInbox, "mark_started"), (PgInbox, "mark_handled"),
    (Dispatcher, "handle"), (TelegramSender, "text"),
)  # fmt: skip


class Side:
    """One fake server and the poller answering it; ``idle`` waits until the
    poller sits in a long poll past the last update (and, for the node, the
    gateway has marked it handled)."""

    def __init__(self, fake: FakeBotAPI, expect: str, *, gateway: bool) -> None:
        self.fake = fake
        self.expect = expect
        self.gateway = gateway
        self.last: int | None = None

    async def idle(self) -> None:
        if self.gateway:
            await sync(TELEGRAM_NAME)
        last = self.last
        await self.fake.wait_until(
            lambda: bool(self.fake.poll_offsets) and (last is None or self.fake.poll_offsets[-1] == last + 1), 10
        )

    async def trip(self) -> float:
        await self.idle()
        before = len(self.fake.sent)
        t0 = time.perf_counter()
        self.last = self.fake.push_message(CHAT, "/ping")
        sent = (await self.fake.wait_for_sent(before + 1, 10))[before]
        elapsed = time.perf_counter() - t0
        assert sent.text == self.expect and sent.chat_id == CHAT, sent
        return elapsed

    async def burst(self) -> float:
        await self.idle()
        before = len(self.fake.sent)
        t0 = time.perf_counter()
        for _ in range(BURST):
            self.last = self.fake.push_message(CHAT, "/ping")
        await self.fake.wait_for_sent(before + BURST, 90)
        elapsed = time.perf_counter() - t0
        assert all(m.text == self.expect for m in self.fake.sent[before:])
        return elapsed


async def bare_loop(bot: Bot) -> None:
    """The least a polling bot does: getUpdates, then one sendMessage each."""
    offset: int | None = None
    while True:
        updates = await bot.get_updates(offset=offset, timeout=25, allowed_updates=["message"])
        for update in updates:
            message = update.effective_message
            if message is not None and message.chat is not None:
                await bot.send_message(message.chat.id, BARE_REPLY)
        if updates:
            offset = updates[-1].update_id + 1


async def bench_round_trip(ours: Side, bare: Side) -> None:
    for _ in range(WARMUP):
        await ours.trip()
        await bare.trip()
    mine: list[float] = []
    base: list[float] = []
    with Spent(GATEWAY_PORTS) as spent:  # the bare side never enters these methods
        for _ in range(SAMPLES // CHUNK):
            mine += [await ours.trip() for _ in range(CHUNK)]
            base += [await bare.trip() for _ in range(CHUNK)]
    # /ping is a read: it needs no durable started-mark (a command that acts does).
    assert spent.calls["mark_started"] == 0 and spent.calls["mark_handled"] == SAMPLES, dict(spent.calls)
    m, b = statistics.median(mine) * 1000, statistics.median(base) * 1000
    m99, b99 = percentile(mine, 99) * 1000, percentile(base, 99) * 1000
    what = "bare getUpdates + sendMessage loop"
    line("telegram_ping_round_trip_median", m, "ms", m / b, f"{what}, median")
    line("telegram_ping_round_trip_p99", m99, "ms", m99 / b99, f"{what}, p99")
    line("bare_poll_send_round_trip_median", b, "ms")
    line("bare_poll_send_round_trip_p99", b99, "ms")
    # Mean per round trip, on its path before the reply: store (1 commit) and
    # select unhandled (no started-mark for a read); then the send.
    mean, bare_mean = statistics.fmean(mine) * 1000, statistics.fmean(base) * 1000
    line("telegram_ping_round_trip_mean", mean, "ms", mean / bare_mean, f"{what}, mean")
    line(
        "telegram_ping_round_trip_in_db_before_reply_mean",
        spent.ms("receive", "unhandled", "mark_started", per=SAMPLES),
        "ms",
    )
    line("telegram_ping_round_trip_in_send_mean", spent.ms("text", per=SAMPLES), "ms")


async def sequential_sends(fake: FakeBotAPI, bot: Bot) -> float:
    before = len(fake.sent)
    t0 = time.perf_counter()
    for i in range(BURST):
        await bot.send_message(CHAT, f"bare send {i}")
    elapsed = time.perf_counter() - t0
    assert len(fake.sent) == before + BURST
    return elapsed


async def raw_commits(node: Node) -> float:
    """Single-row UPDATEs of inbox rows, each its own commit, a pool acquire
    each: what mark started / mark handled cost at the least."""
    pool = node.state.database.pool()
    async with pool.acquire() as conn:
        durable = (await conn.fetchval("SHOW fsync"), await conn.fetchval("SHOW synchronous_commit"))
        assert durable == ("on", "on"), durable
        ids = [r["update_id"] for r in await conn.fetch("SELECT update_id FROM gateway_inbox LIMIT $1", RAW_COMMITS)]
    t0 = time.perf_counter()
    for update_id in ids:
        async with pool.acquire() as conn:
            await conn.execute(
                "UPDATE gateway_inbox SET started_at = now() WHERE gateway = 'telegram' AND update_id = $1", update_id
            )
    return (time.perf_counter() - t0) / len(ids)


async def bench_burst(node: Node, ours: Side, bare: Side, bot: Bot) -> None:
    polls = len(ours.fake.poll_offsets)
    with Spent(GATEWAY_PORTS) as spent:
        mine = await ours.burst()
        await sync(TELEGRAM_NAME)  # the last mark handled
    assert spent.calls["mark_handled"] == BURST, dict(spent.calls)
    await ours.idle()  # the poll before the burst took the first batch; the idle one after it is new
    batches = len(ours.fake.poll_offsets) - polls
    async with node.state.database.pool().acquire() as conn:
        left = await conn.fetchval("SELECT count(*) FROM gateway_inbox WHERE handled_at IS NULL")
    assert left == 0, f"{left} updates not marked handled"
    bare_loop_time = await bare.burst()
    sends = await sequential_sends(bare.fake, bot)
    commit = await raw_commits(node)

    rate = BURST / mine
    per_update, per_send = mine / BURST * 1000, sends / BURST * 1000
    line(f"telegram_burst_{BURST}_ping_updates_per_s", rate, "updates/s", rate / (BURST / sends),
         f"{BURST} sequential sendMessage by a bare Bot")  # fmt: skip
    line(f"telegram_burst_{BURST}_ping_vs_bare_loop", rate, "updates/s", rate / (BURST / bare_loop_time),
         "bare getUpdates + sendMessage loop, same burst")  # fmt: skip
    line("telegram_burst_per_update", per_update, "ms")
    line("telegram_burst_getupdates_batches", batches, "calls")
    line("bare_send_message_sequential", per_send, "ms")
    line("bare_poll_send_loop_burst_per_update", bare_loop_time / BURST * 1000, "ms")
    line("raw_single_row_update_commit", commit * 1000, "ms")
    # Where an update's time goes in the burst (ms per update, in situ).
    parts = {
        "send": spent.ms("text", per=BURST),
        "mark_started": spent.ms("mark_started", per=BURST),
        "mark_handled": spent.ms("mark_handled", per=BURST),
        "inbox_store_and_select": spent.ms("receive", "unhandled", per=BURST),
        "dispatch": spent.ms("handle", per=BURST),
    }
    for part, ms in parts.items():
        line(f"telegram_burst_per_update_in_{part}", ms, "ms")
    line("telegram_burst_per_update_elsewhere", per_update - sum(parts.values()), "ms")


async def run(dsn: str, data_dir: Path) -> None:
    settings = Settings(
        secret_key_base="bench-telegram-key-" + "b" * 40,
        admin_password="bench password not used",
        database_url=dsn,
        data_dir=data_dir,
        http_port=0,
        node_name=NODE,
    )
    async with FakeBotAPI() as fake, FakeBotAPI() as bare_fake:
        node = Node(settings, loopback_grants=frozenset({"telegram"}))  # the fake listens on 127.0.0.1
        await node.start()
        loop_task: asyncio.Task[None] | None = None
        try:
            values = {
                "api_base_url": fake.base_url.removesuffix("/bot"),
                "chat_id": str(CHAT),
                "owner_user_id": str(CHAT),  # a private chat: its id is its user's
                "bot_token": fake.token,
            }
            for key, value in values.items():
                await node.state.config.set(f"telegram.{key}", value, actor="bench")
            await sync("gateways.watcher")
            async with Bot(bare_fake.token, base_url=bare_fake.base_url) as bot:
                loop_task = asyncio.get_running_loop().create_task(bare_loop(bot))
                ours = Side(fake, f"pong from {NODE}", gateway=True)
                bare = Side(bare_fake, BARE_REPLY, gateway=False)
                await bench_round_trip(ours, bare)
                await bench_burst(node, ours, bare, bot)
                loop_task.cancel()
                await asyncio.gather(loop_task, return_exceptions=True)
        finally:
            if loop_task is not None and not loop_task.done():
                loop_task.cancel()
                await asyncio.gather(loop_task, return_exceptions=True)
            await node.stop()


def main() -> None:
    on_embedded_postgres(run, log_level=logging.ERROR)


if __name__ == "__main__":
    main()
