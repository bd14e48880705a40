"""Two database roles on a shared server: ``alexclaw migrate --grant-to``
grants the application role exactly what a node needs (the audit tables
insert-and-read only, refused by PostgreSQL itself), and a node in
separate-roles mode refuses a role with any power (the same judgement the
posture audit reports)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import asyncpg
import pytest

from actors import StartError, live_processes
from alexclaw import Node, Settings
from alexclaw.cli import main
from alexclaw.posture import audit, gather
from alexclaw.security import record_audit
from alexclaw.storage import (
    Migration,
    StorageError,
    append_only_tables,
    grant_application_role,
    load_migrations,
    migrate,
    prepare_node_schema,
    role_powers,
)
from tests.alexclaw.storage.conftest import TwoRoles

KEY = "roles-test-key-" + "r" * 40
PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
APPEND_ONLY = {"audit_log", "audit_checkpoints", "audit_anchors"}


async def privileges(conn: asyncpg.Connection, role: str) -> dict[str, set[str]]:
    """Each table of the schema -> what ``role`` may do on it."""
    tables = [
        r["relname"]
        for r in await conn.fetch(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"
        )
    ]
    found: dict[str, set[str]] = {}
    for table in tables:
        found[table] = {
            p for p in PRIVILEGES if await conn.fetchval("SELECT has_table_privilege($1, $2, $3)", role, table, p)
        }
    return found


async def test_the_grant_gives_the_application_role_exactly_what_a_node_needs(two_roles: TwoRoles) -> None:
    await two_roles.migrate()
    conn = await asyncpg.connect(two_roles.owner_dsn)
    try:
        granted = await privileges(conn, two_roles.app)
        assert set(await append_only_tables(conn)) == APPEND_ONLY
        sequences = [r["relname"] for r in await conn.fetch("SELECT relname FROM pg_class WHERE relkind = 'S'")]
        on_sequence = "SELECT has_sequence_privilege($1, $2, $3)"
        usage = [await conn.fetchval(on_sequence, two_roles.app, s, "USAGE") for s in sequences]
        update = [s for s in sequences if await conn.fetchval(on_sequence, two_roles.app, s, "UPDATE")]
        on_schema = "SELECT has_schema_privilege($1, 'public', $2)"
        schema = {p: await conn.fetchval(on_schema, two_roles.app, p) for p in ("USAGE", "CREATE")}
        prune = await conn.fetchval(
            "SELECT has_function_privilege($1, 'audit_prune(bigint, text)', 'EXECUTE')", two_roles.app
        )
    finally:
        await conn.close()
    for table, allowed in granted.items():
        if table in APPEND_ONLY:
            assert allowed == {"SELECT", "INSERT"}, table
        elif table == "schema_migrations":
            assert allowed == {"SELECT"}, table
        else:
            assert allowed == {"SELECT", "INSERT", "UPDATE", "DELETE"}, table
    assert sequences and all(usage) and update == []
    assert schema == {"USAGE": True, "CREATE": False} and prune


async def test_granting_again_changes_nothing_and_covers_a_table_a_later_migration_adds(two_roles: TwoRoles) -> None:
    await two_roles.migrate()
    conn = await asyncpg.connect(two_roles.owner_dsn)
    try:
        before = await privileges(conn, two_roles.app)
        await grant_application_role(conn, two_roles.app)
        assert await privileges(conn, two_roles.app) == before
        later = [*load_migrations(), Migration(9001, "later", "CREATE TABLE later_things (id bigserial PRIMARY KEY);")]
        await migrate(conn, later)
        await grant_application_role(conn, two_roles.app)
        after = await privileges(conn, two_roles.app)
    finally:
        await conn.close()
    assert after == {**before, "later_things": {"SELECT", "INSERT", "UPDATE", "DELETE"}}


async def test_the_application_role_appends_and_reads_audit_rows_but_postgresql_refuses_changing_them(
    two_roles: TwoRoles,
) -> None:
    await two_roles.migrate()
    conn = await asyncpg.connect(two_roles.app_dsn)
    try:
        await record_audit(conn, "test", "roles.checked", "audit")
        assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'roles.checked'") == 1
        for table in sorted(APPEND_ONLY):
            for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}", f"TRUNCATE {table}"):
                with pytest.raises(asyncpg.InsufficientPrivilegeError, match=f"permission denied for table {table}"):
                    await conn.execute(statement)
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied for schema public"):
            await conn.execute("CREATE TABLE mine (id int)")
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied for table schema_migrations"):
            await conn.execute("DELETE FROM schema_migrations")
    finally:
        await conn.close()


async def test_the_grant_refuses_an_unknown_role_the_owner_itself_and_a_powerful_role(two_roles: TwoRoles) -> None:
    await two_roles.migrate(grant=False)
    powerful = await two_roles.role("CREATEDB")
    conn = await asyncpg.connect(two_roles.owner_dsn)
    try:
        with pytest.raises(StorageError, match="there is no database role 'nobody_here'"):
            await grant_application_role(conn, "nobody_here")
        with pytest.raises(StorageError, match="is the role running the migrations"):
            await grant_application_role(conn, two_roles.owner)
        with pytest.raises(StorageError, match="has CREATEDB"):
            await grant_application_role(conn, powerful)
        assert (await privileges(conn, powerful))["settings"] == set()
    finally:
        await conn.close()


def test_migrate_grant_to_exits_0_then_1_on_a_database_error_and_2_on_bad_usage(
    two_roles: TwoRoles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRET_KEY_BASE", KEY)
    monkeypatch.setenv("DATABASE_URL", two_roles.owner_dsn)
    monkeypatch.setenv("ALEXCLAW_DATA_DIR", str(tmp_path / "data"))
    assert main(["migrate", "--grant-to", two_roles.app]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("schema is at version") and said.out.count("\n") == 1
    assert f"granted {two_roles.app} the application rights" in said.err and "audit_log" in said.err
    assert "built vector index memory_entries_hnsw_" in said.err  # the configured (local) model's
    assert main(["migrate", "--grant-to", two_roles.app]) == 0  # idempotent
    assert "built vector index" not in capsys.readouterr().err
    assert main(["migrate", "--grant-to", "nobody_here"]) == 1
    assert "there is no database role 'nobody_here'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["migrate", "--grant-to"])
    assert usage.value.code == 2


# --- the node's start check ------------------------------------------------

# each power an application role must not have -> how the role gets it
POWERS: dict[str, str] = {
    "superuser": "SUPERUSER",
    "CREATEROLE": "CREATEROLE",
    "CREATEDB": "CREATEDB",
    "BYPASSRLS": "BYPASSRLS",
    "ownership of 1 table(s) (settings)": "owns settings",
}


def strict(dsn: str, data_dir: Path) -> Settings:
    return Settings(secret_key_base=KEY, database_url=dsn, data_dir=data_dir, http_port=0, db_role_check="strict")


@pytest.mark.parametrize("power", sorted(POWERS))
async def test_a_node_refuses_to_start_as_a_role_with_any_power_and_says_which(
    power: str, two_roles: TwoRoles, tmp_path: Path
) -> None:
    await two_roles.migrate()
    how = POWERS[power]
    role = await two_roles.role("" if how.startswith("owns") else how)
    await two_roles.admin(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")  # for doctor's read
    if how.startswith("owns"):
        await two_roles.admin(f"ALTER TABLE settings OWNER TO {role}")
    with pytest.raises(StartError, match=rf"refusing to start: .*{role}.*, which has {re.escape(power)}"):
        await Node(strict(as_role_dsn(two_roles, role), tmp_path)).start()
    assert live_processes() == []
    # doctor's posture audit judges the same role the same way
    conn = await asyncpg.connect(as_role_dsn(two_roles, role))
    try:
        facts = await gather(conn, strict(two_roles.admin_dsn, tmp_path), {})
    finally:
        await conn.close()
    assert facts.role is not None and power in role_powers(facts.role)
    assert any(f.id == "database.powerful-role" and power in f.title for f in audit(facts))


def as_role_dsn(two_roles: TwoRoles, role: str) -> str:
    from tests.alexclaw.storage.conftest import as_role

    return as_role(two_roles.admin_dsn, role)


async def test_a_node_of_the_application_role_refuses_a_schema_not_migrated_to_this_build(
    two_roles: TwoRoles, tmp_path: Path
) -> None:
    with pytest.raises(StartError, match=r"refusing to start: the schema lacks .* run alexclaw migrate"):
        await Node(strict(two_roles.app_dsn, tmp_path)).start()
    assert live_processes() == []


async def test_in_auto_mode_a_node_migrates_only_a_schema_its_role_owns(two_roles: TwoRoles) -> None:
    owner = await asyncpg.connect(two_roles.owner_dsn)
    app = await asyncpg.connect(two_roles.app_dsn)
    try:
        with pytest.raises(StorageError, match="the schema lacks"):  # it may not create the schema: no migration
            await prepare_node_schema(app, "auto")
        assert await prepare_node_schema(owner, "auto") == load_migrations()  # the owner migrates
        await grant_application_role(owner, two_roles.app)
        assert await prepare_node_schema(app, "auto") == []  # another role's schema: the start check passes
        with pytest.raises(StorageError, match="which has ownership of"):  # strict: never the owner
            await prepare_node_schema(owner, "strict")
    finally:
        await owner.close()
        await app.close()


async def test_a_node_started_as_the_application_role_works_and_finds_nothing_high(
    two_roles: TwoRoles, tmp_path: Path
) -> None:
    import httpx

    from actors import whereis
    from alexclaw.web import WEB_NAME, WebEndpoint
    from alexclaw.workflows import Step
    from tests.alexclaw.workflows.test_node_runs import run_workflow

    await two_roles.migrate()
    settings = strict(two_roles.app_dsn, tmp_path)
    node = Node(settings)
    await node.start()
    try:
        web = whereis(WEB_NAME)
        assert isinstance(web, WebEndpoint)
        async with httpx.AsyncClient(base_url=web.url) as client:
            assert (await client.get("/readyz")).status_code == 200
        await node.state.config.set("scheduler.timezone", "Europe/Paris", actor="test")
        run = await run_workflow(node, Step(0, "echo"))
        async with node.state.database.pool().acquire() as conn:
            audited = await conn.fetchval("SELECT count(*) FROM audit_log WHERE target = 'scheduler.timezone'")
            facts = await gather(conn, settings, {})
    finally:
        await node.stop()
    assert run.status == "completed" and audited >= 1
    assert facts.role is not None and role_powers(facts.role) == []
    assert "database.powerful-role" not in {f.id for f in audit(facts)}


def test_alexclaw_start_refuses_a_powerful_role_in_one_line_before_starting_anything(
    two_roles: TwoRoles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(two_roles.migrate())
    role = asyncio.run(two_roles.role("CREATEROLE"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRET_KEY_BASE", KEY)
    monkeypatch.setenv("DATABASE_URL", as_role_dsn(two_roles, role))
    monkeypatch.setenv("ALEXCLAW_DB_ROLE_CHECK", "strict")
    monkeypatch.setenv("ALEXCLAW_DATA_DIR", str(tmp_path / "data"))
    assert main(["start"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refusing to start" in err and "which has CREATEROLE" in err
    assert "Traceback" not in err and live_processes() == []
