"""Credentials are bound to the origin they were entered for."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from alexclaw.config import BOUND_TO, attachable, origin_of, seed, write
from alexclaw.security import SecretBox

KEY = "binding-test-" + "b" * 40


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://api.openai.com/v1", "https://api.openai.com"),
        ("HTTPS://API.Example.ORG:8443/x?y#z", "https://api.example.org:8443"),
        ("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
        ("", ""),
        ("not a url", ""),
        ("https://host:notaport/", ""),
    ],
)
def test_an_origin_is_scheme_host_and_port(url: str, origin: str) -> None:
    assert origin_of(url) == origin


def test_a_credential_is_attachable_only_to_its_own_origin() -> None:
    assert attachable("https://api.openai.com", "https://api.openai.com/v1/chat")
    assert not attachable("https://api.openai.com", "https://api.openai.com.evil.example/v1")
    assert not attachable("https://api.openai.com", "http://api.openai.com/v1")
    assert not attachable("", "https://api.openai.com/v1")


def test_the_credentials_sent_to_a_configurable_endpoint_are_bound() -> None:
    assert BOUND_TO == {
        "telegram.bot_token": "telegram.api_base_url",
        "github.token": "github.api_base_url",
        "shield.proxy_upstream_api_key": "shield.proxy_upstream_url",
        "discord.bot_token": "discord.api_base_url",
    }


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    yield connection
    await connection.close()


async def bound(conn: asyncpg.Connection, key: str) -> tuple[bool, str]:
    row = await conn.fetchrow("SELECT value <> '' AS set, bound_origin FROM settings WHERE key = $1", key)
    assert row is not None
    return row["set"], row["bound_origin"]


async def test_a_key_entered_before_its_url_binds_to_the_first_url_and_a_move_clears_it(
    conn: asyncpg.Connection,
) -> None:
    box = SecretBox(KEY)
    key, url = "shield.proxy_upstream_api_key", "shield.proxy_upstream_url"
    await write(conn, box, key, "sk-" + "k" * 40, actor="test")
    assert await bound(conn, key) == (True, "")
    await write(conn, box, url, "https://llm.example.org/v1", actor="test")
    assert await bound(conn, key) == (True, "https://llm.example.org")
    await write(conn, box, url, "https://llm.example.org/v2", actor="test")  # same origin: kept
    assert await bound(conn, key) == (True, "https://llm.example.org")
    await write(conn, box, url, "https://elsewhere.example.org/v1", actor="mover")
    assert await bound(conn, key) == (False, "")
    audit = await conn.fetchrow("SELECT actor, detail FROM audit_log WHERE action = 'config.credential_unbound'")
    assert audit is not None and audit["actor"] == "mover" and "elsewhere.example.org" in audit["detail"]
    assert "k" * 20 not in audit["detail"]


async def test_a_seeded_bot_token_is_bound_to_telegrams_default_server(conn: asyncpg.Connection) -> None:
    await seed(conn, SecretBox(KEY), {"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35})
    assert await bound(conn, "telegram.bot_token") == (True, "https://api.telegram.org")
