"""``ConfigHandle``: where the node reads settings — an immutable snapshot
published by the config actor, read by anyone on any thread with no round
trip — and the client side of writes, which go through the actor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from actors import Process, Refused, Snapshot, call, raise_if_refused
from alexclaw.config._catalog import catalog_default, in_catalog, never_shown
from alexclaw.config._store import Setting
from alexclaw.config._types import ConfigError, ValueType
from alexclaw.logs import remember_secrets
from alexclaw.security import Approval, mask

CONFIG_NAME: Final = "alexclaw.config.settings"
CONFIG_TOPIC: Final = "config"
_EMPTY: Mapping[str, Setting] = MappingProxyType({})
_FROM_CATALOG: Final[Any] = object()  # ``get`` without a default: the catalog's


@dataclass(frozen=True, slots=True)
class ConfigChanged:
    """Published on the ``config`` topic after a setting changed here or on
    another node. Carries no value: subscribers read the snapshot."""

    key: str
    sensitive: bool
    origin: str  # "local" (written through this node) | "remote" (NOTIFY)


@dataclass(frozen=True, slots=True)
class SetSetting:
    """Call message of the config actor."""

    key: str
    value: str
    actor: str
    value_type: ValueType | None = None
    description: str | None = None
    sensitive: bool | None = None
    keep_if_empty: bool = False
    approval: Approval | None = None


@dataclass(frozen=True, slots=True)
class SetSettings:
    """Call message of the config actor: several settings, one transaction."""

    values: tuple[tuple[str, str], ...]
    actor: str
    approval: Approval | None = None


def shown_value(setting: Setting) -> str:
    """The one way a setting's value is displayed without --reveal: a
    sensitive one through ``mask`` (never any part of a never-shown one)."""
    if not setting.sensitive:
        return setting.text
    return mask(setting.text, never_shown=never_shown(setting.key))


class ConfigHandle:
    def __init__(self, target: Process | str = CONFIG_NAME) -> None:
        self._snapshot: Snapshot[Mapping[str, Setting]] = Snapshot(_EMPTY)
        self.target = target  # the config actor writes go to

    def publish(self, settings: Mapping[str, Setting]) -> None:
        """Owner only (the config actor). Every secret in it is masked in
        log lines from now on, before anyone can read it."""
        remember_secrets(s.text for s in settings.values() if s.sensitive and s.text)
        self._snapshot.publish(settings)

    @property
    def loaded(self) -> bool:
        return self._snapshot.version > 0

    def snapshot(self) -> Mapping[str, Setting]:
        return self._snapshot.read()

    def get(self, key: str, default: Any = _FROM_CATALOG) -> Any:
        """The typed value; when unset, the catalog's default for a key it
        knows (defaults are written once, there: never pass one for such a
        key, a test holds it), else ``default`` (None when not given)."""
        setting = self._snapshot.read().get(key)
        if setting is not None and setting.value is not None:
            return setting.value
        if default is _FROM_CATALOG:
            return catalog_default(key) if in_catalog(key) else None
        return default

    def setting(self, key: str) -> Setting | None:
        return self._snapshot.read().get(key)

    def shown(self, key: str) -> str:
        """The value as it may be displayed: masked when sensitive."""
        setting = self._snapshot.read().get(key)
        if setting is None:
            raise ConfigError(f"no setting {key!r}")
        return shown_value(setting)

    async def set(self, key: str, value: str, *, actor: str, **options: Any) -> Setting:
        """Validate → encrypt → persist → publish, through the config actor.
        Raises ``ConfigError`` with a clear message for a bad value."""
        answer: Setting | Refused = await call(self.target, SetSetting(key, value, actor, **options), timeout=30)
        result = raise_if_refused(answer)  # the ConfigError the actor refused with
        assert isinstance(result, Setting)
        return result

    async def set_many(
        self, values: Mapping[str, str], *, actor: str, approval: Approval | None = None
    ) -> tuple[Setting, ...]:
        """Several settings at once, all or none, in the order given."""
        answer: tuple[Setting, ...] | Refused = await call(
            self.target, SetSettings(tuple(values.items()), actor, approval), timeout=30
        )
        result = raise_if_refused(answer)
        assert isinstance(result, tuple)
        return result
