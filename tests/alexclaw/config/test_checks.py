"""Catalogued settings refuse values that would only fail later: each case
is a value a person might type, and the reason they get."""

from __future__ import annotations

import pytest

from alexclaw.config import ConfigError, ValueType, canonical

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
]
ACCEPTED = [
    ("scheduler.timezone", S, "Europe/Berlin"),
    ("shield.mode", S, "observe"),
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
