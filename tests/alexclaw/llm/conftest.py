"""A whole LLM layer against the fake providers: a migrated database, the
provider table and usage tracker actors, the egress client (loopback by the
providers' own grant), the router and the shield. Retries do not wait:
the client's sleep records what it was asked to wait."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from actors import Snapshot, sync
from alexclaw.llm import (
    GuardedModel,
    Provider,
    ProviderClient,
    ProviderTable,
    Router,
    UsageSnapshot,
    UsageTracker,
    add_provider,
    build_provider,
    count_usage,
    provider_keys,
    reload_providers,
    utc_day,
)
from alexclaw.security import BreakGlassWindow, EgressClient, SecretBox, ShieldGuard
from alexclaw.storage import Database, DatabaseHandle
from tests.fake_providers import FakeProviders

SECRET_KEY_BASE = "llm-tests-" + "k" * 40
NOON = 1_780_000_000.0 - (1_780_000_000.0 % 86_400) + 43_200  # some UTC noon


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=3).start()
    yield handle
    await db.stop()


@pytest.fixture
async def fake() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as providers:
        yield providers


@dataclass
class Clock:
    now: float = NOON

    def __call__(self) -> float:
        return self.now


@dataclass
class World:
    database: DatabaseHandle
    fake: FakeProviders
    box: SecretBox
    clock: Clock
    providers: Snapshot[tuple[Provider, ...]]
    usage: Snapshot[UsageSnapshot]
    sleeps: list[float]
    router: Router
    model: GuardedModel
    shield: ShieldGuard
    mode: list[str] = field(default_factory=lambda: ["block"])

    def provider(self, name: str, kind: str = "openai_compatible", **fields: Any) -> Provider:
        key = fields.pop("key", "sk-test-" + "x" * 30)
        fields.setdefault("tier", "medium")
        return build_provider(
            name,
            kind=kind,
            model=fields.pop("model", f"{kind}-model"),
            base_url=self.fake.base(kind),
            allow_private=True,
            key_cipher=self.box.encrypt(key) if key else "",
            **fields,
        )

    async def add(self, *providers: Provider) -> None:
        async with self.database.pool().acquire() as conn:
            for provider in providers:
                await add_provider(conn, provider, actor="test")
        await reload_providers(self.table)

    table: Any = None
    tracker: Any = None

    async def written(self) -> None:
        """Every usage count cast so far is in the database."""
        await sync(self.tracker)


@pytest.fixture
async def world(database: DatabaseHandle, fake: FakeProviders) -> AsyncIterator[World]:
    box = SecretBox(SECRET_KEY_BASE)
    clock = Clock()
    providers: Snapshot[tuple[Provider, ...]] = Snapshot(())
    usage: Snapshot[UsageSnapshot] = Snapshot(UsageSnapshot(utc_day(clock())))
    table = await ProviderTable(database, providers).start()
    tracker = await UsageTracker(database, usage, clock).start()
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    egress = EgressClient(provider_keys(providers.read, box), timeout=5.0)
    client = ProviderClient(egress, sleep=sleep, clock=clock)

    async def record(name: str, tokens_in: int, tokens_out: int) -> Any:
        return await count_usage(name, tokens_in, tokens_out, target=tracker)

    router = Router(providers.read, usage.read, record, client, clock)
    mode = ["block"]
    window: Snapshot[BreakGlassWindow | None] = Snapshot(None)
    shield = ShieldGuard(database, lambda: mode[0], box, window, clock)
    built = World(
        database, fake, box, clock, providers, usage, sleeps, router, GuardedModel(shield, router), shield, mode
    )
    built.table = table
    built.tracker = tracker
    yield built
    await tracker.stop()
    await table.stop()
