"""``fail``: always answers on the error branch — to try a workflow's
``on_error`` routes before a real skill fails in production."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome


class Fail:
    name: ClassVar[str] = "fail"
    description: ClassVar[str] = "Fail with the configured reason (to test on_error routes)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("reason", "string", "The error message", "failed on purpose"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        return SkillOutcome.error(str(args.config.get("reason") or "failed on purpose"))
