"""Settings in PostgreSQL: encryption at rest, sticky sensitivity, audit,
leftovers, seeding, key fingerprint, all-or-nothing rotation."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from alexclaw.config import (
    CATALOG,
    ConfigError,
    KeyMismatch,
    ValueType,
    check_key_fingerprint,
    decrypt_row,
    encrypt_leftovers,
    load_row,
    rotate_key,
    seed,
    write,
)
from alexclaw.security import SecretBox

KEY = "store-test-" + "a" * 40
NEW = "store-test-" + "b" * 40


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    yield connection
    await connection.close()


async def stored_value(conn: asyncpg.Connection, key: str) -> str:
    value: str = await conn.fetchval("SELECT value FROM settings WHERE key = $1", key)
    return value


async def test_a_sensitive_value_is_encrypted_in_the_database_and_decrypts_for_the_node(
    conn: asyncpg.Connection,
) -> None:
    box = SecretBox(KEY)
    await write(conn, box, "telegram.bot_token", "123456789:AAHstoreTestToken_0123456789abcd", actor="test")
    assert (await stored_value(conn, "telegram.bot_token")).startswith("enc:")
    row = await load_row(conn, "telegram.bot_token")
    assert row is not None and row.sensitive
    assert decrypt_row(row, box).value == "123456789:AAHstoreTestToken_0123456789abcd"


async def test_a_plain_setting_is_stored_as_typed_canonical_text(conn: asyncpg.Connection) -> None:
    await write(conn, SecretBox(KEY), "auth.session_hours", "12", actor="test", value_type=ValueType.INTEGER)
    assert await stored_value(conn, "auth.session_hours") == "12"


async def test_a_bad_value_is_refused_and_nothing_is_written(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    await write(conn, box, "auth.session_hours", "8", actor="test", value_type=ValueType.INTEGER)
    with pytest.raises(ConfigError, match="not a whole number"):
        await write(conn, box, "auth.session_hours", "eight", actor="test")
    assert await stored_value(conn, "auth.session_hours") == "8"
    assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'config.set'") == 1


async def test_a_setting_cannot_change_type(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    await write(conn, box, "x.limit", "3", actor="t", value_type=ValueType.INTEGER)
    with pytest.raises(ConfigError, match="cannot become"):
        await write(conn, box, "x.limit", "true", actor="t", value_type=ValueType.BOOLEAN)


async def test_the_sensitive_flag_is_sticky_even_for_sql_written_by_hand(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    await write(conn, box, "custom.thing", "custom-secret-value-1", actor="t", sensitive=True)
    await write(conn, box, "custom.thing", "custom-secret-value-2", actor="t", sensitive=False)
    assert (await stored_value(conn, "custom.thing")).startswith("enc:")
    await conn.execute("UPDATE settings SET sensitive = false WHERE key = 'custom.thing'")
    assert await conn.fetchval("SELECT sensitive FROM settings WHERE key = 'custom.thing'") is True


async def test_every_write_is_audited_with_key_and_actor_but_never_the_value(conn: asyncpg.Connection) -> None:
    await write(conn, SecretBox(KEY), "mcp.api_key", "super-secret-mcp-key", actor="cli:root")
    row = await conn.fetchrow("SELECT actor, action, target, detail::text AS detail FROM audit_log")
    assert row is not None
    assert (row["actor"], row["action"], row["target"]) == ("cli:root", "config.set", "mcp.api_key")
    dump = str([tuple(r) for r in await conn.fetch("SELECT * FROM audit_log")])
    assert "super-secret" not in dump and "enc:" not in dump


async def test_an_empty_submit_keeps_a_sensitive_value_when_asked(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    await write(conn, box, "llm.gemini_api_key", "AIza-secret-0123456789", actor="t")
    await write(conn, box, "llm.gemini_api_key", "", actor="t", keep_if_empty=True)
    row = await load_row(conn, "llm.gemini_api_key")
    assert row is not None and decrypt_row(row, box).value == "AIza-secret-0123456789"


async def test_plaintext_leftovers_are_encrypted_at_boot_once(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    await conn.execute(
        "INSERT INTO settings (key, value, type, category, sensitive) VALUES "
        "('legacy.api_key', 'plain-secret', 'string', 'legacy', false), "
        "('legacy.note', 'harmless', 'string', 'legacy', false)"
    )
    assert await encrypt_leftovers(conn, box) == ["legacy.api_key"]
    first = await stored_value(conn, "legacy.api_key")
    assert first.startswith("enc:") and await stored_value(conn, "legacy.note") == "harmless"
    assert await encrypt_leftovers(conn, box) == []  # idempotent
    assert await stored_value(conn, "legacy.api_key") == first


async def test_seeding_creates_known_keys_and_fills_only_empty_values_from_the_environment(
    conn: asyncpg.Connection,
) -> None:
    box = SecretBox(KEY)
    await seed(conn, box, {"TELEGRAM_CHAT_ID": "1001", "MCP_API_KEY": "from-env-key-0123456"})
    keys = {r["key"] for r in await conn.fetch("SELECT key FROM settings")}
    assert {k.key for k in CATALOG} <= keys
    assert await stored_value(conn, "telegram.chat_id") == "1001"
    assert await stored_value(conn, "auth.rate_limit.max_attempts") == "5"
    mcp = await load_row(conn, "mcp.api_key")
    assert mcp is not None and decrypt_row(mcp, box).value == "from-env-key-0123456"

    # The operator edits the value; a later boot with another env value keeps the edit.
    await write(conn, box, "telegram.chat_id", "2002", actor="operator")
    await write(conn, box, "auth.rate_limit.max_attempts", "9", actor="operator")
    await seed(conn, box, {"TELEGRAM_CHAT_ID": "3003"})
    assert await stored_value(conn, "telegram.chat_id") == "2002"
    assert await stored_value(conn, "auth.rate_limit.max_attempts") == "9"


async def test_a_different_secret_key_base_is_refused_at_boot(conn: asyncpg.Connection) -> None:
    await check_key_fingerprint(conn, SecretBox(KEY))
    await check_key_fingerprint(conn, SecretBox(KEY))
    with pytest.raises(KeyMismatch, match="not the key that encrypted"):
        await check_key_fingerprint(conn, SecretBox(NEW))


async def test_rotation_re_encrypts_everything_with_the_new_key(conn: asyncpg.Connection) -> None:
    old, new = SecretBox(KEY), SecretBox(NEW)
    await check_key_fingerprint(conn, old)
    for index in range(5):
        await write(conn, old, f"svc{index}.api_key", f"secret-value-{index:08d}", actor="t")
    seen: list[tuple[int, int]] = []
    assert await rotate_key(conn, old, new, actor="t", progress=lambda i, n: seen.append((i, n))) == 5
    assert seen[-1] == (5, 5)
    for index in range(5):
        row = await load_row(conn, f"svc{index}.api_key")
        assert row is not None and decrypt_row(row, new).value == f"secret-value-{index:08d}"
        assert decrypt_row(row, old).error is not None
    await check_key_fingerprint(conn, new)
    with pytest.raises(KeyMismatch):
        await check_key_fingerprint(conn, old)


class FailingBox(SecretBox):
    """Fails its verification on the third value: a failure mid-way."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.calls = 0

    def decrypt(self, stored: str) -> str:
        self.calls += 1
        if self.calls == 3:
            raise RuntimeError("disk full")
        return super().decrypt(stored)


async def test_rotation_is_all_or_nothing(conn: asyncpg.Connection) -> None:
    old = SecretBox(KEY)
    await check_key_fingerprint(conn, old)
    for index in range(5):
        await write(conn, old, f"svc{index}.api_key", f"secret-value-{index:08d}", actor="t")
    before = {r["key"]: r["value"] for r in await conn.fetch("SELECT key, value FROM settings")}
    with pytest.raises(RuntimeError, match="disk full"):
        await rotate_key(conn, old, FailingBox(NEW), actor="t")
    after = {r["key"]: r["value"] for r in await conn.fetch("SELECT key, value FROM settings")}
    assert after == before
    await check_key_fingerprint(conn, old)  # the old key still works
    row = await load_row(conn, "svc0.api_key")
    assert row is not None and decrypt_row(row, old).value == "secret-value-00000000"
    assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'config.rotate_key'") == 0


async def test_rotation_with_the_wrong_current_key_changes_nothing(conn: asyncpg.Connection) -> None:
    await check_key_fingerprint(conn, SecretBox(KEY))
    with pytest.raises(KeyMismatch):
        await rotate_key(conn, SecretBox(NEW), SecretBox("third-" + "c" * 40), actor="t")


async def test_a_value_that_does_not_decrypt_becomes_an_error_entry_not_plaintext(conn: asyncpg.Connection) -> None:
    await write(conn, SecretBox(KEY), "x.token", "tok-value-0123456789", actor="t")
    await conn.execute("UPDATE settings SET value = 'enc:not-base64!!' WHERE key = 'x.token'")
    row = await load_row(conn, "x.token")
    assert row is not None
    setting = decrypt_row(row, SecretBox(KEY))
    assert setting.value is None and setting.text == "" and "InvalidEncoding" in (setting.error or "")
