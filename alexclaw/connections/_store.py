"""Database connections in PostgreSQL (``db_connections``, migration 0030).

The password is stored encrypted with the settings' ``SecretBox`` and the
host it was entered for; it is handed out (``connection_secret``) only
while the connection still points at that host. The allow-private grant
is stored with its host the same way. Only the operations write either,
after the approval the change needs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

import asyncpg

from alexclaw.connections._model import ConnectionState, DbConnection, host_key
from alexclaw.secret_store import Held, MoveReport, SecretStore, SecretUnavailable, as_store, move_held
from alexclaw.security import SecretBox
from alexclaw.storage import Connection

MAX_TEST_ERROR: Final = 500
_COLUMNS: Final = (
    "id, name, host, port, database, username, tls, password <> '' AS has_password, password_host, allow_private, "
    "granted_host, granted_by, last_test_at, last_test_error"
)


class ConnectionTaken(ValueError):
    """Another connection has that name."""


def _connection(row: asyncpg.Record) -> DbConnection:
    state = ConnectionState(
        row["has_password"], row["password_host"], row["allow_private"], row["granted_host"], row["granted_by"],
        row["last_test_at"], row["last_test_error"],
    )  # fmt: skip
    return DbConnection(
        row["id"], row["name"], row["host"], row["port"], row["database"], row["username"], row["tls"], state
    )


async def list_connections(conn: Connection) -> list[DbConnection]:
    rows = await conn.fetch(f"SELECT {_COLUMNS} FROM db_connections ORDER BY lower(name), id")  # noqa: S608 - constant
    return [_connection(r) for r in rows]


async def get_connection(conn: Connection, key: int | str) -> DbConnection | None:
    """By id, or by its (unique) name."""
    where = "id = $1" if isinstance(key, int) else "name = $1"
    row = await conn.fetchrow(f"SELECT {_COLUMNS} FROM db_connections WHERE {where}", key)  # noqa: S608 - constant
    return None if row is None else _connection(row)


async def write_connection(
    conn: Connection, connection: DbConnection, *, password_cipher: str | None, grant: bool, actor: str
) -> int:
    """Insert or update the description. ``password_cipher``: None keeps
    the stored password (its host follows the connection: the caller had
    the move approved), "" clears it, else it replaces it. ``grant``: the
    allow-private grant for the connection's host (False drops it)."""
    host = host_key(connection.host)
    granted_at = datetime.now(UTC) if grant else None
    try:
        if connection.id is None:
            made: int = await conn.fetchval(
                "INSERT INTO db_connections (name, host, port, database, username, tls, password, password_host, "
                "allow_private, granted_host, granted_by, granted_at) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                connection.name, host, connection.port, connection.database, connection.user, connection.tls,
                password_cipher or "", host if password_cipher else "", grant, host if grant else "",
                actor if grant else "", granted_at,
            )  # fmt: skip
            return made
        updated = await conn.fetchval(
            "UPDATE db_connections SET name = $2, host = $3, port = $4, database = $5, username = $6, tls = $7, "
            "password = COALESCE($8, password), password_host = CASE WHEN COALESCE($8, password) = '' THEN '' "
            "ELSE $3 END, allow_private = $9, granted_host = $10, "
            "granted_by = CASE WHEN $9 AND granted_host = $10 THEN granted_by ELSE $11 END, "
            "granted_at = CASE WHEN $9 AND granted_host = $10 THEN granted_at ELSE $12 END, "
            "updated_at = now() WHERE id = $1 RETURNING id",
            connection.id, connection.name, host, connection.port, connection.database, connection.user,
            connection.tls, password_cipher, grant, host if grant else "", actor if grant else "", granted_at,
        )  # fmt: skip
    except asyncpg.UniqueViolationError:
        raise ConnectionTaken(f"name: there is already a connection named {connection.name!r}") from None
    if updated is None:
        raise LookupError(f"there is no connection {connection.id}")
    return connection.id


async def delete_connection(conn: Connection, connection_id: int) -> bool:
    return await conn.fetchval("DELETE FROM db_connections WHERE id = $1 RETURNING id", connection_id) is not None


async def connection_secret(
    conn: Connection, box: SecretBox | SecretStore, connection_id: int
) -> str | SecretUnavailable:
    """The password, decrypted (or read from Vault), only while the
    connection points at the host it was entered for ("" otherwise, or when
    there is none); the secret store away is ``SecretUnavailable``."""
    row = await conn.fetchrow("SELECT host, password, password_host FROM db_connections WHERE id = $1", connection_id)
    if row is None or not row["password"] or row["password_host"] != row["host"]:
        return ""
    return await as_store(box).open(row["password"])


async def record_test(conn: Connection, connection_id: int, error: str | None) -> None:
    await conn.execute(
        "UPDATE db_connections SET last_test_at = now(), last_test_error = $2 WHERE id = $1",
        connection_id, None if error is None else error[:MAX_TEST_ERROR],
    )  # fmt: skip


async def move_connection_passwords_to_vault(conn: Connection, store: SecretStore, actor: str) -> MoveReport:
    """``alexclaw secret move --to vault``: each connection's password into Vault."""
    rows = await conn.fetch("SELECT id, name, password FROM db_connections WHERE password <> '' ORDER BY id")
    held = [Held(f"connection:{r['name']}", f"connections/{r['name']}", r["password"]) for r in rows]
    ids = {f"connection:{r['name']}": r["id"] for r in rows}

    async def replace(item: Held, reference: str) -> bool:
        status = await conn.execute(
            "UPDATE db_connections SET password = $2 WHERE id = $1 AND password = $3", ids[item.what], reference,
            item.stored,
        )  # fmt: skip
        return bool(status.endswith(" 1"))

    return await move_held(conn, store, actor, held, replace)


async def rotate_connection_passwords(conn: Connection, old: SecretBox, new: SecretBox) -> int:
    """Re-encrypt every stored password under ``new`` (inside the caller's
    transaction, as ``alexclaw rotate-key`` does for the other secrets)."""
    rows = await conn.fetch(  # a Vault reference holds no ciphertext
        "SELECT id, password FROM db_connections WHERE password <> '' AND password NOT LIKE 'vault:%' "
        "ORDER BY id FOR UPDATE"
    )
    for row in rows:
        plain = old.decrypt(row["password"])
        again = new.encrypt(plain)
        if new.decrypt(again) != plain:
            raise ValueError(f"connection {row['id']}: the re-encrypted password does not decrypt back")
        await conn.execute("UPDATE db_connections SET password = $2 WHERE id = $1", row["id"], again)
    return len(rows)
