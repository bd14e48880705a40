"""Boot settings: validated once, one clear line per mistake."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from alexclaw.settings import SettingsError, load_settings, write_env_file

KEY = "k" * 20 + "abcdefghijklmnopqrstuvwxyz"


def env(**values: str) -> dict[str, str]:
    return {"SECRET_KEY_BASE": KEY, **values}


def test_defaults_bind_to_loopback_on_port_5001_with_the_embedded_database() -> None:
    settings = load_settings(env(), env_file=None)
    assert (settings.http_host, settings.http_port) == ("127.0.0.1", 5001)
    assert settings.embedded_database and settings.database_url is None
    assert settings.admin_password is None


def test_a_missing_secret_key_base_says_how_to_generate_one() -> None:
    with pytest.raises(SettingsError, match="SECRET_KEY_BASE is not set; generate one with: python3 -c"):
        load_settings({}, env_file=None)


def test_a_short_secret_key_base_is_refused_with_its_length() -> None:
    with pytest.raises(SettingsError, match=r"too short \(10 characters, need at least 32\)"):
        load_settings({"SECRET_KEY_BASE": "x" * 10}, env_file=None)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("ALEXCLAW_HTTP_PORT", "http", "must be a number"),
        ("ALEXCLAW_HTTP_PORT", "70000", "between 0 and 65535"),
        ("DATABASE_URL", "mysql://x", "postgresql:// URL"),
        ("ALEXCLAW_LOG_LEVEL", "LOUD", "ALEXCLAW_LOG_LEVEL"),
        ("ALEXCLAW_LOG_FORMAT", "xml", "ALEXCLAW_LOG_FORMAT"),
        ("ALEXCLAW_PG_FSYNC", "maybe", "true or false"),
        ("ALEXCLAW_HTTP_HOST", "  ", "ALEXCLAW_HTTP_HOST is empty"),
        ("ALEXCLAW_NODE_NAME", "node one", "ALEXCLAW_NODE_NAME"),
        ("ALEXCLAW_NODE_NAME", "n" * 101, "ALEXCLAW_NODE_NAME"),
        ("ALEXCLAW_DB_ROLE_CHECK", "lenient", "must be auto or strict"),
        ("ALEXCLAW_DB_ROLE_CHECK", "strict", "strict needs DATABASE_URL"),
    ],
)
def test_an_invalid_value_is_refused_naming_the_variable(name: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(env(**{name: value}), env_file=None)


def test_the_node_name_is_the_hostname_unless_set() -> None:
    import socket

    assert load_settings(env(), env_file=None).node_name == socket.gethostname()
    assert load_settings(env(ALEXCLAW_NODE_NAME="node-a.eu"), env_file=None).node_name == "node-a.eu"


def test_the_environment_wins_over_the_env_file(tmp_path: Path) -> None:
    file = tmp_path / ".env"
    file.write_text(f"SECRET_KEY_BASE={KEY}\nALEXCLAW_HTTP_PORT=6000\nADMIN_PASSWORD=from-file-password\n")
    settings = load_settings({"ALEXCLAW_HTTP_PORT": "7000"}, env_file=file)
    assert settings.http_port == 7000 and settings.admin_password == "from-file-password"


def test_secrets_never_appear_in_the_settings_repr() -> None:
    settings = load_settings(
        env(ADMIN_PASSWORD="hunter2-hunter2", DATABASE_URL="postgresql://u:dbpass123@h/db"), env_file=None
    )
    text = repr(settings)
    assert KEY not in text and "hunter2" not in text and "dbpass123" not in text
    assert {"hunter2-hunter2", "dbpass123", KEY} <= set(settings.secrets)


def test_the_env_file_is_created_once_with_strong_secrets_and_mode_600(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    password = write_env_file(path)
    assert password is not None and len(password) >= 20
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    settings = load_settings({}, env_file=path)
    assert len(settings.secret_key_base) >= 80 and settings.admin_password == password
    before = path.read_text()
    assert write_env_file(path) is None  # an existing file is never touched
    assert path.read_text() == before


def test_the_database_role_check_is_auto_unless_set_to_strict_with_a_database_url() -> None:
    assert load_settings(env(), env_file=None).db_role_check == "auto"
    url = "postgresql://alexclaw_app@db/alexclaw"
    strict = load_settings(env(DATABASE_URL=url, ALEXCLAW_DB_ROLE_CHECK="Strict"), env_file=None)
    assert strict.db_role_check == "strict"
