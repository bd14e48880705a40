"""Data export and import: a round trip into a second database (settings,
providers, workflows; no credential ever in the file), a newer schema and a
foreign file refused before anything is written, and AlexClaw's own
``alexclaw-data`` exports (v1, v2): its ``enc:`` values arrive as
credentials to re-enter, its identity settings are never imported."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from alexclaw.backup import DataOperations, read_data
from alexclaw.config import write
from alexclaw.llm import add_provider, build_provider, load_providers
from alexclaw.security import Acting, Approver, Challenges, Done, FixedPool, Invalid, SecretBox, host_approval
from alexclaw.workflows import import_document, list_workflows
from tests.conftest import _create_database, _drop_database, with_database

FIXTURES = Path(__file__).parent / "fixtures"
BOX = SecretBox("d" * 64)
SECRET = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"  # 35 characters, as @BotFather gives


def operations(pool: asyncpg.Pool) -> DataOperations:
    return DataOperations(Approver(Challenges(), FixedPool(pool), lambda: False), FixedPool(pool), BOX, "node-a")


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[asyncpg.Pool]:
    opened = await asyncpg.create_pool(database_url, min_size=1, max_size=2)
    yield opened
    await opened.close()


@pytest.fixture
async def other_pool(pg_admin_dsn: str, pg_template: str) -> AsyncIterator[asyncpg.Pool]:
    """A second, fresh node's database."""
    name = await _create_database(pg_admin_dsn, pg_template)
    opened = await asyncpg.create_pool(with_database(pg_admin_dsn, name), min_size=1, max_size=2)
    try:
        yield opened
    finally:
        await opened.close()
        await _drop_database(pg_admin_dsn, name)


async def seed(pool: asyncpg.Pool) -> None:
    approval = host_approval("config.secret", "cli:test")
    async with pool.acquire() as conn:
        await write(conn, BOX, "workflows.max_concurrent_runs", "3", actor="cli:test", approval=approval)
        await write(conn, BOX, "telegram.bot_token", "123456:" + SECRET, actor="cli:test", approval=approval)
        provider = build_provider("openai", kind="openai_compatible", model="gpt-4o-mini", tier="medium",
                                  base_url="https://api.openai.com/v1", key_cipher=BOX.encrypt(SECRET))  # fmt: skip
        await add_provider(conn, provider, actor="cli:test", approval=host_approval("llm.provider_secret", "cli:t"))
        document = {"version": 1, "workflow": {"name": "Digest", "schedule": "0 6 * * *"},
                    "steps": [{"position": 1, "name": "say", "skill": "echo", "config": {}}]}  # fmt: skip
        await import_document(conn, document, approval=host_approval("workflow.import", "cli:test"))


async def test_an_export_imports_into_another_node_without_a_single_credential(
    pool: asyncpg.Pool, other_pool: asyncpg.Pool
) -> None:
    await seed(pool)
    document = await operations(pool).export(Acting.cli("test"))
    text = json.dumps(document)
    assert SECRET not in text and "enc:" not in text
    assert {"setting:telegram.bot_token", "provider:openai"} <= set(document["credentials_to_reenter"])

    imported = await operations(other_pool).import_(Acting.cli("test"), json.loads(text), label="export.json")

    assert isinstance(imported, Done), imported
    assert "setting:telegram.bot_token" in imported.message
    async with other_pool.acquire() as conn:
        assert await conn.fetchval("SELECT value FROM settings WHERE key = 'workflows.max_concurrent_runs'") == "3"
        assert await conn.fetchval("SELECT count(*) FROM settings WHERE key = 'telegram.bot_token'") == 0
        providers = await load_providers(conn)
        workflows = await list_workflows(conn)
        audited = await conn.fetchval("SELECT detail->>'workflows' FROM audit_log WHERE action = 'data.import'")
    assert providers == ()  # a cloud provider exists only with its key: named to add again, with it
    assert "provider:openai (add it with its key: openai_compatible, gpt-4o-mini" in imported.message
    assert [(w.name, w.enabled, w.schedule) for w in workflows] == [("Digest", False, "0 6 * * *")]
    assert audited == "1"


async def test_an_export_of_a_newer_schema_or_a_foreign_file_is_refused_before_anything_is_written(
    pool: asyncpg.Pool,
) -> None:
    newer = {"format": "alexclaw-python-data", "version": 1, "schema": 9999, "settings": []}
    for data, why in ((newer, "newer than this code"), ({"format": "something"}, "not an AlexClaw export"),
                      ([1, 2], "not a JSON object")):  # fmt: skip
        outcome = await operations(pool).import_(Acting.cli("test"), data, label="x.json")
        assert isinstance(outcome, Invalid) and why in outcome.message()
    async with pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'data.import'") == 0


async def test_an_alexclaw_v1_export_brings_its_providers_settings_and_workflows(pool: asyncpg.Pool) -> None:
    data = json.loads((FIXTURES / "alexclaw-data-v1.json").read_text())
    plan = read_data(data, 29)
    assert not isinstance(plan, list)
    assert plan.settings == [("workflows.max_concurrent_runs", "4")]
    assert "setting:telegram.bot_token" in plan.reenter
    assert any(r.startswith("provider:gemini-flash (add it with its key") for r in plan.reenter)
    assert any("auth.admin_password_hash" in s and "identity" in s for s in plan.skipped)
    assert any("github.token_scope" in s for s in plan.skipped)

    imported = await operations(pool).import_(Acting.cli("test"), data, label="alexclaw.json")

    assert isinstance(imported, Done), imported
    async with pool.acquire() as conn:
        providers = {p.name: p for p in await load_providers(conn)}
        workflows = await list_workflows(conn, with_steps=True)
        assert await conn.fetchval("SELECT value FROM settings WHERE key = 'auth.admin_password_hash'") is None
    assert "gemini-flash" not in providers  # Gemini needs a key: named to add again
    assert "provider:gemini-flash (add it with its key: gemini, gemini-2.0-flash" in imported.message
    assert providers["home-ollama"].base_url == "https://ollama.example.net" and not providers["home-ollama"].enabled
    assert "provider local-llama: base URL http://ollama.lan:11434 must be https" in imported.message
    morning = next(w for w in workflows if w.name == "Morning news")
    assert [s.skill for s in morning.steps] == ["rss_collector", "llm_transform"] and not morning.enabled


async def test_an_alexclaw_v2_exports_sealed_step_config_value_is_a_credential_to_reenter(pool: asyncpg.Pool) -> None:
    data = json.loads((FIXTURES / "alexclaw-data-v2.json").read_text())
    imported = await operations(pool).import_(Acting.cli("test"), data, label="alexclaw-v2.json")
    assert isinstance(imported, Done), imported
    assert "workflow:Alert me:step Post: config.bot_token" in imported.message
    assert "setting:llm.anthropic_api_key" in imported.message and "provider:claude (add it" in imported.message
    async with pool.acquire() as conn:
        config = await conn.fetchval(
            "SELECT s.config::text FROM workflow_steps s JOIN workflows w ON w.id = s.workflow_id "
            "WHERE w.name = 'Alert me'"
        )
        zone = await conn.fetchval("SELECT value FROM settings WHERE key = 'scheduler.timezone'")
    assert "enc:" not in config and json.loads(config)["chat"] == "42"
    assert zone == "Europe/Rome"


@pytest.mark.parametrize("priority", ["²", "9" * 5000, "-3", "ten"])
def test_a_priority_that_is_no_small_ascii_number_is_read_as_the_default(priority: str) -> None:
    data = json.loads((FIXTURES / "alexclaw-data-v1.json").read_text())
    data["tables"]["llm_providers"]["rows"][2][-1] = priority  # home-ollama, which is imported
    plan = read_data(data, 29)
    assert not isinstance(plan, list)
    assert {p.name: p.priority for p in plan.providers}["home-ollama"] == 100
