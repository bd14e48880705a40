"""``sleep``: waits, then passes its input through — to pace a workflow,
or to watch a run live and cancel it."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import ClassVar

from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome

MAX_SECONDS = 3600.0


class Sleep:
    name: ClassVar[str] = "sleep"
    description: ClassVar[str] = "Wait for the configured seconds, then pass the input through"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("seconds", "number", "How long to wait (at most an hour)", 1, minimum=0, maximum=MAX_SECONDS),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        try:
            seconds = float(args.config.get("seconds", 1))
        except (TypeError, ValueError):
            return SkillOutcome.error("config.seconds: a number of seconds")
        if not 0 <= seconds <= MAX_SECONDS:
            return SkillOutcome.error(f"config.seconds: between 0 and {MAX_SECONDS:g}")
        await asyncio.sleep(seconds)
        return SkillOutcome(args.input)
