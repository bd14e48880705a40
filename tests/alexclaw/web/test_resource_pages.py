"""The Resources page through the app's test client, on a whole node: a
URL the egress guard refuses comes back on the form with the reason; with
two-factor on, the allow-private grant and an api resource's credential
wait for a code; the credential is never sent to the browser; Discover
reads a fake OpenAPI service on loopback; a resource is enabled and
disabled from the list."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.workflows import Resource, list_resources, save_resource
from tests.alexclaw.web.conftest import login
from tests.alexclaw.web.test_pages import enable_totp, post, text_of
from tests.alexclaw.web.test_privileged_pages import answer
from tests.fake_openapi import TOKEN, FakeOpenApi


@pytest.fixture
async def api() -> AsyncIterator[FakeOpenApi]:
    async with FakeOpenApi() as fake:
        yield fake


async def resources(node: Node) -> list[Any]:
    async with node.state.database.pool().acquire() as conn:
        return await list_resources(conn)


async def test_a_feed_on_the_metadata_address_is_refused_on_the_form_with_the_reason(client: Any, node: Node) -> None:
    await login(client)
    refused = await post(
        client,
        "/resources",
        {"name": "Meta", "type": "rss_feed", "url": "http://169.254.169.254/latest/"},
        "/resources",
    )
    page = html.unescape(await refused.get_data(as_text=True))
    assert refused.status_code == 400
    assert "url: 169.254.169.254 is cloud metadata endpoint: never reachable" in page
    assert 'value="http://169.254.169.254/latest/"' in page  # the form keeps what was typed
    assert await resources(node) == []


async def test_a_lan_feed_with_the_grant_waits_for_a_code_then_shows_its_grant(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    form = {"name": "NAS", "type": "rss_feed", "url": "http://192.168.1.20/rss", "enabled": "on"}
    without = await post(client, "/resources", form, "/resources")
    assert without.status_code == 400 and "needs the allow-private grant" in await without.get_data(as_text=True)
    parked = await post(client, "/resources", {**form, "allow_private": "on"}, "/resources")
    assert parked.headers["Location"].startswith("/challenge/")
    assert await resources(node) == []
    await answer(client, parked, totp)
    [nas] = await resources(node)
    assert nas.state.allow_private and nas.state.granted_host == "192.168.1.20"
    assert "private allowed: 192.168.1.20" in await text_of(client, "/resources")


async def test_an_api_credential_waits_for_a_code_and_is_never_sent_to_the_browser(
    client: Any, node: Node, api: FakeOpenApi
) -> None:
    await login(client)
    totp = await enable_totp(client)
    async with node.state.database.pool().acquire() as conn:  # granted by the host (one code a time step)
        await save_resource(conn, Resource(None, "Pets", "api", f"{api.url}/api"), grant_by="cli:test")
    [pets] = await resources(node)
    edit = f"/resources?edit={pets.id}"
    parked = await post(client, f"/resources/{pets.id}/credential", {"kind": "bearer", "value": TOKEN}, edit)
    assert parked.headers["Location"].startswith("/challenge/")
    await answer(client, parked, totp)
    page = await text_of(client, edit)
    assert TOKEN not in page and "set ••••••••" in page and "credential ••••••••" in page
    found = await post(client, f"/resources/{pets.id}/discover", {"spec_url": ""}, edit)
    assert found.status_code == 302
    page = await text_of(client, edit)
    assert "Found 3 operations" in page and "listPets" in page and f"{api.url}/api/v1" in page
    assert TOKEN not in page and f"Bearer {TOKEN}" in api.seen


async def test_a_resource_is_disabled_and_enabled_from_the_list(client: Any, node: Node) -> None:
    await login(client)
    await post(client, "/resources", {"name": "HN", "type": "rss_feed", "url": "https://hnrss.org/frontpage",
                                      "enabled": "on"}, "/resources")  # fmt: skip
    [hn] = await resources(node)
    await post(client, f"/resources/{hn.id}/enabled", {"enabled": "off"}, "/resources")
    assert [r.enabled for r in await resources(node)] == [False]
    await post(client, f"/resources/{hn.id}/enabled", {"enabled": "on"}, "/resources")
    assert [r.enabled for r in await resources(node)] == [True]
