"""A database connection's password with Vault: written there once the
save is approved, the row keeps only the reference, the test connects with
the password read back from Vault, and Vault away is a failed test with
the reason — never a connection attempt without the password."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alexclaw.connections import ConnectionOperations, PasswordChange
from alexclaw.secret_store import VaultStore, VaultTokenManager, is_reference
from alexclaw.security import Approver, Challenges, Done, SecretBox
from alexclaw.settings import VaultSettings
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.connections.conftest import CLI, KEY, described
from tests.alexclaw.connections.support import SecondDatabase
from tests.fake_openbao import ROLE_ID, SECRET_ID, FakeOpenBao
from tests.helpers import ManualClock


@pytest.fixture
async def bao() -> AsyncIterator[FakeOpenBao]:
    async with FakeOpenBao(clock=ManualClock()) as fake:
        yield fake


async def test_the_password_lives_in_vault_and_the_row_keeps_a_reference(
    database: DatabaseHandle, reporting: SecondDatabase, bao: FakeOpenBao
) -> None:
    settings = VaultSettings(bao.url, ROLE_ID, SECRET_ID, "secret", "alexclaw/node-a")
    writer, reader = VaultTokenManager(settings, clock=bao.clock), VaultTokenManager(settings, clock=bao.clock)
    await writer.start()
    await reader.start()
    approver = Approver(Challenges(), database, lambda: False)
    try:
        saving = ConnectionOperations(approver, VaultStore(SecretBox(KEY), writer))
        made = await saving.save(CLI, described(reporting), PasswordChange(reporting.password), allow_private=True)
        assert isinstance(made, Done) and "it answers" in made.message, made
        assert bao.latest("alexclaw/node-a/connections/reports") == {"value": reporting.password}
        async with database.pool().acquire() as conn:
            stored = await conn.fetchval("SELECT password FROM db_connections")
            everything = [r[0] for r in await conn.fetch("SELECT x::text FROM db_connections x")]
            everything += [r[0] for r in await conn.fetch("SELECT y::text FROM audit_log y")]
        assert is_reference(stored) and not [r for r in everything if reporting.password in r]
        # Another node (a cache of its own) reads it from Vault; then Vault goes away.
        testing = ConnectionOperations(approver, VaultStore(SecretBox(KEY), reader))
        answered = await testing.test(CLI, made.value)
        assert isinstance(answered, Done) and answered.value is None
        bao.seal()
        fresh = VaultTokenManager(settings, clock=bao.clock)
        await fresh.start()
        try:
            away = await ConnectionOperations(approver, VaultStore(SecretBox(KEY), fresh)).test(CLI, made.value)
        finally:
            await fresh.stop()
        assert isinstance(away, Done) and away.value is not None
        assert away.value == "the password cannot be read: secret store unreachable: HTTP 503"
    finally:
        await writer.stop()
        await reader.stop()
