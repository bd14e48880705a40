"""Every setting has a sensitivity class, and the settings store itself
refuses a change of a secret, a security control or a credential-receiving
endpoint while two-factor is on, unless a code (or the host's command
line) approved it — whichever path the write comes from."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from alexclaw.config import CATALOG, ConfigError, Known, Sensitivity, ValueType, sensitivity_of, write
from alexclaw.security import Approval, Entry, Proof, SecretBox

KEY = "sensitivity-test-" + "s" * 40
SECRET, CONTROL, ENDPOINT, ORDINARY = (
    Sensitivity.SECRET,
    Sensitivity.CONTROL,
    Sensitivity.ENDPOINT,
    Sensitivity.ORDINARY,
)

# Deliberately written out: a new catalogued key fails here until someone
# decides what changing it can do.
EXPECTED: dict[str, Sensitivity] = {
    "telegram.bot_token": SECRET,
    "telegram.chat_id": CONTROL,
    "telegram.owner_user_id": CONTROL,
    "telegram.enabled": CONTROL,
    "telegram.api_base_url": ENDPOINT,
    "telegram.mode": CONTROL,
    "telegram.node": CONTROL,
    "telegram.webhook_url": ENDPOINT,
    "telegram.webhook_secret": SECRET,
    "discord.bot_token": SECRET,
    "discord.guild_id": CONTROL,
    "discord.channel_id": CONTROL,
    "discord.owner_user_id": CONTROL,
    "discord.allow_dm": CONTROL,
    "discord.enabled": CONTROL,
    "discord.api_base_url": ENDPOINT,
    "discord.node": CONTROL,
    "github.webhook_secret": SECRET,
    "github.token": SECRET,
    "github.api_base_url": ENDPOINT,
    "github.default_repo": ORDINARY,
    "google.client_id": CONTROL,
    "google.client_secret": SECRET,
    "google.redirect_uri": ENDPOINT,
    "web.search_url": ENDPOINT,
    "web.searxng_url": ENDPOINT,
    "mcp.api_key": SECRET,
    "mcp.rate_limit_per_minute": CONTROL,
    "mcp.max_body_bytes": CONTROL,
    "mcp.call_timeout_seconds": ORDINARY,
    "llm.gemini_api_key": SECRET,
    "llm.anthropic_api_key": SECRET,
    "llm.openai_api_key": SECRET,
    "llm.identity_prompt": ORDINARY,
    "llm.chat_history_turns": ORDINARY,
    "auth.rate_limit.max_attempts": CONTROL,
    "auth.rate_limit.block_duration_seconds": CONTROL,
    "auth.trust_proxy_headers": CONTROL,
    "auth.trusted_proxy_count": CONTROL,
    "auth.session_hours": CONTROL,
    "auth.totp_enabled": CONTROL,
    "auth.totp_secret": SECRET,
    "auth.login_requires_code": CONTROL,
    "shield.mode": CONTROL,
    "sanitizer.max_bytes": CONTROL,
    "sanitizer.extra_phrases": CONTROL,
    "shield.block_score": CONTROL,
    "shield.review_score": CONTROL,
    "shield.classifier": CONTROL,
    "shield.review_allowed_sources": CONTROL,
    "shield.proxy_api_key": SECRET,
    "metrics.token": SECRET,
    "shield.proxy_upstream_url": ENDPOINT,
    "shield.proxy_upstream_api_key": SECRET,
    "shield.proxy_timeout_seconds": ORDINARY,
    "egress.max_bytes": ORDINARY,
    "egress.timeout_seconds": ORDINARY,
    "skills.breaker_reset_seconds": ORDINARY,
    "workflows.max_concurrent_runs": ORDINARY,
    "workflows.step_timeout_ms": ORDINARY,
    "sql.max_timeout_ms": ORDINARY,
    "scheduler.timezone": ORDINARY,
    "memory.embedder": ENDPOINT,  # where the agent's memories are sent to be embedded
    "memory.embedding_model": ORDINARY,
    "memory.embedding_dimensions": ORDINARY,
    "shell.enabled": CONTROL,
    "shell.whitelist": CONTROL,
    "shell.timeout_seconds": CONTROL,
    "shell.max_output_chars": CONTROL,
    "automation.chromium_path": CONTROL,
    "automation.time_budget_seconds": ORDINARY,
    "automation.max_screenshot_bytes": ORDINARY,
    "automation.screenshots_kept": ORDINARY,
    "backup.dir": CONTROL,  # a backup holds every row: where it goes is 2FA
    "backup.max_files": ORDINARY,
    "backup.schedule": ORDINARY,
    "reasoning.enabled": ORDINARY,
    "reasoning.skill_whitelist": CONTROL,  # what a model-driven plan may run
    "reasoning.max_plan_steps": ORDINARY,
    "reasoning.max_iterations": ORDINARY,
    "reasoning.max_llm_calls": ORDINARY,
    "reasoning.time_budget_seconds": ORDINARY,
    "reasoning.step_timeout_seconds": ORDINARY,
    "reasoning.stuck_threshold": ORDINARY,
    "reasoning.done_confidence": ORDINARY,
    "reasoning.max_concurrent_sessions": ORDINARY,
    "reasoning.default_delivery": ORDINARY,
    "reasoning.result_budget_chars": ORDINARY,
}

# Values each setting accepts, for the walks below.
VALID: dict[str, str] = {
    "telegram.chat_id": "424242",
    "telegram.bot_token": "123456789:" + "AbCdEfGhIj" * 4,
    "auth.totp_secret": "KRUGS4ZANFZSAYJAONSWG4TFOQ",
    "telegram.webhook_secret": "Webhook_Secret-" + "k" * 24,
    "telegram.owner_user_id": "777000",
    "telegram.api_base_url": "https://bot-api.example.org",
    "telegram.mode": "webhook",
    "telegram.node": "node-b",
    "telegram.webhook_url": "https://node.example.org/webhooks/telegram",
    "shield.mode": "observe",
    "shield.proxy_upstream_url": "https://llm.example.org/v1",
    "github.api_base_url": "https://github.example.org/api/v3",
    "github.default_repo": "octo/repo",
    "google.client_id": "1234-abc.apps.googleusercontent.com",
    "google.redirect_uri": "https://node.example.org/oauth/google/callback",
    "web.search_url": "https://search.example.org/html/",
    "web.searxng_url": "https://searx.example.org",
    "sanitizer.extra_phrases": "open the pod bay doors",
    "scheduler.timezone": "Europe/Berlin",
    "llm.identity_prompt": "You are a terse assistant.",
    "memory.embedder": "openai",
    "memory.embedding_model": "text-embedding-3-small",
    "shell.whitelist": '["df", "uptime"]',
    "discord.guild_id": "800000000000000001",
    "discord.channel_id": "700000000000000001",
    "discord.owner_user_id": "600000000000000001",
    "discord.api_base_url": "https://discord.example.org/api/v10",
    "discord.node": "node-b",
    "automation.chromium_path": "/usr/bin/chromium",
    "shield.review_allowed_sources": '["proxy"]',
    "backup.dir": "/srv/alexclaw-backups",
    "backup.schedule": "30 2 * * *",
    "reasoning.skill_whitelist": '["web_search", "web_fetch"]',
    "reasoning.done_confidence": "0.8",
    "reasoning.default_delivery": "telegram",
}


def valid_value(known: Known) -> str:
    """A value ``known`` accepts that differs from its default."""
    if known.key in VALID:
        return VALID[known.key]
    if known.type is ValueType.BOOLEAN:
        return "false" if known.default == "true" else "true"
    if known.type is ValueType.INTEGER:
        return str(int(known.default) + 1)
    assert known.is_sensitive, f"add a valid value for {known.key}"
    return "Zq8-" + "v7Kp2mW9xR4tL6nB3cY8" * 4


def test_every_catalogued_setting_has_the_class_written_out_here() -> None:
    assert {known.key: known.sensitivity for known in CATALOG} == EXPECTED


def test_keys_outside_the_catalog_fail_closed_in_security_categories() -> None:
    assert sensitivity_of("auth.new_knob") is CONTROL
    assert sensitivity_of("shield.extra_rule") is CONTROL
    assert sensitivity_of("myplugin.api_key") is SECRET
    assert sensitivity_of("myplugin.colour") is ORDINARY
    assert sensitivity_of("myplugin.colour", sensitive=True) is SECRET


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    yield connection
    await connection.close()


async def turn_on_two_factor(conn: asyncpg.Connection, box: SecretBox) -> None:
    await write(conn, box, "auth.totp_secret", "JBSWY3DPEHPK3PXP", actor="test")
    await write(conn, box, "auth.totp_enabled", "true", actor="test")


@pytest.mark.parametrize("entry", [Entry.WEB, Entry.CHAT, Entry.MCP])
async def test_with_two_factor_on_no_guarded_setting_changes_without_a_code_from_any_way_in(
    conn: asyncpg.Connection, entry: Entry
) -> None:
    box = SecretBox(KEY)
    await turn_on_two_factor(conn, box)
    weak = [None, Approval("x", entry, Proof.NONE, f"{entry}:someone"), Approval("x", entry, Proof.TWO_FACTOR_OFF, "")]
    for known in CATALOG:
        before = await conn.fetchval("SELECT value FROM settings WHERE key = $1", known.key)
        for approval in weak:
            if known.sensitivity is ORDINARY:
                await write(conn, box, known.key, valid_value(known), actor="test", approval=approval)
                continue
            with pytest.raises(ConfigError, match="needs a 2FA code while two-factor is on"):
                await write(conn, box, known.key, valid_value(known), actor="test", approval=approval)
            assert await conn.fetchval("SELECT value FROM settings WHERE key = $1", known.key) == before


async def test_a_code_or_the_host_changes_every_guarded_setting_and_the_audit_row_says_which(
    conn: asyncpg.Connection,
) -> None:
    box = SecretBox(KEY)
    await turn_on_two_factor(conn, box)
    guarded = [k for k in CATALOG if k.sensitivity is not ORDINARY and not k.key.startswith("auth.totp")]
    for index, known in enumerate(guarded):
        proof, entry = (Proof.CODE, Entry.WEB) if index % 2 else (Proof.HOST, Entry.CLI)
        await write(conn, box, known.key, valid_value(known), actor="who", approval=Approval("x", entry, proof, "who"))
        detail = await conn.fetchval(
            "SELECT detail FROM audit_log WHERE action = 'config.set' AND target = $1 ORDER BY id DESC LIMIT 1",
            known.key,
        )
        assert f'"proof": "{proof.value}"' in detail and f'"origin": "{entry.value}"' in detail
        assert f'"class": "{known.sensitivity.value}"' in detail


async def test_with_two_factor_off_everything_changes_and_is_audited_as_such(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    for known in CATALOG:
        if not known.key.startswith("auth.totp"):
            await write(conn, box, known.key, valid_value(known), actor="test")
    assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'config.set'") == len(CATALOG) - 2


async def test_turning_two_factor_off_is_itself_guarded(conn: asyncpg.Connection) -> None:
    box = SecretBox(KEY)
    await turn_on_two_factor(conn, box)
    with pytest.raises(ConfigError):
        await write(conn, box, "auth.totp_enabled", "false", actor="web:admin")
    with pytest.raises(ConfigError):
        await write(conn, box, "auth.totp_secret", "", actor="web:admin")
    host = Approval("config.control", Entry.CLI, Proof.HOST, "cli:root")
    await write(conn, box, "auth.totp_enabled", "false", actor="cli:root", approval=host)
    assert await conn.fetchval("SELECT value FROM settings WHERE key = 'auth.totp_enabled'") == "false"
