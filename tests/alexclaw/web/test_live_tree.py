"""The dashboard's server-sent events over real HTTP (Hypercorn)."""

from __future__ import annotations

import json
import re

import httpx

from actors import cast
from alexclaw import Node
from alexclaw.storage import DATABASE_NAME
from alexclaw.web import WEB_NAME, WebEndpoint
from tests.alexclaw.web.conftest import PASSWORD


async def logged_in(node: Node) -> httpx.AsyncClient:
    from actors import whereis

    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    client = httpx.AsyncClient(base_url=web.url, headers={"Accept": "text/html"})
    page = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    response = await client.post("/login", data={"password": PASSWORD, "csrf_token": token.group(1)})
    assert response.status_code == 302
    return client


async def test_the_tree_stream_sends_the_tree_again_when_a_child_restarts(node: Node) -> None:
    client = await logged_in(node)
    async with client.stream("GET", "/events/tree") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        events = stream.aiter_lines()

        async def next_tree() -> list[dict[str, object]]:
            async for line in events:
                if line.startswith("data: "):
                    tree: list[dict[str, object]] = json.loads(line[6:])["tree"]
                    return tree
            raise AssertionError("the stream ended")

        first = {row["id"]: row for row in await next_tree()}
        assert first["database"]["restarts"] == 0
        cast(DATABASE_NAME, "an unknown cast crashes it")
        while True:
            rows = {row["id"]: row for row in await next_tree()}
            if rows["database"]["restarts"] == 1 and rows["database"]["status"] == "running":
                break
        assert "crashed" in str(rows["database"]["last_exit"])
    await client.aclose()


async def test_the_stream_needs_a_session(node: Node) -> None:
    from actors import whereis

    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    async with httpx.AsyncClient(base_url=web.url) as anonymous:
        assert (await anonymous.get("/events/tree")).status_code == 401


async def test_an_open_stream_ends_cleanly_when_the_node_stops(database_url: str, tmp_path: object) -> None:
    from pathlib import Path

    from tests.alexclaw.web.conftest import make_settings

    node = Node(make_settings(database_url, Path(str(tmp_path))))
    await node.start()
    client = await logged_in(node)
    async with client.stream("GET", "/events/tree") as stream:
        lines = stream.aiter_lines()
        async for line in lines:
            if line.startswith("data: "):
                break
        await node.stop()
        # The server finished the response itself (a complete chunked body),
        # rather than Hypercorn cutting it off after its drain timeout, which
        # httpx would report as an incomplete read.
        rest = [line async for line in lines]
    assert all(not line.startswith("data: ") or line for line in rest)
    await client.aclose()
