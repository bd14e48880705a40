"""Each doctor check on its own: one line, and FAIL only when it matters."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from alexclaw.doctor import (
    FAIL,
    OK,
    WARN,
    Check,
    check_admin_password,
    check_bind_address,
    check_cluster,
    check_data_dir,
    check_env_file,
    check_secret_key,
    run_checks,
)
from alexclaw.settings import Settings
from cluster import load_cluster_settings

KEY = "doctor-" + "abcdefghijklmnopqrstuvwxyz0123456789"


def test_a_secret_key_made_of_few_distinct_characters_fails() -> None:
    assert check_secret_key(Settings(secret_key_base="ab" * 20)).status == FAIL
    assert check_secret_key(Settings(secret_key_base=KEY)).status == OK


def test_a_missing_admin_password_warns_and_a_short_one_fails() -> None:
    assert check_admin_password(Settings(secret_key_base=KEY)).status == WARN
    assert check_admin_password(Settings(secret_key_base=KEY, admin_password="short")).status == FAIL
    assert check_admin_password(Settings(secret_key_base=KEY, admin_password="long-enough-pass")).status == OK


def test_an_env_file_readable_by_others_fails(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("X=1\n")
    env.chmod(0o644)
    check = check_env_file(env)
    assert check.status == FAIL and "chmod 600" in check.detail
    env.chmod(0o600)
    assert check_env_file(env).status == OK


def test_a_data_dir_writable_by_others_fails(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o777)
    assert check_data_dir(data).status == FAIL
    data.chmod(0o700)
    assert check_data_dir(data).status == OK
    assert check_data_dir(tmp_path / "later").status == OK  # created on first start


def test_any_bind_address_but_loopback_warns() -> None:
    assert check_bind_address("127.0.0.1", 5001).status == OK
    assert check_bind_address("0.0.0.0", 5001).status == WARN
    assert check_bind_address("no-such-host.invalid", 5001).status == FAIL


async def test_an_unreachable_database_fails(tmp_path: Path) -> None:
    environ = {"SECRET_KEY_BASE": KEY, "DATABASE_URL": "postgresql://x@127.0.0.1:1/none"}
    checks = await run_checks(environ, env_file=tmp_path / ".env")
    database = next(c for c in checks if c.name == "database")
    assert database.status == FAIL and "not reachable" in database.detail


async def test_the_embedded_database_is_checked_without_starting_it(tmp_path: Path) -> None:
    environ = {"SECRET_KEY_BASE": KEY, "ALEXCLAW_DATA_DIR": str(tmp_path / "d")}
    checks = await run_checks(environ, env_file=tmp_path / ".env")
    database = next(c for c in checks if c.name == "database")
    assert database.status == OK and "embedded PostgreSQL 18 with pgvector" in database.detail
    assert not (tmp_path / "d").exists()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "password", ["admin", "password", "changeme", "undefined", "adminadminadmin", "aaaaaaaaaaaaaaaa"]
)
def test_a_default_looking_or_weak_admin_password_fails(password: str) -> None:
    assert check_admin_password(Settings(secret_key_base=KEY, admin_password=password)).status == FAIL


def test_a_public_bind_address_comes_with_proxy_guidance() -> None:
    detail = check_bind_address("0.0.0.0", 5001).detail
    assert "TLS reverse proxy" in detail and "auth.trust_proxy_headers" in detail


async def test_two_factor_off_is_a_warning_and_on_is_ok(database_url: str) -> None:
    import asyncpg

    from alexclaw.doctor import check_two_factor

    assert (await check_two_factor(None)).status == WARN
    conn = await asyncpg.connect(database_url)
    await conn.execute(
        "INSERT INTO settings (key, value, type, category) VALUES ('auth.totp_enabled', 'false', 'boolean', 'auth')"
    )
    assert (await check_two_factor(database_url)).status == WARN
    await conn.execute("UPDATE settings SET value = 'true' WHERE key = 'auth.totp_enabled'")
    await conn.close()
    assert (await check_two_factor(database_url)).status == OK


async def test_the_embedder_in_use_and_the_rows_waiting_for_its_vectors_are_reported(database_url: str) -> None:
    import asyncpg

    from alexclaw.doctor import check_embeddings

    async def checks() -> dict[str, tuple[str, str]]:
        return {c.name: (c.status, c.detail) for c in await check_embeddings(database_url)}

    fresh = await checks()
    assert fresh["embedder"] == (OK, "all-MiniLM-L6-v2-int8 (the local model)")
    assert fresh["embeddings"][0] == OK
    assert fresh["local_model"][0] == OK and "loads from" in fresh["local_model"][1]
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute(
            "INSERT INTO memory_entries (kind, content, content_hash, created_at) VALUES ('note', 'x', 'h', now())"
        )
        waiting = await checks()
        assert waiting["embeddings"][0] == WARN and "1 rows wait" in waiting["embeddings"][1]
        assert "alexclaw memory reembed" in waiting["embeddings"][1]
        await conn.execute(
            "INSERT INTO settings (key, value, type, category) VALUES "
            "('memory.embedder', 'absent', 'string', 'memory'), "
            "('memory.embedding_model', 'embed-1', 'string', 'memory')"
        )
        missing = await checks()
        assert missing["embedder"] == (FAIL, "memory.embedder names provider 'absent', which does not exist")
        await conn.execute("DELETE FROM settings WHERE key = 'memory.embedding_model'")
        unusable = await checks()
        assert unusable["embedder"][0] == FAIL and "memory.embedding_model is empty" in unusable["embedder"][1]
    finally:
        await conn.close()


def test_doctor_says_the_cluster_is_off_without_a_cookie_and_fails_a_weak_one(tmp_path: Path) -> None:
    def verdict(**env: str) -> Check:
        settings = Settings(secret_key_base="k" * 64, data_dir=tmp_path, cluster=load_cluster_settings(env))
        return check_cluster(settings)

    assert verdict().status == OK and "off" in verdict().detail
    short = verdict(CLUSTER_COOKIE="short-cookie")
    assert short.status == FAIL and "shorter than 32" in short.detail and "short-cookie" not in short.detail
    assert verdict(CLUSTER_COOKIE="ab" * 20).status == FAIL  # 40 characters, 2 distinct: not random
    strong = verdict(CLUSTER_COOKIE="q8Zr-2kLm9Xv_T4nBw7PcYs1Hd6Gj3Fa0Ue5")
    assert strong.status == OK and "127.0.0.1:4370" in strong.detail
    exposed = verdict(CLUSTER_COOKIE="q8Zr-2kLm9Xv_T4nBw7PcYs1Hd6Gj3Fa0Ue5", ALEXCLAW_CLUSTER_HOST="0.0.0.0")
    assert exposed.status == WARN and "every interface" in exposed.detail


def test_a_missing_browser_is_a_warning_naming_why_and_a_found_one_is_ok(tmp_path: Path) -> None:
    from alexclaw.doctor import check_browser

    missing = check_browser(str(tmp_path / "chromium"))
    assert missing.status == WARN
    assert (
        missing.detail
        == f"browser automation is off: automation.chromium_path {tmp_path / 'chromium'} is not an executable file"
    )
    if Path("/usr/bin/chromium").exists():
        assert check_browser().status == OK and "/usr/bin/chromium" in check_browser().detail
