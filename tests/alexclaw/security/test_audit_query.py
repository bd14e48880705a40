"""The one audit query behind the Audit page, its export and ``alexclaw
audit list``: filters read from untrusted text (a refusal names the field),
combined, paged by id; CSV cells that would run as formulas are quoted."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from alexclaw.inputs import InputError
from alexclaw.security import AuditFilter, csv_header, csv_line, iter_audit, jsonl_line, parse_audit_filter, query_audit
from alexclaw.security._audit_query import csv_safe, parse_time

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    yield connection
    await connection.close()


async def add(conn: asyncpg.Connection, action: str, *, actor: str = "cli:alice", target: str = "",
              outcome: str = "ok", at: datetime = T0, detail: dict[str, object] | None = None) -> int:  # fmt: skip
    return int(
        await conn.fetchval(
            "INSERT INTO audit_log (at, actor, action, target, outcome, detail) "
            "VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id",
            at,
            actor,
            action,
            target,
            outcome,
            json.dumps(detail or {}),
        )
    )


@pytest.mark.parametrize(
    ("args", "field", "problem"),
    [
        ({"outcome": "DROP TABLE"}, "outcome", "one word in lower case"),
        ({"group": "nothing"}, "group", "one of login"),
        ({"since": "yesterday"}, "since", "a date (2026-12-03)"),
        ({"since": "2026-12-03", "until": "2026-12-02"}, "until", "later than since"),
        ({"before": "-1"}, "before", "a whole number"),
        ({"after": "99999999999999999999"}, "after", "out of range"),
        ({"before": "5", "after": "2"}, "after", "not both"),
        ({"limit": "0"}, "limit", "from 1 to"),
        ({"limit": "10001"}, "limit", "from 1 to 10000"),
        ({"actor": "a\x00b"}, "actor", "NUL"),
        ({"action": "x" * 201}, "action", "longer than 200"),
    ],
)
def test_a_bad_filter_is_refused_naming_the_field_and_the_reason(
    args: dict[str, str], field: str, problem: str
) -> None:
    with pytest.raises(InputError) as refused:
        parse_audit_filter(args)
    assert refused.value.field == field and problem in refused.value.problem


def test_a_time_without_an_offset_is_read_in_the_given_zone_and_a_span_counts_back_from_now() -> None:
    assert parse_time("2026-12-03 08:15", "since", "Europe/Berlin") == datetime(2026, 12, 3, 7, 15, tzinfo=UTC)
    assert parse_time("2026-12-03T08:15+00:00", "since", "Europe/Berlin") == datetime(2026, 12, 3, 8, 15, tzinfo=UTC)
    assert parse_time("12h", "since", now=T0) == T0 - timedelta(hours=12)
    assert parse_time("", "since") is None


def test_a_csv_cell_that_would_start_a_formula_is_quoted() -> None:
    for cell in ('=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert csv_safe(cell) == "'" + cell
    for cell in ("login.success", "cli:alice", "", "2026-12-01"):
        assert csv_safe(cell) == cell


async def test_filters_combine_and_the_action_is_a_prefix_taken_literally(conn: asyncpg.Connection) -> None:
    await add(conn, "login.failure", actor="web:admin@10.0.0.1", outcome="denied")
    wanted = await add(conn, "login.failure", actor="web:admin@10.0.0.2", outcome="denied", at=T0 + timedelta(hours=2))
    await add(conn, "login.success", actor="web:admin@10.0.0.2", at=T0 + timedelta(hours=2))
    await add(conn, "config.set", actor="web:admin@10.0.0.2", target="scheduler.timezone", at=T0 + timedelta(hours=2))
    await add(conn, "loginXfailure", actor="web:admin@10.0.0.2", outcome="denied", at=T0 + timedelta(hours=2))
    audit = parse_audit_filter({
        "action": "login.", "actor": "web:admin@10.0.0.2", "outcome": "denied",
        "since": "2026-12-01T13:00+00:00", "until": "2026-12-02",
    })  # fmt: skip
    page = await query_audit(conn, audit)
    assert [row.id for row in page.rows] == [wanted]  # "_" and "%" in a prefix are not wildcards
    assert (page.newer, page.older) == (None, None)
    target = await query_audit(conn, parse_audit_filter({"target": "scheduler.timezone"}))
    assert [row.action for row in target.rows] == ["config.set"]


async def test_pages_go_by_id_newest_first_and_link_both_ways(conn: asyncpg.Connection) -> None:
    ids = [await add(conn, f"test.row{n}") for n in range(7)]
    await add(conn, "other.row")
    first = await query_audit(conn, AuditFilter(action="test.", limit=3))
    assert [r.id for r in first.rows] == ids[6:3:-1] and first.newer is None and first.older == ids[4]
    second = await query_audit(conn, AuditFilter(action="test.", limit=3, before=first.older))
    assert [r.id for r in second.rows] == ids[3:0:-1] and second.newer == ids[3] and second.older == ids[1]
    last = await query_audit(conn, AuditFilter(action="test.", limit=3, before=second.older))
    assert [r.id for r in last.rows] == [ids[0]] and last.older is None and last.newer == ids[0]
    back = await query_audit(conn, AuditFilter(action="test.", limit=3, after=second.newer))
    assert [r.id for r in back.rows] == ids[6:3:-1] and back.newer is None and back.older == ids[4]


async def test_the_export_reads_every_matching_row_in_batches_and_writes_jsonl_and_safe_csv(
    conn: asyncpg.Connection,
) -> None:
    for n in range(5):
        await add(conn, "export.row", target=f"=cmd|' /C calc'!A{n}", detail={"n": n, "note": "+danger"})
    rows = [row async for row in iter_audit(conn, AuditFilter(action="export."), batch_size=2)]  # three batches
    assert [r.detail["n"] for r in rows] == [4, 3, 2, 1, 0]
    line = json.loads(jsonl_line(rows[0]))
    assert line["target"] == "=cmd|' /C calc'!A4" and line["at"] == T0.isoformat() and line["detail"]["n"] == 4
    table = list(csv.reader(io.StringIO(csv_header() + "".join(csv_line(r) for r in rows))))
    assert table[0] == ["id", "at", "actor", "action", "target", "outcome", "node", "detail"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for record in table for cell in record)
    assert table[1][4] == "'=cmd|' /C calc'!A4"
