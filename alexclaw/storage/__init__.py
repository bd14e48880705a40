"""PostgreSQL storage: the embedded server or ``DATABASE_URL``, the asyncpg
pool, and schema migrations."""

from alexclaw.storage._access import data_dir_holder, open_pool, running_node_dsn
from alexclaw.storage._backoff import (
    ACQUIRE_TIMEOUT,
    COMMAND_TIMEOUT,
    CONNECT_TIMEOUT,
    WAIT_FOR_DATABASE,
    Backoff,
    retry_until_done,
)
from alexclaw.storage._database import (
    PGVECTOR_MIN,
    Database,
    DatabaseHandle,
    PoolStats,
    check_pgvector,
    prepare_schema,
)
from alexclaw.storage._embedded import (
    EmbeddedPostgres,
    EmbeddedPostgresError,
    GetServerInfo,
    ServerInfo,
    acquire_data_dir_lock,
    pgserver_module,
    recover_stale_postmaster,
    runtime_dir,
    server_alive,
    start_server,
    stop_server,
)
from alexclaw.storage._errors import DATABASE_ERRORS, UNAVAILABLE, StorageError
from alexclaw.storage._migrations import (
    ADVISORY_LOCK_KEY,
    MIGRATIONS_DIR,
    Connection,
    Migration,
    MigrationError,
    applied_versions,
    load_migrations,
    migrate,
)
from alexclaw.storage.tree import DATABASE_NAME, EMBEDDED_NAME, storage_spec

__all__ = [
    "ACQUIRE_TIMEOUT",
    "ADVISORY_LOCK_KEY",
    "COMMAND_TIMEOUT",
    "DATABASE_ERRORS",
    "CONNECT_TIMEOUT",
    "UNAVAILABLE",
    "WAIT_FOR_DATABASE",
    "Backoff",
    "Connection",
    "DATABASE_NAME",
    "EMBEDDED_NAME",
    "MIGRATIONS_DIR",
    "PGVECTOR_MIN",
    "Database",
    "DatabaseHandle",
    "EmbeddedPostgres",
    "EmbeddedPostgresError",
    "GetServerInfo",
    "Migration",
    "MigrationError",
    "PoolStats",
    "ServerInfo",
    "StorageError",
    "acquire_data_dir_lock",
    "applied_versions",
    "check_pgvector",
    "data_dir_holder",
    "load_migrations",
    "migrate",
    "open_pool",
    "pgserver_module",
    "prepare_schema",
    "running_node_dsn",
    "recover_stale_postmaster",
    "retry_until_done",
    "runtime_dir",
    "server_alive",
    "start_server",
    "stop_server",
    "storage_spec",
]
