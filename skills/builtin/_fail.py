"""``fail``: always answers on the error branch — to try a workflow's
``on_error`` routes before a real skill fails in production."""

from __future__ import annotations

from typing import ClassVar

from skills._contract import ON_ERROR, ConfigField, Outcome, SkillArgs


class Fail:
    name: ClassVar[str] = "fail"
    description: ClassVar[str] = "Fail with the configured reason (to test on_error routes)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    routes: ClassVar[tuple[str, ...]] = (ON_ERROR,)
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("reason", "string", "The error message", "failed on purpose"),
    )

    async def run(self, args: SkillArgs) -> Outcome:
        return Outcome.error(str(args.config.get("reason") or "failed on purpose"))
