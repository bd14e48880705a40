"""Memory and knowledge benchmarks (BENCH lines; baselines in the same run).

- hybrid memory search (``search_memory``: the HNSW list of one model, the
  full-text list, the fusion, the rows fetched) p50/p99 over 50,000 entries,
  against the bare pgvector query it is built on (``ORDER BY embedding <=>
  $1 LIMIT 10`` on the same partial index; goal: at most 2x);
- the local model's throughput, one text at a time and in batches of 32;
- ingesting a 1 MB document end to end: read, chunk, store, embed every
  chunk with the local model, store the vectors.

The 50,000 rows carry random unit vectors and sentences of random words
(embedding 50,000 real texts would take this machine ~20 minutes and
measures the model, not the search); the queries are real embeddings.
"""

from __future__ import annotations

import logging
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)

from alexclaw.memory import (  # noqa: E402
    LOCAL_DIMENSION,
    LOCAL_MODEL,
    InlineEmbedder,
    LocalModel,
    content_hash,
    ensure_vector_index,
    ingest_document,
    search_memory,
    store_vector,
    text_document,
)
from alexclaw.storage import Database, DatabaseHandle  # noqa: E402

ROWS = 50_000
QUERIES = 200
NOW = datetime(2026, 6, 1, tzinfo=UTC)
SENTENCES = [
    "The kitten naps on the sofa after lunch.",
    "Interest rates were raised by the central bank.",
    "The train to Paris was delayed by two hours.",
    "She is learning to play the violin.",
    "Solar panels should face south for the best yield.",
    "The quarterly report shows revenue grew by ten percent.",
    "Remember to buy milk and eggs on the way home.",
    "Quantum computers use qubits instead of bits.",
]


def words(rng: random.Random, vocabulary: list[str], count: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(count)).capitalize() + "."


async def load(handle: DatabaseHandle) -> None:
    rng = random.Random(17)
    generator = np.random.default_rng(17)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    vectors = generator.standard_normal((ROWS, LOCAL_DIMENSION)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    records = []
    for index in range(ROWS):
        text = words(rng, vocabulary, rng.randint(8, 16))
        records.append(("note", text, content_hash(text), vectors[index], LOCAL_MODEL, LOCAL_DIMENSION, NOW))
    started = time.perf_counter()
    async with handle.pool().acquire() as conn:
        await conn.copy_records_to_table(
            "memory_entries",
            records=records,
            columns=["kind", "content", "content_hash", "embedding", "embedding_model", "embedding_dim", "created_at"],
        )
        loaded = time.perf_counter()
        await ensure_vector_index(conn, "memory_entries", LOCAL_MODEL, LOCAL_DIMENSION)
        await conn.execute("ANALYZE memory_entries")
    line("memory_load_50k_rows", loaded - started, "s")
    line("memory_hnsw_index_build_50k", time.perf_counter() - loaded, "s")


async def timings(fn: Callable[[int], Awaitable[object]]) -> tuple[float, float]:
    for warm in range(20):
        await fn(warm)
    spent = []
    for index in range(QUERIES):
        started = time.perf_counter()
        await fn(index)
        spent.append((time.perf_counter() - started) * 1000)
    spent.sort()
    return statistics.median(spent), spent[int(len(spent) * 0.99) - 1]


async def search_latency(handle: DatabaseHandle, embedder: InlineEmbedder) -> None:
    queries = [f"{s} {i}" for i in range(QUERIES // len(SENTENCES) + 1) for s in SENTENCES][:QUERIES]
    vectors = await embedder.embed(queries)
    async with handle.pool().acquire() as conn:

        async def hybrid(index: int) -> object:
            return await search_memory(conn, queries[index], now=NOW, vector=vectors[index], model=LOCAL_MODEL)

        async def bare(index: int) -> object:
            return await conn.fetch(
                f"SELECT id FROM memory_entries WHERE embedding_model = '{LOCAL_MODEL}' "
                f"ORDER BY embedding::vector({LOCAL_DIMENSION}) <=> $1 LIMIT 10",
                vectors[index],
            )

        ours50, ours99 = await timings(hybrid)
        raw50, raw99 = await timings(bare)
    line("memory_hybrid_search_p50_50k", ours50, "ms", ours50 / raw50, "bare pgvector query")
    line("memory_hybrid_search_p99_50k", ours99, "ms", ours99 / raw99, "bare pgvector query")
    line("memory_bare_pgvector_p50_50k", raw50, "ms")
    line("memory_bare_pgvector_p99_50k", raw99, "ms")


def throughput(model: LocalModel) -> None:
    texts = [f"{s} Item {i}." for i in range(25) for s in SENTENCES]
    model.encode(texts[:8])  # loaded, warmed
    started = time.perf_counter()
    for text in texts:
        model.encode([text])
    line("local_embedding_one_at_a_time", len(texts) / (time.perf_counter() - started), "texts/s")
    started = time.perf_counter()
    for start in range(0, len(texts), 32):
        model.encode(texts[start : start + 32])
    line("local_embedding_batches_of_32", len(texts) / (time.perf_counter() - started), "texts/s")


async def ingest_1mb(handle: DatabaseHandle, embedder: InlineEmbedder) -> None:
    rng = random.Random(5)
    paragraphs = []
    size = 0
    while size < 1024 * 1024:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 8)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    text = "\n\n".join(paragraphs)
    started = time.perf_counter()
    async with handle.pool().acquire() as conn:
        await ensure_vector_index(conn, "knowledge_chunks", LOCAL_MODEL, LOCAL_DIMENSION)
        _, chunks = await ingest_document(conn, text_document(text, "one-megabyte.txt"))
        stored = time.perf_counter()
        for start in range(0, len(chunks), 16):
            batch = chunks[start : start + 16]
            for (chunk_id, _), vector in zip(batch, await embedder.embed([t for _, t in batch]), strict=True):
                await store_vector(conn, "knowledge_chunks", chunk_id, vector, LOCAL_MODEL)
    done = time.perf_counter()
    line("knowledge_ingest_1mb_store", stored - started, "s")
    line("knowledge_ingest_1mb_end_to_end", done - started, "s")
    line("knowledge_ingest_1mb_chunks", len(chunks), "chunks")


async def run(dsn: str) -> None:
    handle = DatabaseHandle()

    async def address() -> str:
        return dsn

    database = await Database(address, handle, max_size=4).start()
    model = LocalModel()
    embedder = InlineEmbedder(model)
    try:
        throughput(model)
        await load(handle)
        await search_latency(handle, embedder)
        await ingest_1mb(handle, embedder)
    finally:
        await database.stop()


def main() -> None:
    on_embedded_postgres(lambda dsn, _data: run(dsn), log_level=logging.WARNING)


if __name__ == "__main__":
    main()
