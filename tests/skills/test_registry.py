"""The skill registry: snapshot, events, breakers per registration."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import pytest

from actors import Snapshot
from actors.testing import Probe
from skills import (
    SKILL_MISSING,
    SKILLS_TOPIC,
    Registered,
    SkillArgs,
    SkillOutcome,
    SkillRegistered,
    SkillRegistry,
    Skills,
    SkillUnregistered,
)
from skills._registry import _Register
from skills.dynamic import Sandbox
from supervisors import ChildSpec, Supervisor
from tests.helpers import refused_and_still_running


class Echo:
    name: ClassVar[str] = "echo"
    description: ClassVar[str] = "returns its input"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm"})
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        if args.input == "explode":
            raise RuntimeError("echo exploded")
        return SkillOutcome(args.input)


class Almighty(Echo):
    name: ClassVar[str] = "almighty"
    permissions: ClassVar[frozenset[str]] = frozenset({"all"})


async def started(core: tuple[object, ...] = ()) -> tuple[Skills, SkillRegistry]:
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    registry = await SkillRegistry(snapshot, core).start()  # type: ignore[arg-type]
    return Skills(snapshot, registry), registry


async def test_core_skills_are_registered_at_init_and_published() -> None:
    skills, registry = await started((Almighty(),))
    assert [m.name for m in skills.all()] == ["almighty"]
    assert skills.get("almighty") is not None and skills.get("almighty").meta.core  # type: ignore[union-attr]
    await registry.stop()


async def test_register_and_unregister_update_the_snapshot_and_announce() -> None:
    probe = await Probe().listen(SKILLS_TOPIC).start()
    skills, registry = await started()
    meta = await skills.register(Echo())
    assert meta.permissions == {"llm"} and not meta.core
    assert (await probe.receive(SkillRegistered)).name == "echo"
    assert (await skills.execute("echo", SkillArgs(input="hi"))).result == "hi"
    assert await skills.unregister("echo")
    assert (await probe.receive(SkillUnregistered)).name == "echo"
    assert skills.get("echo") is None and not await skills.unregister("echo")
    await registry.stop()
    await probe.stop()


async def test_only_core_skills_may_declare_all() -> None:
    skills, registry = await started()
    with pytest.raises(ValueError, match="only core skills"):
        await skills.register(Almighty())
    await registry.stop()


async def test_a_refused_registration_is_answered_as_refused_and_the_registry_is_not_restarted() -> None:
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))

    async def registry() -> Any:
        return await SkillRegistry(snapshot, ()).start()

    sup = await Supervisor([ChildSpec("registry", registry)]).start()
    refused = await refused_and_still_running(sup, "registry", _Register(Almighty(), False))
    assert isinstance(refused.error, ValueError) and "only core skills" in refused.reason
    await sup.stop()


async def test_a_missing_skill_is_an_outcome_not_a_crash() -> None:
    skills, registry = await started()
    outcome = await skills.execute("nope", SkillArgs())
    assert outcome.branch == SKILL_MISSING
    await registry.stop()


async def test_crashes_trip_the_skills_breaker_and_reset_or_reload_closes_it() -> None:
    skills, registry = await started()
    await skills.register(Echo())
    for _ in range(3):
        with pytest.raises(RuntimeError):
            await skills.execute("echo", SkillArgs(input="explode"))
    assert (await skills.execute("echo", SkillArgs(input="hi"))).branch == "circuit_open"
    assert await skills.reset_breaker("echo")
    assert (await skills.execute("echo", SkillArgs(input="hi"))).result == "hi"
    for _ in range(3):
        with pytest.raises(RuntimeError):
            await skills.execute("echo", SkillArgs(input="explode"))
    await skills.register(Echo())  # a reload
    assert (await skills.execute("echo", SkillArgs(input="again"))).result == "again"
    await registry.stop()


async def test_an_overrun_counts_as_a_failure() -> None:
    import asyncio

    class Slow(Echo):
        name: ClassVar[str] = "slow"

        async def run(self, args: SkillArgs) -> SkillOutcome:
            await asyncio.Event().wait()
            return SkillOutcome(None)

    skills, registry = await started()
    await skills.register(Slow())
    with pytest.raises(TimeoutError):
        await skills.execute("slow", SkillArgs(), timeout=0.01)
    assert skills.get("slow").breaker.failures == 1  # type: ignore[union-attr]
    await registry.stop()


async def test_config_schema_and_presets_reach_the_published_metadata() -> None:
    from skills import ConfigField

    class Configurable(Echo):
        name: ClassVar[str] = "configurable"
        config_schema: ClassVar[tuple[ConfigField, ...]] = (ConfigField("url", "string", "the feed to read"),)
        presets: ClassVar[dict[str, dict[str, str]]] = {"hacker news": {"url": "https://news.ycombinator.com/rss"}}

    skills, registry = await started()
    meta = await skills.register(Configurable())
    assert meta.config_schema[0].hint == "the feed to read" and "hacker news" in meta.presets
    await registry.stop()


async def test_a_sandboxed_registration_never_replaces_a_core_skill() -> None:
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot({})
    registry = await SkillRegistry(snapshot, (Echo(),)).start()
    try:
        with pytest.raises(ValueError, match="a dynamic skill cannot replace it"):
            await Skills(snapshot, registry).register(Echo(), execution=Sandbox())
        held = Skills(snapshot, registry).get("echo")
        assert held is not None and held.meta.core
    finally:
        await registry.stop()
