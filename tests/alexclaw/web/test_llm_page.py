"""The LLM page: providers added, edited, turned off and removed through
the provider operations (bad input of every class refused with the reason,
nothing saved; keys never sent back), 2FA for a key, a held key's new
address and the private grant, the Test button through the guarded path,
the models each API lists, today's usage against the limit."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.security import SecretBox
from tests.alexclaw.web.conftest import HTML, KEY, login
from tests.alexclaw.web.test_pages import enable_totp, post, text_of
from tests.alexclaw.web.test_privileged_pages import answer, forget_used_codes
from tests.fake_providers import FakeProviders, Script

API_KEY = "sk-test-" + "p" * 32


@pytest.fixture
async def fake() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as providers:
        yield providers


def local(fake: FakeProviders, name: str = "box", **fields: str) -> dict[str, str]:
    """The form for a provider on the fake (loopback: the grant ticked)."""
    form = {"name": name, "kind": "ollama", "model": "llama3", "tier": "local", "base_url": fake.base("ollama"),
            "allow_private": "on", "enabled": "on", "priority": "10", "daily_limit": "5"}  # fmt: skip
    return form | fields


def named(node: Node, name: str) -> Any:
    return next((p for p in node.state.llm_providers.read() if p.name == name), None)


async def audit(node: Node) -> list[tuple[str, dict[str, Any]]]:
    async with node.state.database.pool().acquire() as conn:
        found = await conn.fetch("SELECT action, detail::text FROM audit_log WHERE action LIKE 'llm.%' ORDER BY id")
    return [(r["action"], json.loads(r["detail"] or "{}")) for r in found]


async def test_a_provider_is_added_edited_turned_off_and_removed_with_its_key_never_shown(
    client: Any, node: Node, fake: FakeProviders
) -> None:
    await login(client)
    form = local(fake, "studio", kind="openai_compatible", base_url=fake.base("openai_compatible"), api_key=API_KEY)
    added = await post(client, "/llm", form, "/llm")
    assert added.status_code == 302 and added.headers["Location"] == "/llm"
    page = await text_of(client, "/llm")
    assert 'data-name="studio"' in page and "(set)" in page and "Provider studio added." in page
    assert API_KEY not in page and API_KEY not in await text_of(client, "/llm/studio")
    edited = await post(client, "/llm/studio", form | {"model": "qwen3", "daily_limit": "9", "api_key": ""}, "/llm")
    assert edited.status_code == 302
    provider = named(node, "studio")
    assert (provider.model, provider.daily_limit) == ("qwen3", 9)
    assert SecretBox(KEY).decrypt(provider.key_cipher) == API_KEY  # an empty field kept the key
    assert (await post(client, "/llm/studio/enabled", {"enabled": "false"}, "/llm")).status_code == 302
    assert named(node, "studio").enabled is False
    assert (await post(client, "/llm/studio/delete", {}, "/llm")).status_code == 302
    assert named(node, "studio") is None
    actions = [(action, detail.get("changed")) for action, detail in await audit(node)]
    assert actions == [
        ("llm.provider_added", None),
        ("llm.provider_changed", {"model": "qwen3", "daily_limit": 9}),
        ("llm.provider_changed", {"enabled": False}),
        ("llm.provider_removed", None),
    ]
    assert API_KEY not in json.dumps(await audit(node))


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"kind": "mistral"}, "unknown kind"),
        ({"tier": "huge"}, "unknown tier"),
        ({"base_url": "ftp://127.0.0.1/"}, "must be http(s)"),
        ({"allow_private": ""}, "add the allow-private grant"),
        (
            {"kind": "anthropic", "base_url": "https://api.anthropic.com", "allow_private": "", "api_key": ""},
            "needs an API key",
        ),
        ({"daily_limit": "-1"}, "daily limit must be 0 (none) or more"),
        ({"priority": "ten"}, "priority: a whole number"),
        ({"timeout_seconds": "0"}, "timeout must be between 0 and 3600"),
        ({"model": "two words"}, "model: a non-empty name without spaces"),
        ({"api_key": "sk-a key with spaces"}, "API key: one line without spaces"),
    ],
)
async def test_bad_input_of_each_class_is_a_400_with_the_reason_and_nothing_is_saved(
    client: Any, node: Node, fake: FakeProviders, fields: dict[str, str], reason: str
) -> None:
    await login(client)
    form = {k: v for k, v in (local(fake) | {"api_key": API_KEY} | fields).items() if v != ""}
    refused = await post(client, "/llm", form, "/llm")
    page = await refused.get_data(as_text=True)
    assert refused.status_code == 400 and reason in page, page[page.find('id="problem"') :][:300]
    assert API_KEY not in page  # a refused form does not send the key back
    assert node.state.llm_providers.read() == () and await audit(node) == []


async def test_a_name_already_taken_and_an_unknown_provider_are_refused(
    client: Any, node: Node, fake: FakeProviders
) -> None:
    await login(client)
    assert (await post(client, "/llm", local(fake), "/llm")).status_code == 302
    again = await post(client, "/llm", local(fake, model="other"), "/llm")
    assert again.status_code == 400 and "already exists" in await again.get_data(as_text=True)
    assert named(node, "box").model == "llama3"
    for path in ("/llm/ghost", "/llm/ghost/models"):
        assert (await client.get(path, headers=HTML)).status_code == 404
    for path in ("/llm/ghost", "/llm/ghost/test", "/llm/ghost/delete", "/llm/ghost/enabled"):
        assert (await post(client, path, {}, "/llm")).status_code == 404


async def test_with_2fa_on_a_key_the_private_grant_and_a_keyed_providers_new_address_wait_for_a_code(
    client: Any, node: Node, fake: FakeProviders
) -> None:
    await login(client)
    totp = await enable_totp(client)
    parked = await post(client, "/llm", local(fake), "/llm")  # the private grant
    assert parked.headers["Location"].startswith("/challenge/") and named(node, "box") is None
    await answer(client, parked, totp)
    assert named(node, "box") is not None
    ordinary = await post(client, "/llm/box", local(fake, model="llama3.2"), "/llm")
    assert ordinary.headers["Location"] == "/llm" and named(node, "box").model == "llama3.2"
    keyed = await post(client, "/llm/box", local(fake, model="llama3.2", api_key=API_KEY), "/llm")
    assert keyed.headers["Location"].startswith("/challenge/") and not named(node, "box").has_key
    await forget_used_codes(node)  # a second code within the same time step
    await answer(client, keyed, totp)
    assert named(node, "box").has_key
    moved = await post(client, "/llm/box", local(fake, model="llama3.2", base_url="http://127.0.0.2:1"), "/llm")
    assert moved.headers["Location"].startswith("/challenge/")
    assert named(node, "box").base_url == fake.base("ollama")
    proofs = [(action, detail.get("proof"), detail.get("changed")) for action, detail in await audit(node)]
    assert proofs == [
        ("llm.provider_added", "code", None),
        ("llm.provider_changed", "none", {"model": "llama3.2"}),
        ("llm.provider_changed", "code", {"key": "set"}),
    ]


async def test_the_test_button_shows_the_latency_or_the_providers_error_verbatim_and_counts_as_usage(
    client: Any, node: Node, fake: FakeProviders
) -> None:
    await login(client)
    await post(client, "/llm", local(fake), "/llm")
    tested = await post(client, "/llm/box/test", {}, "/llm")
    page = await tested.get_data(as_text=True)
    assert tested.status_code == 200 and 'id="latency"' in page and " ms</span>" in page
    assert fake.seen[-1].path == "/api/chat" and fake.seen[-1].body["options"]["num_predict"] == 16
    assert "1/5" in page.split('data-name="box"', 1)[1].split("</tr>", 1)[0]  # today's calls against the limit
    fake.script(Script(status=404, raw=b'{"error": "model <llama9> not found, try pulling it first"}'))
    failed = await (await post(client, "/llm/box/test", {}, "/llm")).get_data(as_text=True)
    assert "HTTP 404: model &lt;llama9&gt; not found, try pulling it first" in failed
    assert "<llama9>" not in failed


async def test_the_models_link_shows_what_the_api_lists_or_why_not(
    client: Any, node: Node, fake: FakeProviders
) -> None:
    await login(client)
    await post(client, "/llm", local(fake), "/llm")
    page = await text_of(client, "/llm/box/models")
    assert "<li>fake-alpha</li>" in page and "<li>fake-beta</li>" in page and fake.seen[-1].path == "/api/tags"
    fake.script(Script(raw=b"<html>gateway timeout</html>"))
    assert "the model list is an HTML page" in await text_of(client, "/llm/box/models")


async def test_the_nav_links_the_page_and_the_dashboard_counts_the_providers(
    client: Any, node: Node, fake: FakeProviders
) -> None:
    await login(client)
    assert '<a href="/llm"' in await text_of(client, "/")
    assert ">0 providers<" in await text_of(client, "/")
    await post(client, "/llm", local(fake), "/llm")
    assert ">1 provider<" in await text_of(client, "/")
