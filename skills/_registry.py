"""The skill registry: one actor owns registrations and publishes an
immutable snapshot (name → registered skill) that the executor reads on the
hot path. Each registration carries its own circuit breaker: breakers are
objects, not processes — they have no mailbox work to do, pybreaker guards
its own state, and a process per breaker would put an actor hop on every
skill call. If the registry restarts, its breakers start closed again (the
rest_for_one semantics of the original design, without the hop)."""

from __future__ import annotations

from collections.abc import Coroutine, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from actors import AsyncActor, Caller, Process, Refused, Snapshot, call, publish, raise_if_refused
from skills._breakers import SkillBreaker
from skills._contract import Skill, SkillArgs, SkillMeta, SkillOutcome, describe
from skills._execution import IN_PROCESS, Execution

REGISTRY_NAME: Final = "skills.registry"
SKILLS_TOPIC: Final = "skills"
SKILL_MISSING: Final = "skill_missing"


@dataclass(frozen=True)
class Registered:
    meta: SkillMeta
    skill: Skill
    breaker: SkillBreaker
    # Where its code runs: this loop; the dynamic-skill loader registers
    # its skills with the sandbox's Execution instead.
    execution: Execution = IN_PROCESS


@dataclass(frozen=True, slots=True)
class SkillRegistered:
    name: str
    version: str


@dataclass(frozen=True, slots=True)
class SkillUnregistered:
    name: str


@dataclass(frozen=True, slots=True)
class _Register:
    skill: Skill
    core: bool
    execution: Execution = IN_PROCESS


@dataclass(frozen=True, slots=True)
class _Unregister:
    name: str


@dataclass(frozen=True, slots=True)
class _Reset:
    name: str


class SkillRegistry(AsyncActor):
    """The skill table's owner: registrations, and one circuit breaker per skill.

    ``init``
        Registers the core skills and publishes the snapshot. A core skill that
        does not describe itself raises: a start failure (``StartError``).
    ``handle_call``
        ``register`` answers the ``SkillMeta``, or ``Refused`` carrying the
        ``ValueError`` (a name taken by a core skill, ``all`` on a plugin), which
        ``Skills.register`` raises at the caller; ``unregister`` and
        ``reset_breaker`` answer whether the skill was there. Nothing else
        raises, so a call never crashes the registry.

    Readers never wait for it: they read the snapshot (``Skills.get``,
    ``Skills.execute``); a crash restarts it with the core skills only (a
    skill registered at run time is gone until it is registered again)."""

    def __init__(
        self, snapshot: Snapshot[Mapping[str, Registered]], core: tuple[Skill, ...] = (), reset_timeout: float = 300.0
    ) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.core = core
        self.reset_timeout = reset_timeout
        self._skills: dict[str, Registered] = {}

    async def init(self) -> None:
        for skill in self.core:
            self._add(skill, core=True)
        self._publish()

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Register):
            try:
                meta = self._add(message.skill, core=message.core, execution=message.execution)
            except ValueError as exc:  # a name taken by a core skill, a bad manifest: an answer
                return Refused.because(exc)
            self._publish()
            publish(SKILLS_TOPIC, SkillRegistered(meta.name, meta.version))
            return meta
        if isinstance(message, _Unregister):
            removed = self._skills.pop(message.name, None)
            if removed is not None:
                self._publish()
                publish(SKILLS_TOPIC, SkillUnregistered(message.name))
            return removed is not None
        if isinstance(message, _Reset):
            registered = self._skills.get(message.name)
            if registered is not None:
                registered.breaker.reset()
            return registered is not None
        return await super().handle_call(message, caller)

    def _add(self, skill: Skill, *, core: bool, execution: Execution = IN_PROCESS) -> SkillMeta:
        meta = describe(skill, core=core)
        held = self._skills.get(meta.name)
        if held is not None and held.meta.core and execution is not IN_PROCESS:
            # A sandboxed (dynamic) skill never takes a core skill's place; an
            # in-process registration is code the application itself chose.
            raise ValueError(f"{meta.name} is a core skill: a dynamic skill cannot replace it")
        # A (re)registration gets a fresh, closed breaker: a reload resets it.
        breaker = SkillBreaker(meta.name, reset_timeout=self.reset_timeout)
        self._skills[meta.name] = Registered(meta, skill, breaker, execution)
        return meta

    def _publish(self) -> None:
        self.snapshot.publish(MappingProxyType(dict(self._skills)))


class Skills:
    """Client API. Reads the snapshot; writes go to the actor."""

    def __init__(self, snapshot: Snapshot[Mapping[str, Registered]], target: Process | str = REGISTRY_NAME) -> None:
        self.snapshot = snapshot
        self.target = target

    def get(self, name: str) -> Registered | None:
        return self.snapshot.read().get(name)

    def all(self) -> list[SkillMeta]:
        return sorted((r.meta for r in self.snapshot.read().values()), key=lambda m: m.name)

    async def register(self, skill: Skill, *, core: bool = False, execution: Execution = IN_PROCESS) -> SkillMeta:
        """``execution``: where its code runs (a dynamic skill: the sandbox)."""
        result: SkillMeta | Refused = await call(self.target, _Register(skill, core, execution))
        meta = raise_if_refused(result)  # the ValueError the registry refused with
        assert isinstance(meta, SkillMeta)
        return meta

    async def unregister(self, name: str) -> bool:
        return bool(await call(self.target, _Unregister(name)))

    async def reset_breaker(self, name: str) -> bool:
        return bool(await call(self.target, _Reset(name)))

    def execute(self, name: str, args: SkillArgs, *, timeout: float | None = None) -> Coroutine[Any, Any, SkillOutcome]:
        """The breaker and the execution, nothing else: a skill's crash
        propagates (counted), an overrun raises ``TimeoutError`` (counted),
        an open breaker answers ``circuit_open``, a missing skill
        ``skill_missing``. Only the application's ``invoke`` calls this —
        it adds the policy decision, the token, the sanitizer and the
        record around it (``tests/alexclaw/invoke/test_only_path.py``). A
        plain function handing back the breaker's coroutine: one frame less
        held by every run sleeping in its step (10,000 of them add up)."""
        registered = self.get(name)
        if registered is None:
            return _answer(SkillOutcome({"error": f"no skill named {name}"}, SKILL_MISSING))
        return registered.breaker.run(lambda: registered.execution.run(registered.skill, args, timeout=timeout))


async def _answer(outcome: SkillOutcome) -> SkillOutcome:
    return outcome
