"""The Vault token manager against a fake OpenBao over real HTTP: AppRole
login, renewal before the lease runs out (manual clock), exactly one
re-login on a 403, and an unreachable or sealed server as an error value
with the manager still running."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from actors import call
from alexclaw.secret_store import (
    ProbeVault,
    ReadSecret,
    Reference,
    SecretUnavailable,
    TokenStatus,
    VaultTokenManager,
    WriteSecret,
    parse_reference,
)
from tests.alexclaw.secret_store.conftest import vault_settings
from tests.fake_openbao import FakeOpenBao
from tests.helpers import ManualClock

LOGIN, RENEW = "auth/approle/login", "auth/token/renew-self"
SECRET = "sk-live-the-operators-credential-0123456789"


@pytest.fixture
async def manager(bao: FakeOpenBao, clock: ManualClock) -> AsyncIterator[VaultTokenManager]:
    started = VaultTokenManager(vault_settings(bao), clock=clock)
    await started.start()
    yield started
    await started.stop()


async def test_a_write_logs_in_with_approle_and_lands_in_kv_v2_as_a_versioned_reference(
    bao: FakeOpenBao, manager: VaultTokenManager
) -> None:
    first = await call(manager, WriteSecret("settings/llm.openai_api_key", SECRET))
    second = await call(manager, WriteSecret("settings/llm.openai_api_key", SECRET + "-2"))
    assert first == Reference("alexclaw/node-a/settings/llm.openai_api_key", "value", 1)
    assert second.version == 2 and parse_reference(second.text) == second
    assert bao.kv["alexclaw/node-a/settings/llm.openai_api_key"] == [{"value": SECRET}, {"value": SECRET + "-2"}]
    assert bao.count(LOGIN) == 1
    assert all(c.token for c in bao.calls if c.path != LOGIN)  # X-Vault-Token on every other request


async def test_a_read_goes_to_vault_once_and_then_comes_from_the_cache(
    bao: FakeOpenBao, manager: VaultTokenManager
) -> None:
    bao.kv["alexclaw/node-a/settings/x"] = [{"value": "old-value-0123456789"}, {"value": SECRET}]
    pinned = Reference("alexclaw/node-a/settings/x", "value", 1)
    assert await call(manager, ReadSecret(pinned)) == "old-value-0123456789"
    assert await call(manager, ReadSecret(Reference(pinned.path, "value", 2))) == SECRET
    reads = bao.count("secret/data/alexclaw/node-a/settings/x")
    assert await call(manager, ReadSecret(pinned)) == "old-value-0123456789"
    assert bao.count("secret/data/alexclaw/node-a/settings/x") == reads == 2


async def test_the_token_is_renewed_once_two_thirds_of_its_lease_have_passed(
    bao: FakeOpenBao, manager: VaultTokenManager, clock: ManualClock
) -> None:
    await call(manager, WriteSecret("settings/a", SECRET))
    clock.advance(39)  # a lease of 60 s: not due yet
    await call(manager, WriteSecret("settings/b", SECRET))
    assert bao.count(RENEW) == 0
    clock.advance(2)  # 41 s: due
    await call(manager, WriteSecret("settings/c", SECRET))
    assert (bao.count(LOGIN), bao.count(RENEW)) == (1, 1)
    clock.advance(50)  # past the first lease's end, within the renewed one
    assert isinstance(await call(manager, WriteSecret("settings/d", SECRET)), Reference)
    status: TokenStatus = await call(manager, ProbeVault())
    assert (status.logins, status.renewals, status.renewable) == (1, 2, True)


async def test_a_token_that_cannot_be_renewed_is_replaced_by_a_fresh_login(
    clock: ManualClock,
) -> None:
    async with FakeOpenBao(clock=clock, lease_duration=60, renewable=False) as bao:
        manager = VaultTokenManager(vault_settings(bao), clock=clock)
        await manager.start()
        try:
            await call(manager, WriteSecret("settings/a", SECRET))
            clock.advance(45)
            await call(manager, WriteSecret("settings/b", SECRET))
            status: TokenStatus = await call(manager, ProbeVault())
        finally:
            await manager.stop()
    assert (bao.count(LOGIN), bao.count(RENEW)) == (2, 0)
    assert not status.renewable


async def test_a_403_forces_exactly_one_re_login_and_the_request_is_retried_once(
    bao: FakeOpenBao, manager: VaultTokenManager
) -> None:
    await call(manager, WriteSecret("settings/a", SECRET))
    bao.expire_tokens()  # revoked behind our back: the next request gets 403
    again = await call(manager, WriteSecret("settings/a", SECRET + "-2"))
    assert again == Reference("alexclaw/node-a/settings/a", "value", 2)
    assert bao.count(LOGIN) == 2
    assert [c.path for c in bao.calls].count("secret/data/alexclaw/node-a/settings/a") == 3  # 1, 403, retried


async def test_a_403_that_outlives_the_re_login_is_an_error_value_after_one_retry(
    bao: FakeOpenBao, manager: VaultTokenManager
) -> None:
    await call(manager, WriteSecret("settings/a", SECRET))
    bao.expire_tokens()
    bao.secret_id = "rotated-secret-id-the-node-does-not-know"
    answer = await call(manager, WriteSecret("settings/a", SECRET))
    assert isinstance(answer, SecretUnavailable)
    assert answer.message.startswith("secret store unreachable:")
    assert bao.count(LOGIN) == 2  # the first, and the one re-login: no loop


async def test_a_sealed_server_is_an_error_value_and_the_manager_keeps_running(
    bao: FakeOpenBao, manager: VaultTokenManager
) -> None:
    reference: Reference = await call(manager, WriteSecret("settings/a", SECRET))
    bao.seal()
    answer = await call(manager, WriteSecret("settings/b", SECRET))
    assert answer == SecretUnavailable("HTTP 503")
    assert await call(manager, ReadSecret(reference)) == SECRET  # the cache still answers
    bao.unseal()
    assert isinstance(await call(manager, WriteSecret("settings/b", SECRET)), Reference)
    assert manager.alive


async def test_an_unreachable_server_is_an_error_value_never_a_crash(clock: ManualClock) -> None:
    bao = await FakeOpenBao(clock=clock).start()
    manager = VaultTokenManager(vault_settings(bao), clock=clock)
    await manager.start()
    try:
        await bao.stop()  # the port now refuses connections
        answer = await call(manager, ReadSecret(Reference("alexclaw/node-a/x", "value", 1)))
        probed = await call(manager, ProbeVault())
        assert isinstance(answer, SecretUnavailable) and answer.reason == "ConnectError"
        assert isinstance(probed, SecretUnavailable)
        assert manager.alive
    finally:
        await manager.stop()


def test_a_reference_of_any_other_shape_is_not_taken_for_one() -> None:
    assert parse_reference("vault:alexclaw/n/settings/k#value@3") == Reference("alexclaw/n/settings/k", "value", 3)
    for text in ("vault:a#value", "vault:a#value@0", "vault:../x y#value@1", "enc:AAAA", "vault:a#v@1@2"):
        assert parse_reference(text) is None
