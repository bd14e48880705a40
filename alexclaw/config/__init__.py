"""Run-time configuration: typed settings in PostgreSQL, secrets encrypted
at rest, an immutable snapshot for readers, writes through one actor,
cluster-wide change events through LISTEN/NOTIFY, key rotation."""

from alexclaw.config._actor import CHANNEL, ConfigActor
from alexclaw.config._binding import BOUND_TO, attachable, origin_of
from alexclaw.config._catalog import CATALOG, Known, Sensitivity, catalog_default, never_shown
from alexclaw.config._checks import CHOICES, timezone_error
from alexclaw.config._handle import (
    CONFIG_NAME,
    CONFIG_TOPIC,
    ConfigChanged,
    ConfigHandle,
    SetSetting,
    SetSettings,
    shown_value,
)
from alexclaw.config._operations import SettingsOperations, SettingWriter
from alexclaw.config._store import (
    KeyMismatch,
    Row,
    Setting,
    check_key_fingerprint,
    decrypt_row,
    encrypt_leftovers,
    load_row,
    load_rows,
    rotate_key,
    seed,
    sensitivity_of,
    two_factor_in_force,
    write,
)
from alexclaw.config._subsystems import (
    TYPED_SETTINGS,
    EgressSettings,
    McpSettings,
    SanitizerSettings,
    ShieldSettings,
    SkillSettings,
    WorkflowSettings,
    setting_keys,
)
from alexclaw.config._types import ConfigError, ValueType, canonical, check_key, looks_sensitive, thaw, typed
from alexclaw.config.tree import config_spec

__all__ = [
    "SettingsOperations",
    "SettingWriter",
    "CHOICES",
    "BOUND_TO",
    "attachable",
    "origin_of",
    "timezone_error",
    "CATALOG",
    "TYPED_SETTINGS",
    "EgressSettings",
    "SanitizerSettings",
    "ShieldSettings",
    "SkillSettings",
    "McpSettings",
    "WorkflowSettings",
    "catalog_default",
    "setting_keys",
    "CHANNEL",
    "CONFIG_NAME",
    "CONFIG_TOPIC",
    "ConfigActor",
    "ConfigChanged",
    "ConfigError",
    "ConfigHandle",
    "KeyMismatch",
    "Known",
    "Row",
    "SetSetting",
    "SetSettings",
    "Sensitivity",
    "Setting",
    "ValueType",
    "canonical",
    "check_key",
    "check_key_fingerprint",
    "config_spec",
    "decrypt_row",
    "encrypt_leftovers",
    "load_row",
    "load_rows",
    "looks_sensitive",
    "never_shown",
    "shown_value",
    "rotate_key",
    "seed",
    "sensitivity_of",
    "two_factor_in_force",
    "thaw",
    "typed",
    "write",
]
