"""The two processes of memory: the embedding throttle and the pruner.

The throttle embeds stored rows in the background: at most ``max_running``
embeddings at once, a queue of ``max_queue``, anything beyond dropped and
counted (the row keeps no vector and stays found by keywords; the sweep
picks it up later). ``enqueue`` is a cast: the caller never waits. The
sweep, every ``sweep_seconds`` when idle, queues rows that wait for a
vector of the model in force (dropped ones, failed ones, rows of another
model after a switch), so nothing stays unembedded for good. ``Reembed``
runs a whole re-embedding in the background (the Memory page's button).

The pruner deletes expired memory entries every ``every_seconds`` with an
injectable clock (search already hides them; this reclaims the space)."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from actors import NOREPLY, AsyncActor, Caller, ExitReason, Snapshot, Timer, cast, reply, send, send_after
from alexclaw.memory._embedding import Embedder, EmbeddingFailed
from alexclaw.memory._reembed import Reembedded, reembed
from alexclaw.memory._search import TABLES, ensure_vector_index, store_vector, unembedded
from alexclaw.memory._store import prune_expired
from alexclaw.storage import DATABASE_ERRORS, UNAVAILABLE, DatabaseHandle
from supervisors import start_task

log = logging.getLogger("alexclaw.memory")

THROTTLE_NAME: Final = "alexclaw.memory.throttle"
# What a background embedding may meet: the model or provider failed, the
# database is away. The row keeps no vector; the sweep retries it later.
_EMBED_ERRORS: Final[tuple[type[BaseException], ...]] = (EmbeddingFailed, *DATABASE_ERRORS)
PRUNER_NAME: Final = "alexclaw.memory.pruner"


@dataclass(frozen=True, slots=True)
class ThrottleStats:
    running: int = 0
    queued: int = 0
    embedded: int = 0
    failed: int = 0
    dropped: int = 0  # refused because the queue was full (a metric)
    # Counted at each sweep (the Dashboard reads these, never the tables).
    entries: int = 0
    documents: int = 0
    unembedded: int = 0  # rows waiting for a vector of the model in force
    reembedding: bool = False  # a whole re-embedding runs (Reembed)
    last_error: str = ""  # the last embedding failure, until an embedding succeeds


@dataclass(frozen=True, slots=True)
class Embed:
    table: str
    row_id: int
    text: str


@dataclass(frozen=True, slots=True)
class Idle:
    """A call answered once nothing runs and nothing waits (tests, reembed)."""


@dataclass(frozen=True, slots=True)
class Reembed:
    """A call: re-embed every waiting row in the background; answers False
    when a re-embedding already runs."""


@dataclass(frozen=True, slots=True)
class _Done:
    key: tuple[str, int]
    ok: bool
    error: str = ""


@dataclass(frozen=True, slots=True)
class _Reembedded:
    result: Reembedded | None


class _Sweep:
    pass


def enqueue(throttle: Any, table: str, row_id: int, text: str) -> None:
    """Ask for a row's vector; never blocks, never fails (a cast)."""
    cast(throttle, Embed(table, row_id, text))


class EmbeddingThrottle(AsyncActor):
    """At most ``max_running`` embeddings at once, ``max_queue`` waiting,
    anything beyond dropped and counted — never blocking the caller.

    ``init`` publishes empty counts and arms the first sweep; it does not
    touch the database, so it cannot fail for an outage. ``handle_cast``
    (``Embed``, sent by whoever stored a row) starts, queues or drops the
    job. ``handle_info`` takes a finished embedding (``_Done``: counted,
    the next job started) and the periodic sweep (counts for the
    Dashboard, rows left without a vector queued again). ``handle_call``
    answers ``Idle`` once nothing runs or waits, and ``Sweep`` (a sweep
    now). A sweep during a database outage is skipped, not raised: the
    next one retries; a failed embedding is counted, never a crash.
    ``terminate`` cancels the sweep timer (running embeddings are children
    of the task supervisor, which stops them)."""

    def __init__(
        self,
        database: DatabaseHandle,
        embedder: Embedder,
        tasks: Any,
        stats: Snapshot[ThrottleStats],
        *,
        max_running: int = 3,
        max_queue: int = 100,
        sweep_seconds: float | None = 60.0,
    ) -> None:
        super().__init__()
        self.database = database
        self.embedder = embedder
        self.tasks = tasks  # the TaskSupervisor each embedding runs under
        self.stats = stats
        self.max_running = max_running
        self.max_queue = max_queue
        self.sweep_seconds = sweep_seconds
        self._queue: deque[Embed] = deque()
        self._queued: set[tuple[str, int]] = set()
        self._running: set[tuple[str, int]] = set()
        self._idle: list[Caller] = []
        self._timer: Timer | None = None
        self._indexed: set[str] = set()  # the models whose vector index exists
        self._reembedding = False

    async def init(self) -> None:
        self.stats.publish(ThrottleStats())
        if self.sweep_seconds is not None:
            # The first sweep soon after boot (counts for the Dashboard, rows
            # a previous run left without a vector); then every sweep_seconds.
            self._timer = send_after(self, _Sweep(), min(self.sweep_seconds, 5.0))

    def _publish(self, **change: Any) -> None:
        self.stats.publish(replace(self.stats.read(), queued=len(self._queue), **change))

    async def handle_cast(self, message: Any) -> None:
        if not isinstance(message, Embed):
            return await super().handle_cast(message)
        key = (message.table, message.row_id)
        if key in self._queued or key in self._running:
            return None  # already on its way
        current = self.stats.read()
        if len(self._running) < self.max_running:
            await self._start(message)
        elif len(self._queue) < self.max_queue:
            self._queued.add(key)
            self._queue.append(message)
            self._publish()
        else:
            self._publish(dropped=current.dropped + 1)
        return None

    async def _start(self, job: Embed) -> None:
        key = (job.table, job.row_id)
        self._running.add(key)
        self._publish(running=len(self._running))
        me = self

        async def run() -> None:
            ok, error = False, ""
            try:
                model = me.embedder.model  # the vector is recorded under the model asked
                [vector] = await me.embedder.embed([job.text])
                if me.embedder.model != model:
                    raise EmbeddingFailed(f"the embedding model changed to {me.embedder.model} meanwhile")
                async with me.database.pool().acquire() as conn:
                    if model not in me._indexed:
                        for table in TABLES:
                            await ensure_vector_index(conn, table, model, len(vector))
                        me._indexed.add(model)
                    await store_vector(conn, job.table, job.row_id, vector, model)
                ok = True
            except _EMBED_ERRORS as exc:
                error = str(exc) or type(exc).__name__
                log.warning("embedding %s %d failed (%s); the row keeps no vector for now", job.table, job.row_id, exc)
            finally:
                send(me, _Done(key, ok, error))

        await start_task(self.tasks, run, id=f"embed:{job.table}:{job.row_id}")

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Done):
            self._running.discard(message.key)
            current = self.stats.read()
            self.stats.publish(
                replace(
                    current,
                    queued=len(self._queue),
                    running=len(self._running),
                    embedded=current.embedded + (1 if message.ok else 0),
                    failed=current.failed + (0 if message.ok else 1),
                    last_error="" if message.ok else message.error,
                )
            )
            while self._queue and len(self._running) < self.max_running:
                job = self._queue.popleft()
                self._queued.discard((job.table, job.row_id))
                await self._start(job)
            self._answer_idle()
        elif isinstance(message, _Reembedded):
            self._reembedding = False
            result, current = message.result, self.stats.read()
            error = "the re-embedding stopped unexpectedly" if result is None else result.error
            done = 0 if result is None else result.embedded
            self.stats.publish(replace(current, reembedding=False, embedded=current.embedded + done, last_error=error))
            await self._sweep()  # fresh counts for the page
            self._answer_idle()
        elif isinstance(message, _Sweep):
            await self._sweep()
            if self.sweep_seconds is not None:
                self._timer = send_after(self, _Sweep(), self.sweep_seconds)
        else:
            await super().handle_info(message)

    async def _sweep(self) -> None:
        try:
            # The model in force is read per sweep: after a switch, rows of
            # the old model wait (found by keywords) and are queued here.
            model = self.embedder.model
            async with self.database.pool().acquire() as conn:
                counts = await conn.fetchrow(
                    "SELECT (SELECT count(*) FROM memory_entries) AS entries, "
                    "(SELECT count(*) FROM knowledge_documents) AS documents, "
                    "(SELECT count(*) FROM memory_entries WHERE embedding IS NULL OR "
                    "embedding_model IS DISTINCT FROM $1) + (SELECT count(*) FROM knowledge_chunks "
                    "WHERE embedding IS NULL OR embedding_model IS DISTINCT FROM $1) AS unembedded",
                    model,
                )
                if counts is not None:
                    self._publish(**dict(counts))
                if self._queue or self._running or self._reembedding:
                    return
                rows = [(t, r) for t in TABLES for r in await unembedded(conn, t, self.max_queue, 0, model)]
        except UNAVAILABLE:
            return
        for table, (row_id, text) in rows[: self.max_queue]:
            await self.handle_cast(Embed(table, row_id, text))

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, Idle):
            self._idle.append(caller)
            self._answer_idle()
            return NOREPLY
        if isinstance(message, Sweep):
            await self._sweep()
            return True
        if isinstance(message, Reembed):
            return await self._start_reembed()
        return await super().handle_call(message, caller)

    async def _start_reembed(self) -> bool:
        if self._reembedding:
            return False
        self._reembedding = True
        self.stats.publish(replace(self.stats.read(), reembedding=True))
        me = self

        async def run() -> None:
            result: Reembedded | None = None
            try:
                result = await reembed(me.database, me.embedder)
            except DATABASE_ERRORS as exc:
                result = Reembedded(me.embedder.model, 0, f"the database failed ({type(exc).__name__})")
            finally:
                send(me, _Reembedded(result))

        await start_task(self.tasks, run, id="reembed")
        return True

    def _answer_idle(self) -> None:
        if not self._queue and not self._running and not self._reembedding:
            for caller in self._idle:
                reply(caller, self.stats.read())
            self._idle.clear()

    async def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()


class Sweep(_Sweep):
    """A call: queue the rows without a vector now (as the timer does)."""


@dataclass(frozen=True, slots=True)
class Prune:
    """A call: prune now; answers the number deleted (or None: no database)."""


class _Tick:
    pass


class MemoryPruner(AsyncActor):
    """Deletes expired memory entries (search already never returns them).

    ``init`` arms the timer; ``handle_info`` prunes on each tick and arms
    the next; ``handle_call`` answers ``Prune`` with the number deleted, or
    None while the database is away (logged, retried at the next tick —
    never raised). ``terminate`` cancels the timer."""

    def __init__(
        self, database: DatabaseHandle, clock: Callable[[], datetime], *, every_seconds: float | None = 600.0
    ) -> None:
        super().__init__()
        self.database = database
        self.clock = clock
        self.every_seconds = every_seconds
        self._timer: Timer | None = None

    async def init(self) -> None:
        if self.every_seconds is not None:
            self._timer = send_after(self, _Tick(), self.every_seconds)

    async def _prune(self) -> int | None:
        try:
            async with self.database.pool().acquire() as conn:
                deleted = await prune_expired(conn, self.clock())
        except UNAVAILABLE as exc:
            log.warning("cannot prune expired memory (%s); next time", type(exc).__name__)
            return None
        if deleted:
            log.info("pruned %d expired memory entries", deleted, extra={"event": "memory.pruned"})
        return deleted

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Tick):
            await self._prune()
            if self.every_seconds is not None:
                self._timer = send_after(self, _Tick(), self.every_seconds)
            return
        await super().handle_info(message)

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, Prune):
            return await self._prune()
        return await super().handle_call(message, caller)

    async def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()
