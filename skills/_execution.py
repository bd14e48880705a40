"""Where a skill's code runs. ``invoke`` hands every call, already inside
the skill's breaker, to an ``Execution``: ``InProcess`` runs it on this
event loop; the dynamic-skill sandbox (a separate process with a scrubbed
environment and resource limits) is a second implementation of the same
protocol, chosen per registration."""

from __future__ import annotations

import asyncio
from typing import Protocol

from skills._contract import Skill, SkillArgs, SkillOutcome


class Execution(Protocol):
    async def run(self, skill: Skill, args: SkillArgs, *, timeout: float | None) -> SkillOutcome:
        """The skill's outcome. An overrun raises ``TimeoutError``; the
        skill's own exception propagates (the breaker counts both)."""
        ...


class InProcess:
    """The skill's ``run`` awaited on this loop, bounded by ``timeout``."""

    async def run(self, skill: Skill, args: SkillArgs, *, timeout: float | None) -> SkillOutcome:
        if timeout is None:
            return await skill.run(args)
        async with asyncio.timeout(timeout):
            return await skill.run(args)


IN_PROCESS = InProcess()
