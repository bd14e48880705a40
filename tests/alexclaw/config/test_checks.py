"""Catalogued settings refuse values that would only fail later: each case
is a value a person might type, and the reason they get."""

from __future__ import annotations

import pytest

from alexclaw.config import CATALOG, ConfigError, Known, ValueType, canonical

S, INT = ValueType.STRING, ValueType.INTEGER

REFUSED = [
    ("scheduler.timezone", S, "Europe/Berln", "is not a time zone"),
    ("scheduler.timezone", S, "../../etc/passwd", "is not a time zone"),
    ("shield.mode", S, "blocking", "must be one of block, observe"),
    ("telegram.mode", S, "webhooks", "must be one of polling, webhook"),
    ("telegram.webhook_url", S, "http://me.example/hook", "must be an https:// URL"),
    ("telegram.api_base_url", S, "api.telegram.org", "must be an http:// or https:// URL with a host"),
    ("telegram.api_base_url", S, "http://169.254.169.254/latest", "plain http only for a provider on this machine"),
    ("telegram.api_base_url", S, "https://169.254.169.254/", "cloud metadata endpoint"),
    ("telegram.api_base_url", S, "https://10.1.2.3:8081", "(private): the egress guard refuses it"),
    ("telegram.api_base_url", S, "https://[::ffff:192.168.1.1]/", "the egress guard refuses it"),
    ("telegram.api_base_url", S, "http://bot-api.lan:8081", "plain http only for a provider on this machine"),
    ("telegram.owner_user_id", S, "@alex", "must be a Telegram user id"),
    ("shield.proxy_upstream_url", S, "http://10.0.0.5:11434/v1", "plain http only for a provider on this machine"),
    ("shield.proxy_upstream_url", S, "https://user:pw@api.example/v1", "must not carry credentials"),
    ("shield.proxy_upstream_url", S, "ftp://files.example/v1", "must be an http:// or https:// URL"),
    ("shield.proxy_upstream_url", S, "https://api.example:port/v1", "is not a valid URL"),
    ("shield.block_score", INT, "0", "must be between 1 and 100"),
    ("shield.review_score", INT, "101", "must be between 1 and 100"),
    ("egress.max_bytes", INT, "10", "must be between 1024 and"),
    ("egress.timeout_seconds", INT, "-5", "must be between 1 and 3600"),
    ("workflows.max_concurrent_runs", INT, "0", "must be at least 1"),
    ("auth.session_hours", INT, "10000", "must be between 1 and 720"),
    ("llm.chat_history_turns", INT, "101", "must be between 0 and 100"),
    ("llm.identity_prompt", S, "x" * 4001, "must be at most 4,000 characters"),
    ("shell.whitelist", ValueType.JSON, '"df"', "must be a JSON list of commands"),
    ("shell.whitelist", ValueType.JSON, '["df", ""]', "must be a JSON list of commands"),
    ("shield.review_allowed_sources", ValueType.JSON, '["proxy", "everyone"]', "must be a JSON list of sources"),
    ("shield.review_allowed_sources", ValueType.JSON, '"proxy"', "must be a JSON list of sources"),
    ("shell.timeout_seconds", INT, "0", "must be between 1 and 3600"),
    ("shell.max_output_chars", INT, "10000000", "must be between 100 and 100000"),
]
ACCEPTED = [
    ("scheduler.timezone", S, "Europe/Berlin"),
    ("shield.mode", S, "observe"),
    ("shell.whitelist", ValueType.JSON, '["df","=cat /proc/loadavg"]'),
    ("shield.review_allowed_sources", ValueType.JSON, '["proxy","mcp","content"]'),
    ("shield.review_allowed_sources", ValueType.JSON, "[]"),
    ("telegram.webhook_url", S, "https://me.example/hook"),
    ("telegram.api_base_url", S, "https://bot-api.example:8081"),
    ("telegram.api_base_url", S, "http://127.0.0.1:8081"),
    ("telegram.owner_user_id", S, "123456789"),
    ("shield.proxy_upstream_url", S, "https://api.openai.com/v1"),
    ("shield.proxy_upstream_url", S, "http://127.0.0.1:11434/v1"),
    ("shield.proxy_upstream_url", S, "http://localhost:11434/v1"),
    ("shield.proxy_upstream_url", S, "http://[::1]:8000/v1"),
    ("shield.block_score", INT, "60"),
    ("workflows.max_concurrent_runs", INT, "1"),
    ("llm.chat_history_turns", INT, "0"),
    ("llm.identity_prompt", S, "You are a terse assistant."),
    ("my.own.setting", S, "anything at all"),
]


@pytest.mark.parametrize(("key", "kind", "value", "reason"), REFUSED)
def test_a_value_the_feature_cannot_use_is_refused_with_the_reason(
    key: str, kind: ValueType, value: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as refused:
        canonical(key, kind, value)
    assert str(refused.value).startswith(key) and reason in str(refused.value)


@pytest.mark.parametrize(("key", "kind", "value"), ACCEPTED)
def test_a_usable_value_is_stored(key: str, kind: ValueType, value: str) -> None:
    assert canonical(key, kind, value) == value


def test_empty_still_means_not_set() -> None:
    assert canonical("scheduler.timezone", S, "") == ""
    assert canonical("shield.proxy_upstream_url", S, "") == ""


SENSITIVE = [known for known in CATALOG if known.is_sensitive]


def test_the_catalogue_has_secrets_to_check() -> None:
    assert {"telegram.webhook_secret", "shield.proxy_api_key", "mcp.api_key", "auth.totp_secret"} <= {
        known.key for known in SENSITIVE
    }


@pytest.mark.parametrize("known", SENSITIVE, ids=[k.key for k in SENSITIVE])
def test_every_catalogued_secret_refuses_a_one_character_value_with_the_reason(known: Known) -> None:
    with pytest.raises(ConfigError) as refused:
        canonical(known.key, known.type, "x")
    assert str(refused.value).startswith(known.key)
    assert "too short" in str(refused.value) or "is not a" in str(refused.value)


@pytest.mark.parametrize("known", SENSITIVE, ids=[k.key for k in SENSITIVE])
def test_every_catalogued_secret_refuses_fifteen_characters(known: Known) -> None:
    with pytest.raises(ConfigError):
        canonical(known.key, known.type, "A" * 15)


SECRETS_REFUSED = [
    ("telegram.webhook_secret", "s", "at least 16 characters (got 1)"),
    ("telegram.webhook_secret", "with spaces in the secret", "may hold only A-Z, a-z, 0-9, _ and -"),
    ("telegram.webhook_secret", "x" * 257, "at most 256"),
    ("telegram.bot_token", "123456:short", "at least 16 characters (got 12)"),
    ("telegram.bot_token", "not-a-token-at-all-but-long-enough-0123456789", "is not a bot token"),
    ("llm.openai_api_key", "sk-0123456789abcdef", "at least 20 characters"),
    ("discord.bot_token", "M" * 49, "at least 50 characters"),
    ("auth.totp_secret", "JBSWY3DPEHPK3PX1", "is not a TOTP secret"),
    ("auth.totp_secret", "jbswy3dpehpk3pxp0189", "is not a TOTP secret"),
    ("mcp.api_key", "fifteen-chars15", "at least 16 characters (got 15)"),
    ("my.own.password", "hunter2", "at least 16 characters"),  # not catalogued, but a secret by its name
]
SECRETS_ACCEPTED = [
    ("telegram.webhook_secret", "Abc_def-0123456789"),
    ("telegram.webhook_secret", "x" * 256),
    ("telegram.bot_token", "123456789:AAHfakeTokenForTests_0123456789abcde"),
    ("shield.proxy_api_key", "sixteen-chars-16"),
    ("auth.totp_secret", "JBSWY3DPEHPK3PXP"),
    ("llm.gemini_api_key", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"),
    ("my.own.password", "a long passphrase of many words"),
]


@pytest.mark.parametrize(("key", "value", "reason"), SECRETS_REFUSED)
def test_a_secret_shorter_or_of_another_shape_than_its_service_needs_is_refused(
    key: str, value: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as refused:
        canonical(key, S, value)
    assert reason in str(refused.value)
    assert len(value) < 4 or value not in str(refused.value)  # the reason never repeats the secret


@pytest.mark.parametrize(("key", "value"), SECRETS_ACCEPTED)
def test_a_secret_of_the_right_length_and_shape_is_stored(key: str, value: str) -> None:
    assert canonical(key, S, value) == value


def test_a_setting_marked_sensitive_needs_a_secrets_length_whatever_its_name() -> None:
    assert canonical("my.own.setting", S, "short") == "short"
    with pytest.raises(ConfigError, match="at least 16"):
        canonical("my.own.setting", S, "short", sensitive=True)
