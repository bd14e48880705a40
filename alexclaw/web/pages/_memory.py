"""Memory: recent entries (filter by kind), search with scores, add, delete.

An entry added here is stored at once and embedded by the node's throttle
(a cast: the page never waits for the model); until then it is found by
keywords. A search embeds the query with the embedder ``memory.embedder``
chooses; when it fails, the page searches by keywords and says so. The
page shows the embedder in use and how many rows have a vector of it
(after a switch of model the rest wait, found by keywords), the last
embedding failure, and starts a whole re-embedding in the background.
Deletions are audited."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from quart import Blueprint, flash, redirect, request, url_for

from actors import NoProcess, call
from alexclaw.memory import (
    THROTTLE_NAME,
    EmbeddingFailed,
    InvalidInput,
    MemoryOperations,
    Reembed,
    Vector,
    add_memory,
    check_kind,
    embedding_progress,
    enqueue,
    recent_memory,
    search_memory,
)
from alexclaw.web._common import acting
from alexclaw.web._render import render
from alexclaw.web._state import WebState


async def query_vector(state: WebState, query: str) -> tuple[Vector | None, str]:
    """The query's vector and the model it belongs to; None (with a flash)
    when the embedder failed: keywords only."""
    embedder = state.embedder
    try:
        [vector] = await embedder.embed([query])
    except EmbeddingFailed as exc:
        await flash(f"Searching by keywords only: {exc}", "error")
        return None, embedder.model
    return vector, embedder.model


def build(state: WebState) -> Blueprint:
    bp = Blueprint("memory_pages", __name__)

    @bp.get("/memory")
    async def memory() -> Any:
        query = request.args.get("q", "").strip()
        kind = request.args.get("kind", "").strip() or None
        problem, hits, recent = None, [], []
        now = datetime.now(UTC)
        try:
            if kind is not None:
                check_kind(kind)
            async with state.database.pool().acquire() as conn:
                progress = await embedding_progress(conn, state.embedder.model)
                if query:
                    vector, model = await query_vector(state, query[:1001])
                    hits = await search_memory(conn, query, now=now, vector=vector, model=model, kind=kind, limit=20)
                recent = await recent_memory(conn, now=now, kind=kind, limit=50)
                kinds = [r["kind"] for r in await conn.fetch("SELECT DISTINCT kind FROM memory_entries ORDER BY kind")]
        except InvalidInput as exc:
            problem, kinds, progress = str(exc), [], None
        return await render(
            "memory.html", query=query, kind=kind or "", hits=hits, recent=recent, kinds=kinds, problem=problem,
            stats=state.memory_stats.read(), progress=progress,
        ), (400 if problem else 200)  # fmt: skip

    @bp.post("/memory/reembed")
    async def reembed() -> Any:
        try:
            started = await call(THROTTLE_NAME, Reembed())
        except NoProcess:
            await flash("The embedding throttle is not running: nothing was started.", "error")
            return redirect(url_for("memory_pages.memory"))
        if started:
            await flash(f"Re-embedding every waiting row with {state.embedder.model} in the background.", "ok")
        else:
            await flash("A re-embedding is already running.", "error")
        return redirect(url_for("memory_pages.memory"))

    @bp.post("/memory")
    async def add() -> Any:
        form = await request.form
        ttl_text = str(form.get("ttl_hours", "") or "").strip()
        try:
            ttl = float(ttl_text) if ttl_text else None
            async with state.database.pool().acquire() as conn:
                row_id = await add_memory(
                    conn, str(form.get("kind", "")).strip(), str(form.get("content", "")), now=datetime.now(UTC),
                    source=str(form.get("source", "")).strip() or None, ttl_hours=ttl,
                )  # fmt: skip
                content = await conn.fetchval("SELECT content FROM memory_entries WHERE id = $1", row_id)
        except (InvalidInput, ValueError) as exc:
            await flash(f"Not stored: {exc}", "error")
            return redirect(url_for("memory_pages.memory"))
        enqueue(THROTTLE_NAME, "memory_entries", row_id, content)
        await flash(f"Stored as #{row_id}; it is being embedded.", "ok")
        return redirect(url_for("memory_pages.memory"))

    @bp.post("/memory/<int:entry_id>/delete")
    async def delete(entry_id: int) -> Any:
        deleted = await MemoryOperations(state.database).delete_entry(acting(state), entry_id)
        await flash(deleted.message, "ok" if deleted.value else "error")
        return redirect(url_for("memory_pages.memory"))

    return bp
