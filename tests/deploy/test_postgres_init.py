"""deploy/postgres-init, the script compose's database runs on its first
start, run for real with psql against the test server: it creates the owner
and the nodes' role with no power, the database owned by the owner with
pgvector; then ``migrate --grant-to alexclaw_app`` as the owner leaves a
role the node's start check accepts. Run twice, it changes nothing."""

from __future__ import annotations

import os
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import asyncpg
import pytest

from alexclaw.backup import find_program
from alexclaw.storage import check_application_role, grant_application_role, prepare_schema, read_role, role_powers
from tests.alexclaw.storage.conftest import as_role
from tests.conftest import with_database

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "postgres-init" / "10-alexclaw-roles.sh"


def run_script(admin_dsn: str) -> None:
    parts = urlsplit(admin_dsn)
    psql = find_program("psql")
    assert psql is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(
        PATH=f"{psql.parent}:{env.get('PATH', '')}",
        PGHOST=parse_qs(parts.query)["host"][0],
        POSTGRES_USER=parts.username or "postgres",
        ALEXCLAW_OWNER_DB_PASSWORD="owner-" + "o" * 40,
        ALEXCLAW_APP_DB_PASSWORD="app-" + "a" * 40,
    )
    done = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


@pytest.fixture
async def bootstrapped(pg_admin_dsn: str) -> AsyncIterator[str]:
    """The test server after the script; everything it made dropped after."""
    run_script(pg_admin_dsn)
    yield with_database(pg_admin_dsn, "alexclaw")
    admin = await asyncpg.connect(pg_admin_dsn)
    try:
        await admin.execute("DROP DATABASE IF EXISTS alexclaw WITH (FORCE)")
        await admin.execute("DROP ROLE IF EXISTS alexclaw_app")
        await admin.execute("DROP ROLE IF EXISTS alexclaw")
    finally:
        await admin.close()


async def test_the_init_script_makes_two_powerless_roles_that_migrate_and_the_node_accept(
    bootstrapped: str, pg_admin_dsn: str
) -> None:
    run_script(pg_admin_dsn)  # a second run changes nothing and fails on nothing
    owner = await asyncpg.connect(as_role(bootstrapped, "alexclaw"))
    try:
        assert await owner.fetchval("SELECT extname FROM pg_extension WHERE extname = 'vector'") == "vector"
        assert (
            await owner.fetchval("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'alexclaw'")
            == "alexclaw"
        )
        await prepare_schema(owner)
        await grant_application_role(owner, "alexclaw_app")
        owner_role = await read_role(owner)
    finally:
        await owner.close()
    assert owner_role is not None and [p for p in role_powers(owner_role) if not p.startswith("ownership")] == []
    app = await asyncpg.connect(as_role(bootstrapped, "alexclaw_app"))
    try:
        await check_application_role(app)  # the node's start check: no refusal
    finally:
        await app.close()
