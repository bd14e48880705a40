"""``condition``: routes a workflow. Tests its input (text, or a field of
an object) and answers on the ``true`` or ``false`` branch, passing the
input through — the step's routes say where each branch goes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome

OPERATORS = ("contains", "equals", "not_empty", "greater_than", "less_than")


def _subject(value: Any, field: str) -> Any:
    for part in [p for p in field.split(".") if p]:
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def test(subject: Any, operator: str, operand: Any) -> bool:
    if operator == "not_empty":
        return subject not in (None, "", [], {})
    if operator == "equals":
        return str(subject) == str(operand)
    if operator == "contains":
        return str(operand).lower() in str(subject).lower()
    left, right = _number(subject), _number(operand)
    if left is None or right is None:
        return False
    return left > right if operator == "greater_than" else left < right


class Condition:
    name: ClassVar[str] = "condition"
    description: ClassVar[str] = "Branch on the input: true or false"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {
        "true": BranchKind.OK,
        "false": BranchKind.OK,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("operator", "choice:" + ",".join(OPERATORS), "How to test", "contains"),
        ConfigField("value", "any", "What to test against"),
        ConfigField("field", "string", "A field of an object input (a.b.c); empty: the whole input"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        operator = str(args.config.get("operator") or "contains")
        if operator not in OPERATORS:
            return SkillOutcome.error(f"config.operator: one of {', '.join(OPERATORS)}")
        subject = _subject(args.input, str(args.config.get("field") or ""))
        return SkillOutcome(args.input, "true" if test(subject, operator, args.config.get("value")) else "false")
