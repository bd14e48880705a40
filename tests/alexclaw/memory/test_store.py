"""Memory entries against a real database and the real local model:
search by meaning, fusion order, filters, expiry with a manual clock,
dedup, re-embedding after a model change, and refused input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from alexclaw.memory import (
    LOCAL_MODEL,
    InlineEmbedder,
    InvalidInput,
    add_memory,
    content_hash,
    count_unembedded,
    ensure_vector_index,
    fuse,
    mark_for_reembedding,
    memory_exists,
    prune_expired,
    search_memory,
    store_vector,
)
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.memory.conftest import T0

ENTRIES = [
    "The kitten naps on the sofa for hours after lunch.",
    "Couch to 5K: a running plan for beginners.",
    "The quarterly report shows revenue grew by ten percent.",
    "Quantum computers use qubits instead of bits.",
    "Remember to buy milk and eggs on the way home.",
]


async def remember(
    database: DatabaseHandle, embedder: InlineEmbedder, texts: list[str], **options: object
) -> list[int]:
    ids = []
    async with database.pool().acquire() as conn:
        await ensure_vector_index(conn, "memory_entries", embedder.model, embedder.dimension)
        vectors = await embedder.embed(texts)
        for text, vector in zip(texts, vectors, strict=True):
            row_id = await add_memory(conn, str(options.get("kind", "note")), text, now=T0)
            await store_vector(conn, "memory_entries", row_id, vector, embedder.model)
            ids.append(row_id)
    return ids


async def search(database: DatabaseHandle, embedder: InlineEmbedder | None, query: str, **options: object) -> list[str]:
    vector = (await embedder.embed([query]))[0] if embedder else None
    async with database.pool().acquire() as conn:
        hits = await search_memory(conn, query, now=options.pop("now", T0), vector=vector, model=LOCAL_MODEL, **options)  # type: ignore[arg-type]
    return [hit.content for hit in hits]


async def test_a_query_finds_its_paraphrase_before_a_keyword_match(
    database: DatabaseHandle, embedder: InlineEmbedder
) -> None:
    await remember(database, embedder, ENTRIES)
    found = await search(database, embedder, "my cat sleeps on the couch all afternoon")
    # The paraphrase shares no word with the query; "Couch to 5K" shares one.
    assert found[0] == ENTRIES[0]
    assert found.index(ENTRIES[1]) > 0
    # Keywords alone (no query vector) cannot find the paraphrase at all.
    assert ENTRIES[0] not in await search(database, None, "my cat sleeps on the couch all afternoon")


async def test_unrelated_entries_are_not_returned_for_a_meaningful_query(
    database: DatabaseHandle, embedder: InlineEmbedder
) -> None:
    await remember(database, embedder, ENTRIES)
    found = await search(database, embedder, "computing with quantum bits")
    assert found == [ENTRIES[3]]


def test_fusion_ranks_by_reciprocal_rank_with_the_primary_list_first() -> None:
    ranked = fuse([1, 2, 3], [3, 4])
    assert [r.id for r in ranked] == [3, 1, 2, 4]  # in both lists beats first in one
    assert ranked[0].score == pytest.approx((1 / 63 + 0.5 / 61) / (1.5 / 61), abs=1e-6)
    assert [r.id for r in fuse([5], [6])] == [5, 6]  # first place: the primary list wins
    assert fuse([7], [7])[0].score == 1.0


async def test_a_minimum_score_and_the_filters_narrow_the_results(
    database: DatabaseHandle, embedder: InlineEmbedder
) -> None:
    await remember(database, embedder, ENTRIES[:2], kind="note")
    await remember(database, embedder, ["A cat sleeping on a sofa, seen from the window."], kind="news")
    query = "cat asleep on a sofa"
    seen = "A cat sleeping on a sofa, seen from the window."
    assert await search(database, embedder, query) == [seen, ENTRIES[0]]  # "Couch to 5K" is neither near nor a match
    assert await search(database, embedder, query, kind="note") == [ENTRIES[0]]
    assert await search(database, embedder, query, since=T0 + timedelta(seconds=1)) == []
    assert await search(database, embedder, query, min_score=0.99) == [seen]  # first in both lists: 1.0


async def test_expired_entries_are_never_returned_and_the_pruner_deletes_them(
    database: DatabaseHandle, embedder: InlineEmbedder
) -> None:
    async with database.pool().acquire() as conn:
        short = await add_memory(conn, "news", "Flash sale on garden chairs today only.", now=T0, ttl_hours=1)
        await add_memory(conn, "news", "Garden chairs are back in stock.", now=T0)
        vector = (await embedder.embed(["Flash sale on garden chairs today only."]))[0]
        await store_vector(conn, "memory_entries", short, vector, LOCAL_MODEL)
        later = T0 + timedelta(hours=2)
        assert await memory_exists(conn, now=T0, hash=content_hash("Flash sale on garden chairs today only."))
        assert not await memory_exists(conn, now=later, hash=content_hash("Flash sale on garden chairs today only."))
    assert len(await search(database, embedder, "garden chairs sale", now=T0)) == 2
    assert await search(database, embedder, "garden chairs sale", now=later) == ["Garden chairs are back in stock."]
    async with database.pool().acquire() as conn:
        assert await prune_expired(conn, T0) == 0
        assert await prune_expired(conn, later) == 1
        assert await conn.fetchval("SELECT count(*) FROM memory_entries") == 1


async def test_exists_finds_an_entry_by_url_or_content_hash(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        await add_memory(conn, "news", "Headline  one\n", now=T0, source="https://example.org/a")
        await add_memory(conn, "news", "Two", now=T0, metadata={"url": "https://example.org/b"})
        assert await memory_exists(conn, now=T0, url="https://example.org/a")
        assert await memory_exists(conn, now=T0, url="https://example.org/b")
        assert await memory_exists(conn, now=T0, hash=content_hash("Headline one"))
        assert not await memory_exists(conn, now=T0, url="https://example.org/c")


async def test_only_vectors_of_the_same_model_are_compared_and_a_model_change_marks_rows_for_reembedding(
    database: DatabaseHandle, embedder: InlineEmbedder
) -> None:
    [row] = await remember(database, embedder, [ENTRIES[0]])
    async with database.pool().acquire() as conn:
        # Pretend the row was embedded by another model (a provider's).
        await conn.execute("UPDATE memory_entries SET embedding_model = 'other-model' WHERE id = $1", row)
    assert (
        await search(database, embedder, "my cat sleeps all afternoon") == []
    )  # no word in common, no same-model vector
    async with database.pool().acquire() as conn:
        assert await mark_for_reembedding(conn, LOCAL_MODEL) == 1
        assert await count_unembedded(conn, "memory_entries") == 1
        [vector] = await embedder.embed([ENTRIES[0]])
        assert await store_vector(conn, "memory_entries", row, vector, LOCAL_MODEL)
        assert await mark_for_reembedding(conn, LOCAL_MODEL) == 0
    assert await search(database, embedder, "my cat sleeps all afternoon") == [ENTRIES[0]]


async def test_an_entry_without_a_vector_is_found_by_keywords(
    database: DatabaseHandle, embedder: InlineEmbedder
) -> None:
    async with database.pool().acquire() as conn:
        await add_memory(conn, "note", "The boiler service is booked for Tuesday.", now=T0)
    assert await search(database, embedder, "when is the boiler service") == [
        "The boiler service is booked for Tuesday."
    ]


@pytest.mark.parametrize(
    ("kind", "content", "ttl", "problem"),
    [
        ("note", "   \n", None, "empty"),
        ("note", "x" * (64 * 1024 + 1), None, "bytes"),
        ("Not A Kind", "text", None, "unknown kind"),
        ("note", "text", 0, "TTL"),
    ],
)
async def test_bad_input_is_refused_and_nothing_is_stored(
    database: DatabaseHandle, kind: str, content: str, ttl: float | None, problem: str
) -> None:
    async with database.pool().acquire() as conn:
        with pytest.raises(InvalidInput, match=problem):
            await add_memory(conn, kind, content, now=T0, ttl_hours=ttl)
        assert await conn.fetchval("SELECT count(*) FROM memory_entries") == 0


async def test_a_10_kb_query_an_unknown_kind_filter_and_a_bad_limit_are_refused(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        for query, options, problem in [
            ("q" * 10240, {}, "characters"),
            ("", {}, "empty"),
            ("cats", {"kind": "No Such Kind"}, "unknown kind"),
            ("cats", {"limit": 0}, "limit"),
        ]:
            with pytest.raises(InvalidInput, match=problem):
                await search_memory(conn, query, now=T0, vector=None, model=LOCAL_MODEL, **options)  # type: ignore[arg-type]
