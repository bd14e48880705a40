"""Keys and typed values: validation on write, clear refusals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alexclaw.config import (
    CATALOG,
    ConfigError,
    Known,
    Setting,
    ValueType,
    canonical,
    check_key,
    looks_sensitive,
    never_shown,
    shown_value,
    thaw,
    typed,
)
from alexclaw.settings import CONFIG_SEED_VARIABLES

INT, F, B, J, S = ValueType.INTEGER, ValueType.FLOAT, ValueType.BOOLEAN, ValueType.JSON, ValueType.STRING


@pytest.mark.parametrize(
    ("kind", "raw", "stored"),
    [
        (INT, " 42 ", "42"),
        (INT, "-7", "-7"),
        (INT, "+3", "3"),
        (F, "0.5", "0.5"),
        (F, "1e3", "1000.0"),
        (B, "YES", "true"),
        (B, "off", "false"),
        (B, "1", "true"),
        (J, '{"a": [1, 2]}', '{"a":[1,2]}'),
        (S, "  kept as typed  ", "  kept as typed  "),
        (INT, "", ""),
        (J, "   ", ""),
    ],
)
def test_valid_values_are_stored_in_canonical_form(kind: ValueType, raw: str, stored: str) -> None:
    assert canonical("a.key", kind, raw) == stored


@pytest.mark.parametrize(
    ("kind", "raw", "message"),
    [
        (INT, "abc", "not a whole number"),
        (INT, "1.5", "not a whole number"),
        (F, "fast", "not a number"),
        (F, "nan", "not a finite number"),
        (F, "inf", "not a finite number"),
        (B, "maybe", "not true/false"),
        (J, "{broken", "not valid JSON"),
        (S, "nul\x00byte", "NUL"),
        (INT, "9" * 5000, "too many digits"),  # found by fuzzing: int() reads at most 4,300, a ValueError
    ],
)
def test_invalid_values_are_refused_naming_the_key_and_the_type(kind: ValueType, raw: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as error:
        canonical("some.key", kind, raw)
    assert "some.key" in str(error.value)


def test_typed_values_come_back_as_python_values_and_json_is_frozen() -> None:
    assert typed(INT, "42") == 42 and typed(B, "false") is False and typed(F, "0.5") == 0.5
    assert typed(INT, "") is None
    frozen = typed(J, '{"a":[1,{"b":2}]}')
    with pytest.raises(TypeError):
        frozen["a"] = 1
    assert thaw(frozen) == {"a": [1, {"b": 2}]}


@pytest.mark.parametrize("key", ["Telegram.token", "nodots", "a..b", "a.b-c", ".a.b", "a." + "x" * 100])
def test_malformed_keys_are_refused(key: str) -> None:
    with pytest.raises(ConfigError, match="invalid key"):
        check_key(key)


def test_keys_naming_secrets_are_sensitive() -> None:
    for key in ("llm.gemini_api_key", "telegram.bot_token", "smtp.password", "github.webhook_secret"):
        assert looks_sensitive(key)
    assert not looks_sensitive("telegram.chat_id")


def test_every_catalog_seed_variable_is_captured_from_the_environment() -> None:
    assert {k.env for k in CATALOG if k.env} == set(CONFIG_SEED_VARIABLES)
    for known in CATALOG:
        canonical(known.key, known.type, known.default)  # every default is valid


def _setting(key: str, text: str, sensitive: bool) -> Setting:
    return Setting(key, text, text, ValueType.STRING, key.split(".", maxsplit=1)[0], "", sensitive, datetime.now(UTC))


SECRET_32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@pytest.mark.parametrize("known", [k for k in CATALOG if k.is_sensitive], ids=lambda k: k.key)
def test_every_catalogued_secret_is_shown_as_at_most_its_last_four(known: Known) -> None:
    shown = shown_value(_setting(known.key, SECRET_32, True))
    assert shown in ("********", "********" + SECRET_32[-4:])
    assert SECRET_32[:4] not in shown


@pytest.mark.parametrize("key", ["auth.totp_secret", "auth.recovery_codes", "auth.admin_password_hash"])
def test_totp_secrets_recovery_codes_and_password_hashes_are_never_shown_at_all(key: str) -> None:
    assert never_shown(key)
    assert shown_value(_setting(key, SECRET_32, True)) == "********"


def test_an_ordinary_setting_is_shown_as_it_is() -> None:
    assert shown_value(_setting("scheduler.timezone", "Europe/Berlin", False)) == "Europe/Berlin"
