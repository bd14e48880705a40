"""A shared server with two roles, as compose and Kubernetes set it up: an
owner (no other attribute) owning a fresh database, and an application
role that can log in and nothing more. The roles are cluster-wide, so each
test gets its own names, and they are dropped after the database."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from alexclaw.storage import grant_application_role, prepare_schema
from tests.conftest import with_database


def as_role(dsn: str, role: str) -> str:
    """``dsn`` logging in as ``role`` (the test server trusts local logins)."""
    parts = urlsplit(dsn)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, parts.fragment))


@dataclass
class TwoRoles:
    admin_dsn: str  # the cluster's superuser, on the test database
    owner: str
    app: str
    database: str
    created: list[str] = field(default_factory=list)

    @property
    def owner_dsn(self) -> str:
        return as_role(self.admin_dsn, self.owner)

    @property
    def app_dsn(self) -> str:
        return as_role(self.admin_dsn, self.app)

    async def role(self, attributes: str = "") -> str:
        """Another login role with ``attributes`` (SUPERUSER, CREATEDB...)."""
        name = f"r_{uuid.uuid4().hex[:12]}"
        await self.admin(f"CREATE ROLE {name} LOGIN {attributes}")
        self.created.append(name)
        return name

    async def admin(self, sql: str, *args: object) -> object:
        conn = await asyncpg.connect(self.admin_dsn)
        try:
            return await conn.fetchval(sql, *args)
        finally:
            await conn.close()

    async def migrate(self, grant: bool = True) -> None:
        """``alexclaw migrate --grant-to app`` as the owner."""
        conn = await asyncpg.connect(self.owner_dsn)
        try:
            await prepare_schema(conn)
            if grant:
                await grant_application_role(conn, self.app)
        finally:
            await conn.close()


@pytest.fixture
async def two_roles(pg_admin_dsn: str) -> AsyncIterator[TwoRoles]:
    tag = uuid.uuid4().hex[:12]
    owner, app, database = f"o_{tag}", f"a_{tag}", f"t_{tag}"
    admin = await asyncpg.connect(pg_admin_dsn)
    try:
        await admin.execute(f"CREATE ROLE {owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS")
        await admin.execute(f"CREATE ROLE {app} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS")
        await admin.execute(f"CREATE DATABASE {database} OWNER {owner}")
    finally:
        await admin.close()
    roles = TwoRoles(with_database(pg_admin_dsn, database), owner, app, database, [owner, app])
    # What the database's bootstrap does as the superuser (CloudNativePG's
    # postInitApplicationSQL, compose's init script): pgvector is not a
    # trusted extension, the owner could not create it.
    await roles.admin("CREATE EXTENSION IF NOT EXISTS vector")
    await roles.admin(f"ALTER SCHEMA public OWNER TO {owner}")
    yield roles
    admin = await asyncpg.connect(pg_admin_dsn)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for name in reversed(roles.created):
            await admin.execute(f"DROP ROLE IF EXISTS {name}")
    finally:
        await admin.close()
