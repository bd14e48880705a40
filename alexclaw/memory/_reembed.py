"""Re-embedding: every row waiting for a vector of the model in force (none
yet, or one of another model after a switch) embedded in batches. The
command line (``memory reembed``, with a progress bar) and the Memory
page's button (through the throttle, in the background) share it.

A batch is read, embedded without holding a connection (a provider may
take seconds) and written; an embedding failure stops the run with the
reason and leaves the rest waiting (found by keywords, retried later); a
switch of model during the run stops it too (its vectors would be
recorded under the wrong name)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from alexclaw.memory._embedding import Embedder, EmbeddingFailed
from alexclaw.memory._search import TABLES, count_unembedded, ensure_vector_index, store_vector, unembedded
from alexclaw.security import Pools

BATCH: Final = 16

Report = Callable[[str, int, int], None]  # table, rows done, rows waiting at the start


@dataclass(frozen=True, slots=True)
class Reembedded:
    model: str
    embedded: int
    error: str = ""  # why it stopped early ("" = every waiting row was embedded)


def _quiet(_table: str, _done: int, _total: int) -> None:
    return None


async def reembed(database: Pools, embedder: Embedder, *, batch: int = BATCH, report: Report = _quiet) -> Reembedded:
    model = embedder.model
    embedded = 0
    indexed = False
    for table in TABLES:
        async with database.pool().acquire() as conn:
            total = await count_unembedded(conn, table, model)
        done, after = 0, 0
        while True:
            async with database.pool().acquire() as conn:
                rows = await unembedded(conn, table, batch, after, model)
            if not rows:
                break
            try:
                vectors = await embedder.embed([text for _, text in rows])
            except EmbeddingFailed as exc:
                return Reembedded(model, embedded, str(exc))
            if embedder.model != model:
                return Reembedded(model, embedded, f"the embedding model changed to {embedder.model} meanwhile")
            async with database.pool().acquire() as conn:
                if not indexed:
                    for each in TABLES:
                        await ensure_vector_index(conn, each, model, len(vectors[0]))
                    indexed = True
                for (row_id, _), vector in zip(rows, vectors, strict=True):
                    await store_vector(conn, table, row_id, vector, model)
            done, after = done + len(rows), rows[-1][0]
            embedded += len(rows)
            report(table, done, total)
    return Reembedded(model, embedded)
