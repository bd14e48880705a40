"""At run time the egress guard honours a resource's allow-private grant
for that resource's host only: ``web_read`` (the WebAdapter over the real
egress client, a real HTTP server on 127.0.0.1) reaches a granted
resource's loopback host, and nothing else on a private address — not
another name of the same machine, not a redirect there, not a resource
that was disabled or revoked."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from quart import Quart, Response, redirect

from alexclaw.security import Acting, Approver, Challenges, Done, EgressClient, EgressDenied, SecretBox
from alexclaw.storage import DatabaseHandle
from alexclaw.web import WebEndpoint
from alexclaw.wiring import ResourcesBackend, WebAdapter
from alexclaw.workflows import Resource, ResourceAccess, ResourceOperations
from tests.alexclaw.security.conftest import database

__all__ = ["database"]

WEB = Acting.web("192.0.2.7")


def site(port: list[int]) -> Quart:
    app = Quart("lan-feed")

    @app.get("/pages/feed")
    async def feed() -> Response:
        return Response("<rss><channel><title>LAN news</title></channel></rss>", content_type="application/rss+xml")

    @app.get("/pages/hop")
    async def hop() -> Any:
        return redirect(f"http://localhost:{port[0]}/pages/feed")

    return app


@pytest.fixture
async def port() -> AsyncIterator[int]:
    holder: list[int] = []
    endpoint = await WebEndpoint(site(holder), "127.0.0.1", 0, graceful_timeout=0.5).start()
    holder.append(endpoint.port)
    yield endpoint.port
    await endpoint.stop()


def adapter(database: DatabaseHandle) -> WebAdapter:
    declared = ("http://127.0.0.1/pages", "http://localhost/pages")
    return WebAdapter(
        EgressClient(lambda _name: None),
        lambda name: declared if name == "reader" else None,
        max_text_bytes=lambda: 100_000,
        private_hosts=ResourcesBackend(database).private_hosts,
    )


async def test_a_granted_resource_host_is_reached_and_nothing_else_private(database: DatabaseHandle, port: int) -> None:
    web = adapter(database)
    url = f"http://127.0.0.1:{port}/pages/feed"
    with pytest.raises(EgressDenied, match="which is loopback"):
        await web.fetch("reader", url, None)
    access = ResourceAccess(Approver(Challenges(), database, lambda: False), SecretBox("k" * 48))
    granted = await access.save_granted(WEB, Resource(None, "LAN news", "rss_feed", url))
    assert isinstance(granted, Done)
    fetched = await web.fetch("reader", url, None)
    assert fetched["status"] == 200 and "LAN news" in fetched["text"]
    with pytest.raises(EgressDenied, match=r"localhost resolves to .*loopback"):
        await web.fetch("reader", f"http://localhost:{port}/pages/feed", None)
    with pytest.raises(EgressDenied, match=r"localhost resolves to .*loopback"):
        await web.fetch("reader", f"http://127.0.0.1:{port}/pages/hop", None)  # the redirect's host has no grant


async def test_a_disabled_or_revoked_resource_no_longer_opens_its_host(database: DatabaseHandle, port: int) -> None:
    web = adapter(database)
    url = f"http://127.0.0.1:{port}/pages/feed"
    access = ResourceAccess(Approver(Challenges(), database, lambda: False), SecretBox("k" * 48))
    assert isinstance(await access.save_granted(WEB, Resource(None, "LAN news", "rss_feed", url)), Done)
    async with database.pool().acquire() as conn:
        resource_id = int(await conn.fetchval("SELECT id FROM resources"))
    assert isinstance(await ResourceOperations(database).set_enabled(WEB, resource_id, False), Done)
    with pytest.raises(EgressDenied, match="which is loopback"):
        await web.fetch("reader", url, None)
    assert isinstance(await ResourceOperations(database).set_enabled(WEB, resource_id, True), Done)
    assert (await web.fetch("reader", url, None))["status"] == 200
    assert isinstance(await access.revoke(WEB, resource_id), Done)
    with pytest.raises(EgressDenied, match="which is loopback"):
        await web.fetch("reader", url, None)
