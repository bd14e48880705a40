"""The embedding throttle (3 at once, a queue of 100, drops counted, the
caller never waits; the sweep finds what was dropped) and the pruner
(a manual clock decides what is expired)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta

import httpx
import pytest

from actors import Snapshot, call, sync
from alexclaw import Node, Settings
from alexclaw.memory import (
    LOCAL_MODEL,
    EmbeddingFailed,
    EmbeddingThrottle,
    EmbedWorker,
    Idle,
    InlineEmbedder,
    LocalModel,
    MemoryPruner,
    Prune,
    Sweep,
    ThrottleStats,
    Vector,
    WorkerEmbedder,
    add_memory,
    count_unembedded,
    enqueue,
    search_memory,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.web import WebEndpoint, create_app
from supervisors import TaskSupervisor
from tests.alexclaw.memory.conftest import T0


class GatedEmbedder:
    """The local model behind a gate the test opens: embeddings in flight
    stay in flight until then. Counts how many ran at once."""

    def __init__(self, inner: InlineEmbedder) -> None:
        self.inner = inner
        self.gate = asyncio.Event()
        self.started = 0
        self.running = 0
        self.most = 0
        self.fail = False

    @property
    def model(self) -> str:
        return self.inner.model

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        self.started += 1
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            await self.gate.wait()
            if self.fail:
                raise EmbeddingFailed("the provider answered 503")
            return await self.inner.embed(texts)
        finally:
            self.running -= 1


@pytest.fixture
async def tasks() -> AsyncIterator[TaskSupervisor]:
    sup = await TaskSupervisor(intensity=100, period=1.0).start()
    yield sup
    await sup.stop()


async def rows(database: DatabaseHandle, count: int) -> list[int]:
    async with database.pool().acquire() as conn:
        return [await add_memory(conn, "note", f"Entry number {i} about the weather.", now=T0) for i in range(count)]


async def test_at_most_three_embed_at_once_a_hundred_wait_and_the_rest_are_dropped_and_counted(
    database: DatabaseHandle, embedder: InlineEmbedder, tasks: TaskSupervisor
) -> None:
    gated = GatedEmbedder(embedder)
    stats: Snapshot[ThrottleStats] = Snapshot(ThrottleStats())
    ids = await rows(database, 110)
    throttle = await EmbeddingThrottle(database, gated, tasks, stats, sweep_seconds=None).start()
    try:
        for row_id in ids:
            enqueue(throttle, "memory_entries", row_id, "Entry about the weather.")  # returns at once
        await sync(throttle)
        assert stats.read() == ThrottleStats(running=3, queued=100, dropped=7)
        enqueue(throttle, "memory_entries", ids[0], "again")  # already on its way: neither queued nor dropped
        await sync(throttle)
        assert stats.read().dropped == 7
        gated.gate.set()
        done = await call(throttle, Idle(), timeout=120)
        assert done == ThrottleStats(embedded=103, dropped=7)
        assert gated.most == 3
        async with database.pool().acquire() as conn:
            assert await count_unembedded(conn, "memory_entries") == 7
        # The sweep queues the rows without a vector: nothing is lost for good.
        await call(throttle, Sweep())
        assert (await call(throttle, Idle(), timeout=120)).embedded == 110
        async with database.pool().acquire() as conn:
            assert await count_unembedded(conn, "memory_entries") == 0
    finally:
        await throttle.stop()


async def test_a_failing_embedder_leaves_the_row_stored_without_a_vector_and_counts_it(
    database: DatabaseHandle, embedder: InlineEmbedder, tasks: TaskSupervisor
) -> None:
    gated = GatedEmbedder(embedder)
    gated.fail = True
    gated.gate.set()
    stats: Snapshot[ThrottleStats] = Snapshot(ThrottleStats())
    [row] = await rows(database, 1)
    throttle = await EmbeddingThrottle(database, gated, tasks, stats, sweep_seconds=None).start()
    try:
        enqueue(throttle, "memory_entries", row, "Entry number 0 about the weather.")
        assert (await call(throttle, Idle(), timeout=60)).failed == 1
    finally:
        await throttle.stop()
    async with database.pool().acquire() as conn:
        assert await count_unembedded(conn, "memory_entries") == 1
        hits = await search_memory(conn, "weather", now=T0, vector=None, model=LOCAL_MODEL)
    assert [hit.id for hit in hits] == [row]


async def test_the_local_model_runs_on_its_worker_thread(local_model: LocalModel) -> None:
    worker = await EmbedWorker(local_model).start()
    try:
        [vector] = await WorkerEmbedder(worker, local_model).embed(["hello world"])
    finally:
        await worker.stop()
    assert len(vector) == 384
    assert sum(x * x for x in vector) == pytest.approx(1.0, abs=1e-4)


async def test_the_pruner_deletes_what_its_clock_says_has_expired(database: DatabaseHandle) -> None:
    now = [T0]

    def clock() -> datetime:
        return now[0]

    async with database.pool().acquire() as conn:
        await add_memory(conn, "news", "Short-lived", now=T0, ttl_hours=1)
        await add_memory(conn, "news", "Kept", now=T0)
    pruner = await MemoryPruner(database, clock, every_seconds=None).start()
    try:
        assert await call(pruner, Prune()) == 0
        now[0] = T0 + timedelta(hours=1)
        assert await call(pruner, Prune()) == 1
    finally:
        await pruner.stop()
    async with database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT array_agg(content) FROM memory_entries") == ["Kept"]


async def test_dropped_embeddings_are_a_metric() -> None:
    state = Node(Settings(secret_key_base="memory-metrics-key-" + "m" * 40)).state
    state.memory_stats.publish(ThrottleStats(running=2, queued=100, embedded=40, failed=1, dropped=7))
    web = await WebEndpoint(create_app(state), "127.0.0.1", 0).start()
    try:
        async with httpx.AsyncClient(base_url=web.url) as client:
            text = (await client.get("/metrics")).text
    finally:
        await web.stop()
    assert 'alexclaw_embeddings_total{outcome="dropped"} 7.0' in text
    assert 'alexclaw_embeddings_total{outcome="embedded"} 40.0' in text
    assert 'alexclaw_embedding_queue{state="queued"} 100.0' in text


async def test_after_a_model_switch_the_first_sweep_reembeds_rows_of_the_old_model(
    database: DatabaseHandle, embedder: InlineEmbedder, tasks: TaskSupervisor
) -> None:
    [row] = await rows(database, 1)
    async with database.pool().acquire() as conn:
        await conn.execute(
            "UPDATE memory_entries SET embedding = array_fill(0.1, ARRAY[8])::vector, embedding_model = 'old-model', "
            "embedding_dim = 8 WHERE id = $1",
            row,
        )
    stats: Snapshot[ThrottleStats] = Snapshot(ThrottleStats())
    throttle = await EmbeddingThrottle(database, embedder, tasks, stats, sweep_seconds=None).start()
    try:
        await call(throttle, Sweep())
        assert (await call(throttle, Idle(), timeout=60)).embedded == 1
    finally:
        await throttle.stop()
    async with database.pool().acquire() as conn:
        found = await conn.fetchrow("SELECT embedding_model, embedding_dim FROM memory_entries WHERE id = $1", row)
    assert found is not None and tuple(found) == (LOCAL_MODEL, 384)
