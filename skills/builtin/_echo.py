"""``echo``: the no-op step. Passes its input through unchanged (or sends
the configured ``value`` instead, to seed a workflow)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from skills._contract import ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome


class Echo:
    name: ClassVar[str] = "echo"
    description: ClassVar[str] = "Pass the input through unchanged, or output a fixed value"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("value", "any", "Output this instead of the input (empty: pass the input through)"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        value = args.config.get("value")
        return SkillOutcome(args.input if value in (None, "") else value)
