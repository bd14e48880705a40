"""Memory entries: store, dedup (``exists``), hybrid search, expiry, delete.

Every function takes a connection and ``now`` (the caller's clock), so
expiry is tested with a manual clock: an expired entry is never returned,
whether or not the pruner has deleted it yet."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

import asyncpg

from alexclaw.memory._search import (
    KEYWORDS,
    VECTOR_FLOOR,
    InvalidInput,
    check_query,
    fuse,
    vector_expr,
)
from alexclaw.storage import Connection

MAX_CONTENT_BYTES: Final = 64 * 1024
MAX_SOURCE_CHARS: Final = 2000
MAX_TTL_HOURS: Final = 24 * 365 * 10
KIND_PATTERN: Final = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_CANDIDATES: Final = 40


@dataclass(frozen=True, slots=True)
class MemoryHit:
    id: int
    kind: str
    content: str
    source: str | None
    score: float
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "content": self.content, "score": self.score}


def content_hash(content: str) -> str:
    """The dedup key: sha256 of the text with its whitespace collapsed."""
    return hashlib.sha256(" ".join(content.split()).encode()).hexdigest()


def check_kind(kind: str) -> str:
    if not KIND_PATTERN.match(kind):
        raise InvalidInput(f"unknown kind {kind!r}: a kind is lowercase letters, digits and _ (at most 40)")
    return kind


def check_content(content: str, max_bytes: int = MAX_CONTENT_BYTES) -> str:
    text = content.replace("\x00", " ").strip()
    if not text:
        raise InvalidInput("the content is empty")
    size = len(text.encode())
    if size > max_bytes:
        raise InvalidInput(f"the content is {size} bytes; at most {max_bytes}")
    return text


async def add_memory(
    conn: Connection,
    kind: str,
    content: str,
    *,
    now: datetime,
    source: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    ttl_hours: float | None = None,
) -> int:
    """Store an entry (without a vector: the throttle or the caller embeds it
    next); returns its id. Checks everything before writing anything."""
    check_kind(kind)
    text = check_content(content)
    if source is not None and (not source.strip() or len(source) > MAX_SOURCE_CHARS):
        raise InvalidInput(f"the source must be 1 to {MAX_SOURCE_CHARS} characters")
    expires_at = None
    if ttl_hours is not None:
        if not 0 < ttl_hours <= MAX_TTL_HOURS:
            raise InvalidInput(f"the TTL must be more than 0 and at most {MAX_TTL_HOURS} hours")
        expires_at = now + timedelta(hours=ttl_hours)
    row_id: int = await conn.fetchval(
        "INSERT INTO memory_entries (kind, content, source, metadata, content_hash, expires_at, created_at) "
        "VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING id",
        kind, text, source, json.dumps(dict(metadata or {})), content_hash(text), expires_at, now,
    )  # fmt: skip
    return row_id


async def memory_exists(conn: Connection, *, now: datetime, url: str | None = None, hash: str | None = None) -> bool:
    """Dedup for the RSS skills: a live entry with this source URL (or
    ``metadata.url``), or with this content hash."""
    if url is None and hash is None:
        raise InvalidInput("exists needs a URL or a content hash")
    found = await conn.fetchval(
        "SELECT EXISTS (SELECT 1 FROM memory_entries WHERE (expires_at IS NULL OR expires_at > $3) AND "
        "(($1::text IS NOT NULL AND (source = $1 OR metadata->>'url' = $1)) OR "
        "($2::text IS NOT NULL AND content_hash = $2)))",
        url, hash, now,
    )  # fmt: skip
    return bool(found)


def _filters(kind: str | None, source: str | None, since: datetime | None, now: datetime, args: list[Any]) -> str:
    """The WHERE clause every list of a search shares (expiry always)."""
    args.append(now)
    clauses = [f"(expires_at IS NULL OR expires_at > ${len(args)})"]
    if kind is not None:
        args.append(check_kind(kind))
        clauses.append(f"kind = ${len(args)}")
    if source is not None:
        args.append(source)
        clauses.append(f"source = ${len(args)}")
    if since is not None:
        args.append(since)
        clauses.append(f"created_at >= ${len(args)}")
    return " AND ".join(clauses)


async def search_memory(
    conn: Connection,
    query: str,
    *,
    now: datetime,
    vector: Sequence[float] | None,
    model: str,
    kind: str | None = None,
    source: str | None = None,
    since: datetime | None = None,
    limit: int = 10,
    min_score: float = 0.0,
) -> list[MemoryHit]:
    """Hybrid search, vector-first: the nearest vectors of ``model`` (cosine
    at least ``VECTOR_FLOOR``) fused with the full-text matches by
    reciprocal rank. Without a query vector (the model failed) it is a
    keyword search; rows not embedded yet are found by keywords."""
    text = check_query(query, limit, min_score)
    # 40 candidates a list: pgvector's default ef_search, so without filters
    # the vector list needs no session setting (no transaction, no extra
    # round trips); with filters, scanning goes on past rejected rows.
    candidates = max(_CANDIDATES, limit * 2)
    args: list[Any] = [text]
    where = _filters(kind, source, since, now, args)
    args.append(candidates)
    lists = [
        f"SELECT id, 'k' AS list, ts_rank_cd(tsv, q) AS rank FROM memory_entries, {KEYWORDS} AS q "  # noqa: S608
        f"WHERE tsv @@ q AND {where} ORDER BY rank DESC, id DESC LIMIT ${len(args)}"
    ]
    if vector is not None:
        distance, of_model = vector_expr(model, len(vector))
        args.append(list(vector))
        lists.append(
            f"SELECT id, 'v' AS list, 1 - ({distance} <=> ${len(args)}) AS rank FROM memory_entries "  # noqa: S608
            f"WHERE {of_model} AND {where} ORDER BY {distance} <=> ${len(args)} LIMIT ${len(args) - 1}"
        )
    # One statement: both lists and the rows they name (one round trip).
    sql = (
        "WITH hits AS (" + " UNION ALL ".join(f"({part})" for part in lists) + ") "
        "SELECT h.id, h.list, h.rank, e.kind, e.content, e.source, e.created_at "
        "FROM hits h JOIN memory_entries e ON e.id = h.id"
    )
    if kind is not None or source is not None or since is not None:
        async with conn.transaction():
            await conn.execute("SET LOCAL hnsw.ef_search = 100")
            await conn.execute("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)")
            rows = await conn.fetch(sql, *args)
    else:
        rows = await conn.fetch(sql, *args)
    by_list = {"v": [], "k": []}  # type: dict[str, list[asyncpg.Record]]
    for row in rows:
        by_list[row["list"]].append(row)
    nearest = sorted((r for r in by_list["v"] if r["rank"] >= VECTOR_FLOOR), key=lambda r: -r["rank"])
    matches = sorted(by_list["k"], key=lambda r: (-r["rank"], -r["id"]))
    ranked = [r for r in fuse([r["id"] for r in nearest], [r["id"] for r in matches]) if r.score >= min_score]
    by_id = {r["id"]: r for r in rows}
    return [
        MemoryHit(r.id, by_id[r.id]["kind"], by_id[r.id]["content"], by_id[r.id]["source"], r.score,
                  by_id[r.id]["created_at"])
        for r in ranked[:limit]
    ]  # fmt: skip


async def recent_memory(
    conn: Connection, *, now: datetime, kind: str | None = None, limit: int = 50
) -> list[asyncpg.Record]:
    args: list[Any] = []
    where = _filters(kind, None, None, now, args)
    args.append(limit)
    return list(
        await conn.fetch(
            "SELECT id, kind, content, source, created_at, expires_at, embedding_model FROM memory_entries "  # noqa: S608
            f"WHERE {where} ORDER BY created_at DESC, id DESC LIMIT ${len(args)}",
            *args,
        )
    )


async def delete_memory(conn: Connection, entry_id: int) -> bool:
    status = await conn.execute("DELETE FROM memory_entries WHERE id = $1", entry_id)
    return bool(status == "DELETE 1")


async def prune_expired(conn: Connection, now: datetime, batch: int = 1000) -> int:
    """Delete expired entries, a batch at a time (no long lock); the count."""
    total = 0
    while True:
        status = await conn.execute(
            "DELETE FROM memory_entries WHERE id IN (SELECT id FROM memory_entries "
            "WHERE expires_at <= $1 ORDER BY id LIMIT $2)",
            now, batch,
        )  # fmt: skip
        deleted = int(status.split()[-1])
        total += deleted
        if deleted < batch:
            return total
