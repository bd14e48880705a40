"""Running a ``sql_query`` step's query, read-only, and checking it when
the step is saved.

At run time: a fresh session (``dial``), ``BEGIN READ ONLY``, ``SET LOCAL
statement_timeout``, the statement prepared (one statement that returns
rows), then read through a cursor while a running count of the rows' JSON
bytes stays under the cap (5 MB): past it the read stops and the answer
is an error that says so. The session is closed afterwards, so no setting,
temporary table or prepared statement outlives the run. A run-time error
carries the server's message with every quoted part masked (a failed cast
would otherwise quote the row value it choked on), never a row value and
never the password.

At save time (``check_query``): the same transaction, the statement
prepared (a typo fails here with the server's message), its plan
(``EXPLAIN``) searched for writes and row locks (``ModifyTable``,
``LockRows``), then one row fetched and the transaction rolled back, so a
function that writes, ``nextval`` or ``SELECT … INTO`` is refused by the
server's read-only rule before the step is stored.

What read-only does not cover: a function whose side effect leaves the
transaction (``dblink``, an untrusted language writing files, a notice
sent elsewhere) is not stopped by it; the role the connection uses is the
real boundary (docs/architecture.md)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import decimal
import ipaddress
import json
import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import asyncpg

from alexclaw.connections._dial import DialRefused, Resolver, dial, error_text, without_secret
from alexclaw.connections._model import DbConnection
from alexclaw.security import resolve_async

MAX_RESULT_BYTES: Final = 5 * 1024 * 1024
OVER_CAP: Final = "the result is over the 5 MB cap: select fewer rows or columns"
NO_ROWS: Final = "the query returns no rows: only a SELECT (or VALUES, or WITH … SELECT) reads"
CONNECT_SHARE: Final = 5.0  # seconds at most for connecting, within the step's limit
_QUOTED: Final = re.compile(r"\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'")
_WRITES: Final = {"ModifyTable": "it writes", "LockRows": "it locks rows (FOR UPDATE / FOR SHARE)"}


@dataclass(frozen=True, slots=True)
class Rows:
    rows: list[dict[str, Any]]
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QueryFailed:
    """Why there are no rows: ``kind`` is ``refused`` (address rules, a
    write), ``connect``, ``timeout``, ``too_large`` or ``query``."""

    kind: str
    message: str


def json_value(value: Any) -> Any:
    """A column value as JSON: dates and times in ISO 8601, decimals as
    their exact text, bytes in base64, UUIDs and addresses as text,
    composites as objects, arrays as lists."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, uuid.UUID | ipaddress.IPv4Address | ipaddress.IPv6Address):
        return str(value)
    if isinstance(value, ipaddress.IPv4Network | ipaddress.IPv6Network | ipaddress.IPv4Interface):
        return str(value)
    if isinstance(value, asyncpg.Record):
        return {key: json_value(item) for key, item in value.items()}
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, asyncpg.Range):
        return {"lower": json_value(value.lower), "upper": json_value(value.upper)}
    return str(value)


def masked(message: str) -> str:
    """A server message with its quoted parts replaced (values, and
    identifiers with them: better a vaguer message than a leaked value)."""
    return _QUOTED.sub('"…"', message)


async def _json_codecs(conn: asyncpg.Connection) -> None:
    for name in ("json", "jsonb"):
        await conn.set_type_codec(name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _begin(conn: asyncpg.Connection, timeout_ms: int) -> None:
    await conn.execute("BEGIN READ ONLY")
    await conn.execute(f"SET LOCAL statement_timeout = {int(timeout_ms)}")
    await conn.execute("SET LOCAL idle_in_transaction_session_timeout = 60000")


def _plan_writes(node: Any) -> str | None:
    if isinstance(node, Mapping):
        kind = node.get("Node Type")
        if isinstance(kind, str) and kind in _WRITES:
            return _WRITES[kind]
        return next((why for child in node.values() if (why := _plan_writes(child))), None)
    if isinstance(node, list):
        return next((why for child in node if (why := _plan_writes(child))), None)
    return None


async def _prepared(conn: asyncpg.Connection, query: str) -> asyncpg.prepared_stmt.PreparedStatement | str:
    statement = await conn.prepare(query)
    if not statement.get_attributes():
        return NO_ROWS
    return statement


async def _explained_writes(conn: asyncpg.Connection, query: str, params: Sequence[Any]) -> str | None:
    """What in the statement's plan writes or locks rows (None: nothing)."""
    plan = await conn.fetchval(f"EXPLAIN (FORMAT JSON) {query}", *params)
    return _plan_writes(json.loads(plan) if isinstance(plan, str) else plan)


async def _session(
    connection: DbConnection, password: str, timeout_ms: int, resolver: Resolver
) -> asyncpg.Connection | QueryFailed:
    try:
        # Connecting takes a share of the step's time, not all of it.
        conn = await dial(connection, password, timeout=min(CONNECT_SHARE, max(timeout_ms / 4000, 1.0)),
                          resolver=resolver)  # fmt: skip
    except DialRefused as exc:
        return QueryFailed("refused", str(exc))
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        return QueryFailed("connect", f"cannot connect to {connection.name}: {error_text(exc, password)}")
    await _json_codecs(conn)
    return conn


async def run_query(
    connection: DbConnection, password: str, query: str, params: Sequence[Any], timeout_ms: int, *,
    cap: int = MAX_RESULT_BYTES, resolver: Resolver = resolve_async,
) -> Rows | QueryFailed:  # fmt: skip
    """The query's rows as JSON-ready dicts, read-only, under the cap."""
    opened = await _session(connection, password, timeout_ms, resolver)
    if isinstance(opened, QueryFailed):
        return opened
    conn = opened
    try:
        await _begin(conn, timeout_ms)
        statement = await _prepared(conn, query)
        if isinstance(statement, str):
            return QueryFailed("refused", statement)
        columns = tuple(a.name for a in statement.get_attributes())
        rows: list[dict[str, Any]] = []
        size = 2
        async for record in statement.cursor(*params, prefetch=200):
            row = {key: json_value(value) for key, value in record.items()}
            size += len(json.dumps(row, ensure_ascii=False, default=str).encode()) + 1
            if size > cap:
                return QueryFailed("too_large", OVER_CAP)
            rows.append(row)
        return Rows(rows, columns)
    except asyncpg.QueryCanceledError:
        return QueryFailed("timeout", f"the query ran past its {timeout_ms} ms statement timeout and was stopped")
    except asyncpg.ReadOnlySQLTransactionError as exc:
        return QueryFailed("refused", f"refused, the query would write: {masked(exc.message)}")
    except asyncpg.PostgresError as exc:
        said = without_secret(masked(str(exc)), password)
        return QueryFailed("query", f"{type(exc).__name__} ({exc.sqlstate}): {said}")
    except (asyncpg.DataError, TypeError, ValueError, OverflowError) as exc:
        return QueryFailed("query", f"the params do not fit the query: {without_secret(str(exc), password)}")
    except (asyncpg.InterfaceError, OSError) as exc:
        return QueryFailed("connect", f"the connection broke: {type(exc).__name__}")
    finally:
        await _close(conn)


async def _close(conn: asyncpg.Connection) -> None:
    """End the session (its transaction rolled back with it)."""
    try:
        await asyncio.wait_for(conn.close(), timeout=2.0)
    except (OSError, TimeoutError, asyncpg.InterfaceError):
        conn.terminate()


async def check_query(
    connection: DbConnection, password: str, query: str, params: Sequence[Any], timeout_ms: int, *,
    resolver: Resolver = resolve_async,
) -> str | None:  # fmt: skip
    """Why the query may not be a step's (None: it may): the server's own
    message for a typo, a write, a lock or a function that writes."""
    opened = await _session(connection, password, timeout_ms, resolver)
    if isinstance(opened, QueryFailed):
        return opened.message
    conn = opened
    try:
        await _begin(conn, timeout_ms)
        statement = await conn.prepare(query)
        if not statement.get_attributes():  # a write without RETURNING, DDL, a SET: say which if the plan can
            try:
                why = await _explained_writes(conn, query, params)
            except asyncpg.PostgresError:
                why = None  # not a plannable statement (DDL, SET, …): it returns no rows either way
            return f"the query is refused: {why}; sql_query only reads" if why else NO_ROWS
        if why := await _explained_writes(conn, query, params):
            return f"the query is refused: {why}; sql_query only reads"
        await statement.fetchrow(*params)  # one row, rolled back: the server's read-only rule speaks now
        return None
    except asyncpg.QueryCanceledError:
        return f"the query ran past its {timeout_ms} ms statement timeout when tried"
    except asyncpg.ReadOnlySQLTransactionError as exc:
        return f"the query is refused, it would write: {exc.message}"
    except asyncpg.PostgresError as exc:
        return without_secret(str(exc), password)
    except (asyncpg.InterfaceError, OSError, TypeError, ValueError, OverflowError) as exc:
        return f"the query cannot be run with these params: {without_secret(str(exc), password)}"
    finally:
        await _close(conn)


async def probe_connection(
    connection: DbConnection, password: str, *, resolver: Resolver = resolve_async
) -> str | None:
    """Connect and ``SELECT 1`` within a few seconds: None, or the server's
    (or the address rules') words, without the password."""
    opened = await _session(connection, password, 3000, resolver)
    if isinstance(opened, QueryFailed):
        return opened.message
    try:
        await opened.fetchval("SELECT 1", timeout=3.0)
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError) as exc:
        return error_text(exc, password)
    finally:
        await _close(opened)
    return None
