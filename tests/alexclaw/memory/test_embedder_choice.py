"""The embedder ``memory.embedder`` chooses: the local model by default, or
a provider's embeddings API (real HTTP to the fake providers, through the
egress guard). A switch leaves rows of the old model waiting (found by
keywords) until the throttle or a re-embedding gives them vectors of the
new one; search compares only vectors of the model in force; a failing
provider leaves rows stored without a vector and says so."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from actors import Snapshot, call
from alexclaw.config import MemorySettings
from alexclaw.llm import (
    Provider,
    ProviderClient,
    ProviderEmbeddings,
    UsageSnapshot,
    build_provider,
    provider_keys,
    utc_day,
)
from alexclaw.memory import (
    LOCAL_MODEL,
    ChosenEmbedder,
    EmbedderChoice,
    EmbeddingFailed,
    EmbeddingThrottle,
    Idle,
    InlineEmbedder,
    Progress,
    Reembed,
    Sweep,
    ThrottleStats,
    add_memory,
    choose,
    count_unembedded,
    embedding_progress,
    enqueue,
    search_memory,
)
from alexclaw.security import EgressClient, SecretBox
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import ProviderEmbedder
from supervisors import TaskSupervisor
from tests.alexclaw.memory.conftest import T0
from tests.fake_providers import FakeProviders, Script

KEY = "sk-test-" + "e" * 30
BOX = SecretBox("memory-choice-tests-" + "k" * 40)
TEXTS = [f"Entry number {i} about the weather." for i in range(3)]


@dataclass
class Choice:
    """The settings, as the node reads them per use (a change applies at once)."""

    values: dict[str, Any] = field(default_factory=dict)

    def __call__(self) -> EmbedderChoice:
        return choose(MemorySettings.read(self.values))

    def provider(self, name: str = "emb", model: str = "fake-embed") -> None:
        self.values |= {"memory.embedder": name, "memory.embedding_model": model}

    def local(self) -> None:
        self.values["memory.embedder"] = "local"


@dataclass
class Rig:
    fake: FakeProviders
    choice: Choice
    embedder: ChosenEmbedder
    stats: Snapshot[ThrottleStats]


@pytest.fixture
async def tasks() -> AsyncIterator[TaskSupervisor]:
    sup = await TaskSupervisor(intensity=100, period=1.0).start()
    yield sup
    await sup.stop()


@pytest.fixture
async def rig(embedder: InlineEmbedder) -> AsyncIterator[Rig]:
    async with FakeProviders() as fake:
        provider: Provider = build_provider(
            "emb", kind="openai_compatible", model="chat-model", tier="medium", base_url=fake.base("openai_compatible"),
            allow_private=True, key_cipher=BOX.encrypt(KEY),
        )  # fmt: skip

        async def record(name: str, tokens_in: int, tokens_out: int) -> None:
            return None

        async def no_wait(_seconds: float) -> None:
            return None

        egress = EgressClient(provider_keys(lambda: (provider,), BOX), timeout=5.0)
        client = ProviderClient(egress, retries=0, sleep=no_wait)
        usage = UsageSnapshot(utc_day(time.time()))
        embeddings = ProviderEmbeddings(lambda: (provider,), lambda: usage, record, client, time.time)
        choice = Choice()
        chosen = ChosenEmbedder(choice, embedder, ProviderEmbedder(embeddings))
        yield Rig(fake, choice, chosen, Snapshot(ThrottleStats()))


async def stored(database: DatabaseHandle) -> list[int]:
    async with database.pool().acquire() as conn:
        return [await add_memory(conn, "note", text, now=T0) for text in TEXTS]


async def progress(database: DatabaseHandle, model: str) -> Progress:
    async with database.pool().acquire() as conn:
        return await embedding_progress(conn, model)


def test_the_choice_is_local_by_default_and_a_provider_without_a_model_says_why() -> None:
    assert choose(MemorySettings.read({})) == EmbedderChoice()
    assert EmbedderChoice().key == LOCAL_MODEL
    chosen = choose(MemorySettings.read({"memory.embedder": "openai", "memory.embedding_model": "te-3-small"}))
    assert (chosen.key, chosen.problem) == ("openai/te-3-small", "")
    shorter = {"memory.embedder": "openai", "memory.embedding_model": "te-3-small", "memory.embedding_dimensions": 256}
    assert choose(MemorySettings.read(shorter)).key == "openai/te-3-small:256"  # other vectors, another key
    missing = choose(MemorySettings.read({"memory.embedder": "openai"}))
    assert "memory.embedding_model is empty" in missing.problem


async def test_a_choice_without_a_model_embeds_nothing_and_says_why(rig: Rig) -> None:
    rig.choice.values["memory.embedder"] = "emb"
    with pytest.raises(EmbeddingFailed, match=r"memory\.embedding_model is empty"):
        await rig.embedder.embed(["anything"])
    assert rig.fake.seen == []


async def test_a_switch_reembeds_the_old_models_rows_and_search_compares_only_the_new_models_vectors(
    database: DatabaseHandle, rig: Rig, tasks: TaskSupervisor
) -> None:
    ids = await stored(database)
    throttle = await EmbeddingThrottle(database, rig.embedder, tasks, rig.stats, sweep_seconds=None).start()
    try:
        await call(throttle, Sweep())
        await call(throttle, Idle(), timeout=60)
        assert await progress(database, LOCAL_MODEL) == Progress(LOCAL_MODEL, 3, 3)
        rig.choice.provider()
        assert rig.embedder.model == "emb/fake-embed"
        assert await progress(database, "emb/fake-embed") == Progress("emb/fake-embed", 0, 3)
        [probe] = await rig.embedder.embed([TEXTS[1]])  # the fake: the same text, the same vector
        async with database.pool().acquire() as conn:
            # No keyword in common: only a vector of the same model could find it, and none exists yet.
            assert await search_memory(conn, "zebra", now=T0, vector=probe, model="emb/fake-embed") == []
            assert await count_unembedded(conn, "memory_entries", "emb/fake-embed") == 3
        await call(throttle, Sweep())
        assert (await call(throttle, Idle(), timeout=60)).unembedded == 3  # counted before the queue ran
        assert await progress(database, "emb/fake-embed") == Progress("emb/fake-embed", 3, 3)
        async with database.pool().acquire() as conn:
            hits = await search_memory(conn, "zebra", now=T0, vector=probe, model="emb/fake-embed")
            rows = await conn.fetch("SELECT embedding_model, embedding_dim FROM memory_entries ORDER BY id")
        assert hits[0].id == ids[1]
        assert {tuple(r) for r in rows} == {("emb/fake-embed", 8)}
        assert {seen.path for seen in rig.fake.seen} == {"/v1/embeddings"}
        assert rig.fake.seen[-1].headers["Authorization"] == f"Bearer {KEY}"
    finally:
        await throttle.stop()


async def test_a_failing_provider_leaves_rows_stored_without_vectors_and_says_so(
    database: DatabaseHandle, rig: Rig, tasks: TaskSupervisor
) -> None:
    rig.choice.provider()
    [first, *_] = await stored(database)
    rig.fake.script(Script(503))
    throttle = await EmbeddingThrottle(database, rig.embedder, tasks, rig.stats, sweep_seconds=None).start()
    try:
        enqueue(throttle, "memory_entries", first, TEXTS[0])
        failed = await call(throttle, Idle(), timeout=60)
        assert failed.failed == 1
        assert failed.last_error == "embedding provider emb failed: HTTP 503: fake error 503"
        async with database.pool().acquire() as conn:
            assert await count_unembedded(conn, "memory_entries", "emb/fake-embed") == 3
            found = await search_memory(conn, "weather number 0", now=T0, vector=None, model="emb/fake-embed")
        assert found[0].id == first  # by keywords meanwhile
        # The provider is back: the sweep embeds what waits, and the error is gone.
        await call(throttle, Sweep())
        recovered = await call(throttle, Idle(), timeout=60)
        assert (recovered.embedded, recovered.last_error) == (3, "")
    finally:
        await throttle.stop()


async def test_reembed_runs_once_in_the_background_and_the_progress_shows_it(
    database: DatabaseHandle, rig: Rig, tasks: TaskSupervisor
) -> None:
    await stored(database)
    rig.choice.provider()
    held = asyncio.Event()
    rig.fake.script(Script(wait=held))
    throttle = await EmbeddingThrottle(database, rig.embedder, tasks, rig.stats, sweep_seconds=None).start()
    try:
        assert await call(throttle, Reembed()) is True
        await rig.fake.arrived.wait()
        assert await call(throttle, Reembed()) is False  # one at a time
        assert rig.stats.read().reembedding
        held.set()
        done = await call(throttle, Idle(), timeout=60)
        assert (done.reembedding, done.embedded, done.unembedded, done.last_error) == (False, 3, 0, "")
        assert await progress(database, "emb/fake-embed") == Progress("emb/fake-embed", 3, 3)
        rig.choice.local()  # back to the local model: its rows wait again
        assert await progress(database, LOCAL_MODEL) == Progress(LOCAL_MODEL, 0, 3)
    finally:
        await throttle.stop()


async def test_vectors_of_another_size_for_the_same_model_are_refused(rig: Rig) -> None:
    rig.choice.provider()
    assert len((await rig.embedder.embed(["one"]))[0]) == 8
    assert rig.embedder.dimension == 8
    rig.fake.embed_dimension = 6
    with pytest.raises(EmbeddingFailed, match="answered 6 dimensions for fake-embed; its vectors so far have 8"):
        await rig.embedder.embed(["two"])
