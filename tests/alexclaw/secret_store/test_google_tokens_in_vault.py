"""The Google connection's tokens with Vault: written there, the row keeps
references, read back by another node's token manager; Vault away means
nothing is written (the caller shows why) and a key rotation leaves the
references alone."""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg

from alexclaw.google import Tokens, load_tokens, rotate_google_secrets, save_tokens
from alexclaw.secret_store import SecretUnavailable, VaultStore, VaultTokenManager, is_reference
from alexclaw.security import SecretBox
from tests.alexclaw.secret_store.conftest import vault_settings
from tests.fake_openbao import FakeOpenBao
from tests.helpers import ManualClock

KEY = "google-vault-test-" + "g" * 40
NOW = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
TOKENS = Tokens("ya29.access-token-0123456789abcdef", "1//refresh-token-0123456789abcdef", NOW, "calendar", "me")


async def test_the_tokens_live_in_vault_and_the_row_keeps_references(
    database_url: str, bao: FakeOpenBao, clock: ManualClock
) -> None:
    writer = VaultTokenManager(vault_settings(bao), clock=clock)
    reader = VaultTokenManager(vault_settings(bao), clock=clock)
    await writer.start()
    await reader.start()
    conn = await asyncpg.connect(database_url)
    try:
        assert await save_tokens(conn, VaultStore(SecretBox(KEY), writer), TOKENS, NOW) is None
        row = await conn.fetchrow("SELECT access_token, refresh_token, x::text AS whole FROM google_tokens x")
        assert row is not None and is_reference(row["access_token"]) and is_reference(row["refresh_token"])
        assert TOKENS.access_token not in row["whole"] and TOKENS.refresh_token not in row["whole"]
        assert await load_tokens(conn, VaultStore(SecretBox(KEY), reader)) == TOKENS
        assert await rotate_google_secrets(conn, SecretBox(KEY), SecretBox(KEY + "-new")) == 0
        bao.seal()
        changed = Tokens("ya29.another-0123456789abcdef", TOKENS.refresh_token, NOW, "calendar", "me")
        refused = await save_tokens(conn, VaultStore(SecretBox(KEY), writer), changed, NOW)
        assert isinstance(refused, SecretUnavailable) and refused.reason == "HTTP 503"
        assert await conn.fetchval("SELECT access_token FROM google_tokens") == row["access_token"]
    finally:
        await conn.close()
        await writer.stop()
        await reader.stop()
