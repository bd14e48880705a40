"""``alexclaw config`` and ``alexclaw rotate-key`` as an operator uses them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import asyncpg
import pytest

from tests.alexclaw.test_cli import KEY, RunningNode, node_env, postgres_on

NEW_KEY = "rotated-key-" + "n" * 40
PASSWORD = "cli-test-admin-password"


def alexclaw(*args: str, env: dict[str, str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alexclaw", *args],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url)


async def test_a_secret_set_from_the_cli_is_masked_when_listed_and_encrypted_in_the_database(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    result = alexclaw(
        "config", "set", "telegram.bot_token", "123456:ABCdefGHIjkl-0123456789abcdefghij", env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "telegram.bot_token = ********ghij"
    listing = alexclaw("config", "list", "--category", "telegram", env=env, cwd=tmp_path).stdout
    assert "telegram.bot_token" in listing and "********ghij" in listing and "ABCdef" not in listing
    assert "telegram.auth" not in listing and "auth.session_hours" not in listing
    totp = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    assert alexclaw("config", "set", "auth.totp_secret", totp, env=env, cwd=tmp_path).returncode == 0
    auth = alexclaw("config", "list", "--category", "auth", env=env, cwd=tmp_path).stdout
    line = next(row for row in auth.splitlines() if row.startswith("auth.totp_secret"))
    assert line.split()[-1] == "********" and totp[-4:] not in line  # never any part of a TOTP secret
    conn = await asyncpg.connect(database_url)
    stored = await conn.fetchval("SELECT value FROM settings WHERE key = 'telegram.bot_token'")
    audit = await conn.fetchrow("SELECT actor, action FROM audit_log WHERE target = 'telegram.bot_token'")
    await conn.close()
    assert stored.startswith("enc:")
    assert audit is not None
    assert audit["actor"].startswith("cli:") and audit["action"] == "config.set"


def test_reveal_asks_for_the_admin_password(env: dict[str, str], tmp_path: Path) -> None:
    alexclaw("config", "set", "mcp.api_key", "mcp-key-0123456789", env=env, cwd=tmp_path)
    masked = alexclaw("config", "get", "mcp.api_key", env=env, cwd=tmp_path)
    assert masked.stdout.strip() == "********6789"
    denied = alexclaw("config", "get", "mcp.api_key", "--reveal", env=env, cwd=tmp_path, stdin="guess\n")
    assert denied.returncode == 1 and "wrong password" in denied.stderr and "mcp-key" not in denied.stdout
    shown = alexclaw("config", "get", "mcp.api_key", "--reveal", env=env, cwd=tmp_path, stdin=PASSWORD + "\n")
    assert shown.returncode == 0 and shown.stdout.strip() == "mcp-key-0123456789"


def test_reveal_is_disabled_without_an_admin_password(env: dict[str, str], tmp_path: Path) -> None:
    alexclaw("config", "set", "mcp.api_key", "mcp-key-0123456789", env=env, cwd=tmp_path)
    without = {k: v for k, v in env.items() if k != "ADMIN_PASSWORD"}
    result = alexclaw("config", "get", "mcp.api_key", "--reveal", env=without, cwd=tmp_path, stdin="x\n")
    assert result.returncode == 1 and "--reveal is disabled" in result.stderr


def test_a_bad_value_is_refused_with_a_clear_message(env: dict[str, str], tmp_path: Path) -> None:
    result = alexclaw("config", "set", "auth.session_hours", "eight", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert "auth.session_hours is an integer setting; 'eight' is not a whole number" in result.stderr


def test_a_value_can_come_from_stdin_so_it_stays_out_of_shell_history(env: dict[str, str], tmp_path: Path) -> None:
    result = alexclaw(
        "config", "set", "llm.openai_api_key", "-", env=env, cwd=tmp_path, stdin="sk-from-stdin-0123456789\n"
    )
    assert result.returncode == 0 and "********6789" in result.stdout and "sk-from" not in result.stdout


def test_rotate_key_re_encrypts_and_the_old_key_is_then_refused(env: dict[str, str], tmp_path: Path) -> None:
    alexclaw("config", "set", "github.webhook_secret", "whsec-abcdefghijkl", env=env, cwd=tmp_path)
    rotated = alexclaw("rotate-key", "--new-key-env", "NEW_KEY", env={**env, "NEW_KEY": NEW_KEY}, cwd=tmp_path)
    assert rotated.returncode == 0, rotated.stderr
    assert "re-encrypted" in rotated.stdout and "restart every node" in rotated.stdout
    old = alexclaw("config", "get", "github.webhook_secret", env=env, cwd=tmp_path)
    assert old.returncode == 1 and "not the key that encrypted" in old.stderr
    new_env = {**env, "SECRET_KEY_BASE": NEW_KEY}
    new = alexclaw("config", "get", "github.webhook_secret", "--reveal", env=new_env, cwd=tmp_path, stdin=PASSWORD)
    assert new.stdout.strip() == "whsec-abcdefghijkl"


@pytest.mark.parametrize(("value", "message"), [("short", "at least 32"), (KEY, "holds the current key")])
def test_rotate_key_refuses_a_weak_or_unchanged_key(
    env: dict[str, str], tmp_path: Path, value: str, message: str
) -> None:
    result = alexclaw("rotate-key", "--new-key-env", "NEW_KEY", env={**env, "NEW_KEY": value}, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr


@pytest.mark.slow
def test_on_the_embedded_database_a_secret_survives_a_node_restart_and_a_key_rotation(tmp_path: Path) -> None:
    env = node_env(tmp_path)
    assert (
        alexclaw("config", "set", "llm.gemini_api_key", "AIza-embedded-secret", env=env, cwd=tmp_path).returncode == 0
    )
    node = RunningNode(tmp_path)
    try:
        node.wait_for("node.started")
        # While the node runs, the CLI reaches its server through the socket.
        during = alexclaw("config", "get", "llm.gemini_api_key", env=env, cwd=tmp_path)
        assert during.returncode == 0 and during.stdout.strip() == "********cret"
        node.proc.terminate()
        assert node.finish() == 0
    finally:
        if node.proc.poll() is None:
            node.proc.kill()
    assert postgres_on(tmp_path / "pg") == []
    rotated = alexclaw("rotate-key", "--new-key-env", "NEW_KEY", env={**env, "NEW_KEY": NEW_KEY}, cwd=tmp_path)
    assert rotated.returncode == 0, rotated.stderr
    new_env = {**env, "SECRET_KEY_BASE": NEW_KEY}
    after = alexclaw("config", "get", "llm.gemini_api_key", "--reveal", env=new_env, cwd=tmp_path, stdin=PASSWORD)
    assert after.stdout.strip() == "AIza-embedded-secret"
    assert postgres_on(tmp_path / "pg") == []


async def test_the_shell_may_turn_2fa_off_but_the_audit_trail_and_doctor_say_who_did(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    from alexclaw.doctor import check_two_factor

    for key, value in (("auth.totp_secret", "JBSWY3DPEHPK3PXP"), ("auth.totp_enabled", "true")):
        assert alexclaw("config", "set", key, value, env=env, cwd=tmp_path).returncode == 0
    assert (await check_two_factor(database_url)).status == "ok"
    off = alexclaw("config", "set", "auth.totp_enabled", "false", env=env, cwd=tmp_path)
    assert off.returncode == 0, off.stderr
    conn = await asyncpg.connect(database_url)
    row = await conn.fetchrow(
        "SELECT actor, detail FROM audit_log WHERE target = 'auth.totp_enabled' ORDER BY id DESC LIMIT 1"
    )
    await conn.close()
    assert row is not None
    assert row["actor"].startswith("cli:") and '"origin": "cli"' in row["detail"] and '"proof": "host"' in row["detail"]
    report = await check_two_factor(database_url)
    assert report.status == "warn" and "turned off from the shell by cli:" in report.detail
