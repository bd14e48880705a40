"""Knowledge: ingest by upload, URL or pasted text; documents and their
chunks (with how many are embedded yet: the progress); search; delete.

Ingestion stores the document and its chunks in one transaction, then
hands each chunk to the throttle (a cast); the document page shows the
embedded count growing. A URL goes through the node's egress client (the
guard) and the sanitizer; uploads are limited by the web's body cap
(1 MB; ``alexclaw knowledge ingest`` takes up to 5 MB)."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from alexclaw.memory import (
    THROTTLE_NAME,
    Document,
    InvalidInput,
    MemoryOperations,
    document_with_chunks,
    enqueue,
    fetch_url,
    read_bytes,
    search_knowledge,
    text_document,
)
from alexclaw.security import Invalid
from alexclaw.web._common import acting
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web.pages._memory import query_vector

MAX_UPLOAD_BYTES = 1024 * 1024  # the web's body cap; a bigger request never gets here


async def _document_from_form(state: WebState) -> Document:
    form = await request.form
    files = await request.files
    title = str(form.get("title", "") or "").strip() or None
    upload = files.get("file")
    url = str(form.get("url", "") or "").strip()
    text = str(form.get("text", "") or "")
    if upload is not None and upload.filename:
        name = str(upload.filename).rsplit("/", 1)[-1]
        data = upload.read(MAX_UPLOAD_BYTES + 1)
        return Document(title or name, name, read_bytes(data, name, upload.content_type or ""))
    if url:
        if state.egress is None:
            raise InvalidInput("the node has no egress client yet")
        document = await fetch_url(state.egress, url)
        return Document(title or document.title, document.source, document.text)
    source = str(form.get("source", "") or "").strip() or (title or "pasted text")
    return text_document(text, source, title)


def build(state: WebState) -> Blueprint:
    bp = Blueprint("knowledge_pages", __name__)

    @bp.get("/knowledge")
    async def knowledge() -> Any:
        query = request.args.get("q", "").strip()
        problem, hits = None, []
        async with state.database.pool().acquire() as conn:
            if query:
                try:
                    vector, model = await query_vector(state, query[:1001])
                    hits = await search_knowledge(conn, query, vector=vector, model=model, limit=20)
                except InvalidInput as exc:
                    problem = str(exc)
            documents = await conn.fetch(
                "SELECT d.id, d.title, d.source, d.updated_at, count(c.id) AS chunks, "
                "count(c.embedding_model) AS embedded FROM knowledge_documents d "
                "LEFT JOIN knowledge_chunks c ON c.document_id = d.id GROUP BY d.id ORDER BY d.updated_at DESC"
            )
        return await render("knowledge.html", query=query, hits=hits, documents=documents, problem=problem), (
            400 if problem else 200
        )

    @bp.post("/knowledge")
    async def ingest() -> Any:
        try:
            document = await _document_from_form(state)
        except InvalidInput as exc:
            await flash(f"Not ingested: {exc}", "error")
            return redirect(url_for("knowledge_pages.knowledge"))
        ingested = await MemoryOperations(state.database).ingest(acting(state), document)
        if isinstance(ingested, Invalid):
            await flash(ingested.message("Not ingested: "), "error")
            return redirect(url_for("knowledge_pages.knowledge"))
        for chunk_id, text in ingested.value.chunks:
            enqueue(THROTTLE_NAME, "knowledge_chunks", chunk_id, text)
        await flash(f"Ingested {document.source}: {len(ingested.value.chunks)} chunks, being embedded.", "ok")
        doc_id = ingested.value.document_id
        return redirect(url_for("knowledge_pages.document", document_id=doc_id))

    @bp.get("/knowledge/<int:document_id>")
    async def document(document_id: int) -> Any:
        async with state.database.pool().acquire() as conn:
            found = await document_with_chunks(conn, document_id)
        if found is None:
            abort(404)
        doc, chunks = found
        embedded = sum(1 for c in chunks if c["embedding_model"])
        return await render("knowledge_doc.html", doc=doc, chunks=chunks, embedded=embedded)

    @bp.post("/knowledge/<int:document_id>/delete")
    async def delete(document_id: int) -> Any:
        deleted = await MemoryOperations(state.database).delete_document(acting(state), document_id)
        await flash(deleted.message, "ok" if deleted.value else "error")
        return redirect(url_for("knowledge_pages.knowledge"))

    return bp
