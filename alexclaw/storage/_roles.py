"""Two database roles on a shared server: an *owner* that runs the
migrations (``alexclaw migrate``) and an *application role* the nodes
connect as, with only the rights on AlexClaw's tables.

How a node decides (``ALEXCLAW_DB_ROLE_CHECK``):

``embedded`` (no ``DATABASE_URL``)
    the node owns its own server: it migrates at boot, as it always did.
``auto`` (the default with ``DATABASE_URL``)
    the node migrates at boot only when its role owns the schema (there is
    no ``schema_migrations`` yet, or its role is, or is a member of, that
    table's owner). A schema owned by another role means separate roles:
    the start check below.
``strict``
    separate roles always: the node never migrates, and refuses to start
    when its role is a superuser, has CREATEROLE, CREATEDB or BYPASSRLS,
    owns a table of the schema, or when the schema lacks a migration of
    this build (run ``alexclaw migrate`` as the owner first).

``role_powers`` is the one judgement of a role: the start check refuses
on it and the posture audit's ``database.powerful-role`` reports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import asyncpg

from alexclaw.storage._backoff import CONNECT_TIMEOUT
from alexclaw.storage._errors import StorageError
from alexclaw.storage._migrations import Connection, Migration, MigrationError, load_migrations, pending_migrations

EMBEDDED, AUTO, STRICT = "embedded", "auto", "strict"
ROLE_CHECKS: Final = (AUTO, STRICT)


@dataclass(frozen=True)
class DatabaseRole:
    """The role a connection runs as, and the tables of its schema it owns
    (directly or through a role it is a member of)."""

    name: str
    superuser: bool
    create_role: bool
    create_db: bool
    bypass_rls: bool
    owned_tables: tuple[str, ...] = ()


def role_powers(role: DatabaseRole) -> list[str]:
    """What this role can do that an application role must not (empty: an
    application role). Each entry is said as it reads in a sentence."""
    powers = [
        name
        for name, has in (
            ("superuser", role.superuser),
            ("CREATEROLE", role.create_role),
            ("CREATEDB", role.create_db),
            ("BYPASSRLS", role.bypass_rls),
        )
        if has
    ]
    if role.owned_tables:
        shown = ", ".join(role.owned_tables[:3]) + (", ..." if len(role.owned_tables) > 3 else "")
        powers.append(f"ownership of {len(role.owned_tables)} table(s) ({shown})")
    return powers


_ROLE: Final = (
    "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles "
    "WHERE rolname = coalesce($1, current_user)"
)
# Tables, views, sequences... of the connection's schema whose owner this
# role is or inherits from: it could ALTER, DROP or disable their triggers.
_OWNED: Final = (
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') "
    "AND pg_has_role(coalesce($1, current_user), c.relowner, 'MEMBER') ORDER BY c.relname"
)


async def read_role(conn: Connection, name: str | None = None) -> DatabaseRole | None:
    """The role ``name`` (default: the connection's own), None when there
    is no such role."""
    record = await conn.fetchrow(_ROLE, name)
    if record is None:
        return None
    owned = tuple(row["relname"] for row in await conn.fetch(_OWNED, name))
    return DatabaseRole(
        record["rolname"],
        superuser=record["rolsuper"],
        create_role=record["rolcreaterole"],
        create_db=record["rolcreatedb"],
        bypass_rls=record["rolbypassrls"],
        owned_tables=owned,
    )


async def owns_schema(conn: Connection) -> bool:
    """True when this role may migrate: it owns (or is a member of the
    owner of) ``schema_migrations``, or there is none yet and it may create
    tables in the schema."""
    owner = await conn.fetchval(
        "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
        "AND c.relname = 'schema_migrations'"
    )
    if owner is None:
        return bool(await conn.fetchval("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
    return bool(owner)


async def check_application_role(conn: Connection, migrations: list[Migration] | None = None) -> None:
    """The start check of a node in separate-roles mode: ``StorageError``
    naming the reason when its role is powerful or the schema is not (or
    not exactly) this build's."""
    role = await read_role(conn)
    if role is None:  # pragma: no cover - current_user is always a role
        raise StorageError("the database role this node connects as is not in pg_roles")
    powers = role_powers(role)
    if powers:
        raise StorageError(
            f"refusing to start: the node connects to PostgreSQL as {role.name!r}, which has "
            f"{', '.join(powers)}; connect as the application role (alexclaw migrate --grant-to ROLE "
            "as the owner grants it its rights; docs/architecture.md, deployment)"
        )
    try:
        pending = await pending_migrations(conn, load_migrations() if migrations is None else migrations)
    except MigrationError as exc:
        raise StorageError(f"refusing to start: {exc}") from None
    if pending:
        names = ", ".join(f"{m.version:04d}_{m.name}" for m in pending[:3]) + (" ..." if len(pending) > 3 else "")
        raise StorageError(
            f"refusing to start: the schema lacks {len(pending)} migration(s) of this build ({names}); "
            "run alexclaw migrate with the owner's DATABASE_URL first"
        )


async def node_migrates(conn: Connection, role_check: str) -> bool:
    """Whether a node with this ``role_check`` migrates at boot (True) or
    runs the application-role start check (False)."""
    if role_check == EMBEDDED:
        return True
    if role_check == STRICT:
        return False
    return await owns_schema(conn)


async def start_refusal(dsn: str, role_check: str) -> str | None:
    """The start check before a node starts anything (``alexclaw start``):
    the reason it would refuse, or None (also when the database cannot be
    reached: the node's own start reports that)."""
    try:
        conn = await asyncpg.connect(dsn, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
        return None
    try:
        if not await node_migrates(conn, role_check):
            await check_application_role(conn)
    except StorageError as refused:
        return str(refused)
    finally:
        await conn.close(timeout=CONNECT_TIMEOUT)
    return None
