"""``alexclaw migrate --grant-to ROLE``: the owner gives the application
role exactly what a node needs, and nothing else.

* USAGE on the schema (no CREATE: a node does no DDL);
* SELECT, INSERT, UPDATE, DELETE on every table, except
  - the append-only tables (those guarded by the ``audit_append_only``
    trigger: the audit trail, its checkpoints and anchors): INSERT and
    SELECT only; rows leave them through ``audit_prune`` (SECURITY DEFINER),
    on which the role gets EXECUTE;
  - ``schema_migrations``: SELECT only (the node checks the schema's
    version at start);
* USAGE on every sequence (``nextval`` for serial ids).

It runs in one transaction after every migration, revoking what the role
had before granting, so it is idempotent and a table a later migration
adds is covered by the next ``migrate`` (compose and the Kubernetes Job run
it on every deploy). No TRUNCATE, REFERENCES or TRIGGER anywhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from alexclaw.storage._errors import StorageError
from alexclaw.storage._migrations import Connection
from alexclaw.storage._roles import read_role, role_powers

READ_ONLY: Final = ("schema_migrations",)
_APPEND_ONLY: Final = (
    "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
    "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE p.proname = 'audit_append_only' AND n.nspname = current_schema() ORDER BY c.relname"
)


@dataclass(frozen=True)
class Granted:
    role: str
    schema: str
    append_only: tuple[str, ...]


async def append_only_tables(conn: Connection) -> tuple[str, ...]:
    """The tables whose rows a node may only add and read."""
    return tuple(row["relname"] for row in await conn.fetch(_APPEND_ONLY))


async def grant_application_role(conn: Connection, role: str) -> Granted:
    """Grant ``role`` the application rights on the connection's schema.
    ``StorageError`` (nothing changed) when the role does not exist, is the
    owner itself, or holds a power the node's start check refuses."""
    grantee = await read_role(conn, role)
    if grantee is None:
        raise StorageError(f"there is no database role {role!r}; create it first (LOGIN, no other attribute)")
    owner = await read_role(conn)
    if owner is not None and owner.name == role:
        raise StorageError(f"{role!r} is the role running the migrations; grant to a separate application role")
    refused = role_powers(grantee)
    if refused:
        raise StorageError(f"{role!r} has {', '.join(refused)}; an application role must have none of these")
    schema = str(await conn.fetchval("SELECT quote_ident(current_schema())"))
    who = str(await conn.fetchval("SELECT quote_ident($1)", role))
    append_only = await append_only_tables(conn)
    async with conn.transaction():
        for statement in (
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {who}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {who}",
            f"REVOKE ALL ON SCHEMA {schema} FROM {who}",
            f"GRANT USAGE ON SCHEMA {schema} TO {who}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {who}",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {who}",
        ):
            await conn.execute(statement)
        for table in append_only:
            await conn.execute(f"REVOKE UPDATE, DELETE ON {schema}.{_ident(table)} FROM {who}")
        for table in READ_ONLY:
            await conn.execute(f"REVOKE INSERT, UPDATE, DELETE ON {schema}.{_ident(table)} FROM {who}")
        if await conn.fetchval("SELECT to_regprocedure('audit_prune(bigint, text)')") is not None:
            await conn.execute(f"GRANT EXECUTE ON FUNCTION {schema}.audit_prune(bigint, text) TO {who}")
    return Granted(role, schema, append_only)


def _ident(name: str) -> str:
    """A catalog table name as an identifier (ours are plain lowercase)."""
    return '"' + name.replace('"', '""') + '"'
