"""The skills subtree: the registry, and the supervisor of the dynamic
skills' sandbox workers (``skills.sandboxes``). rest_for_one, so what is started after the registry restarts
with it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from actors import Snapshot
from skills._breakers import RESET_SECONDS
from skills._contract import Skill
from skills._registry import REGISTRY_NAME, Registered, SkillRegistry
from skills.dynamic import SANDBOXES_NAME
from supervisors import ChildSpec, DynamicSupervisor, Strategy, Supervisor


def skills_spec(
    snapshot: Snapshot[Mapping[str, Registered]],
    core: tuple[Skill, ...] = (),
    reset_timeout: Callable[[], float] = lambda: RESET_SECONDS,
) -> ChildSpec:
    """``reset_timeout`` is read when the registry starts (a setting)."""

    async def start_registry() -> Any:
        return await SkillRegistry(snapshot, core, reset_timeout()).start(name=REGISTRY_NAME)

    children = [
        ChildSpec("registry", start_registry, info="skills snapshot, a circuit breaker per skill"),
        # One temporary OsProcess per sandboxed call of a dynamic skill (at most 64 at once;
        # a temporary child is never restarted, so its exits do not count towards intensity).
        DynamicSupervisor.child_spec("sandboxes", name=SANDBOXES_NAME, max_children=64),
    ]
    # 3 in 30 s: the registry needs no database and no network; a crash is a
    # bug (a skill's breaker is state, not a process), so three in 30 s is
    # a broken registry for the root to see.
    return Supervisor.child_spec("skills", children, strategy=Strategy.REST_FOR_ONE, intensity=3, period=30.0)
