"""The provider operations the LLM page and the command line share: every
class of bad input refused with the reason before anything is written,
changes audited with what changed (never the key), and the one rule for
sensitive changes — a key, where a held key goes, the private grant —
held by the store itself, whoever calls it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from alexclaw.llm import (
    KEEP,
    Draft,
    KeyChange,
    ProviderError,
    ProviderOperations,
    add_provider,
    build_provider,
    guarded_reasons,
    load_provider,
    read_draft,
    update_provider,
)
from alexclaw.security import Acting, Approver, Challenges, Done, Invalid, SecretBox, host_approval
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.llm.conftest import SECRET_KEY_BASE

BOX = SecretBox(SECRET_KEY_BASE)
KEY = "sk-test-" + "o" * 30
HOSTED = Draft("hosted", "openai_compatible", "gpt-4o-mini", "medium", "https://api.example.com/v1")
LOCAL = Draft("box", "ollama", "llama3", "local", "http://127.0.0.1:11434", allow_private=True)


def web() -> Acting:
    return Acting.web("127.0.0.1")


@pytest.fixture
async def operations(database: DatabaseHandle) -> AsyncIterator[ProviderOperations]:
    async def reload() -> None:
        pass

    yield ProviderOperations(Approver(Challenges(), database, lambda: False), BOX, reload)


async def rows(database: DatabaseHandle, sql: str) -> list[Any]:
    async with database.pool().acquire() as conn:
        return list(await conn.fetch(sql))


async def audit(database: DatabaseHandle) -> list[tuple[str, dict[str, Any]]]:
    found = await rows(database, "SELECT action, detail::text FROM audit_log WHERE action LIKE 'llm.%' ORDER BY id")
    return [(r["action"], json.loads(r["detail"] or "{}")) for r in found]


async def two_factor_on(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        await conn.execute(
            "INSERT INTO settings (key, value, type, category) VALUES ('auth.totp_enabled', 'true', 'boolean', "
            "'auth'), ('auth.totp_secret', 'enc:x', 'string', 'auth') ON CONFLICT (key) DO UPDATE SET value = "
            "EXCLUDED.value"
        )


@pytest.mark.parametrize(
    ("draft", "key", "reason"),
    [
        (replace(HOSTED, kind="mistral"), KEY, "unknown kind 'mistral'"),
        (replace(HOSTED, tier="huge"), KEY, "unknown tier 'huge'"),
        (replace(HOSTED, base_url="ftp://api.example.com"), KEY, "must be http(s)"),
        (replace(HOSTED, base_url="https://10.0.0.5/v1"), KEY, "add the allow-private grant"),
        (replace(HOSTED, kind="anthropic", base_url=None), "", "needs an API key"),
        (replace(HOSTED, daily_limit=-1), KEY, "daily limit must be 0 (none) or more"),
        (replace(HOSTED, priority=2**31), KEY, "priority must be at most 2147483647"),
        (replace(HOSTED, name="Two Words"), KEY, "name 'two words'"),
        (HOSTED, "sk-with a space", "API key: one line without spaces"),
    ],
)
async def test_each_class_of_bad_input_is_refused_with_the_reason_and_nothing_is_written(
    operations: ProviderOperations, database: DatabaseHandle, draft: Draft, key: str, reason: str
) -> None:
    refused = await operations.add(web(), draft, key)
    assert isinstance(refused, Invalid) and reason in refused.message(), refused
    assert await rows(database, "SELECT name FROM llm_providers") == []
    assert await audit(database) == []


def test_a_form_is_read_into_a_draft_and_a_number_that_is_not_one_is_named() -> None:
    form = {"name": "p", "kind": "ollama", "model": "m", "tier": "local", "priority": "5", "daily_limit": "",
            "timeout_seconds": "12.5", "enabled": "on"}  # fmt: skip
    assert read_draft(form) == Draft("p", "ollama", "m", "local", None, 5, 0, True, 12.5, False, 0)
    bad = read_draft(form | {"priority": "ten", "timeout_seconds": "soon"})
    assert isinstance(bad, Invalid)
    assert bad.errors == ("priority: a whole number, not 'ten'", "timeout: a number of seconds, not 'soon'")


async def test_an_add_and_a_change_are_audited_with_what_changed_and_never_the_key(
    operations: ProviderOperations, database: DatabaseHandle
) -> None:
    added = await operations.add(web(), HOSTED, KEY)
    assert isinstance(added, Done) and added.value.has_key
    changed = await operations.change(web(), replace(HOSTED, model="gpt-4.1", daily_limit=40), KEEP)
    assert isinstance(changed, Done) and changed.message == "Provider hosted saved."
    async with database.pool().acquire() as conn:
        stored = await load_provider(conn, "hosted")
    assert stored is not None and (stored.model, stored.daily_limit) == ("gpt-4.1", 40)
    assert BOX.decrypt(stored.key_cipher) == KEY  # an empty key field keeps the key
    (add_action, add_detail), (change_action, change_detail) = await audit(database)
    assert add_action == "llm.provider_added" and add_detail["key"] == "(set)"
    assert (add_detail["origin"], add_detail["proof"]) == ("web", "2fa_off")
    assert change_action == "llm.provider_changed"
    assert change_detail["changed"] == {"model": "gpt-4.1", "daily_limit": 40}
    every = json.dumps(await rows(database, "SELECT detail::text FROM audit_log"), default=str)
    assert KEY not in every and "o" * 30 not in every


async def test_disabling_and_removing_are_audited_and_an_unknown_name_is_said(
    operations: ProviderOperations, database: DatabaseHandle
) -> None:
    assert isinstance(await operations.add(web(), LOCAL), Done)
    off = await operations.set_enabled(web(), "box", False)
    assert isinstance(off, Done) and off.message == "Provider box disabled." and not off.value.enabled
    assert (await operations.remove(web(), "box")).value is True
    assert (await operations.remove(web(), "box")) == Done("No provider named box.", False)
    assert isinstance(await operations.set_enabled(web(), "box", True), Invalid)
    actions = [(a, d.get("changed")) for a, d in await audit(database)]
    assert actions == [
        ("llm.provider_added", None),
        ("llm.provider_changed", {"enabled": False}),
        ("llm.provider_removed", None),
    ]


def test_each_sensitive_change_is_named_and_an_ordinary_one_is_not() -> None:
    keyed = build_provider("p", kind="anthropic", model="claude", tier="heavy", key_cipher=BOX.encrypt(KEY))
    local = build_provider("l", kind="ollama", model="m", tier="local", allow_private=True)
    assert guarded_reasons(None, keyed) == ("sets its API key",)
    assert guarded_reasons(None, local) == ("lets it reach a loopback or private address",)
    assert guarded_reasons(keyed, replace(keyed, key_cipher=BOX.encrypt(KEY))) == ("sets its API key",)
    assert guarded_reasons(keyed, replace(keyed, key_cipher="")) == ("removes its API key",)
    moved = replace(keyed, base_url="https://elsewhere.example.org")
    assert guarded_reasons(keyed, moved) == ("sends its API key to https://elsewhere.example.org",)
    assert guarded_reasons(keyed, replace(keyed, model="claude-2", daily_limit=9, enabled=False)) == ()
    assert guarded_reasons(local, replace(local, allow_private=False)) == ()  # taking the grant away weakens nothing


async def test_with_two_factor_on_the_store_refuses_a_guarded_write_without_a_strong_approval(
    database: DatabaseHandle,
) -> None:
    await two_factor_on(database)
    keyed = build_provider("p", kind="gemini", model="gemini-2.5-flash", tier="light", key_cipher=BOX.encrypt(KEY))
    local = build_provider("l", kind="ollama", model="m", tier="local", allow_private=True)
    async with database.pool().acquire() as conn:
        for provider in (keyed, local):
            with pytest.raises(ProviderError, match="2FA: this change needs a code"):
                await add_provider(conn, provider, actor="test")
        await add_provider(conn, keyed, actor="cli:root", approval=host_approval("llm.provider_secret", "cli:root"))
        await update_provider(conn, replace(keyed, model="gemini-2.5-pro"), actor="test")  # ordinary: no code
        with pytest.raises(ProviderError, match=r"sends its API key to https://evil\.example\.org"):
            await update_provider(conn, replace(keyed, base_url="https://evil.example.org"), actor="test")
        stored = await load_provider(conn, "p")
    assert stored is not None and (stored.model, stored.base_url) == ("gemini-2.5-pro", keyed.base_url)


async def test_the_command_line_changes_a_key_with_two_factor_on_as_the_host(database: DatabaseHandle) -> None:
    await two_factor_on(database)

    async def reload() -> None:
        pass

    host = ProviderOperations(Approver(Challenges(), database, lambda: True), BOX, reload)
    assert isinstance(await host.add(Acting.cli("root"), HOSTED, KEY), Done)
    changed = await host.change(Acting.cli("root"), HOSTED, KeyChange("sk-test-" + "n" * 30))
    assert isinstance(changed, Done), changed
    proofs = [(a, d["proof"], d.get("changed", {}).get("key")) for a, d in await audit(database)]
    assert proofs == [("llm.provider_added", "host", None), ("llm.provider_changed", "host", "set")]
