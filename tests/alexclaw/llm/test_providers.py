"""Provider definitions: bad input refused with the reason, stored with the
key encrypted and never shown, audited, seeded once from the settings."""

from __future__ import annotations

import pytest

from alexclaw.config import rotate_key
from alexclaw.llm import (
    ProviderError,
    add_provider,
    build_provider,
    load_providers,
    remove_provider,
    rotate_provider_keys,
    seed_providers,
)
from alexclaw.security import SecretBox
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.llm.conftest import SECRET_KEY_BASE, World

BOX = SecretBox(SECRET_KEY_BASE)
CIPHER = BOX.encrypt("sk-test-" + "y" * 30)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"kind": "mistral"}, "unknown kind 'mistral'"),
        ({"tier": "huge"}, "unknown tier 'huge'"),
        ({"base_url": "ftp://api.example.com"}, "must be http(s)"),
        ({"base_url": "http://api.example.com/v1"}, "must be https"),
        ({"base_url": "http://127.0.0.1:11434"}, "allow-private grant"),
        ({"base_url": "https://192.168.1.20/v1"}, "allow-private grant"),
        ({"base_url": "https://localhost/v1"}, "allow-private grant"),
        ({"base_url": "https://user:pw@api.example.com/v1"}, "must not carry credentials"),
        ({"base_url": "https://api.example.com/v1?key=abc"}, "must not carry credentials"),
        ({"key_cipher": ""}, "needs an API key"),
        ({"daily_limit": -1}, "daily limit must be 0 (none) or more"),
        ({"priority": -5}, "priority must be 0 or more"),
        ({"model": "two words"}, "model:"),
        ({"timeout_seconds": 0.0}, "timeout must be between"),
    ],
)
def test_bad_input_is_refused_with_the_reason(fields: dict[str, object], reason: str) -> None:
    given: dict[str, object] = {"kind": "openai_compatible", "model": "gpt-4o-mini", "tier": "medium"}
    given["key_cipher"] = CIPHER
    given.update(fields)
    with pytest.raises(ProviderError, match=reason.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        build_provider("p", **given)  # type: ignore[arg-type]


def test_a_local_server_with_the_grant_needs_no_key_and_gets_the_longer_timeout() -> None:
    local = build_provider("box", kind="ollama", model="llama3", tier="local", allow_private=True)
    assert local.base_url == "http://127.0.0.1:11434" and local.timeout_seconds == 300.0 and not local.has_key
    studio = build_provider(
        "studio", kind="openai_compatible", model="qwen", tier="light", base_url="http://192.168.1.5:1234/v1",
        allow_private=True,
    )  # fmt: skip
    assert studio.timeout_seconds == 60.0


def test_a_provider_never_shows_its_key() -> None:
    provider = build_provider("p", kind="anthropic", model="claude", tier="heavy", key_cipher=CIPHER)
    assert CIPHER not in repr(provider) and provider.masked_key == "(set)"


async def test_providers_are_stored_encrypted_audited_and_removed(database: DatabaseHandle) -> None:
    provider = build_provider("p", kind="gemini", model="gemini-2.5-flash", tier="light", key_cipher=CIPHER)
    async with database.pool().acquire() as conn:
        await add_provider(conn, provider, actor="test")
        with pytest.raises(ProviderError, match="already exists"):
            await add_provider(conn, provider, actor="test")
        assert await load_providers(conn) == (provider,)
        stored = await conn.fetchval("SELECT api_key FROM llm_providers")
        assert stored.startswith("enc:") and "y" * 10 not in stored
        assert await remove_provider(conn, "p", actor="test") and not await remove_provider(conn, "p", actor="test")
        audit = [
            (r["action"], r["detail"])
            for r in await conn.fetch("SELECT action, detail::text FROM audit_log ORDER BY id")
        ]
    assert [a for a, _ in audit] == ["llm.provider_added", "llm.provider_removed"]
    assert all("enc:" not in (d or "") for _, d in audit)


async def test_seeds_make_a_provider_once_and_never_overwrite_or_revive_it(world: World) -> None:
    keys = {"llm.anthropic_api_key": "sk-ant-" + "s" * 40, "llm.gemini_api_key": "short"}
    async with world.database.pool().acquire() as conn:
        assert await seed_providers(conn, world.box, keys, actor="boot") == ["anthropic"]  # the short key: refused
        (seeded,) = await load_providers(conn)
        assert (
            seeded.kind.value == "anthropic" and world.box.decrypt(seeded.key_cipher) == keys["llm.anthropic_api_key"]
        )
        await conn.execute("UPDATE llm_providers SET model = 'claude-opus-4' WHERE name = 'anthropic'")
        assert await seed_providers(conn, world.box, keys, actor="boot") == []
        assert (await load_providers(conn))[0].model == "claude-opus-4"  # the operator's edit stands
        await remove_provider(conn, "anthropic", actor="test")
        assert await seed_providers(conn, world.box, keys, actor="boot") == []
        assert await load_providers(conn) == ()  # a removed seed is not brought back


async def test_rotating_the_key_re_encrypts_provider_keys_in_the_same_transaction(world: World) -> None:
    new = SecretBox("rotated-llm-key-" + "r" * 40)
    async with world.database.pool().acquire() as conn:
        await add_provider(conn, world.provider("p", key="sk-before-rotation-" + "z" * 20), actor="test")
        await rotate_key(conn, world.box, new, actor="test", also=(rotate_provider_keys,))
        (provider,) = await load_providers(conn)
    assert new.decrypt(provider.key_cipher) == "sk-before-rotation-" + "z" * 20
