"""What a reasoning session acts through, wired once by the application
(``Services.reasoning``): the database, the guarded model (the one way to
ask a model), the Invoker (the one way to run a skill), the settings in
force, the skill registry's view, and delivery (memory, a chat gateway)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from alexclaw.config import ReasoningSettings
from alexclaw.llm import ChatRequest, Guarded
from alexclaw.llm import Refusal as ModelRefusal
from alexclaw.reasoning._loop import Rules
from alexclaw.reasoning._model import Budgets
from alexclaw.storage import DatabaseHandle
from skills import SkillMeta
from skills.ports import InvokerPort


class ModelPort(Protocol):
    async def complete(
        self, request: ChatRequest, *, source: str, untrusted: Sequence[tuple[str, str]] = ()
    ) -> Guarded | ModelRefusal: ...


# (target: memory / telegram / discord, text, metadata) → None when delivered, else why not.
Deliver = Callable[[str, str, Mapping[str, Any]], Awaitable[str | None]]


def budgets_of(settings: ReasoningSettings) -> Budgets:
    return Budgets(
        settings.max_iterations, settings.max_llm_calls, float(settings.time_budget_seconds),
        float(settings.step_timeout_seconds), settings.max_plan_steps, settings.stuck_threshold,
        float(settings.done_confidence),
    )  # fmt: skip


def whitelist_of(value: Any) -> frozenset[str]:
    """``reasoning.skill_whitelist`` as the config reads it (a JSON list,
    frozen to a tuple); anything else allows nothing (fail closed)."""
    if not isinstance(value, list | tuple):
        return frozenset()
    return frozenset(item for item in value if isinstance(item, str))


def _always() -> bool:
    return True


@dataclass(frozen=True)
class ReasoningPorts:
    database: DatabaseHandle
    model: ModelPort
    invoker: InvokerPort
    settings: Callable[[], ReasoningSettings]
    skills: Callable[[], Iterable[SkillMeta]]
    whitelist: Callable[[], Collection[str]]  # reasoning.skill_whitelist (whitelist_of)
    deliver: Deliver
    node: str
    clock: Callable[[], float] = time.monotonic
    has_provider: Callable[[], bool] = field(default=_always)

    def rules(self) -> Rules:
        metas = list(self.skills())
        return Rules(
            frozenset(self.whitelist()),
            frozenset(m.name for m in metas),
            frozenset(m.name for m in metas if m.privileged),
        )

    def descriptions(self) -> dict[str, str]:
        """The skills a plan may name, with what they do."""
        rules = self.rules()
        return {m.name: m.description for m in self.skills() if rules.refusal(m.name) is None}
