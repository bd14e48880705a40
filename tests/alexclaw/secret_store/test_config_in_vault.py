"""Settings' secrets with Vault: written there first, the row keeps only a
versioned reference (the plaintext is in no table), read back after a
restart through a fresh token manager, and a store that cannot answer is
a refused write or a setting's error — never a crash, never a fallback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import asyncpg
import pytest

from actors import Process
from alexclaw.config import ConfigActor, ConfigError, ConfigHandle, load_row, rotate_key
from alexclaw.secret_store import VaultStore, VaultTokenManager, is_reference, parse_reference
from alexclaw.security import SecretBox
from alexclaw.storage import Database, DatabaseHandle
from supervisors import ChildSpec, Supervisor
from tests.alexclaw.secret_store.conftest import vault_settings
from tests.fake_openbao import FakeOpenBao
from tests.helpers import ManualClock

KEY = "vault-config-test-" + "q" * 40
SECRET = "whsec-the-github-webhook-secret-0123456789"
SEEDED = "mcp-key-seeded-from-the-environment-0123456789"


@dataclass
class VaultNode:
    database: DatabaseHandle
    config: ConfigHandle
    supervisor: Supervisor


async def start_node(url: str, bao: FakeOpenBao, clock: ManualClock, seeds: dict[str, str] | None = None) -> VaultNode:
    database, config = DatabaseHandle(), ConfigHandle()
    manager = VaultTokenManager(vault_settings(bao), clock=clock)

    async def dsn() -> str:
        return url

    async def start_db() -> Any:
        return await Database(dsn, database, max_size=4).start()

    async def start_manager() -> Any:
        return await manager.start()

    async def start_config() -> Any:
        store = VaultStore(SecretBox(KEY), manager)
        started = await ConfigActor(database, config, SecretBox(KEY), seeds or {}, store).start()
        config.target = started
        return started

    children = [ChildSpec("db", start_db), ChildSpec("vault", start_manager), ChildSpec("config", start_config)]
    supervisor = Supervisor(children)
    await supervisor.start()
    return VaultNode(database, config, supervisor)


@pytest.fixture
async def node(database_url: str, bao: FakeOpenBao, clock: ManualClock) -> AsyncIterator[VaultNode]:
    started = await start_node(database_url, bao, clock)
    yield started
    await started.supervisor.stop()


async def every_row_as_text(url: str) -> list[str]:
    """Every row of every table in the public schema, as text."""
    conn = await asyncpg.connect(url)
    try:
        tables = await conn.fetch(
            "SELECT quote_ident(table_name) AS t FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        rows: list[str] = []
        for table in tables:
            rows += [r[0] for r in await conn.fetch(f"SELECT x::text FROM {table['t']} x")]
        return rows
    finally:
        await conn.close()


async def test_a_secret_setting_lands_in_vault_and_no_table_holds_its_plaintext(
    node: VaultNode, bao: FakeOpenBao, database_url: str
) -> None:
    setting = await node.config.set("github.webhook_secret", SECRET, actor="test")
    assert setting.text == SECRET and node.config.get("github.webhook_secret") == SECRET
    assert bao.latest("alexclaw/node-a/settings/github.webhook_secret") == {"value": SECRET}
    async with node.database.pool().acquire() as conn:
        row = await load_row(conn, "github.webhook_secret")
    assert row is not None and is_reference(row.value)
    assert parse_reference(row.value) is not None
    rows = await every_row_as_text(database_url)
    assert rows and not [r for r in rows if SECRET in r]


async def test_a_restarted_node_reads_the_secret_back_from_vault(
    database_url: str, bao: FakeOpenBao, clock: ManualClock
) -> None:
    first = await start_node(database_url, bao, clock)
    await first.config.set("github.webhook_secret", SECRET, actor="test")
    await first.supervisor.stop()
    reads = bao.count("secret/data/alexclaw/node-a/settings/github.webhook_secret")
    second = await start_node(database_url, bao, clock)
    try:
        assert second.config.get("github.webhook_secret") == SECRET
        assert bao.count("secret/data/alexclaw/node-a/settings/github.webhook_secret") == reads + 1
    finally:
        await second.supervisor.stop()


async def test_an_environment_seed_goes_to_vault_too(database_url: str, bao: FakeOpenBao, clock: ManualClock) -> None:
    node = await start_node(database_url, bao, clock, {"MCP_API_KEY": SEEDED})
    try:
        assert node.config.get("mcp.api_key") == SEEDED
        assert bao.latest("alexclaw/node-a/settings/mcp.api_key") == {"value": SEEDED}
        assert not [r for r in await every_row_as_text(database_url) if SEEDED in r]
    finally:
        await node.supervisor.stop()


async def test_a_write_while_vault_is_away_is_refused_with_the_reason_and_nothing_changes(
    node: VaultNode, bao: FakeOpenBao
) -> None:
    await node.config.set("github.webhook_secret", SECRET, actor="test")
    bao.seal()
    with pytest.raises(ConfigError, match=r"github\.webhook_secret was not saved: secret store unreachable: HTTP 503"):
        await node.config.set("github.webhook_secret", SECRET + "-new", actor="test")
    assert node.config.get("github.webhook_secret") == SECRET
    target = node.config.target
    assert node.supervisor.alive and isinstance(target, Process) and target.alive


async def test_a_node_that_boots_while_vault_is_away_starts_and_shows_why_the_secret_is_missing(
    database_url: str, bao: FakeOpenBao, clock: ManualClock
) -> None:
    first = await start_node(database_url, bao, clock)
    await first.config.set("github.webhook_secret", SECRET, actor="test")
    await first.supervisor.stop()
    bao.seal()
    second = await start_node(database_url, bao, clock)
    try:
        setting = second.config.setting("github.webhook_secret")
        assert setting is not None and setting.value is None
        assert setting.error == "secret store unreachable: HTTP 503"
        assert second.config.get("auth.session_hours") == 8  # everything else as usual
    finally:
        await second.supervisor.stop()


async def test_key_rotation_leaves_vault_references_alone(node: VaultNode) -> None:
    await node.config.set("github.webhook_secret", SECRET, actor="test")
    async with node.database.pool().acquire() as conn:
        before = await load_row(conn, "github.webhook_secret")
        await rotate_key(conn, SecretBox(KEY), SecretBox(KEY + "-rotated"), actor="test")
        after = await load_row(conn, "github.webhook_secret")
    assert before is not None and after is not None and after.value == before.value
