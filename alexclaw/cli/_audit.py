"""``alexclaw audit list``: the audit trail from the shell, newest first,
through the same filtered query as the Audit page and its export
(``alexclaw.security.iter_audit``). Times are UTC (ISO 8601); a filter
time without an offset is read as UTC. A bad filter exits 2 naming it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from alexclaw.cli._common import emit
from alexclaw.inputs import InputError
from alexclaw.security import AuditRow, iter_audit, jsonl_line, parse_audit_filter
from alexclaw.settings import Settings
from alexclaw.storage import open_pool

MAX_CLI_LIMIT = 100_000


def add_list_parser(audit_sub: Any) -> None:
    listing = audit_sub.add_parser("list", help="audit rows, newest first (filters combine)")
    listing.add_argument("--since", default="", help="from this time (ISO, UTC) or a span back (12h, 7d)")
    listing.add_argument("--until", default="", help="before this time (ISO, UTC unless an offset)")
    listing.add_argument("--action", default="", help="actions starting with this (login. or config.set)")
    listing.add_argument("--actor", default="", help="this actor exactly (cli:alice, web:admin@127.0.0.1)")
    listing.add_argument("--target", default="", help="this target exactly")
    listing.add_argument("--outcome", default="", help="ok, denied, refused, failed or error")
    listing.add_argument("--limit", default="100", help="at most this many rows (default 100)")
    shape = listing.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="one JSON array")
    shape.add_argument("--jsonl", action="store_true", help="one JSON object per line")


def _line(row: AuditRow) -> str:
    detail = " ".join(f"{k}={json.dumps(v) if isinstance(v, (dict, list)) else v}" for k, v in row.detail.items())
    at = row.as_json()["at"]
    return "\t".join((str(row.id), at, row.actor, row.action, row.target or "-", row.outcome, detail))


async def audit_list(settings: Settings, args: argparse.Namespace) -> int:
    names = ("since", "until", "action", "actor", "target", "outcome", "limit")
    try:
        audit = parse_audit_filter({name: str(getattr(args, name)) for name in names}, max_limit=MAX_CLI_LIMIT)
    except InputError as exc:
        print(f"alexclaw: --{exc.field}: {exc.problem}", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    async with open_pool(settings) as pool, pool.acquire() as conn:
        async for row in iter_audit(conn, audit, limit=audit.limit):
            if args.json:
                rows.append(row.as_json())
            else:
                emit(jsonl_line(row).rstrip("\n") if args.jsonl else _line(row))
    if args.json:
        emit(json.dumps(rows, ensure_ascii=False))
    return 0
