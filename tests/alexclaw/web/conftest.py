"""A whole node in-process for web tests: real database, real tree, the
Quart app driven by its test client (and by Chromium in the browser tests)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from alexclaw import Node, Settings
from alexclaw.llm import Provider, add_provider, build_provider, reload_providers

KEY = "web-test-key-" + "w" * 40
PASSWORD = "correct horse battery staple"
HTML = {"Accept": "text/html"}


def make_settings(database_url: str, data_dir: Path, password: str | None = PASSWORD) -> Settings:
    return Settings(
        secret_key_base=KEY, admin_password=password, database_url=database_url, data_dir=data_dir, http_port=0
    )


@pytest.fixture
async def node(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path))
    await started.start()
    yield started
    await started.stop()


@pytest.fixture
def client(node: Node) -> Any:
    return node.state.app.test_client()


def csrf_in(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


async def login(client: Any, password: str = PASSWORD, *, code: str | None = None, **request: Any) -> Any:
    """The password, and with ``code`` the second step while 2FA is on
    (without it, the response that asks for the code is returned)."""
    page = await client.get("/login", headers=HTML, **request)
    token = csrf_in(await page.get_data(as_text=True))
    response = await client.post(
        "/login", form={"password": password, "csrf_token": token, "next": "/"}, headers=HTML, **request
    )
    if code is None or not response.headers.get("Location", "").endswith("/login/code"):
        return response
    return await login_code(client, code, **request)


async def login_code(client: Any, code: str, **request: Any) -> Any:
    page = await client.get("/login/code", headers=HTML, **request)
    token = csrf_in(await page.get_data(as_text=True))
    return await client.post("/login/code", form={"code": code, "csrf_token": token}, headers=HTML, **request)


async def page_csrf(client: Any, path: str = "/") -> str:
    response = await client.get(path, headers=HTML)
    return csrf_in(await response.get_data(as_text=True))


async def add_provider_row(node: Node, name: str, base_url: str = "http://127.0.0.1:11434", **fields: Any) -> Provider:
    """A provider in the node's table (a local server by the grant, no key),
    in its snapshot when this returns."""
    fields.setdefault("tier", "medium")
    fields.setdefault("kind", "ollama")
    model = fields.pop("model", "llama3")
    provider = build_provider(name, model=model, base_url=base_url, allow_private=True, **fields)
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, provider, actor="test")
    await reload_providers()
    return provider
