"""A whole node wired to the fake Google on 127.0.0.1 (its endpoints given
at boot, loopback granted to ``google`` in code), with the OAuth client's
id and secret set as the operator would; helpers that walk the browser's
part of the flow."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from alexclaw import Node
from tests.alexclaw.web.conftest import HTML, make_settings
from tests.fake_google import CLIENT_ID, CLIENT_SECRET, FakeGoogle


@pytest.fixture
async def google() -> AsyncIterator[FakeGoogle]:
    async with FakeGoogle() as fake:
        yield fake


async def set_client(node: Node) -> None:
    await node.state.config.set("google.client_id", CLIENT_ID, actor="test")
    await node.state.config.set("google.client_secret", CLIENT_SECRET, actor="test")


def google_node(database_url: str, data_dir: Path, google: FakeGoogle, *grants: str) -> Node:
    settings = dataclasses.replace(make_settings(database_url, data_dir), google=google.endpoints)
    return Node(settings, loopback_grants=frozenset({"google", *grants}))


@pytest.fixture
async def node(database_url: str, tmp_path: Path, google: FakeGoogle) -> AsyncIterator[Node]:
    started = google_node(database_url, tmp_path, google)
    await started.start()
    await set_client(started)
    yield started
    await started.stop()


@pytest.fixture
def client(node: Node) -> Any:
    return node.state.app.test_client()


async def consent(link: str) -> str:
    """The operator's browser at Google's consent page, saying yes: the
    callback path and query Google redirects to."""
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(link, follow_redirects=False)
    assert answer.status_code == 302, answer.text
    target = urlsplit(answer.headers["location"])
    return f"{target.path}?{target.query}"


async def callback(client: Any, path_and_query: str) -> tuple[int, str]:
    response = await client.get(path_and_query, headers=HTML)
    return response.status_code, await response.get_data(as_text=True)
