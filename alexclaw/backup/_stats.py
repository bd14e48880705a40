"""What the Database page shows of the database itself: each table's size
on disk (``pg_total_relation_size``: heap, indexes, TOAST) and its rows —
counted exactly for a small table, the planner's estimate (``reltuples``)
for a big one, where ``count(*)`` would scan it on every page view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from alexclaw.storage import Connection

EXACT_BELOW: Final = 50_000  # estimated rows under which the page counts them


@dataclass(frozen=True, slots=True)
class TableStats:
    name: str
    bytes: int
    rows: int
    exact: bool  # counted, not the estimate


async def table_stats(conn: Connection) -> list[TableStats]:
    """The node's tables (schema public), biggest first."""
    rows = await conn.fetch(
        "SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes, c.reltuples::bigint AS estimate "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 2 DESC, 1"
    )
    found = []
    for row in rows:
        estimate = int(row["estimate"])
        exact = estimate < EXACT_BELOW  # -1: never analysed, so small or new: count it
        quoted = '"' + str(row["name"]).replace('"', '""') + '"'  # a name from pg_class, quoted as an identifier
        count = await conn.fetchval(f"SELECT count(*) FROM public.{quoted}") if exact else estimate  # noqa: S608
        found.append(TableStats(row["name"], int(row["bytes"]), int(count), exact))
    return found


async def database_size(conn: Connection) -> int:
    return int(await conn.fetchval("SELECT pg_database_size(current_database())"))
