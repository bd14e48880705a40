"""What memory and knowledge search share: input checks, reciprocal rank
fusion, the vector index of a model, and the SQL pieces that compare only
vectors of one model."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from alexclaw.storage import Connection

log = logging.getLogger("alexclaw.memory")

RRF_K: Final = 60
# The second list of a hybrid search counts half as much as the first:
# memory ranks by meaning first (keywords break ties and catch rows not
# embedded yet), knowledge by keywords first (exact terms of reference text).
SECONDARY_WEIGHT: Final = 0.5
# Below this cosine similarity a vector "hit" is noise for MiniLM (unrelated
# sentences measure under 0.1, paraphrases above 0.5): it is not a hit.
VECTOR_FLOOR: Final = 0.2
MAX_QUERY_CHARS: Final = 1000
MAX_LIMIT: Final = 100
_MODEL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$")
TABLES: Final = ("memory_entries", "knowledge_chunks")
HNSW_MAX_DIMENSION: Final = 2000
# The query's words as OR (websearch syntax, stemmed): a row matching more
# of them ranks higher, a row matching one is still a candidate (AND would
# lose every row missing one word of a natural-language question).
KEYWORDS: Final = "to_tsquery('english', replace(websearch_to_tsquery('english', $1)::text, ' & ', ' | '))"


class InvalidInput(ValueError):
    """Refused input (empty, too big, unknown kind, bad limit): nothing was
    stored or searched. The message says what and why."""


@dataclass(frozen=True, slots=True)
class Ranked:
    id: int
    score: float  # fused, 0..1 (1: first in both lists)


def check_query(query: str, limit: int, min_score: float) -> str:
    text = query.strip()
    if not text:
        raise InvalidInput("the query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidInput(f"the query has {len(text)} characters; at most {MAX_QUERY_CHARS}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"the limit must be between 1 and {MAX_LIMIT}")
    if not 0.0 <= min_score <= 1.0:
        raise InvalidInput("the minimum score must be between 0 and 1")
    return text


def fuse(primary: Sequence[int], secondary: Sequence[int], *, k: int = RRF_K) -> list[Ranked]:
    """Reciprocal rank fusion of two ranked id lists, best first; the score
    is normalised so that first place in both lists scores 1. Ties keep the
    primary list's order."""
    best = (1.0 + SECONDARY_WEIGHT) / (k + 1)
    scores: dict[int, float] = {}
    order: dict[int, tuple[int, int]] = {}
    for rank, row_id in enumerate(primary, start=1):
        scores[row_id] = scores.get(row_id, 0.0) + 1.0 / (k + rank)
        order[row_id] = (rank, 0)
    for rank, row_id in enumerate(secondary, start=1):
        scores[row_id] = scores.get(row_id, 0.0) + SECONDARY_WEIGHT / (k + rank)
        order.setdefault(row_id, (len(primary) + 1, rank))
    ranked = sorted(scores, key=lambda i: (-scores[i], order[i]))
    return [Ranked(i, round(scores[i] / best, 6)) for i in ranked]


def check_model(model: str, dimension: int) -> None:
    """Model names and dimensions become SQL text (a partial index needs a
    literal predicate): only plain names and sane sizes pass."""
    if not _MODEL_NAME.match(model) or not 1 <= dimension <= 16000:
        raise InvalidInput(f"not a usable embedding model: {model!r} ({dimension} dimensions)")


def index_name(table: str, model: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", model.lower()).strip("_")[:30]
    return f"{table}_hnsw_{slug}"


async def ensure_vector_index(conn: Connection, table: str, model: str, dimension: int) -> bool:
    """An HNSW (cosine) index over the vectors of one model: a partial index
    on the column cast to that model's dimension. Idempotent. False when it
    is missing and this role may not build it (a node running as the
    application role does no DDL): search then compares every vector of
    the model, a warning says so, the posture audit reports it, and the
    next ``alexclaw migrate`` (as the owner) builds it."""
    check_model(model, dimension)
    if table not in TABLES:
        raise ValueError(table)
    if dimension > HNSW_MAX_DIMENSION:
        return True  # pgvector's HNSW stops there: larger vectors (a provider's 3,072) are compared by a scan
    name = index_name(table, model)
    if await conn.fetchval("SELECT to_regclass($1)", name) is not None:
        return True
    if not await conn.fetchval(
        "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class WHERE oid = $1::regclass", table
    ):
        log.warning(
            "no vector index for %s on %s, and this database role may not build one: search compares every "
            "vector of the model until alexclaw migrate (as the owner role) builds it",
            model,
            table,
        )
        return False
    # Two writers may ask at once (the throttle's workers, the CLI): IF NOT
    # EXISTS alone races on the catalog, so the second waits on a lock keyed
    # by the index and then finds it there. Building over many rows takes
    # longer than a statement may (10 s): this one-off gets 10 minutes.
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtext($1))", name)
        await conn.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING hnsw ((embedding::vector({dimension})) vector_cosine_ops) WHERE embedding_model = '{model}'",
            timeout=600,
        )
    return True


async def models_in_use(conn: Connection) -> list[tuple[str, str, int]]:
    """(table, model, dimension) of every stored vector kind."""
    found: list[tuple[str, str, int]] = []
    for table in TABLES:
        rows = await conn.fetch(
            f"SELECT DISTINCT embedding_model, embedding_dim FROM {table} "  # noqa: S608
            "WHERE embedding IS NOT NULL ORDER BY embedding_model",
        )
        found += [(table, row["embedding_model"], row["embedding_dim"]) for row in rows]
    return found


async def missing_vector_indexes(conn: Connection) -> list[tuple[str, str]]:
    """(table, model) whose stored vectors have no HNSW index although they
    could (search scans them)."""
    missing: list[tuple[str, str]] = []
    for table, model, dimension in await models_in_use(conn):
        if (
            dimension <= HNSW_MAX_DIMENSION
            and await conn.fetchval("SELECT to_regclass($1)", index_name(table, model)) is None
        ):
            missing.append((table, model))
    return missing


async def build_vector_indexes(conn: Connection, configured: tuple[str, int] | None) -> list[str]:
    """The indexes of every model with stored vectors and of the configured
    one (``alexclaw migrate``, as the owner); returns the indexes built."""
    wanted = {(table, model, dimension) for table, model, dimension in await models_in_use(conn)}
    if configured is not None and configured[1] > 0:
        wanted |= {(table, *configured) for table in TABLES}
    built: list[str] = []
    for table, model, dimension in sorted(wanted):
        name = index_name(table, model)
        if dimension <= HNSW_MAX_DIMENSION and await conn.fetchval("SELECT to_regclass($1)", name) is None:
            await ensure_vector_index(conn, table, model, dimension)
            built.append(name)
    return built


def vector_expr(model: str, dimension: int) -> tuple[str, str]:
    """The distance expression and the model predicate, as the index has them."""
    check_model(model, dimension)
    return f"embedding::vector({dimension})", f"embedding_model = '{model}'"


async def mark_for_reembedding(conn: Connection, model: str) -> int:
    """Rows embedded by another model lose their vector (they stay found by
    keywords) until the throttle or ``memory reembed`` embeds them again."""
    total = 0
    for table in TABLES:
        status = await conn.execute(
            f"UPDATE {table} SET embedding = NULL, embedding_model = NULL, embedding_dim = NULL "  # noqa: S608
            "WHERE embedding_model IS DISTINCT FROM $1 AND embedding IS NOT NULL",
            model,
        )
        total += int(status.split()[-1])
    return total


def _waiting(model: str | None, args: list[object]) -> str:
    """Rows waiting for a vector: none at all, or (given the model in
    force) one of another model."""
    if model is None:
        return "embedding IS NULL"
    args.append(model)
    return f"(embedding IS NULL OR embedding_model IS DISTINCT FROM ${len(args)})"


async def unembedded(
    conn: Connection, table: str, limit: int, after: int = 0, model: str | None = None
) -> list[tuple[int, str]]:
    if table not in TABLES:
        raise ValueError(table)
    args: list[object] = [after, limit]
    rows = await conn.fetch(
        f"SELECT id, content FROM {table} WHERE {_waiting(model, args)} AND id > $1 ORDER BY id LIMIT $2",  # noqa: S608
        *args,
    )
    return [(r["id"], r["content"]) for r in rows]


async def count_unembedded(conn: Connection, table: str, model: str | None = None) -> int:
    if table not in TABLES:
        raise ValueError(table)
    args: list[object] = []
    return int(await conn.fetchval(f"SELECT count(*) FROM {table} WHERE {_waiting(model, args)}", *args))  # noqa: S608


@dataclass(frozen=True, slots=True)
class Progress:
    """Rows holding a vector of the model in force, out of all rows (both stores)."""

    model: str
    embedded: int
    total: int

    @property
    def waiting(self) -> int:
        return self.total - self.embedded


async def embedding_progress(conn: Connection, model: str) -> Progress:
    row = await conn.fetchrow(
        "SELECT (SELECT count(*) FROM memory_entries WHERE embedding_model = $1 AND embedding IS NOT NULL) + "
        "(SELECT count(*) FROM knowledge_chunks WHERE embedding_model = $1 AND embedding IS NOT NULL) AS embedded, "
        "(SELECT count(*) FROM memory_entries) + (SELECT count(*) FROM knowledge_chunks) AS total",
        model,
    )
    assert row is not None  # an aggregate always answers one row
    return Progress(model, int(row["embedded"]), int(row["total"]))


async def store_vector(conn: Connection, table: str, row_id: int, vector: Sequence[float], model: str) -> bool:
    """Record a row's vector; False when the row is gone (deleted, expired)."""
    if table not in TABLES:
        raise ValueError(table)
    status = await conn.execute(
        f"UPDATE {table} SET embedding = $2, embedding_model = $3, embedding_dim = $4 WHERE id = $1",  # noqa: S608
        row_id,
        list(vector),
        model,
        len(vector),
    )
    return bool(status.endswith(" 1"))
