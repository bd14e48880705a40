"""Knowledge: reference documents in chunks, searched keyword-first.

Readers turn a source into text (text and Markdown as they are; HTML
through the sanitizer; PDF through pypdf; a URL through the egress guard,
then by its content type); ``ingest_document`` replaces a source's chunks
in one transaction, so a failed ingest leaves the previous version whole
and nothing half-stored."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from alexclaw.memory._chunker import chunk_text
from alexclaw.memory._search import KEYWORDS, VECTOR_FLOOR, InvalidInput, check_query, fuse, vector_expr
from alexclaw.memory._store import check_content, content_hash
from alexclaw.security import EgressClient, EgressDenied, EgressFailed, EgressPolicy, Endpoint, sanitize
from alexclaw.storage import Connection

MAX_KNOWLEDGE_BYTES: Final = 5 * 1024 * 1024
_HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml")
_CANDIDATES: Final = 50


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class KnowledgeHit:
    id: int
    document: str  # the document's title
    source: str
    position: int
    content: str
    score: float

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "content": self.content, "score": self.score, "document": self.document,
                "source": self.source}  # fmt: skip


def html_text(html: str) -> str:
    """Untrusted markup → clean text (hidden content, injections removed)."""
    return sanitize(html, max_bytes=MAX_KNOWLEDGE_BYTES).text


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InvalidInput(f"the PDF cannot be read ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise InvalidInput("the PDF has no extractable text (a scan without OCR?)")
    return text


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{what} is neither text (UTF-8) nor a PDF") from None


def read_bytes(data: bytes, name: str, content_type: str = "") -> str:
    """A document's text from its bytes, by content type or file name."""
    if len(data) > MAX_KNOWLEDGE_BYTES:
        raise InvalidInput(f"the document is {len(data)} bytes; at most {MAX_KNOWLEDGE_BYTES}")
    lowered, kind = name.lower(), content_type.split(";", maxsplit=1)[0].strip().lower()
    if kind == "application/pdf" or lowered.endswith(".pdf") or data.startswith(b"%PDF-"):
        return pdf_text(data)
    text = _decode(data, name)
    if kind in ("text/html", "application/xhtml+xml") or lowered.endswith(_HTML_SUFFIXES):
        return html_text(text)
    return text


def read_file(path: Path) -> Document:
    try:
        size = path.stat().st_size
        if size > MAX_KNOWLEDGE_BYTES:
            raise InvalidInput(f"{path} is {size} bytes; at most {MAX_KNOWLEDGE_BYTES}")
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    return Document(path.name, path.name, read_bytes(data, path.name))


def url_policy(url: str, *, allow_http: bool = False, allow_loopback: bool = False) -> EgressPolicy:
    """The operator named this URL: its host (https, GET) and nothing else.
    The egress guard still refuses private, loopback and metadata
    addresses and plain http (unless granted in code, as the tests'
    server on 127.0.0.1 is), and credentials in the URL."""
    host = urlsplit(url).hostname or ""
    if not host:
        raise InvalidInput(f"not a URL: {url!r}")
    endpoint = Endpoint(host, allow_http=allow_http)
    return EgressPolicy("knowledge", (endpoint,), allow_loopback=allow_loopback)


async def fetch_url(
    egress: EgressClient, url: str, *, allow_http: bool = False, allow_loopback: bool = False
) -> Document:
    policy = url_policy(url, allow_http=allow_http, allow_loopback=allow_loopback)
    try:
        response = await egress.request(policy, "GET", url)
    except EgressDenied as exc:
        raise InvalidInput(f"the egress guard refused {url}: {exc}") from None
    except EgressFailed as exc:
        raise InvalidInput(f"fetching {url} failed: {exc}") from None
    if response.status != 200:
        raise InvalidInput(f"fetching {url} answered HTTP {response.status}")
    content_type = response.headers.get("content-type", "")
    path = urlsplit(response.url).path
    text = read_bytes(response.body, path or url, content_type)
    if "html" not in content_type:
        # Any text from outside goes through the sanitizer, whatever it says
        # it is (a PDF's text too; HTML went through it in read_bytes).
        text = html_text(text)
    return Document(Path(path).name or urlsplit(url).hostname or url, url, text)


def text_document(text: str, source: str, title: str | None = None) -> Document:
    return Document(title or source, source, text)


async def ingest_document(conn: Connection, document: Document) -> tuple[int, list[tuple[int, str]]]:
    """Store a document and its chunks, replacing any earlier version of the
    same source; returns its id and its chunks (id, text) to embed."""
    text = check_content(document.text, MAX_KNOWLEDGE_BYTES)
    if not document.source.strip():
        raise InvalidInput("a document needs a source (a file name or URL)")
    chunks = chunk_text(text)
    async with conn.transaction():
        doc_id: int = await conn.fetchval(
            "INSERT INTO knowledge_documents (title, source, content_hash) VALUES ($1, $2, $3) "
            "ON CONFLICT (source) DO UPDATE SET title = EXCLUDED.title, content_hash = EXCLUDED.content_hash, "
            "updated_at = now() RETURNING id",
            document.title[:500] or document.source, document.source, content_hash(text),
        )  # fmt: skip
        await conn.execute("DELETE FROM knowledge_chunks WHERE document_id = $1", doc_id)
        ids = await conn.fetch(
            "INSERT INTO knowledge_chunks (document_id, position, content) "
            "SELECT $1, p, c FROM unnest($2::text[]) WITH ORDINALITY AS t(c, p) RETURNING id, position",
            doc_id, chunks,
        )  # fmt: skip
    by_position = {r["position"]: r["id"] for r in ids}
    return doc_id, [(by_position[i + 1], chunk) for i, chunk in enumerate(chunks)]


async def knowledge_exists(conn: Connection, *, url: str | None = None, hash: str | None = None) -> bool:
    if url is None and hash is None:
        raise InvalidInput("exists needs a URL or a content hash")
    found = await conn.fetchval(
        "SELECT EXISTS (SELECT 1 FROM knowledge_documents WHERE ($1::text IS NOT NULL AND source = $1) "
        "OR ($2::text IS NOT NULL AND content_hash = $2))",
        url, hash,
    )  # fmt: skip
    return bool(found)


async def search_knowledge(
    conn: Connection,
    query: str,
    *,
    vector: Sequence[float] | None,
    model: str,
    limit: int = 10,
    min_score: float = 0.0,
) -> list[KnowledgeHit]:
    """Hybrid search, keyword-first: full-text matches fused with the
    nearest chunk vectors of ``model`` by reciprocal rank."""
    text = check_query(query, limit, min_score)
    candidates = max(_CANDIDATES, limit * 4)
    rows = await conn.fetch(
        f"SELECT id FROM knowledge_chunks, {KEYWORDS} AS q "  # noqa: S608 - a constant
        "WHERE tsv @@ q ORDER BY ts_rank_cd(tsv, q) DESC, id LIMIT $2",
        text, candidates,
    )  # fmt: skip
    keyword_ids = [r["id"] for r in rows]
    vector_ids: list[int] = []
    if vector is not None:
        distance, of_model = vector_expr(model, len(vector))
        async with conn.transaction():
            await conn.execute("SET LOCAL hnsw.ef_search = 100")
            rows = await conn.fetch(
                f"SELECT id, 1 - ({distance} <=> $1) AS similarity FROM knowledge_chunks "  # noqa: S608
                f"WHERE {of_model} ORDER BY {distance} <=> $1 LIMIT $2",
                list(vector), candidates,
            )  # fmt: skip
        vector_ids = [r["id"] for r in sorted(rows, key=lambda r: -r["similarity"]) if r["similarity"] >= VECTOR_FLOOR]
    ranked = [r for r in fuse(keyword_ids, vector_ids) if r.score >= min_score][:limit]
    if not ranked:
        return []
    found = await conn.fetch(
        "SELECT c.id, c.position, c.content, d.title, d.source FROM knowledge_chunks c "
        "JOIN knowledge_documents d ON d.id = c.document_id WHERE c.id = ANY($1::bigint[])",
        [r.id for r in ranked],
    )
    by_id = {r["id"]: r for r in found}
    return [
        KnowledgeHit(r.id, by_id[r.id]["title"], by_id[r.id]["source"], by_id[r.id]["position"],
                     by_id[r.id]["content"], r.score)
        for r in ranked
        if r.id in by_id
    ]  # fmt: skip


async def document_with_chunks(conn: Connection, document_id: int) -> tuple[Any, list[Any]] | None:
    """A document's row and its chunks in order (None when there is no such document)."""
    doc = await conn.fetchrow(
        "SELECT id, title, source, updated_at FROM knowledge_documents WHERE id = $1", document_id
    )
    if doc is None:
        return None
    chunks = await conn.fetch(
        "SELECT id, position, content, embedding_model FROM knowledge_chunks WHERE document_id = $1 ORDER BY position",
        document_id,
    )
    return doc, list(chunks)


async def delete_document(conn: Connection, document_id: int) -> bool:
    status = await conn.execute("DELETE FROM knowledge_documents WHERE id = $1", document_id)
    return bool(status == "DELETE 1")
