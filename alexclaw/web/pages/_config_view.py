"""What the Config page shows: the settings of features this build has,
grouped by category in a fixed order, each with its description, default,
the control that fits its type (checkbox, select, number, secret, text)
and whether changing it asks for a code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from alexclaw.config import CATALOG, CHOICES, Sensitivity, Setting, ValueType, sensitivity_of, shown_value

# Settings the Config page does not edit: they are the Security and Shield pages'.
MANAGED_ELSEWHERE: Final = frozenset({"auth.totp_secret", "auth.totp_enabled", "shield.mode"})
# The order a operator meets them in: the chat first, then who may get in, then
# what guards content, then the engine.
ORDER: Final = ("telegram", "auth", "shield", "sanitizer", "egress", "skills", "workflows", "scheduler")
_KNOWN: Final = {known.key: known for known in CATALOG}


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    description: str
    default: str
    control: str  # secret | boolean | choice | number | text
    value: str  # what the control shows (never a secret)
    placeholder: str
    choices: tuple[str, ...]
    guarded: bool  # changing it asks for a 2FA code while 2FA is on
    sensitivity: str
    is_set: bool
    error: str | None


@dataclass(frozen=True, slots=True)
class Section:
    category: str
    fields: tuple[Field, ...]


def _control(setting: Setting) -> str:
    if setting.sensitive:
        return "secret"
    if setting.type is ValueType.BOOLEAN:
        return "boolean"
    if setting.key in CHOICES:
        return "choice"
    if setting.type in (ValueType.INTEGER, ValueType.FLOAT):
        return "number"
    return "text"


def field_of(setting: Setting) -> Field:
    known = _KNOWN.get(setting.key)
    sensitivity = sensitivity_of(setting.key, sensitive=setting.sensitive)
    control = _control(setting)
    placeholder = ("set: " + shown_value(setting)) if setting.sensitive and setting.text else "not set"
    return Field(
        key=setting.key,
        description=setting.description,
        default=known.default if known is not None else "",
        control=control,
        value="" if setting.sensitive else setting.text,
        placeholder=placeholder if setting.sensitive else (known.default if known else ""),
        choices=CHOICES.get(setting.key, ()),
        guarded=sensitivity is not Sensitivity.ORDINARY,
        sensitivity=sensitivity.value,
        is_set=setting.is_set,
        error=setting.error.split(":")[0] if setting.error else None,
    )


def sections(settings: Mapping[str, Setting]) -> tuple[Section, ...]:
    """The page's sections: settings of features this build lacks, and
    those edited on other pages, are left out."""
    grouped: dict[str, list[Field]] = {}
    for setting in sorted(settings.values(), key=lambda s: s.key):
        known = _KNOWN.get(setting.key)
        if setting.key in MANAGED_ELSEWHERE or (known is not None and known.arrives):
            continue
        grouped.setdefault(setting.category, []).append(field_of(setting))
    rank = {category: index for index, category in enumerate(ORDER)}
    ordered = sorted(grouped, key=lambda c: (rank.get(c, len(ORDER)), c))
    return tuple(Section(category, tuple(grouped[category])) for category in ordered)


def coming() -> tuple[str, ...]:
    """Features whose settings exist but which this build does not have."""
    return tuple(dict.fromkeys(known.arrives for known in CATALOG if known.arrives))
