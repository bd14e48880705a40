"""The Audit page as the operator uses it: filters that combine and stay in
the URL, a bad one refused with the reason, 100 rows a page with newer and
older links, the filtered rows exported as JSONL and CSV (formula cells
quoted), and details — the break-glass retro scan included — as key/value
lists instead of raw JSON."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from alexclaw import Node
from tests.alexclaw.web.conftest import HTML, login
from tests.alexclaw.web.test_pages import text_of


async def add_rows(node: Node, rows: list[tuple[str, str, str, str]]) -> list[int]:
    """(actor, action, target, outcome) rows, in order; their ids."""
    async with node.state.database.pool().acquire() as conn:
        return [
            int(
                await conn.fetchval(
                    "INSERT INTO audit_log (actor, action, target, outcome, detail) VALUES ($1, $2, $3, $4, $5::jsonb) "
                    "RETURNING id",
                    actor,
                    action,
                    target,
                    outcome,
                    json.dumps({"n": n}),
                )
            )
            for n, (actor, action, target, outcome) in enumerate(rows)
        ]


def shown_ids(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr data-id="(\d+)">', page)]


def link(page: str, name: str) -> str | None:
    found = re.search(rf'href="([^"]+)" id="{name}"', page)
    return html.unescape(found.group(1)) if found else None


async def test_a_bad_filter_is_a_400_that_names_the_field_and_the_reason(client: Any) -> None:
    await login(client)
    for query, reason in (
        ("before=abc", "before: a whole number"),
        ("since=last+tuesday", "since: a date (2026-12-03)"),
        ("since=2026-12-03&until=2026-12-01", "until: must be later than since"),
        ("group=everything", "group: one of login"),
    ):
        for path in ("/audit", "/audit/export.csv"):
            response = await client.get(f"{path}?{query}", headers=HTML)
            assert response.status_code == 400, (path, query)
            assert reason in html.unescape(await response.get_data(as_text=True)).lower(), (path, query)


async def test_the_audit_pages_hold_100_rows_and_link_older_and_newer_keeping_the_filter(
    client: Any, node: Node
) -> None:
    ids = await add_rows(node, [("cli:alice", "paging.row", "t", "ok")] * 105)
    await add_rows(node, [("cli:bob", "paging.row", "t", "ok")])  # filtered out by the actor
    await login(client)
    first = await text_of(client, "/audit?action=paging.&actor=cli:alice")
    assert shown_ids(first) == ids[::-1][:100] and link(first, "newer") is None
    older = link(first, "older")
    assert older is not None and "actor=cli%3Aalice" in older and "action=paging." in older
    second = await text_of(client, older)
    assert shown_ids(second) == ids[4::-1] and link(second, "older") is None
    newer = link(second, "newer")
    assert newer is not None and shown_ids(await text_of(client, newer)) == ids[::-1][:100]
    assert 'value="cli:alice"' in second  # the form shows the filter in force


async def test_an_outcome_and_a_kind_combine_with_an_actor(client: Any, node: Node) -> None:
    await add_rows(node, [
        ("web:admin@10.0.0.9", "login.failure", "admin", "denied"),
        ("web:admin@10.0.0.9", "login.success", "admin", "ok"),
        ("web:admin@10.0.0.7", "login.failure", "admin", "denied"),
        ("web:admin@10.0.0.9", "config.set", "x", "denied"),
    ])  # fmt: skip
    await login(client)
    page = await text_of(client, "/audit?group=login&outcome=denied&actor=web:admin@10.0.0.9")
    assert len(shown_ids(page)) == 1 and "login.failure" in page and "config.set" not in page


async def test_the_export_streams_the_filtered_rows_as_jsonl_and_csv_with_formula_cells_quoted(
    client: Any, node: Node
) -> None:
    await add_rows(node, [
        ("cli:alice", "export.row", "=HYPERLINK(\"http://evil.example\",\"x\")", "ok"),
        ("cli:alice", "export.row", "@SUM(A1)", "denied"),
        ("cli:bob", "export.row", "+1", "ok"),
    ])  # fmt: skip
    await login(client)
    page = await text_of(client, "/audit?action=export.&actor=cli:alice")
    jsonl_link, csv_link = link(page, "export-jsonl"), link(page, "export-csv")
    assert jsonl_link == "/audit/export.jsonl?actor=cli%3Aalice&action=export."
    assert csv_link == "/audit/export.csv?actor=cli%3Aalice&action=export."
    lines = await client.get(jsonl_link)
    assert lines.status_code == 200 and lines.headers["Content-Type"] == "application/x-ndjson"
    assert 'filename="audit.jsonl"' in lines.headers["Content-Disposition"]
    records = [json.loads(line) for line in (await lines.get_data(as_text=True)).splitlines()]
    assert [r["target"] for r in records] == ["@SUM(A1)", '=HYPERLINK("http://evil.example","x")']
    assert {r["actor"] for r in records} == {"cli:alice"} and datetime.fromisoformat(records[0]["at"]).tzinfo == UTC
    table = await client.get(csv_link)
    assert table.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(await table.get_data(as_text=True))))
    assert [r["target"] for r in rows] == ["'@SUM(A1)", '\'=HYPERLINK("http://evil.example","x")']
    assert (await client.get("/audit/export.xml")).status_code == 404
    exported = await text_of(client, "/audit?action=audit.exported")
    assert exported.count("audit.exported") >= 3  # each export is itself audited (with its filter)


async def test_the_export_needs_a_login(client: Any) -> None:
    response = await client.get("/audit/export.jsonl")
    assert response.status_code in {302, 401} and "x-ndjson" not in response.headers.get("Content-Type", "")


async def test_details_and_the_retro_scan_are_key_value_lists_not_raw_json(client: Any, node: Node) -> None:
    summary = {"scanned": 12, "would_block": 2, "would_review": 1, "top_rules": ["ignore_previous", "dan_mode"]}
    async with node.state.database.pool().acquire() as conn:
        await conn.execute(
            "INSERT INTO break_glass (reason, actor, ends_at, ended_at, retro) VALUES "
            "('testing the shield page', 'web:admin', now(), now(), $1::jsonb)",
            json.dumps(summary),
        )
        await conn.execute(
            "INSERT INTO audit_log (actor, action, target, detail) VALUES ('web:admin', 'break_glass.ended', "
            "'shield', $1::jsonb)",
            json.dumps({"scanned": 12, "would_block": 2, "verdicts": {"BLOCK": 2, "REVIEW": 1, "ALLOW": 9},
                        "sources": ["telegram:update 7", "run 3 result"]}),
        )  # fmt: skip
    await login(client)
    shield = await text_of(client, "/shield")
    assert "<dt>would_block</dt><dd>2</dd>" in shield and "<dd>ignore_previous, dan_mode</dd>" in shield
    assert "&#34;scanned&#34;" not in shield and '{"scanned"' not in shield
    audit = await text_of(client, "/audit?action=break_glass.")
    assert "<dt>verdicts</dt><dd>ALLOW 9 · BLOCK 2 · REVIEW 1</dd>" in audit
    assert "<dt>sources</dt><dd>telegram:update 7, run 3 result</dd>" in audit


async def test_a_time_range_without_an_offset_is_read_in_the_schedulers_zone_and_kept_in_the_links(
    client: Any, node: Node
) -> None:
    await node.state.config.set("scheduler.timezone", "Asia/Kolkata", actor="test")
    noon = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # 17:30 in Kolkata
    async with node.state.database.pool().acquire() as conn:
        ids = [
            int(
                await conn.fetchval(
                    "INSERT INTO audit_log (at, actor, action) VALUES ($1, 'cli:alice', 'range.row') RETURNING id",
                    noon + timedelta(minutes=minutes),
                )
            )
            for minutes in (-1, 0, 1, 2, 59, 60)
        ]
    await login(client)
    page = await text_of(client, "/audit?action=range.&since=2026-12-01 17:30&until=2026-12-01T18:30&limit=2")
    assert shown_ids(page) == [ids[4], ids[3]]  # 12:00 ≤ at < 13:00 UTC, newest first, two a page
    older = link(page, "older")
    assert older is not None and "since=2026-12-01T17%3A30%3A00%2B05%3A30" in older
    assert shown_ids(await text_of(client, older)) == [ids[2], ids[1]]
    assert 'value="2026-12-01 17:30"' in page  # the form shows what was typed
