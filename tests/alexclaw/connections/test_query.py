"""The query runner and the save-time check against a real second database
over TCP: rows as JSON, read-only whatever the statement, the server's
statement timeout, the 5 MB cap, the address rules before any connect,
and errors without a row value or the password."""

from __future__ import annotations

import ssl
from collections.abc import Sequence

import asyncpg

from alexclaw.connections import (
    ConnectionState,
    DbConnection,
    QueryFailed,
    Rows,
    check_query,
    masked,
    probe_connection,
    run_query,
    tls_context,
    vet_host,
)
from tests.alexclaw.connections.support import SecondDatabase


def target(db: SecondDatabase, *, granted: bool = True, host: str | None = None) -> DbConnection:
    state = ConnectionState(has_password=True, password_host=db.host, allow_private=granted, granted_host=db.host)
    return DbConnection(1, "reports", host or db.host, db.port, db.database, db.user, "disable", state)


async def count_items(db: SecondDatabase) -> int:
    conn = await asyncpg.connect(db.admin_dsn, user=db.user, password=db.password)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM items"))
    finally:
        await conn.close()


async def test_rows_come_back_as_json_with_every_type_serialised(reporting: SecondDatabase) -> None:
    got = await run_query(target(reporting), reporting.password, "SELECT * FROM items ORDER BY id", [], 5000)
    assert isinstance(got, Rows)
    assert got.columns[:3] == ("id", "title", "price")
    assert got.rows[0] == {
        "id": 1, "title": "first", "price": "9.99", "seen": "2026-01-02", "at": "2026-01-02T03:04:05+00:00",
        "token": "12345678-1234-5678-1234-567812345678", "blob": "AP8=", "tags": ["a", "b"], "extra": {"k": 1},
    }  # fmt: skip
    assert got.rows[1]["price"] is None and got.rows[1]["tags"] is None


async def test_positional_params_bind_to_dollar_placeholders(reporting: SecondDatabase) -> None:
    got = await run_query(
        target(reporting), reporting.password, "SELECT title FROM items WHERE id = $1 OR title = $2", [2, "x"], 5000
    )
    assert isinstance(got, Rows) and got.rows == [{"title": "second"}]


async def test_an_empty_result_is_rows_with_none_in_them(reporting: SecondDatabase) -> None:
    got = await run_query(target(reporting), reporting.password, "SELECT id FROM items WHERE id > 100", [], 5000)
    assert isinstance(got, Rows) and got.rows == [] and got.columns == ("id",)


async def test_every_kind_of_write_is_refused_at_run_and_nothing_changes(reporting: SecondDatabase) -> None:
    writes = (
        "INSERT INTO items (id, title) VALUES (50, 'w') RETURNING id",
        "WITH d AS (DELETE FROM items RETURNING id) SELECT * FROM d",
        "SELECT * FROM items FOR UPDATE",
        "SELECT bump()",
        "SELECT nextval('counter')",
        "CREATE TABLE made AS SELECT 1 AS one",
        "UPDATE items SET title = 'x'",
        "DROP TABLE items",
    )
    for sql in writes:
        got = await run_query(target(reporting), reporting.password, sql, [], 5000)
        assert isinstance(got, QueryFailed) and got.kind == "refused", (sql, got)
    assert await count_items(reporting) == 2


async def test_the_save_check_refuses_writes_and_typos_with_the_servers_words(reporting: SecondDatabase) -> None:
    check = target(reporting)
    assert await check_query(check, reporting.password, "SELECT id FROM items WHERE id = $1", [1], 5000) is None
    typo = await check_query(check, reporting.password, "SELEC id FROM items", [], 5000)
    assert typo is not None and 'syntax error at or near "SELEC"' in typo
    missing = await check_query(check, reporting.password, "SELECT nope FROM items", [], 5000)
    assert missing is not None and 'column "nope" does not exist' in missing
    for sql in ("DELETE FROM items RETURNING id", "SELECT * FROM items FOR SHARE", "SELECT bump()",
                "UPDATE items SET title = 'x'", "CREATE TABLE t2 (a int)", "SELECT 1 INTO made"):  # fmt: skip
        problem = await check_query(check, reporting.password, sql, [], 5000)
        assert problem is not None and ("write" in problem or "lock" in problem or "returns no rows" in problem), (
            sql, problem,
        )  # fmt: skip
    assert await count_items(reporting) == 2


async def test_a_slow_query_is_stopped_by_the_servers_statement_timeout(reporting: SecondDatabase) -> None:
    got = await run_query(target(reporting), reporting.password, "SELECT pg_sleep(5)", [], 200)
    assert isinstance(got, QueryFailed) and got.kind == "timeout" and "200 ms" in got.message


async def test_a_result_over_the_cap_stops_reading_and_says_so(reporting: SecondDatabase) -> None:
    got = await run_query(target(reporting), reporting.password, "SELECT * FROM big", [], 20000)
    assert isinstance(got, QueryFailed) and got.kind == "too_large" and "over the 5 MB cap" in got.message
    small = await run_query(target(reporting), reporting.password, "SELECT * FROM big", [], 20000, cap=2000)
    assert isinstance(small, QueryFailed) and small.kind == "too_large"


async def test_a_run_time_error_masks_the_values_the_server_quotes(reporting: SecondDatabase) -> None:
    got = await run_query(target(reporting), reporting.password, "SELECT title::integer FROM items", [], 5000)
    assert isinstance(got, QueryFailed) and got.kind == "query"
    assert "first" not in got.message and "second" not in got.message and "22P02" in got.message
    assert masked('invalid input syntax for type integer: "first"') == 'invalid input syntax for type integer: "…"'


async def test_a_wrong_password_is_a_clear_error_that_never_echoes_it(reporting: SecondDatabase) -> None:
    wrong = "not-the-" + reporting.password
    problem = await probe_connection(target(reporting), wrong)
    assert problem is not None and "password authentication failed" in problem and wrong not in problem
    got = await run_query(target(reporting), wrong, "SELECT 1", [], 5000)
    assert isinstance(got, QueryFailed) and got.kind == "connect" and wrong not in got.message
    assert await probe_connection(target(reporting), reporting.password) is None


async def test_a_private_host_without_the_grant_is_refused_before_any_connect(reporting: SecondDatabase) -> None:
    got = await run_query(target(reporting, granted=False), reporting.password, "SELECT 1", [], 5000)
    assert isinstance(got, QueryFailed) and got.kind == "refused" and "allow-private grant" in got.message
    for never in ("169.254.169.254", "100.64.0.1"):
        refused = await run_query(target(reporting, host=never), reporting.password, "SELECT 1", [], 5000)
        assert isinstance(refused, QueryFailed) and "never reachable" in refused.message


async def test_each_run_gets_a_fresh_session_so_nothing_a_query_set_survives(reporting: SecondDatabase) -> None:
    first = await run_query(target(reporting), reporting.password, "SELECT pg_backend_pid() AS pid", [], 5000)
    again = await run_query(target(reporting), reporting.password, "SELECT pg_backend_pid() AS pid", [], 5000)
    assert isinstance(first, Rows) and isinstance(again, Rows)
    assert first.rows[0]["pid"] != again.rows[0]["pid"]


def test_verify_full_checks_the_certificate_against_the_name_while_dialling_the_vetted_address() -> None:
    context = tls_context("verify-full", "db.example.net")
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname and context.verify_mode is ssl.CERT_REQUIRED
    wrapped = context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="192.0.2.10")
    assert wrapped.server_hostname == "db.example.net"
    required = tls_context("require", "db.example.net")
    assert isinstance(required, ssl.SSLContext) and not required.check_hostname
    assert required.verify_mode is ssl.CERT_NONE
    assert tls_context("disable", "db.example.net") is False


async def test_every_address_a_name_resolves_to_is_vetted_and_one_private_answer_needs_the_grant() -> None:
    async def mixed(host: str, port: int) -> Sequence[str]:
        return ["93.184.216.34", "10.0.0.5"]

    async def metadata(host: str, port: int) -> Sequence[str]:
        return ["169.254.169.254"]

    refused = await vet_host("db.example.net", 5432, granted=False, resolver=mixed)
    assert refused.problem is not None and "10.0.0.5" in refused.problem and "allow-private grant" in refused.problem
    granted = await vet_host("db.example.net", 5432, granted=True, resolver=mixed)
    assert granted.problem is None and granted.private and granted.addresses == ("93.184.216.34", "10.0.0.5")
    never = await vet_host("db.example.net", 5432, granted=True, resolver=metadata)
    assert never.problem is not None and "never reachable" in never.problem
    for spelling in ("0x7f.1", "::ffff:127.0.0.1", "2130706433"):
        assert (await vet_host(spelling, 5432, granted=False)).problem is not None, spelling
    assert (await vet_host("93.184.216.34", 5432, granted=False)).problem is None
