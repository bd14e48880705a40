"""LLM provider keys with Vault: an added key and a seeded one are written
there and the row keeps the reference; the provider table reads every key
into the token manager's cache when it loads, so the egress lookup (which
cannot wait) finds it; Vault away refuses the key with the reason."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from actors import Snapshot
from alexclaw.llm import (
    SECRET_PREFIX,
    Draft,
    Provider,
    ProviderOperations,
    ProviderTable,
    provider_keys,
)
from alexclaw.secret_store import VaultStore, VaultTokenManager, is_reference
from alexclaw.security import Acting, Approver, Challenges, Done, Invalid, SecretBox
from alexclaw.settings import VaultSettings
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.llm.conftest import SECRET_KEY_BASE
from tests.fake_openbao import ROLE_ID, SECRET_ID, FakeOpenBao
from tests.helpers import ManualClock

KEY = "sk-vault-" + "v" * 40
SEEDED = "sk-seeded-" + "s" * 40
HOSTED = Draft("hosted", "openai_compatible", "gpt-4o-mini", "medium", "https://api.example.com/v1")


@pytest.fixture
async def bao() -> AsyncIterator[FakeOpenBao]:
    async with FakeOpenBao(clock=ManualClock()) as fake:
        yield fake


def manager(bao: FakeOpenBao) -> VaultTokenManager:
    return VaultTokenManager(VaultSettings(bao.url, ROLE_ID, SECRET_ID, "secret", "alexclaw/node-a"), clock=bao.clock)


async def nothing() -> None:
    return None


async def test_a_key_lands_in_vault_and_the_loaded_table_lets_the_egress_lookup_find_it(
    database: DatabaseHandle, bao: FakeOpenBao
) -> None:
    writer, node = manager(bao), manager(bao)
    await writer.start()
    await node.start()
    table: ProviderTable | None = None
    try:
        operations = ProviderOperations(
            Approver(Challenges(), database, lambda: False), VaultStore(SecretBox(SECRET_KEY_BASE), writer), nothing
        )
        added = await operations.add(Acting.cli("alex"), HOSTED, KEY)
        assert isinstance(added, Done), added
        assert bao.latest("alexclaw/node-a/llm/hosted") == {"value": KEY}
        async with database.pool().acquire() as conn:
            stored = await conn.fetchval("SELECT api_key FROM llm_providers WHERE name = 'hosted'")
            rows = [r[0] for r in await conn.fetch("SELECT x::text FROM llm_providers x UNION ALL "
                                                   "SELECT y::text FROM audit_log y")]  # fmt: skip
        assert is_reference(stored) and not [r for r in rows if KEY in r]
        # A node with a cache of its own: the table's load reads the key (and seeds one) through Vault.
        providers: Snapshot[tuple[Provider, ...]] = Snapshot(())
        store = VaultStore(SecretBox(SECRET_KEY_BASE), node)
        table = ProviderTable(database, providers, lambda: {"llm.anthropic_api_key": SEEDED}, store)
        await table.start()
        lookup = provider_keys(providers.read, store)
        assert lookup(SECRET_PREFIX + "hosted") == KEY
        seeded = next(p for p in providers.read() if p.name != "hosted")
        assert is_reference(seeded.key_cipher) and lookup(SECRET_PREFIX + seeded.name) == SEEDED
    finally:
        if table is not None:
            await table.stop()
        await writer.stop()
        await node.stop()


async def test_a_key_is_refused_with_the_reason_while_vault_is_away(database: DatabaseHandle, bao: FakeOpenBao) -> None:
    writer = manager(bao)
    await writer.start()
    try:
        bao.seal()
        operations = ProviderOperations(
            Approver(Challenges(), database, lambda: False), VaultStore(SecretBox(SECRET_KEY_BASE), writer), nothing
        )
        refused = await operations.add(Acting.cli("alex"), HOSTED, KEY)
    finally:
        await writer.stop()
    assert isinstance(refused, Invalid)
    assert refused.message() == "the key was not saved: secret store unreachable: HTTP 503"
    async with database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM llm_providers") == 0
