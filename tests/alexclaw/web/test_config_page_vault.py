"""The Config page on a node whose credentials live in Vault (the fake
OpenBao): a secret saved there lands in Vault and the row keeps only the
reference; Vault away is the page's error with the reason and the node
stays up; a restarted node reads the secret back from Vault."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from alexclaw import Node, Settings
from alexclaw.settings import VaultSettings
from tests.alexclaw.web.conftest import HTML, login, make_settings, page_csrf
from tests.fake_openbao import ROLE_ID, SECRET_ID, FakeOpenBao

SECRET = "whsec-typed-on-the-config-page-0123456789"


@pytest.fixture
async def bao() -> AsyncIterator[FakeOpenBao]:
    async with FakeOpenBao(clock=time.monotonic) as fake:
        yield fake


def vault_node_settings(database_url: str, data_dir: Path, bao: FakeOpenBao) -> Settings:
    vault = VaultSettings(bao.url, ROLE_ID, SECRET_ID, "secret", "alexclaw/web-node")
    return dataclasses.replace(make_settings(database_url, data_dir), vault=vault)


async def test_a_secret_saved_on_the_config_page_lives_in_vault_and_survives_a_restart(
    database_url: str, tmp_path: Path, bao: FakeOpenBao
) -> None:
    node = Node(vault_node_settings(database_url, tmp_path, bao))
    await node.start()
    try:
        client = node.state.app.test_client()
        await login(client)
        token = await page_csrf(client, "/config")
        saved = await client.post(
            "/config/github.webhook_secret", form={"value": SECRET, "csrf_token": token}, headers=HTML
        )
        assert saved.status_code == 302
        assert bao.latest("alexclaw/web-node/settings/github.webhook_secret") == {"value": SECRET}
        bao.seal()
        refused = await client.post(
            "/config/github.webhook_secret", form={"value": SECRET + "-next", "csrf_token": token}, headers=HTML
        )
        assert refused.status_code == 302  # back to the row, its result shown there
        shown = await client.get(refused.headers["Location"], headers=HTML)
        body = await shown.get_data(as_text=True)
        assert shown.status_code == 200  # the node is still up
        assert "github.webhook_secret was not saved: secret store unreachable: HTTP 503" in body
        assert SECRET not in body
        assert node.services.config.get("github.webhook_secret") == SECRET
    finally:
        await node.stop()
    conn = await asyncpg.connect(database_url)
    try:
        stored = await conn.fetchval("SELECT value FROM settings WHERE key = 'github.webhook_secret'")
        rows = [
            r[0] for r in await conn.fetch("SELECT x::text FROM settings x UNION ALL SELECT y::text FROM audit_log y")
        ]
    finally:
        await conn.close()
    assert stored.startswith("vault:alexclaw/web-node/settings/github.webhook_secret#value@")
    assert not [r for r in rows if SECRET in r]
    bao.unseal()
    again = Node(vault_node_settings(database_url, tmp_path, bao))
    await again.start()
    try:
        assert again.services.config.get("github.webhook_secret") == SECRET
    finally:
        await again.stop()
