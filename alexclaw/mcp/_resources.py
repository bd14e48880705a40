"""What MCP clients may read: ``alexclaw://<kind>/<id>`` for workflow
resources, knowledge documents, memory entries, workflows, runs and
settings; ``<kind>/list`` for each, ``knowledge/search:<query>`` and
``memory/search:<query>``.

Reads only, as plain functions of a connection: nothing here writes.
Sensitive settings are ``[REDACTED]`` in the list and in a single read
alike (AlexClaw's single-key read returned secrets in clear). A run is its
metadata — status, times, each step's name, skill, status and branch, and
the kind of error — unless the key's scope includes ``outputs``; a
workflow is its shape (steps' skills and routes), never a step's config.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from alexclaw.config import ConfigHandle, Setting, looks_sensitive, never_shown
from alexclaw.memory import (
    MAX_QUERY_CHARS,
    Embedder,
    EmbeddingFailed,
    InvalidInput,
    Vector,
    recent_memory,
    search_knowledge,
    search_memory,
)
from alexclaw.storage import Connection
from alexclaw.workflows import get_run, get_workflow, list_resources, list_runs, list_workflows

SCHEME: Final = "alexclaw://"
REDACTED: Final = "[REDACTED]"
KINDS: Final = ("resources", "knowledge", "memory", "workflows", "runs", "config")
SEARCHABLE: Final = frozenset({"knowledge", "memory"})
RUNS_LISTED: Final = 50


class NotFound(LookupError):
    """No such resource; the message says which."""


@dataclass(frozen=True, slots=True)
class Reader:
    """What a read needs: settings, the embedder for searches, whether the
    key may see outputs."""

    config: ConfigHandle
    embedder: Embedder
    outputs: bool


def parse_uri(uri: str) -> tuple[str, str]:
    """(kind, rest) of ``alexclaw://kind/rest``, or ``NotFound``."""
    if not uri.startswith(SCHEME):
        raise NotFound(f"not an alexclaw:// URI: {uri[:200]}")
    kind, _, rest = uri[len(SCHEME) :].partition("/")
    if kind not in KINDS or not rest:
        raise NotFound(f"no resource {uri[:200]} (kinds: {', '.join(KINDS)})")
    return kind, rest


def _int_id(kind: str, rest: str) -> int:
    if not (rest.isascii() and rest.isdigit()) or len(rest) > 18:
        raise NotFound(f"no {kind} {rest[:100]!r}: ids are whole numbers")
    return int(rest)


def _when(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def setting_view(setting: Setting) -> dict[str, Any]:
    secret = setting.sensitive or looks_sensitive(setting.key) or never_shown(setting.key)
    return {
        "key": setting.key,
        "value": REDACTED if secret else setting.value,
        "category": setting.category,
        "description": setting.description,
    }


def run_view(run: Any, outputs: bool) -> dict[str, Any]:
    steps = []
    for step in run.step_results:
        shown = {"position": step.position, "name": step.name, "skill": step.skill, "status": step.status,
                 "branch": step.branch, "duration_ms": round(step.duration_ms, 3)}  # fmt: skip
        if outputs:
            shown |= {"output": step.output, "error": step.error}
        steps.append(shown)
    view = {
        "id": run.id, "workflow_id": run.workflow_id, "workflow": run.workflow_name, "status": run.status,
        "trigger": run.trigger, "started_at": _when(run.started_at), "completed_at": _when(run.completed_at),
        "error_kind": (run.error or "").split(":", 1)[0][:80] or None, "steps": steps,
    }  # fmt: skip
    if outputs:
        view |= {"input": run.input, "result": run.result, "error": run.error}
    return view


def workflow_view(workflow: Any) -> dict[str, Any]:
    return {
        "id": workflow.id, "name": workflow.name, "description": workflow.description, "enabled": workflow.enabled,
        "schedule": workflow.schedule, "requires_2fa": workflow.requires_2fa,
        "steps": [
            {"position": s.position, "name": s.label, "skill": s.skill,
             "routes": [{"branch": r.branch, "goto": r.goto} for r in s.routes]}
            for s in workflow.steps
        ],
    }  # fmt: skip


async def _search_vector(reader: Reader, query: str) -> tuple[Vector | None, str]:
    try:
        [vector] = await reader.embedder.embed([query])
    except EmbeddingFailed:  # the model failed: a keyword search, as the pages do
        return None, reader.embedder.model
    return vector, reader.embedder.model


async def read(conn: Connection, reader: Reader, uri: str) -> Any:
    """The JSON value at ``uri``, or ``NotFound``."""
    kind, rest = parse_uri(uri)
    if rest == "list":
        return await _list(conn, reader, kind)
    if rest.startswith("search:") and kind in SEARCHABLE:
        return await _search(conn, reader, kind, rest[len("search:") :])
    return await _ONE[kind](conn, reader, rest)


async def _list(conn: Connection, reader: Reader, kind: str) -> Any:
    now = datetime.now(UTC)
    if kind == "resources":
        return [{"id": r.id, "name": r.name, "type": r.type, "enabled": r.enabled} for r in await list_resources(conn)]
    if kind == "knowledge":
        rows = await conn.fetch("SELECT id, title, source FROM knowledge_documents ORDER BY id DESC LIMIT 200")
        return [{"id": r["id"], "title": r["title"], "source": r["source"]} for r in rows]
    if kind == "memory":
        rows = await recent_memory(conn, now=now, limit=50)
        return [{"id": r["id"], "kind": r["kind"], "source": r["source"], "created_at": _when(r["created_at"])}
                for r in rows]  # fmt: skip
    if kind == "workflows":
        return [{"id": w.id, "name": w.name, "enabled": w.enabled} for w in await list_workflows(conn)]
    if kind == "runs":
        return [run_view(r, reader.outputs) for r in await list_runs(conn, limit=RUNS_LISTED)]
    return [setting_view(s) for s in sorted(reader.config.snapshot().values(), key=lambda s: s.key)]


async def _search(conn: Connection, reader: Reader, kind: str, query: str) -> Any:
    query = query.strip()
    if not query:
        raise NotFound(f"{kind}/search: needs a query after the colon")
    if len(query) > MAX_QUERY_CHARS:  # refused before it costs an embedding (the search would refuse it after)
        raise NotFound(f"{kind}/search: the query has {len(query)} characters; at most {MAX_QUERY_CHARS}")
    vector, model = await _search_vector(reader, query)
    try:
        if kind == "memory":
            hits = await search_memory(conn, query, now=datetime.now(UTC), vector=vector, model=model, limit=20)
            return [h.as_json() for h in hits]
        return [h.as_json() for h in await search_knowledge(conn, query, vector=vector, model=model, limit=20)]
    except InvalidInput as exc:
        raise NotFound(f"{kind}/search: {exc}") from None


async def _resource(conn: Connection, reader: Reader, rest: str) -> Any:
    wanted = _int_id("resource", rest)
    for r in await list_resources(conn):
        if r.id == wanted:
            return {"id": r.id, "name": r.name, "type": r.type, "url": r.url, "content": r.content,
                    "metadata": dict(r.metadata), "tags": list(r.tags), "enabled": r.enabled}  # fmt: skip
    raise NotFound(f"no resource {wanted}")


async def _knowledge(conn: Connection, reader: Reader, rest: str) -> Any:
    wanted = _int_id("knowledge document", rest)
    doc = await conn.fetchrow("SELECT id, title, source, updated_at FROM knowledge_documents WHERE id = $1", wanted)
    if doc is None:
        raise NotFound(f"no knowledge document {wanted}")
    chunks = await conn.fetch("SELECT content FROM knowledge_chunks WHERE document_id = $1 ORDER BY position", wanted)
    return {"id": doc["id"], "title": doc["title"], "source": doc["source"], "updated_at": _when(doc["updated_at"]),
            "chunks": [c["content"] for c in chunks]}  # fmt: skip


async def _memory(conn: Connection, reader: Reader, rest: str) -> Any:
    wanted = _int_id("memory entry", rest)
    row = await conn.fetchrow(
        "SELECT id, kind, content, source, created_at FROM memory_entries "
        "WHERE id = $1 AND (expires_at IS NULL OR expires_at > now())",
        wanted,
    )
    if row is None:
        raise NotFound(f"no memory entry {wanted}")
    return {"id": row["id"], "kind": row["kind"], "content": row["content"], "source": row["source"],
            "created_at": _when(row["created_at"])}  # fmt: skip


async def _workflow(conn: Connection, reader: Reader, rest: str) -> Any:
    workflow = await get_workflow(conn, _int_id("workflow", rest))
    if workflow is None:
        raise NotFound(f"no workflow {rest}")
    return workflow_view(workflow)


async def _run(conn: Connection, reader: Reader, rest: str) -> Any:
    run = await get_run(conn, _int_id("run", rest))
    if run is None:
        raise NotFound(f"no run {rest}")
    return run_view(run, reader.outputs)


async def _config(conn: Connection, reader: Reader, rest: str) -> Any:
    setting = reader.config.setting(rest)
    if setting is None:
        raise NotFound(f"no setting {rest[:200]}")
    return setting_view(setting)


_ONE: Final[dict[str, Callable[[Connection, Reader, str], Awaitable[Any]]]] = {
    "resources": _resource,
    "knowledge": _knowledge,
    "memory": _memory,
    "workflows": _workflow,
    "runs": _run,
    "config": _config,
}


def as_text(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False, indent=1)
