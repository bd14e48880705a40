"""``sql_query``: one read-only query on a database connection the operator
set up on the Connections page, by its name. The rows come back as a JSON
list of objects (``on_rows``), none is ``on_empty``, anything else
``on_error`` with the reason (never a row value).

The skill never sees the password or the address: it asks the SkillAPI
(``db_read``), whose backend dials the connection through the egress
guard's address rules, runs the query in a read-only transaction with the
server's statement timeout and caps the result at 5 MB. The query was
already tried read-only when the step was saved."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from skills._api import PermissionDenied, SkillAPIUnavailable, SqlFailed
from skills._contract import ON_EMPTY, ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome

ON_ROWS: Final = "on_rows"
DEFAULT_TIMEOUT_MS: Final = 5000


def statement_ms(timeout_ms: int) -> int:
    """The server's statement timeout for a step whose ``timeout_ms`` is
    also its own time limit (the executor's): a quarter earlier, at most
    2 s, so the server stops the statement and the step ends on ``on_error``
    with the reason before the step's limit cuts it off."""
    return max(100, timeout_ms - min(2000, timeout_ms // 4))


def _params(value: Any) -> list[Any] | None:
    """The params as a list: a JSON list, or its text (the step editor's field)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, list) and all(v is None or isinstance(v, str | int | float | bool) for v in value):
        return value
    return None


class SqlQuery:
    name: ClassVar[str] = "sql_query"
    description: ClassVar[str] = (
        "Run one read-only SELECT on a database connection (Connections page); the rows as JSON"
    )
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"db_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_ROWS: BranchKind.OK,
        ON_EMPTY: BranchKind.EMPTY,
        ON_ERROR: BranchKind.ERROR,
    }
    # What a database answers is outside data: sanitized before a later step or a model sees it.
    external: ClassVar[bool] = True
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("connection", "string", "The connection's name (Connections page)", required=True),
        ConfigField("query", "text", "One SELECT; $1, $2, … are the params", required=True),
        ConfigField("params", "any", "A JSON list of values for $1, $2, … (text, numbers, true/false, null)", []),
        ConfigField(
            "timeout_ms",
            "integer",
            "The step's time limit; the server stops the statement a little before it (capped by sql.max_timeout_ms)",
            DEFAULT_TIMEOUT_MS,
            minimum=100,
        ),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        connection, query = args.config.get("connection"), args.config.get("query")
        params, timeout = _params(args.config.get("params")), args.config.get("timeout_ms", DEFAULT_TIMEOUT_MS)
        if not isinstance(connection, str) or not connection.strip():
            return SkillOutcome.error("config.connection: the name of a connection")
        if not isinstance(query, str) or not query.strip():
            return SkillOutcome.error("config.query: the SQL to run")
        if params is None:
            return SkillOutcome.error("config.params: a list of values (text, numbers, true/false, null)")
        if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 100:
            return SkillOutcome.error("config.timeout_ms: a whole number of milliseconds, at least 100")
        if args.api is None:
            return SkillOutcome.error("sql_query runs inside a workflow (it needs the SkillAPI)")
        try:
            answer = await args.api.sql_query(connection.strip(), query, params, statement_ms(timeout))
        except SqlFailed as failed:
            return SkillOutcome({"error": failed.message, "kind": failed.kind}, ON_ERROR)
        except (PermissionDenied, SkillAPIUnavailable) as exc:
            return SkillOutcome.error(str(exc))
        rows = list(answer.get("rows", []))
        if not rows:
            return SkillOutcome({"reason": "the query returned no rows", "columns": answer.get("columns", [])},
                                ON_EMPTY)  # fmt: skip
        return SkillOutcome(rows, ON_ROWS)
