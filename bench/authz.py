"""Authorization benchmarks (BENCH lines; baselines in the same run).

- a policy decision with 50 policies loaded, median and p99 (goal ≤ 20 µs
  median, no actor hop);
- capability token verification vs a raw HMAC-SHA256 (goal ratio ≤ 3).
- a breaker-wrapped no-op skill call vs the bare call.
"""

from __future__ import annotations

import hashlib
import hmac
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import line  # noqa: E402  (bench/ is on sys.path when a benchmark runs)

from alexclaw.security import (  # noqa: E402
    AuthContext,
    CapabilityTokens,
    Policy,
    PolicyEngine,
    by_priority,
    validate_rule,
)

KEY = "bench-authz-" + "a" * 40


def fifty_policies() -> tuple[Policy, ...]:
    kinds: list[tuple[str, dict[str, Any]]] = [
        ("rate_limit", {"permission": "memory_write", "max_calls": 1_000_000, "window_seconds": 60}),
        ("time_window", {"permission": "telegram_send", "deny_start_hour": 3, "deny_end_hour": 4}),
        ("chain_restriction", {"caller_pattern": "untrusted_*"}),
        ("permission_override", {"permission": "skill_manage", "action": "deny"}),
        ("mcp_restriction", {"tool_pattern": "delete_*", "action": "deny"}),
    ]
    policies = []
    for index in range(50):
        kind, config = kinds[index % len(kinds)]
        policies.append(Policy(index, f"p{index}", kind, validate_rule(kind, config), priority=index % 7))
    return by_priority(policies)


def main() -> None:
    tokens = CapabilityTokens(KEY)
    token = tokens.mint(["web_read", "llm"], expires_at=time.time() + 3600, max_depth=3)
    snapshot = fifty_policies()
    engine = PolicyEngine(lambda: snapshot, tokens)
    ctx = AuthContext("my_skill", "dynamic", "web_read", frozenset({"web_read", "llm"}), chain_depth=1, token=token)
    no_token_engine = PolicyEngine(lambda: snapshot, None)
    samples: list[int] = []
    bare: list[int] = []
    for _ in range(20000):
        start_ns = time.perf_counter_ns()
        engine.decide(ctx)
        samples.append(time.perf_counter_ns() - start_ns)
        start_ns = time.perf_counter_ns()
        no_token_engine.decide(ctx)
        bare.append(time.perf_counter_ns() - start_ns)
    samples.sort()
    bare.sort()
    line("policy_decision_50_policies_median", statistics.median(samples) / 1000, "us")
    line("policy_decision_50_policies_p99", samples[int(len(samples) * 0.99)] / 1000, "us")
    line("policy_decision_without_token_median", statistics.median(bare) / 1000, "us")

    key = hashlib.sha256(b"k").digest()
    message = token.encode()
    ours: list[float] = []
    raw: list[float] = []
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(20000):
            tokens.verify(token)
        ours.append((time.perf_counter() - t0) / 20000)
        t0 = time.perf_counter()
        for _ in range(20000):
            hmac.compare_digest(hmac.new(key, message, hashlib.sha256).digest(), b"x" * 32)
        raw.append((time.perf_counter() - t0) / 20000)
    mine, base = statistics.median(ours), statistics.median(raw)
    line("token_verify_repeated", mine * 1e6, "us", mine / base, "one raw HMAC-SHA256 + compare")
    fresh = [tokens.mint(["web_read"], expires_at=time.time() + 60) for _ in range(5000)]
    verifier = CapabilityTokens(KEY)  # empty cache: every token is new
    t0 = time.perf_counter()
    for item in fresh:
        verifier.verify(item)
    first = (time.perf_counter() - t0) / len(fresh)
    line("token_verify_first_time", first * 1e6, "us", first / base, "one raw HMAC-SHA256 + compare")


async def bench_breaker() -> None:
    from skills import SkillBreaker, SkillOutcome

    breaker = SkillBreaker("noop")

    async def noop() -> SkillOutcome:
        return SkillOutcome(None)

    ours: list[float] = []
    bare: list[float] = []
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(20000):
            await breaker.run(noop)
        ours.append((time.perf_counter() - t0) / 20000)
        t0 = time.perf_counter()
        for _ in range(20000):
            await noop()
        bare.append((time.perf_counter() - t0) / 20000)
    mine, base = statistics.median(ours), statistics.median(bare)
    line("breaker_wrapped_noop_skill_call", mine * 1e6, "us", mine / base, "the bare coroutine call")
    line("breaker_overhead", (mine - base) * 1e6, "us")


if __name__ == "__main__":
    import asyncio

    main()
    asyncio.run(bench_breaker())
