"""The providers and today's usage in a few lines of plain text, as a chat
answers ``/llm``: read from the providers table's snapshot, never a fixed
list (AlexClaw's was hard-coded)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from alexclaw.llm._actors import UsageSnapshot
from alexclaw.llm._model import Provider, Tier

NONE_YET = (
    "No model provider is configured. Add one on the LLM page, or with "
    "'alexclaw llm providers add NAME --kind KIND --model MODEL --tier TIER'."
)


def _line(provider: Provider, usage: UsageSnapshot, today: dt.date) -> str:
    used = usage.of(provider.name, today)
    limit = f"{used.calls}/{provider.daily_limit} calls" if provider.daily_limit else f"{used.calls} calls"
    tokens = used.input_tokens + used.output_tokens
    state = "" if provider.enabled else " (disabled)"
    if provider.enabled and provider.daily_limit and used.calls >= provider.daily_limit:
        state = " (at its daily limit)"
    return f"  {provider.name}: {provider.kind.value} {provider.model}, {limit}, {tokens} tokens{state}"


def llm_overview(providers: Sequence[Provider], usage: UsageSnapshot, today: dt.date) -> str:
    """Per tier, by priority: each provider, its model and today's calls
    against its limit; which tiers fall back to local."""
    if not providers:
        return NONE_YET
    lines = [f"Model providers, today's usage ({today.isoformat()} UTC):"]
    local = any(p.enabled and p.tier is Tier.LOCAL for p in providers)
    for tier in Tier:
        members = sorted((p for p in providers if p.tier is tier), key=lambda p: (p.priority, p.name))
        if members:
            lines.append(f"{tier.value}:")
            lines.extend(_line(p, usage, today) for p in members)
        elif tier is not Tier.LOCAL:
            lines.append(f"{tier.value}: none ({'falls back to local' if local else 'no local provider either'})")
    return "\n".join(lines)
