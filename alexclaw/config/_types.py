"""Setting keys and typed values: validation on write, parsing on read.

Every value is stored as text. A write is validated against the setting's
type and stored in canonical form; a bad value is refused with a message
that names the key, the type and what was wrong — never coerced to 0.
An empty value means "not set" for every type.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from alexclaw.config._checks import value_problem
from alexclaw.inputs import InputError, read_json

KEY_PATTERN: Final = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
MAX_KEY_LENGTH: Final = 100
MAX_VALUE_LENGTH: Final = 1_000_000
SENSITIVE_MARKERS: Final = ("api_key", "token", "password", "secret")
_INTEGER = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


class ConfigError(ValueError):
    """A setting write or lookup was refused; the message says why."""


class ValueType(enum.Enum):
    STRING = "string"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    JSON = "json"

    @classmethod
    def parse(cls, name: str) -> ValueType:
        try:
            return cls(name)
        except ValueError:
            names = ", ".join(t.value for t in cls)
            raise ConfigError(f"unknown type {name!r}; use one of {names}") from None


def check_key(key: str) -> str:
    if len(key) > MAX_KEY_LENGTH or not KEY_PATTERN.match(key):
        raise ConfigError(
            f"invalid key {key[:MAX_KEY_LENGTH]!r}: use lowercase dotted names like telegram.bot_token "
            f"(at most {MAX_KEY_LENGTH} characters)"
        )
    return key


def category_of(key: str) -> str:
    return key.split(".", 1)[0]


def looks_sensitive(key: str) -> bool:
    """Keys naming a secret are sensitive whatever the caller says."""
    return any(marker in key for marker in SENSITIVE_MARKERS)


def canonical(key: str, value_type: ValueType, raw: str, *, sensitive: bool = False) -> str:
    """The text to store for ``raw``, or ``ConfigError`` naming the problem
    (its type, then what the catalogued key needs, and a secret's minimum
    length when the key is sensitive: see _checks)."""
    text = _typed_text(key, value_type, raw)
    secret = sensitive or looks_sensitive(key)
    problem = value_problem(key, text, sensitive=secret) if text else None
    if problem is not None:
        raise ConfigError(f"{key} {problem}")
    return text


def _typed_text(key: str, value_type: ValueType, raw: str) -> str:
    if len(raw) > MAX_VALUE_LENGTH:
        raise ConfigError(f"{key}: the value is longer than {MAX_VALUE_LENGTH} characters")
    if "\x00" in raw:
        raise ConfigError(f"{key}: the value contains a NUL character")
    text = raw if value_type is ValueType.STRING else raw.strip()
    if text == "":
        return ""
    if value_type is ValueType.INTEGER:
        if not _INTEGER.match(text):
            raise ConfigError(f"{key} is an integer setting; {raw!r} is not a whole number")
        try:
            return str(int(text))
        except ValueError:  # more digits than int() reads (4,300)
            raise ConfigError(f"{key} is an integer setting; {raw[:20]!r}… has too many digits") from None
    if value_type is ValueType.FLOAT:
        try:
            number = float(text)
        except ValueError:
            raise ConfigError(f"{key} is a float setting; {raw!r} is not a number") from None
        if not math.isfinite(number):
            raise ConfigError(f"{key} is a float setting; {raw!r} is not a finite number")
        return repr(number)
    if value_type is ValueType.BOOLEAN:
        lowered = text.lower()
        if lowered in _TRUE:
            return "true"
        if lowered in _FALSE:
            return "false"
        raise ConfigError(f"{key} is a boolean setting; {raw!r} is not true/false (or yes/no, on/off, 1/0)")
    if value_type is ValueType.JSON:
        try:  # the one reader of untrusted JSON: depth, size, no NaN, no NUL
            value = read_json(text, "value", max_bytes=MAX_VALUE_LENGTH)
        except InputError as exc:
            raise ConfigError(f"{key} is a JSON setting; {exc}") from None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text


def typed(value_type: ValueType, text: str) -> Any:
    """The Python value of stored canonical text (None when empty). JSON
    comes back deep-frozen: snapshots are shared across threads."""
    if text == "":
        return None
    if value_type is ValueType.INTEGER:
        return int(text)
    if value_type is ValueType.FLOAT:
        return float(text)
    if value_type is ValueType.BOOLEAN:
        return text == "true"
    if value_type is ValueType.JSON:
        return freeze(json.loads(text))
    return text


def freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """The inverse of ``freeze`` (for JSON output)."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value
