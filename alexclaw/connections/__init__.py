"""Database connections (``db_connections``) and the read-only queries the
``sql_query`` skill runs on them: the model, the store (the password
encrypted and bound to its host), the address rules and the pinned dial,
the query runner and the save-time check, and the operations the
Connections page and the command line share."""

from alexclaw.connections._dial import GRANT_HINT, DialRefused, Vetted, dial, tls_context, vet_host
from alexclaw.connections._model import (
    DEFAULT_PORT,
    TLS_MODES,
    ConnectionState,
    DbConnection,
    check_connection,
    connection_guarded_reasons,
    host_key,
)
from alexclaw.connections._operations import (
    DEFAULT_TIMEOUT_MS,
    GUARDED_ACTION,
    KEEP_PASSWORD,
    SQL_SKILL,
    ConnectionOperations,
    PasswordChange,
    SqlStepCheck,
    SqlTarget,
    sql_target,
    step_params,
    step_timeout_ms,
)
from alexclaw.connections._query import (
    MAX_RESULT_BYTES,
    OVER_CAP,
    QueryFailed,
    Rows,
    check_query,
    json_value,
    masked,
    probe_connection,
    run_query,
)
from alexclaw.connections._store import (
    connection_secret,
    get_connection,
    list_connections,
    move_connection_passwords_to_vault,
    rotate_connection_passwords,
)

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT_MS",
    "GRANT_HINT",
    "GUARDED_ACTION",
    "KEEP_PASSWORD",
    "MAX_RESULT_BYTES",
    "OVER_CAP",
    "SQL_SKILL",
    "TLS_MODES",
    "ConnectionOperations",
    "ConnectionState",
    "DbConnection",
    "DialRefused",
    "PasswordChange",
    "QueryFailed",
    "Rows",
    "SqlStepCheck",
    "SqlTarget",
    "Vetted",
    "check_connection",
    "check_query",
    "connection_secret",
    "dial",
    "get_connection",
    "connection_guarded_reasons",
    "host_key",
    "json_value",
    "list_connections",
    "masked",
    "probe_connection",
    "rotate_connection_passwords",
    "move_connection_passwords_to_vault",
    "run_query",
    "sql_target",
    "step_params",
    "step_timeout_ms",
    "tls_context",
    "vet_host",
]
