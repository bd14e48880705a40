"""The LLM page's Test: one tiny call through the same guarded path as
every other (``GuardedModel.complete`` with the provider named: shield,
router, usage counted like any call, egress with the key injected at the
edge). The outcome is the latency, or the reason as it was said (the
provider's error verbatim, the router's or the shield's refusal)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from alexclaw.llm._guarded import Guarded, GuardedModel
from alexclaw.llm._wire import ChatRequest

PROBE_PROMPT: Final = "Reply with the single word: ok"
PROBE_TOKENS: Final = 16


@dataclass(frozen=True, slots=True)
class Probe:
    provider: str
    answered: bool
    message: str  # the answer's start, or why there was none
    milliseconds: float | None = None  # measured for the person looking, never compared


async def probe(
    model: GuardedModel, name: str, *, source: str, clock: Callable[[], float] = time.perf_counter
) -> Probe:
    """One tiny call to the provider ``name`` through the guarded path."""
    started = clock()
    result = await model.complete(
        ChatRequest.prompt(PROBE_PROMPT, max_tokens=PROBE_TOKENS), source=source, provider=name
    )
    elapsed = (clock() - started) * 1000
    if isinstance(result, Guarded):
        return Probe(name, True, result.answer.text[:200], round(elapsed, 1))
    return Probe(name, False, result.message)
