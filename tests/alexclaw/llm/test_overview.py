"""``/llm`` in words: each tier's providers by priority with today's calls
against their limits, which tiers fall back to local, and how to add a
provider when there is none."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Any

from alexclaw.llm import DayUsage, Provider, UsageSnapshot, build_provider, llm_overview

TODAY = dt.date(2026, 12, 3)


def lan(name: str, model: str, tier: str, **fields: Any) -> Provider:
    return build_provider(
        name, kind="ollama", model=model, tier=tier, base_url="http://10.0.0.5:11434", allow_private=True, **fields
    )


def test_no_provider_says_how_to_add_one() -> None:
    text = llm_overview((), UsageSnapshot(TODAY), TODAY)
    assert "No model provider is configured" in text and "alexclaw llm providers add" in text


def test_each_tier_lists_its_providers_by_priority_with_todays_usage() -> None:
    providers = (
        lan("backup", "llama3", "medium", priority=20),
        lan("main", "qwen", "medium", priority=10, daily_limit=5),
        lan("off", "phi", "heavy", enabled=False),
    )
    usage = UsageSnapshot(TODAY, MappingProxyType({"main": DayUsage(5, 100, 20), "backup": DayUsage(2, 10, 5)}))
    text = llm_overview(providers, usage, TODAY).splitlines()
    assert text[0] == "Model providers, today's usage (2026-12-03 UTC):"
    assert text[1] == "light: none (no local provider either)"
    assert text[2:5] == [
        "medium:",
        "  main: ollama qwen, 5/5 calls, 120 tokens (at its daily limit)",
        "  backup: ollama llama3, 2 calls, 15 tokens",
    ]
    assert text[5:] == ["heavy:", "  off: ollama phi, 0 calls, 0 tokens (disabled)"]


def test_a_tier_without_providers_says_it_falls_back_to_local() -> None:
    local = lan("home", "llama3", "local")
    text = llm_overview((local,), UsageSnapshot(dt.date(2026, 12, 2)), TODAY)  # yesterday's counts are zero
    assert "light: none (falls back to local)" in text and "  home: ollama llama3, 0 calls, 0 tokens" in text
