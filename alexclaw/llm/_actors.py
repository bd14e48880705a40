"""The two processes of the LLM layer, each owning its state and
publishing an immutable snapshot the router reads without a hop.

``ProviderTable`` loads the providers at ``init``, reloads on every NOTIFY
from the ``llm_providers`` trigger (a change from the command line reaches a
running node at once) and every 30 s as a safety net; while the database
is away the snapshot in force stays. ``UsageTracker`` counts calls and
tokens per provider per UTC day, written through to ``llm_usage`` one
update per call (the router does not wait for the disk, only for the
snapshot to count it); the snapshot carries its day, so a reader after UTC
midnight sees zero without waiting for anyone (``UsageSnapshot.of``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

import asyncpg

from actors import (
    NOREPLY,
    AsyncActor,
    ExitReason,
    Process,
    Refused,
    Snapshot,
    Timer,
    call,
    raise_if_refused,
    reply,
    send,
    send_after,
)
from alexclaw.llm._model import Provider
from alexclaw.llm._store import CHANNEL, DayUsage, add_usage, load_providers, load_usage, seed_providers
from alexclaw.secret_store import SecretStore, as_store
from alexclaw.security import SecretBox
from alexclaw.storage import UNAVAILABLE, DatabaseHandle

log = logging.getLogger("alexclaw.llm")

PROVIDERS_NAME: Final = "alexclaw.llm.providers"
USAGE_NAME: Final = "alexclaw.llm.usage"
RELOAD_SECONDS: Final = 30.0


def utc_day(epoch: float) -> dt.date:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).date()


@dataclass(frozen=True, slots=True)
class UsageSnapshot:
    day: dt.date
    counts: Mapping[str, DayUsage] = field(default_factory=lambda: MappingProxyType({}))

    def of(self, provider: str, today: dt.date) -> DayUsage:
        """Today's usage of ``provider``; a snapshot of an earlier day is zero."""
        if today != self.day:
            return DayUsage()
        return self.counts.get(provider, DayUsage())


class _Reload:
    pass


class ProviderTable(AsyncActor):
    """Owner of the providers snapshot.

    ``init`` listens for the table's NOTIFY and loads the rows (seeding them
    once from the ``llm.*_api_key`` settings); a raise there (the database
    never came back within its wait) fails the start and the supervisor
    retries. ``handle_call`` answers a reload (a writer on this node reading
    its own write) with the count in force; ``handle_info`` reloads on a
    NOTIFY or the periodic timer. A reload failure in either handler is
    logged and keeps the snapshot in force: neither raises for an outage.
    ``terminate`` closes the listening connection."""

    def __init__(
        self,
        database: DatabaseHandle,
        snapshot: Snapshot[tuple[Provider, ...]],
        seeds: Callable[[], Mapping[str, str]] = dict,
        box: SecretBox | SecretStore | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.snapshot = snapshot
        self.seeds = seeds  # the llm.*_api_key settings in clear: provider rows, once
        self.box = box
        self._listener: asyncpg.Connection | None = None
        self._timer: Timer | None = None

    async def init(self) -> None:
        try:
            conn = await self.database.connect()
            await conn.add_listener(CHANNEL, lambda *_: send(self, _Reload()))
            self._listener = conn
        except UNAVAILABLE as exc:
            log.warning("provider table cannot LISTEN (%s); relying on the %ss reload", exc, RELOAD_SECONDS)
        await self.database.when_ready(self._seed_and_reload, what="llm providers")
        self._timer = send_after(self, _Reload(), RELOAD_SECONDS)

    async def _seed_and_reload(self) -> None:
        if self.box is not None:
            async with self.database.pool().acquire() as conn:
                created = await seed_providers(conn, self.box, self.seeds(), actor="node:seed")
            if created:
                log.info("llm providers seeded from settings: %s", ", ".join(created))
        await self._reload()

    async def _reload(self) -> None:
        async with self.database.pool().acquire() as conn:
            providers = await load_providers(conn)
        if self.box is not None:  # with Vault: every key read into the cache the egress lookup peeks at
            await as_store(self.box).warm(p.key_cipher for p in providers)
        self.snapshot.publish(providers)

    async def _try_reload(self) -> None:
        try:
            await self._reload()
        except UNAVAILABLE as exc:
            self.database.report_unavailable(exc)
            log.warning("llm providers not reloaded (%s); the ones in force stay", type(exc).__name__)

    async def handle_call(self, message: Any, caller: Any) -> Any:
        if isinstance(message, _Reload):  # a writer on this node wants to read its own write
            await self._try_reload()
            return len(self.snapshot.read())
        return await super().handle_call(message, caller)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Reload):
            await self._try_reload()
            if self._timer is not None:
                self._timer.cancel()
            self._timer = send_after(self, _Reload(), RELOAD_SECONDS)
            return
        await super().handle_info(message)

    async def terminate(self, reason: ExitReason) -> None:
        if self._listener is not None and not self._listener.is_closed():
            try:
                await self._listener.close(timeout=5)
            except UNAVAILABLE:
                self._listener.terminate()


async def reload_providers(target: Process | str = PROVIDERS_NAME) -> None:
    await call(target, _Reload())


@dataclass(frozen=True, slots=True)
class Record:
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Count(Record):
    """Like ``Record``, answered as soon as the snapshot counts it."""


class UsageTracker(AsyncActor):
    """Owner of the usage snapshot. ``Count`` (the router's, after each
    answer) updates the snapshot, answers the new totals at once — the
    caller does not wait for the disk, and its next call already sees the
    count — then writes the row update in the same handler, one per call, in
    order. ``Record`` answers once written. A database failure on a
    ``Count`` is logged and the snapshot keeps the count (a restart reloads
    what was written); on a ``Record`` the caller gets the kernel's
    ``Refused`` (``record_usage`` raises it there), and the tracker runs on.
    ``init`` loads today's rows once the database answers (a raise there
    fails the start and the supervisor retries); ``handle_call`` serves
    ``Count`` and ``Record``."""

    def __init__(self, database: DatabaseHandle, snapshot: Snapshot[UsageSnapshot], clock: Callable[[], float]) -> None:
        super().__init__()
        self.database = database
        self.snapshot = snapshot
        self.clock = clock

    async def init(self) -> None:
        await self.database.when_ready(self._load, what="llm usage")

    async def _load(self) -> None:
        day = utc_day(self.clock())
        async with self.database.pool().acquire() as conn:
            counts = await load_usage(conn, day)
        self.snapshot.publish(UsageSnapshot(day, MappingProxyType(counts)))

    def _count(self, message: Record) -> tuple[dt.date, DayUsage]:
        day = utc_day(self.clock())
        current = self.snapshot.read()
        counts = dict(current.counts) if current.day == day else {}  # past midnight: a new day starts empty
        was = counts.get(message.provider, DayUsage())
        now = DayUsage(
            was.calls + 1, was.input_tokens + message.input_tokens, was.output_tokens + message.output_tokens
        )
        counts[message.provider] = now
        self.snapshot.publish(UsageSnapshot(day, MappingProxyType(counts)))
        return day, now

    async def _write(self, day: dt.date, message: Record) -> DayUsage:
        async with self.database.pool().acquire() as conn:
            return await add_usage(conn, day, message.provider, message.input_tokens, message.output_tokens)

    async def handle_call(self, message: Any, caller: Any) -> Any:
        if isinstance(message, Count):
            day, totals = self._count(message)
            reply(caller, totals)
            try:
                await self._write(day, message)
            except UNAVAILABLE as exc:
                self.database.report_unavailable(exc)
                log.error("usage of %s not written (%s); counted in memory only", message.provider, exc)
            return NOREPLY
        if isinstance(message, Record):
            day, _ = self._count(message)
            try:
                return await self._write(day, message)
            except UNAVAILABLE as exc:
                self.database.report_unavailable(exc)
                return Refused(f"usage not written: {type(exc).__name__}", "unavailable")
        return await super().handle_call(message, caller)


async def count_usage(
    provider: str, input_tokens: int, output_tokens: int, target: Process | str = USAGE_NAME
) -> DayUsage:
    """The router's record: counted in the snapshot when this returns, on disk right after."""
    totals = await call(target, Count(provider, input_tokens, output_tokens))
    assert isinstance(totals, DayUsage)
    return totals


async def record_usage(
    provider: str, input_tokens: int, output_tokens: int, target: Process | str = USAGE_NAME
) -> DayUsage:
    """One call more, answered once written: the totals in the database
    (``RefusedError`` raised here when it could not be written)."""
    answer: DayUsage | Refused = await call(target, Record(provider, input_tokens, output_tokens))
    return raise_if_refused(answer)
