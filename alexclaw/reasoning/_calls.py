"""The two calls a session makes, each run by the session actor as a task
linked to it: the model asked through the guarded model (the one way to
ask a model), and a skill run through the Invoker (the one way to run a
skill) as ``reasoning:<id>`` with origin ``reasoning``, the whitelist and
privilege checked again just before. Each answers a value the loop reads
(``Reply``, or the step's ``StepOutcome`` with its duration); neither
raises for a refusal, a failed skill or a timeout."""

from __future__ import annotations

import time
from typing import Final

from alexclaw.llm import ChatRequest, Guarded
from alexclaw.reasoning._loop import Reply
from alexclaw.reasoning._model import StepOutcome
from alexclaw.reasoning._ports import ReasoningPorts
from alexclaw.reasoning._prompts import SYSTEM
from alexclaw.reasoning._store import json_text
from skills import BranchKind, SkillCaller

ORIGIN_REASONING: Final = "reasoning"


async def ask(ports: ReasoningPorts, prompt: str, untrusted: tuple[tuple[str, str], ...]) -> Reply:
    """The phase's prompt, the steps' outputs as untrusted data."""
    started = time.perf_counter()
    answer = await ports.model.complete(
        ChatRequest.prompt(prompt, system=SYSTEM, max_tokens=2048), source="reasoning", untrusted=untrusted
    )
    duration = int((time.perf_counter() - started) * 1000)
    if isinstance(answer, Guarded):
        return Reply(answer.answer.text, None, prompt, duration)
    return Reply(None, answer.message, prompt, duration)


async def run_skill(
    ports: ReasoningPorts, session_id: int, skill: str, text: str, timeout: float
) -> tuple[StepOutcome, int]:
    """One step: the skill's output as text, or the reason it gave none."""
    started = time.perf_counter()
    refusal = ports.rules().refusal(skill)  # the whitelist may have changed since the plan
    if refusal is not None:
        return StepOutcome(skill, text, None, refusal), 0
    caller = SkillCaller(f"reasoning:{session_id}", ORIGIN_REASONING, f"reasoning-{session_id}")
    ran = await ports.invoker.invoke(caller, skill, text, timeout=timeout)
    duration = int((time.perf_counter() - started) * 1000)
    if not ran.ran or ran.kind is BranchKind.ERROR:
        return StepOutcome(skill, text, None, ran.reason or ran.status.value), duration
    result = ran.outcome.result
    return StepOutcome(skill, text, result if isinstance(result, str) else json_text(result), None), duration
