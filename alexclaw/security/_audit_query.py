"""Reading the audit trail: one filtered, keyset-paged query behind the
Audit page, its JSONL/CSV export and ``alexclaw audit list``.

A filter comes from untrusted text (a query string, CLI flags) and is read
in one place, ``parse_audit_filter``: every refusal is an ``InputError``
naming the field (the page answers 400 with it, the CLI exits 2). Pages go
by id (``before``: older than, ``after``: newer than), never by offset, so
a page stays stable while rows are appended. Audit rows carry no secret
(``record_audit``'s rule); the export writes the same columns the page
shows, and a CSV cell that a spreadsheet would run as a formula is quoted.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from alexclaw.inputs import INT8_MAX, InputError, check_text, parse_id
from alexclaw.storage import Connection

PAGE_SIZE: Final = 100
MAX_LIMIT: Final = 10_000
EXPORT_BATCH: Final = 500
OUTCOMES: Final = ("ok", "denied", "refused", "failed", "error")  # offered; any one word is accepted
_OUTCOME: Final = re.compile(r"[a-z_]{1,32}")
MAX_FILTER_LENGTH: Final = 200
# Named groups of action prefixes (the page's "Kind" select).
AUDIT_GROUPS: Final[Mapping[str, tuple[str, ...]]] = {
    "login": ("login.", "logout"),
    "config": ("config.",),
    "2fa": ("totp.", "challenge."),
    "sessions": ("session.", "block."),
    "shield": ("break_glass.", "shield."),
    "authorization": ("authz.", "policy.", "skill."),
}
COLUMNS: Final = ("id", "at", "actor", "action", "target", "outcome", "node", "detail")
_RELATIVE: Final = re.compile(r"(\d{1,6})([mhd])")
_UNITS: Final = {"m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class AuditFilter:
    """What to show; empty fields do not filter."""

    actor: str = ""  # exact
    action: str = ""  # a prefix: "login." or "config.set"
    target: str = ""  # exact
    outcome: str = ""  # ok | denied
    group: str = ""  # a key of AUDIT_GROUPS
    since: datetime | None = None  # at >= since
    until: datetime | None = None  # at < until
    before: int | None = None  # id < before (an older page)
    after: int | None = None  # id > after (a newer page)
    limit: int = PAGE_SIZE

    def query_args(self, zone: str = "UTC", **change: Any) -> dict[str, str]:
        """The filter as query-string values (for links that keep it); times
        absolute, with their offset, in ``zone`` (the one the page shows)."""
        tz = ZoneInfo(zone)
        values = {
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "outcome": self.outcome,
            "group": self.group,
            "since": self.since.astimezone(tz).isoformat() if self.since else "",
            "until": self.until.astimezone(tz).isoformat() if self.until else "",
        }
        values.update({k: "" if v is None else str(v) for k, v in change.items()})
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    outcome: str
    node: str
    detail: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {**{name: getattr(self, name) for name in COLUMNS}, "at": self.at.astimezone(UTC).isoformat()}


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    newer: int | None  # the ``after`` of the newer page, if there is one
    older: int | None  # the ``before`` of the older page, if there is one


def _text(args: Mapping[str, str], name: str) -> str:
    value = str(args.get(name, "") or "").strip()
    if len(value) > MAX_FILTER_LENGTH:
        raise InputError(name, f"longer than {MAX_FILTER_LENGTH} characters")
    return check_text(value, name, multiline=False)


def parse_time(text: str, field_name: str, zone: str = "UTC", *, now: datetime | None = None) -> datetime | None:
    """A moment typed by a person: empty (None), an ISO date or date-time
    (without an offset it is read in ``zone``), or a span back from now
    (``30m``, ``12h``, ``7d``)."""
    text = text.strip()
    if not text:
        return None
    relative = _RELATIVE.fullmatch(text)
    if relative:
        span = timedelta(**{_UNITS[relative.group(2)]: int(relative.group(1))})
        return (now or datetime.now(UTC)) - span
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        raise InputError(
            field_name, "a date (2026-12-03), a date and time (2026-12-03T08:15) or a span back (30m, 12h, 7d)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC)


def parse_audit_filter(args: Mapping[str, str], zone: str = "UTC", *, max_limit: int = MAX_LIMIT) -> AuditFilter:
    """The filter in ``args`` (a query string or CLI flags), or
    ``InputError`` naming the field and the reason."""
    outcome = _text(args, "outcome")
    if outcome and not _OUTCOME.fullmatch(outcome):
        raise InputError("outcome", f"one word in lower case, like {', '.join(OUTCOMES)}")
    group = _text(args, "group")
    if group and group not in AUDIT_GROUPS:
        raise InputError("group", f"one of {', '.join(AUDIT_GROUPS)}")
    since = parse_time(_text(args, "since"), "since", zone)
    until = parse_time(_text(args, "until"), "until", zone)
    if since and until and since >= until:
        raise InputError("until", "must be later than since")
    before = parse_id(_text(args, "before"), "before", INT8_MAX)
    after = parse_id(_text(args, "after"), "after", INT8_MAX)
    if before is not None and after is not None:
        raise InputError("after", "give before or after, not both")
    try:
        limit = parse_id(_text(args, "limit"), "limit", max_limit)
    except InputError:
        limit = 0
    if limit == 0:
        raise InputError("limit", f"a whole number from 1 to {max_limit}")
    return AuditFilter(
        actor=_text(args, "actor"),
        action=_text(args, "action"),
        target=_text(args, "target"),
        outcome=outcome,
        group=group,
        since=since,
        until=until,
        before=before,
        after=after,
        limit=limit or PAGE_SIZE,
    )


def _like_prefix(prefix: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", prefix) + "%"


def _where(audit: AuditFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (without paging) and its parameters; every value
    is a parameter, never text in the SQL."""
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, value: Any) -> None:
        params.append(value)
        clauses.append(sql.replace("?", f"${len(params)}"))

    if audit.actor:
        add("actor = ?", audit.actor)
    if audit.action:
        add("action LIKE ?", _like_prefix(audit.action))
    if audit.target:
        add("target = ?", audit.target)
    if audit.outcome:
        add("outcome = ?", audit.outcome)
    if audit.group:
        ors = []
        for prefix in AUDIT_GROUPS[audit.group]:
            params.append(_like_prefix(prefix) if prefix.endswith(".") else prefix)
            ors.append(f"action LIKE ${len(params)}")
        clauses.append("(" + " OR ".join(ors) + ")")
    if audit.since:
        add("at >= ?", audit.since)
    if audit.until:
        add("at < ?", audit.until)
    return " AND ".join(clauses) or "TRUE", params


_SELECT: Final = "SELECT id, at, actor, action, target, outcome, node, detail::text AS detail FROM audit_log"


def _row(record: Any) -> AuditRow:
    detail = json.loads(record["detail"])
    return AuditRow(
        record["id"], record["at"], record["actor"], record["action"], record["target"], record["outcome"],
        record["node"], detail if isinstance(detail, dict) else {"value": detail},
    )  # fmt: skip


async def audit_of(conn: Connection, target: str) -> list[Any]:
    """Every row about one target (``run:42``), oldest first: at, actor,
    action, outcome and detail (as JSON text)."""
    return list(
        await conn.fetch(
            "SELECT at, actor, action, outcome, detail::text AS detail FROM audit_log WHERE target = $1 ORDER BY id",
            target,
        )
    )


async def query_audit(conn: Connection, audit: AuditFilter) -> AuditPage:
    """One page of matching rows, newest first, with the keys of the
    neighbouring pages."""
    where, params = _where(audit)
    n = len(params)
    if audit.after is not None:  # the newer page: the next ids up, shown newest first
        sql = f"{_SELECT} WHERE {where} AND id > ${n + 1} ORDER BY id ASC LIMIT ${n + 2}"
        found = [_row(r) for r in await conn.fetch(sql, *params, audit.after, audit.limit + 1)]
        more_newer = len(found) > audit.limit
        rows = list(reversed(found[: audit.limit]))
        more_older = True
    else:
        bound = audit.before if audit.before is not None else INT8_MAX
        sql = f"{_SELECT} WHERE {where} AND id < ${n + 1} ORDER BY id DESC LIMIT ${n + 2}"
        found = [_row(r) for r in await conn.fetch(sql, *params, bound, audit.limit + 1)]
        more_older = len(found) > audit.limit
        rows = found[: audit.limit]
        more_newer = audit.before is not None
    if rows and more_newer:
        # A page reached by "older" has newer rows only if some match above it.
        newer_sql = f"SELECT 1 FROM audit_log WHERE {where} AND id > ${n + 1} LIMIT 1"  # noqa: S608
        more_newer = await conn.fetchval(newer_sql, *params, rows[0].id) is not None
    if rows and more_older and audit.after is not None:
        older_sql = f"SELECT 1 FROM audit_log WHERE {where} AND id < ${n + 1} LIMIT 1"  # noqa: S608
        more_older = await conn.fetchval(older_sql, *params, rows[-1].id) is not None
    return AuditPage(
        tuple(rows),
        newer=rows[0].id if rows and more_newer else None,
        older=rows[-1].id if rows and more_older else None,
    )


async def iter_audit(
    conn: Connection, audit: AuditFilter, *, limit: int | None = None, batch_size: int = EXPORT_BATCH
) -> AsyncIterator[AuditRow]:
    """Every matching row, newest first, read in batches by id (an export
    of any size holds one batch in memory); at most ``limit`` rows."""
    where, params = _where(audit)
    n = len(params)
    bound = audit.before if audit.before is not None else INT8_MAX
    left = limit
    while left is None or left > 0:
        batch = batch_size if left is None else min(batch_size, left)
        sql = f"{_SELECT} WHERE {where} AND id < ${n + 1} ORDER BY id DESC LIMIT ${n + 2}"
        rows = [_row(r) for r in await conn.fetch(sql, *params, bound, batch)]
        for row in rows:
            yield row
        if len(rows) < batch:
            return
        bound = rows[-1].id
        if left is not None:
            left -= len(rows)


def jsonl_line(row: AuditRow) -> str:
    return json.dumps(row.as_json(), ensure_ascii=False, sort_keys=False) + "\n"


_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula
    (= + - @, or a tab or carriage return before one) gets a leading quote
    (OWASP's advice on CSV injection)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([csv_safe(cell) for cell in cells])
    return buffer.getvalue()


def csv_header() -> str:
    return _csv_line(list(COLUMNS))


def csv_line(row: AuditRow) -> str:
    data = row.as_json()
    data["detail"] = json.dumps(row.detail, ensure_ascii=False, sort_keys=True)
    return _csv_line([str(data[name]) for name in COLUMNS])
