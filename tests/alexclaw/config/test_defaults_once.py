"""A setting's default is written once, in the catalog: typed settings
classes and every reader take it from there (issue 14: application.py
restated 25 of them, some twice, and the CLI a third time)."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import get_type_hints

import pytest

from alexclaw.config import CATALOG, TYPED_SETTINGS, ConfigHandle, ValueType, catalog_default, setting_keys

ROOT = Path(__file__).resolve().parents[3]
CATALOG_KEYS = {known.key: known for known in CATALOG}
PYTHON_TYPE = {ValueType.INTEGER: int, ValueType.STRING: str, ValueType.BOOLEAN: bool, ValueType.FLOAT: float}


@pytest.mark.parametrize("cls", TYPED_SETTINGS, ids=lambda cls: cls.__name__)
def test_every_typed_settings_field_names_a_catalog_key_of_its_type_and_has_no_default_of_its_own(
    cls: type,
) -> None:
    hints = get_type_hints(cls)
    for field in dataclasses.fields(cls):
        assert field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING, field.name
        known = CATALOG_KEYS[setting_keys(cls)[field.name]]
        assert hints[field.name] is PYTHON_TYPE[known.type], field.name


@pytest.mark.parametrize("cls", TYPED_SETTINGS, ids=lambda cls: cls.__name__)
def test_typed_settings_read_before_anything_is_stored_are_the_catalog_defaults(cls: type) -> None:
    read = cls.read(ConfigHandle())  # type: ignore[attr-defined]
    for name, key in setting_keys(cls).items():
        assert getattr(read, name) == catalog_default(key)


def test_an_unset_catalog_setting_reads_as_its_catalog_default_and_an_unknown_one_as_none() -> None:
    config = ConfigHandle()
    assert config.get("workflows.step_timeout_ms") == 120000
    assert config.get("telegram.enabled") is True
    assert config.get("no.such.setting") is None
    assert config.get("no.such.setting", "given") == "given"


def _restated_defaults(source: str, where: str) -> list[str]:
    """``x.get("<catalog key>", <default>)`` and ``x.get("<catalog key>") or
    <non-empty literal>``: a catalog default written a second time."""
    found = []
    tree = ast.parse(source, where)

    def catalog_get(node: ast.AST) -> str | None:
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in CATALOG_KEYS
        ):
            return str(node.args[0].value)
        return None

    for node in ast.walk(tree):
        key = catalog_get(node)
        if key is not None and isinstance(node, ast.Call) and (len(node.args) > 1 or node.keywords):
            found.append(f"{where}:{node.lineno} restates the default of {key}")
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) and len(node.values) == 2:
            key, fallback = catalog_get(node.values[0]), node.values[1]
            if key is not None and isinstance(fallback, ast.Constant) and fallback.value not in ("", None):
                found.append(f"{where}:{node.lineno} restates the default of {key} after `or`")
    return found


def test_no_module_restates_a_catalog_default() -> None:
    modules = [p for p in (ROOT / "alexclaw").rglob("*.py") if p.name != "_catalog.py"]
    assert modules
    restated = [line for path in modules for line in _restated_defaults(path.read_text(), str(path.relative_to(ROOT)))]
    assert restated == []


def test_the_scan_finds_a_default_restated_either_way() -> None:
    source = (
        'a = config.get("workflows.step_timeout_ms", 120000)\n'
        'b = str(config.get("scheduler.timezone") or "UTC")\n'
        'c = str(config.get("shield.proxy_api_key") or "")\n'  # None → "": not a default
        'd = config.get("workflows.step_timeout_ms")\n'
    )
    assert _restated_defaults(source, "sample.py") == [
        "sample.py:1 restates the default of workflows.step_timeout_ms",
        "sample.py:2 restates the default of scheduler.timezone after `or`",
    ]
