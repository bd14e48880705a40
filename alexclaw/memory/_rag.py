"""The RAG helper: what skills (research first) put in front of a model
when they ask about what the agent knows.

1. The query, optionally rewritten by a model (``Rewriter``; the node's goes
   through the guarded model call) into a better search query; rewrites
   are cached (bounded, with a TTL) so the same question does not cost a
   call each time. A failed or refused rewrite keeps the query as given.
2. Retrieval from both stores (memory vector-first, knowledge
   keyword-first) with a minimum fused score; expired entries never come.
3. The context assembled under a size budget (characters of source text),
   best first, each source numbered ``[n] title — source`` so the answer
   can cite it; a source that does not fit whole is cut (when enough room
   is left) and the rest left out — and counted.
4. The whole context wrapped as untrusted data for the shield
   (``wrap_untrusted``): stored text came from outside once, and a model
   must treat it as data, never as instructions.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal, Protocol

from alexclaw.memory._embedding import Embedder, EmbeddingFailed, Vector
from alexclaw.memory._knowledge import search_knowledge
from alexclaw.memory._search import MAX_QUERY_CHARS, InvalidInput, check_query
from alexclaw.memory._store import search_memory
from alexclaw.security import Pools, wrap_untrusted

DEFAULT_BUDGET: Final = 6000
MAX_BUDGET: Final = 100_000
MIN_CUT: Final = 200  # a source cut shorter than this says nothing: it is left out instead
DEFAULT_MIN_SCORE: Final = 0.25
REWRITE_TTL: Final = 3600.0
REWRITE_ENTRIES: Final = 256


class Rewriter(Protocol):
    async def rewrite(self, query: str, source: str) -> str | None:
        """A better search query for ``query``, or None (keep it as given)."""
        ...


@dataclass
class RewriteCache:
    """Query → rewritten query, at most ``entries`` (least recently used
    goes first), each for ``ttl`` seconds of ``clock``."""

    entries: int = REWRITE_ENTRIES
    ttl: float = REWRITE_TTL
    clock: Callable[[], float] = time.monotonic
    _items: OrderedDict[str, tuple[float, str]] = field(default_factory=OrderedDict)

    @staticmethod
    def _key(query: str) -> str:
        return " ".join(query.lower().split())

    def get(self, query: str) -> str | None:
        key = self._key(query)
        found = self._items.get(key)
        if found is None:
            return None
        stored_at, rewritten = found
        if self.clock() - stored_at >= self.ttl:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return rewritten

    def put(self, query: str, rewritten: str) -> None:
        key = self._key(query)
        self._items[key] = (self.clock(), rewritten)
        self._items.move_to_end(key)
        while len(self._items) > self.entries:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True, slots=True)
class Source:
    number: int
    store: Literal["memory", "knowledge"]
    title: str
    source: str
    score: float
    text: str
    cut: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"n": self.number, "store": self.store, "title": self.title, "source": self.source,
                "score": self.score, "cut": self.cut}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RagContext:
    query: str  # what was searched: the rewrite, or the query as given
    rewritten: bool
    sources: tuple[Source, ...]
    left_out: int  # hits that did not fit the budget
    context: str  # the numbered sources, wrapped as untrusted data ("" when nothing was found)

    def as_json(self) -> dict[str, Any]:
        return {"query": self.query, "rewritten": self.rewritten, "context": self.context,
                "sources": [s.as_json() for s in self.sources], "left_out": self.left_out}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Hit:
    store: Literal["memory", "knowledge"]
    title: str
    source: str
    score: float
    text: str


def _clean_rewrite(rewritten: str | None, query: str) -> str | None:
    """A usable rewrite: one line, not empty, within the query limit."""
    if rewritten is None:
        return None
    line = " ".join(rewritten.strip().strip('"').split())
    if not line or len(line) > MAX_QUERY_CHARS or line == query:
        return None
    return line


def assemble(hits: list[_Hit], budget: int) -> tuple[list[Source], int]:
    """Best first, numbered, under ``budget`` characters of source text."""
    sources: list[Source] = []
    room = budget
    for n, hit in enumerate(hits):
        if room <= 0:
            return sources, len(hits) - n
        text, cut = hit.text, False
        if len(text) > room:
            if room < MIN_CUT:
                return sources, len(hits) - n
            text, cut = text[: room - 1].rstrip() + "…", True
        sources.append(Source(len(sources) + 1, hit.store, hit.title, hit.source, hit.score, text, cut))
        room -= len(text)
    return sources, 0


def render(sources: list[Source], label: str) -> str:
    if not sources:
        return ""
    body = "\n\n".join(f"[{s.number}] {s.title} — {s.source}\n{s.text}" for s in sources)
    return wrap_untrusted(body, label)


class Rag:
    def __init__(
        self,
        database: Pools,
        embedder: Embedder,
        rewriter: Rewriter | None = None,
        *,
        cache: RewriteCache | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.database = database
        self.embedder = embedder
        self.rewriter = rewriter
        self.cache = cache if cache is not None else RewriteCache()
        self.now = now

    async def _query(self, query: str, rewrite: bool, source: str) -> tuple[str, bool]:
        if not rewrite or self.rewriter is None:
            return query, False
        cached = self.cache.get(query)
        if cached is not None:
            return cached, True
        rewritten = _clean_rewrite(await self.rewriter.rewrite(query, source), query)
        if rewritten is None:
            return query, False
        self.cache.put(query, rewritten)
        return rewritten, True

    async def _vector(self, query: str) -> Vector | None:
        try:
            [vector] = await self.embedder.embed([query])
        except EmbeddingFailed:
            return None  # keywords only, as every search without a vector
        return vector

    async def context(
        self,
        query: str,
        *,
        budget: int = DEFAULT_BUDGET,
        min_score: float = DEFAULT_MIN_SCORE,
        limit: int = 5,
        rewrite: bool = False,
        source: str = "rag",
    ) -> RagContext:
        """Raises ``InvalidInput`` for a bad query, budget, score or limit."""
        text = check_query(query, limit, min_score)
        if not 1 <= budget <= MAX_BUDGET:
            raise InvalidInput(f"the budget must be between 1 and {MAX_BUDGET} characters")
        searched, rewritten = await self._query(text, rewrite, source)
        vector, model = await self._vector(searched), self.embedder.model
        async with self.database.pool().acquire() as conn:
            memory = await search_memory(
                conn, searched, now=self.now(), vector=vector, model=model, limit=limit, min_score=min_score
            )
            knowledge = await search_knowledge(
                conn, searched, vector=vector, model=model, limit=limit, min_score=min_score
            )
        hits = [_Hit("memory", f"memory: {h.kind} #{h.id}", h.source or "memory", h.score, h.content) for h in memory]
        hits += [_Hit("knowledge", h.document, h.source, h.score, h.content) for h in knowledge]
        hits.sort(key=lambda h: -h.score)  # stable: memory first on a tie
        sources, left_out = assemble(hits, budget)
        return RagContext(searched, rewritten, tuple(sources), left_out, render(sources, source))
