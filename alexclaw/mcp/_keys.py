"""MCP keys: several bearer keys, each a name, an optional expiry and a
scope, stored only as an HMAC fingerprint (migration 0024).

The fingerprint is HMAC-SHA256 under a key derived from SECRET_KEY_BASE
(purpose ``alexclaw mcp key v1``): the database never holds what would let
a dump test guesses. A presented key is fingerprinted and compared with
every live key's fingerprint in constant time (a handful of rows; no early
exit on the first match). The plaintext exists only in the answer to
``create_key``, which the page shows once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import asyncpg

from alexclaw.security import derive_key, record_audit
from alexclaw.storage import Connection

KEY_PREFIX: Final = "acmcp_"
SCOPES: Final = ("tools", "resources", "outputs")  # outputs: run resources carry step outputs and results
MCP_KEY_CREATED: Final = "mcp.key_created"
MCP_KEY_REVOKED: Final = "mcp.key_revoked"
MCP_KEY_SEEDED: Final = "mcp.key_seeded"
_PURPOSE: Final = "alexclaw mcp key v1"
_COLUMNS: Final = "id, name, hint, scopes, created_at, expires_at, revoked_at, last_used_at"


@dataclass(frozen=True, slots=True)
class McpKey:
    """A key as the page lists it: never the key, only its last characters."""

    id: int
    name: str
    hint: str
    scopes: frozenset[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None

    @property
    def masked(self) -> str:
        return f"{KEY_PREFIX}…{self.hint}"

    def live(self, now: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


def fingerprint_key(secret_key_base: str) -> bytes:
    return derive_key(secret_key_base, _PURPOSE)


def fingerprint(fp_key: bytes, token: str) -> bytes:
    return hmac.new(fp_key, token.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()


def new_token() -> str:
    """A fresh key: 256 random bits, URL-safe, recognisable by its prefix."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def check_scopes(scopes: Iterable[str]) -> frozenset[str] | str:
    """The scope set, or why it is not one."""
    chosen = frozenset(scopes)
    unknown = chosen - set(SCOPES)
    if unknown:
        return f"unknown scope(s): {', '.join(sorted(unknown))} (choose from {', '.join(SCOPES)})"
    if not chosen & {"tools", "resources"}:
        return "a key needs the tools scope, the resources scope, or both"
    return chosen


def check_name(name: str) -> str | None:
    if not name or len(name) > 64 or not name.isprintable():
        return "the name must be 1 to 64 printable characters"
    return None


def _key(row: asyncpg.Record) -> McpKey:
    return McpKey(
        row["id"], row["name"], row["hint"], frozenset(row["scopes"]), row["created_at"], row["expires_at"],
        row["revoked_at"], row["last_used_at"],
    )  # fmt: skip


async def list_keys(conn: Connection) -> list[McpKey]:
    rows = await conn.fetch(f"SELECT {_COLUMNS} FROM mcp_keys ORDER BY revoked_at IS NOT NULL, id")  # noqa: S608
    return [_key(r) for r in rows]


async def count_live_keys(conn: Connection) -> int:
    value = await conn.fetchval(
        "SELECT count(*) FROM mcp_keys WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())"
    )
    return int(value or 0)


async def create_key(
    conn: Connection, fp_key: bytes, name: str, scopes: frozenset[str], expires_at: datetime | None, *, actor: str,
    token: str | None = None, action: str = MCP_KEY_CREATED,
) -> tuple[McpKey, str]:  # fmt: skip
    """Store a new key (its fingerprint) and audit it; the plaintext is
    returned once. The caller checked name and scopes."""
    token = token or new_token()
    async with conn.transaction():
        row = await conn.fetchrow(
            f"INSERT INTO mcp_keys (name, fingerprint, hint, scopes, expires_at) VALUES ($1, $2, $3, $4, $5) "  # noqa: S608
            f"RETURNING {_COLUMNS}",
            name, fingerprint(fp_key, token), token[-4:], sorted(scopes), expires_at,
        )  # fmt: skip
        assert row is not None
        detail = {"name": name, "scopes": sorted(scopes), "expires_at": expires_at.isoformat() if expires_at else None}
        await record_audit(conn, actor, action, f"mcp_key:{row['id']}", detail=detail)
    return _key(row), token


async def revoke_key(conn: Connection, key_id: int, *, actor: str) -> bool:
    async with conn.transaction():
        name = await conn.fetchval(
            "UPDATE mcp_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING name", key_id
        )
        if name is None:
            return False
        await record_audit(conn, actor, MCP_KEY_REVOKED, f"mcp_key:{key_id}", detail={"name": name})
    return True


async def find_key(conn: Connection, fp_key: bytes, token: str, now: datetime) -> McpKey | None:
    """The live key ``token`` is, or None. Every live fingerprint is
    compared in constant time, all of them, whatever matches first."""
    presented = fingerprint(fp_key, token)
    rows = await conn.fetch(
        f"SELECT {_COLUMNS}, fingerprint FROM mcp_keys WHERE revoked_at IS NULL "  # noqa: S608
        "AND (expires_at IS NULL OR expires_at > $1)",
        now,
    )
    found: asyncpg.Record | None = None
    for row in rows:
        if hmac.compare_digest(bytes(row["fingerprint"]), presented):
            found = row
    if found is None:
        return None
    await conn.execute("UPDATE mcp_keys SET last_used_at = $2 WHERE id = $1", found["id"], now)
    return _key(found)


async def seed_key(conn: Connection, fp_key: bytes, token: str) -> bool:
    """``MCP_API_KEY`` (the ``mcp.api_key`` setting it seeds) becomes a key
    named ``seed`` with every scope but outputs, once, while there is no key
    at all (a revoked seed is not brought back)."""
    if not token or await conn.fetchval("SELECT EXISTS (SELECT 1 FROM mcp_keys)"):
        return False
    scopes = frozenset({"tools", "resources"})
    await create_key(conn, fp_key, "seed", scopes, None, actor="system", token=token, action=MCP_KEY_SEEDED)
    return True
