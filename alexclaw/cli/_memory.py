"""``alexclaw memory …`` and ``alexclaw knowledge …``: the two stores from
the command line, against the database (also while a node runs: through
its socket).

The CLI embeds synchronously with the embedder ``memory.embedder`` chooses
(the local model by default, or a provider's embeddings API through the
egress guard, as the node does), so an entry added here is found by
meaning at once, by a fresh node or the next command. When the embedder
fails (the model's files missing, the provider down), the entry is still
stored (without a vector: found by keywords, embedded later by the node's
throttle or ``memory reembed``) and the command says so on stderr.

    memory add --kind KIND [--source S] [--ttl-hours N]   content on stdin; prints the id
    memory search QUERY [--kind K] [--limit N] [--min-score X] [--json]
    memory reembed                                         a progress bar on a terminal
    knowledge ingest PATH|URL|- [--title T] [--source S]
    knowledge search QUERY [--limit N] [--min-score X] [--json]

Exit codes: 0 done; 1 no database; 2 refused input (empty, over the size
cap, unknown kind, a query over 1,000 characters, an unreadable file or
PDF, a URL the egress guard refuses) — nothing is stored then."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import asyncpg

from alexclaw.cli._common import acting, database_command, emit
from alexclaw.config import MemorySettings, catalog_default, decrypt_row, load_row, setting_keys
from alexclaw.llm import (
    ProviderClient,
    ProviderEmbeddings,
    UsageSnapshot,
    add_usage,
    load_providers,
    load_usage,
    provider_keys,
    utc_day,
)
from alexclaw.memory import (
    LOCAL_DIMENSION,
    MAX_CONTENT_BYTES,
    MAX_KNOWLEDGE_BYTES,
    TABLES,
    ChosenEmbedder,
    Document,
    Embedder,
    EmbeddingFailed,
    InlineEmbedder,
    InvalidInput,
    MemoryOperations,
    add_memory,
    check_kind,
    choose,
    ensure_vector_index,
    fetch_url,
    read_bytes,
    read_file,
    reembed,
    search_knowledge,
    search_memory,
    store_vector,
    text_document,
)
from alexclaw.security import EgressClient, FixedPool, Invalid, SecretBox
from alexclaw.settings import Settings
from alexclaw.storage import Connection, open_pool

BATCH: Final = 16


def _refused(message: str) -> int:
    print(f"alexclaw: {message}", file=sys.stderr)
    return 2


async def configured_model(settings: Settings, conn: Connection) -> tuple[str, int] | None:
    """The embedding model the settings choose and its dimension (0: a
    provider's own, learned from its first answer); None when the choice
    cannot embed anything. For ``alexclaw migrate``'s vector indexes."""
    box = SecretBox(settings.secret_key_base)
    values = {}
    for key in setting_keys(MemorySettings).values():
        row = await load_row(conn, key)
        values[key] = decrypt_row(row, box).value if row is not None else None
    choice = choose(MemorySettings.read(values))
    if choice.problem:
        return None
    return choice.key, LOCAL_DIMENSION if choice.is_local else choice.dimensions


async def chosen_embedder(settings: Settings, pool: asyncpg.Pool) -> Embedder:
    """The embedder the settings choose, as the node would build it: the
    local model in this process, or the provider's embeddings API through
    the egress guard (its key decrypted at that edge; the call counted)."""
    box = SecretBox(settings.secret_key_base)
    async with pool.acquire() as conn:
        values = {}
        for key in setting_keys(MemorySettings).values():
            row = await load_row(conn, key)
            values[key] = decrypt_row(row, box).value if row is not None else None
        choice = choose(MemorySettings.read(values))
        if choice.is_local:
            return ChosenEmbedder(lambda: choice, InlineEmbedder())
        providers = await load_providers(conn)
        today = utc_day(time.time())
        usage = UsageSnapshot(today, await load_usage(conn, today))
        cap_row = await load_row(conn, "egress.max_bytes")
        cap = decrypt_row(cap_row, box).value if cap_row is not None else catalog_default("egress.max_bytes")

    async def record(name: str, tokens_in: int, tokens_out: int) -> Any:
        async with pool.acquire() as conn:
            return await add_usage(conn, utc_day(time.time()), name, tokens_in, tokens_out)

    from alexclaw.wiring import ProviderEmbedder  # the node's wiring: imported by the commands that embed

    egress = EgressClient(provider_keys(lambda: providers, box), max_bytes=int(cap))
    embeddings = ProviderEmbeddings(lambda: providers, lambda: usage, record, ProviderClient(egress), time.time)
    return ChosenEmbedder(lambda: choice, InlineEmbedder(), ProviderEmbedder(embeddings))


async def _vectors(embedder: Embedder, texts: Sequence[str]) -> list[list[float]] | None:
    """The texts' vectors, or None (said on stderr) when the model fails."""
    try:
        return await embedder.embed(texts)
    except EmbeddingFailed as exc:
        print(f"alexclaw: warning: {exc}", file=sys.stderr)
        return None


async def _ready(conn: Connection, model: str, vectors: list[list[float]] | None) -> None:
    if vectors:
        for table in TABLES:
            await ensure_vector_index(conn, table, model, len(vectors[0]))


async def memory_add(settings: Settings, kind: str, source: str | None, ttl: float | None, content: str) -> int:
    async with open_pool(settings) as pool:
        embedder = await chosen_embedder(settings, pool)
        vectors = await _vectors(embedder, [content])
        async with pool.acquire() as conn, conn.transaction():
            await _ready(conn, embedder.model, vectors)
            row_id = await add_memory(conn, kind, content, now=datetime.now(UTC), source=source, ttl_hours=ttl)
            if vectors is not None:
                await store_vector(conn, "memory_entries", row_id, vectors[0], embedder.model)
    if vectors is None:
        print("alexclaw: stored without a vector: found by keywords until it is embedded", file=sys.stderr)
    emit(str(row_id))
    return 0


async def memory_search(settings: Settings, args: argparse.Namespace) -> int:
    async with open_pool(settings) as pool:
        embedder = await chosen_embedder(settings, pool)
        vectors = await _vectors(embedder, [args.query])
        async with pool.acquire() as conn:
            hits = await search_memory(
                conn, args.query, now=datetime.now(UTC), vector=vectors[0] if vectors else None,
                model=embedder.model, kind=args.kind, limit=args.limit, min_score=args.min_score,
            )  # fmt: skip
    if args.json:
        emit(json.dumps([hit.as_json() for hit in hits]))
    for hit in [] if args.json else hits:
        emit(f"{hit.score:.3f}  #{hit.id} [{hit.kind}] {_line(hit.content)}")
    return 0


async def knowledge_ingest(settings: Settings, document: Document) -> int:
    async with open_pool(settings) as pool:
        embedder = await chosen_embedder(settings, pool)
        ingested = await MemoryOperations(FixedPool(pool)).ingest(acting(), document)
        if isinstance(ingested, Invalid):
            return _refused(ingested.message())
        doc_id, chunks = ingested.value.document_id, ingested.value.chunks
        embedded = 0
        for start in range(0, len(chunks), BATCH):
            batch = chunks[start : start + BATCH]
            vectors = await _vectors(embedder, [text for _, text in batch])  # no connection held meanwhile
            if vectors is None:
                break
            async with pool.acquire() as conn:
                if start == 0:
                    await _ready(conn, embedder.model, vectors)
                for (chunk_id, _), vector in zip(batch, vectors, strict=True):
                    await store_vector(conn, "knowledge_chunks", chunk_id, vector, embedder.model)
            embedded += len(batch)
            _progress("embedding chunks", embedded, len(chunks))
    if embedded < len(chunks):
        print(f"alexclaw: {len(chunks) - embedded} chunks stored without a vector (found by keywords)", file=sys.stderr)
    emit(f"document {doc_id}: {document.source} ({len(chunks)} chunks)")
    return 0


async def knowledge_search(settings: Settings, args: argparse.Namespace) -> int:
    async with open_pool(settings) as pool:
        embedder = await chosen_embedder(settings, pool)
        vectors = await _vectors(embedder, [args.query])
        async with pool.acquire() as conn:
            hits = await search_knowledge(
                conn, args.query, vector=vectors[0] if vectors else None, model=embedder.model,
                limit=args.limit, min_score=args.min_score,
            )  # fmt: skip
    if args.json:
        emit(json.dumps([hit.as_json() for hit in hits]))
    for hit in [] if args.json else hits:
        emit(f"{hit.score:.3f}  #{hit.id} {hit.document} [{hit.position}] {_line(hit.content)}")
    return 0


async def memory_reembed(settings: Settings) -> int:
    """Every row waiting for a vector of the model in force, in batches,
    with a progress bar; exit 1 (the reason on stderr) when the embedder
    fails: what was done stays done, the rest waits."""
    async with open_pool(settings) as pool:
        embedder = await chosen_embedder(settings, pool)
        model = embedder.model
        async with pool.acquire() as conn:
            other = await conn.fetchval(
                "SELECT (SELECT count(*) FROM memory_entries WHERE embedding_model <> $1) + "
                "(SELECT count(*) FROM knowledge_chunks WHERE embedding_model <> $1)",
                model,
            )
        if other:
            emit(f"{other} rows had vectors of another model: re-embedding them with {model}")
        done: dict[str, int] = dict.fromkeys(TABLES, 0)

        def report(table: str, count: int, total: int) -> None:
            done[table] = count
            _progress(table, count, total)

        result = await reembed(FixedPool(pool), embedder, batch=BATCH, report=report)
    for table in TABLES:
        emit(f"{table}: {done[table]} embedded with {model}")
    if result.error:
        print(f"alexclaw: re-embedding stopped: {result.error}; the rest waits (found by keywords)", file=sys.stderr)
        return 1
    return 0


def _progress(what: str, done: int, total: int) -> None:
    """A progress bar on a terminal; nothing when stderr is a file or a
    pipe (the summary line on stdout says how much was done)."""
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    end = "\r" if done < total else "\n"
    print(f"{what}: [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def _line(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _guarded(work: Any) -> Any:
    """Refused input is exit 2 with the reason, wherever it is found."""

    async def run(settings: Settings) -> int:
        try:
            return int(await work(settings))
        except InvalidInput as exc:
            return _refused(str(exc))

    return run


def _stdin_text(limit: int) -> str | None:
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        return None
    return data.decode("utf-8", errors="replace")


def cmd_memory_add(args: argparse.Namespace) -> int:
    try:
        check_kind(args.kind)
    except InvalidInput as exc:
        return _refused(str(exc))
    content = _stdin_text(MAX_CONTENT_BYTES)
    if content is None:
        return _refused(f"the content is over {MAX_CONTENT_BYTES} bytes")
    return database_command(_guarded(lambda s: memory_add(s, args.kind, args.source, args.ttl_hours, content)))


def cmd_memory_search(args: argparse.Namespace) -> int:
    return database_command(_guarded(lambda s: memory_search(s, args)))


def cmd_memory_reembed(args: argparse.Namespace) -> int:
    return database_command(_guarded(memory_reembed))


def cmd_knowledge_ingest(args: argparse.Namespace) -> int:
    target: str = args.target

    async def work(settings: Settings) -> int:
        if target == "-":
            data = sys.stdin.buffer.read(MAX_KNOWLEDGE_BYTES + 1)
            name = args.source or "stdin"
            document = text_document(read_bytes(data, name), name, args.title)
        elif target.startswith(("http://", "https://")):
            egress = EgressClient(lambda _name: None, max_bytes=MAX_KNOWLEDGE_BYTES)
            document = await fetch_url(egress, target)
        else:
            document = read_file(Path(target))
        if args.title or args.source:
            document = Document(args.title or document.title, args.source or document.source, document.text)
        return await knowledge_ingest(settings, document)

    return database_command(_guarded(work))


def cmd_knowledge_search(args: argparse.Namespace) -> int:
    return database_command(_guarded(lambda s: knowledge_search(s, args)))


def _search_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help="what to look for (at most 1,000 characters)")
    parser.add_argument("--limit", type=int, default=10, help="at most this many results (1-100, default 10)")
    parser.add_argument("--min-score", type=float, default=0.0, help="drop results scoring below (0-1)")
    parser.add_argument("--json", action="store_true", help="a JSON list, best first")


def add_parsers(commands: Any) -> None:
    memory = commands.add_parser("memory", help="add to and search the agent's memory")
    verbs = memory.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="store the text on stdin; prints its id")
    add.add_argument("--kind", required=True, help="e.g. note, news, conversation (lowercase, digits, _)")
    add.add_argument("--source", help="where it came from (a URL, a name)")
    add.add_argument("--ttl-hours", type=float, help="forget it after this many hours")
    add.set_defaults(run=cmd_memory_add)
    search = verbs.add_parser("search", help="search by meaning and keywords")
    _search_options(search)
    search.add_argument("--kind", help="only entries of this kind")
    search.set_defaults(run=cmd_memory_search)
    reembed = verbs.add_parser("reembed", help="embed every row without a vector of the current model")
    reembed.set_defaults(run=cmd_memory_reembed)

    knowledge = commands.add_parser("knowledge", help="ingest and search reference documents")
    kverbs = knowledge.add_subparsers(dest="verb", metavar="VERB", required=True)
    ingest = kverbs.add_parser("ingest", help="a file (text, Markdown, HTML, PDF), a URL, or - for stdin")
    ingest.add_argument("target", metavar="PATH|URL|-")
    ingest.add_argument("--title", help="the document's title (default: the file name)")
    ingest.add_argument("--source", help="the source it is stored under (default: the file name or URL)")
    ingest.set_defaults(run=cmd_knowledge_ingest)
    ksearch = kverbs.add_parser("search", help="search the documents' chunks")
    _search_options(ksearch)
    ksearch.set_defaults(run=cmd_knowledge_search)
