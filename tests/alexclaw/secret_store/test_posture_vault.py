"""Posture findings about the secret store: plain http to another host,
a configured Vault that cannot be used, a token that cannot be renewed —
from facts, and read for real by ``gather`` against the fake OpenBao."""

from __future__ import annotations

import dataclasses

import asyncpg
import pytest

from alexclaw.posture import HIGH, MEDIUM, Facts, audit, gather
from alexclaw.secret_store import VaultHealth
from alexclaw.settings import Settings
from tests.alexclaw.secret_store.conftest import vault_settings
from tests.fake_openbao import FakeOpenBao
from tests.helpers import ManualClock

KEY = "posture-vault-" + "abcdefghijklmnopqrstuvwxyz0123456789"
HARDENED = Facts(http_host="127.0.0.1", environ={}, values={"shield.mode": "block"}, embedded_database=True)


def found(vault_addr: str = "", vault: VaultHealth | None = None) -> dict[str, str]:
    facts = dataclasses.replace(HARDENED, vault_addr=vault_addr, vault=vault)
    return {f.id: f.severity for f in audit(facts) if f.id.startswith("vault.")}


def test_a_usable_vault_over_https_or_on_loopback_raises_nothing() -> None:
    assert found(vault_addr="https://bao.internal:8200", vault=VaultHealth(True, True)) == {}
    assert found(vault_addr="http://127.0.0.1:8200", vault=VaultHealth(True, True)) == {}
    assert found() == {}  # the built-in store


@pytest.mark.parametrize("addr", ["http://bao.internal:8200", "http://10.0.0.7:8200"])
def test_plain_http_to_another_host_is_high(addr: str) -> None:
    assert found(vault_addr=addr, vault=VaultHealth(True, True)) == {"vault.plain-http": HIGH}


def test_a_configured_vault_that_cannot_be_used_is_high_and_says_why() -> None:
    findings = audit(
        dataclasses.replace(HARDENED, vault_addr="https://b:8200", vault=VaultHealth(False, False, "HTTP 503"))
    )
    vault = [f for f in findings if f.id == "vault.unreachable"]
    assert len(vault) == 1 and vault[0].severity == HIGH and "HTTP 503" in vault[0].title


def test_a_token_that_cannot_be_renewed_is_medium() -> None:
    assert found(vault_addr="https://b:8200", vault=VaultHealth(True, False)) == {"vault.token-not-renewable": MEDIUM}


async def test_gather_probes_the_configured_vault_and_reads_secrets_through_it(
    database_url: str, clock: ManualClock
) -> None:
    async with FakeOpenBao(clock=clock, renewable=False) as bao:
        settings = Settings(secret_key_base=KEY, database_url=database_url, vault=vault_settings(bao))
        conn = await asyncpg.connect(database_url)
        try:
            usable = await gather(conn, settings, {})
            bao.seal()
            sealed = await gather(conn, settings, {})
        finally:
            await conn.close()
    assert usable.vault == VaultHealth(True, False)
    assert {f.id for f in audit(usable)} >= {"vault.token-not-renewable"}
    assert sealed.vault == VaultHealth(False, False, "HTTP 503")
    assert "vault.unreachable" in {f.id for f in audit(sealed)}
