"""The audit trail: filtered (actor, action prefix, target, outcome, kind,
time range — all in the URL), paged by id, 100 rows a page, and exported
as JSONL or CSV (streamed; the same query as the page and the CLI,
``alexclaw.security.query_audit``). A bad filter is a 400 naming the field."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

from quart import Blueprint, Response, request

from alexclaw.security import (
    AUDIT_GROUPS,
    OUTCOMES,
    AuditFilter,
    csv_header,
    csv_line,
    iter_audit,
    jsonl_line,
    parse_audit_filter,
    query_audit,
    record_audit,
)
from alexclaw.web._common import actor
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web._times import display_zone

EXPORTS = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}


def _link(path: str, audit: AuditFilter, zone: str, **change: Any) -> str:
    query = urlencode(audit.query_args(zone, **change))
    return f"{path}?{query}" if query else path


def build(state: WebState) -> Blueprint:
    bp = Blueprint("audit_pages", __name__)

    def read_filter() -> AuditFilter:
        return parse_audit_filter(request.args, display_zone(state.config))  # InputError: a 400 naming the field

    @bp.get("/audit")
    async def audit() -> Any:
        audit = read_filter()
        zone = display_zone(state.config)
        async with state.database.pool().acquire() as conn:
            page = await query_audit(conn, audit)
        return await render(
            "audit.html",
            entries=page.rows,
            filter=audit,
            typed=request.args,  # the times as typed (the filter holds them in UTC)
            groups=AUDIT_GROUPS,
            outcomes=OUTCOMES,
            newer=_link("/audit", audit, zone, after=page.newer) if page.newer is not None else None,
            older=_link("/audit", audit, zone, before=page.older) if page.older is not None else None,
            exports={kind: _link(f"/audit/export.{kind}", audit, zone) for kind in EXPORTS},
        )

    @bp.get("/audit/export.jsonl")
    async def export_jsonl() -> Any:
        return await export("jsonl")

    @bp.get("/audit/export.csv")
    async def export_csv() -> Any:
        return await export("csv")

    async def export(kind: str) -> Any:
        audit = read_filter()
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), "audit.exported", kind, detail=audit.query_args())

        async def rows() -> AsyncIterator[bytes]:
            if kind == "csv":
                yield csv_header().encode()
            async with state.database.pool().acquire() as conn:
                async for row in iter_audit(conn, audit):
                    yield (csv_line(row) if kind == "csv" else jsonl_line(row)).encode()

        response = Response(rows(), content_type=EXPORTS[kind])
        response.headers["Content-Disposition"] = f'attachment; filename="audit.{kind}"'
        return response

    return bp
