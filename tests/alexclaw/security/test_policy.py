"""The PolicyEngine: AlexClaw's asserted cases and each rule type."""

from __future__ import annotations

from typing import Any

import pytest

from alexclaw.security import (
    AuthContext,
    CapabilityTokens,
    Policy,
    PolicyConfigError,
    PolicyEngine,
    by_priority,
    validate_rule,
)
from tests.helpers import ManualClock

KEY = "policy-test-" + "p" * 40
MIDNIGHT = 1_800_057_600.0  # 2027-01-15 00:00 UTC


def engine(
    policies: list[Policy] | None = None, *, tokens: bool = False, clock: ManualClock | None = None
) -> PolicyEngine:
    snapshot = by_priority(policies or [])
    kwargs: dict[str, Any] = {"clock": clock or ManualClock()}
    return PolicyEngine(lambda: snapshot, CapabilityTokens(KEY) if tokens else None, **kwargs)


def dynamic(permission: str, *, declared: tuple[str, ...] = ("web_read", "llm"), **extra: Any) -> AuthContext:
    return AuthContext("my_skill", "dynamic", permission, frozenset(declared), **extra)


def test_core_with_all_is_allowed_any_permission() -> None:
    decision = engine().decide(AuthContext("web_fetch", "core", "memory_write", frozenset({"all"})))
    assert decision.allowed


def test_dynamic_declared_permission_is_allowed_and_undeclared_denied() -> None:
    assert engine().decide(dynamic("web_read")).allowed
    denied = engine().decide(dynamic("memory_write"))
    assert not denied.allowed and "did not declare memory_write" in denied.reason


@pytest.mark.parametrize("permission", ["", "root", "web_read ", "WEB_READ"])
def test_empty_or_unknown_permissions_are_denied(permission: str) -> None:
    assert not engine().decide(dynamic(permission, declared=(permission,))).allowed


@pytest.mark.parametrize(("depth", "allowed"), [(0, True), (3, True), (4, False), (100, False), (-1, False)])
def test_chain_depth_is_capped_at_three(depth: int, allowed: bool) -> None:
    assert engine().decide(dynamic("web_read", chain_depth=depth)).allowed is allowed


def test_a_dynamic_caller_needs_a_valid_token_when_tokens_are_on() -> None:
    tokens = CapabilityTokens(KEY)
    clock = ManualClock()
    clock.now = MIDNIGHT
    subject = engine(tokens=True, clock=clock)
    assert not subject.decide(dynamic("web_read")).allowed  # none
    good = tokens.mint(["web_read"], expires_at=MIDNIGHT + 60, max_depth=3)
    assert subject.decide(dynamic("web_read", token=good)).allowed
    assert "does not grant llm" in subject.decide(dynamic("llm", token=good)).reason
    clock.advance(61)
    assert subject.decide(dynamic("web_read", token=good)).reason == "token expired"
    assert not subject.decide(dynamic("web_read", token=good + "x")).allowed


def policy(rule_type: str, config: dict[str, Any], *, priority: int = 0, id: int = 1, enabled: bool = True) -> Policy:
    return Policy(id, f"{rule_type}-{id}", rule_type, validate_rule(rule_type, config), priority, enabled)


def test_rate_limit_allows_n_denies_n_plus_1_slides_and_keeps_keys_apart() -> None:
    clock = ManualClock()
    subject = engine([policy("rate_limit", {"max_calls": 3, "window_seconds": 10})], clock=clock)
    results = [subject.decide(dynamic("web_read")).allowed for _ in range(4)]
    assert results == [True, True, True, False]
    assert subject.decide(dynamic("llm")).allowed  # another permission: its own window
    other = AuthContext("other_skill", "dynamic", "web_read", frozenset({"web_read"}))
    assert subject.decide(other).allowed  # another caller: its own window
    clock.advance(10.5)
    assert subject.decide(dynamic("web_read")).allowed  # the window slid


def test_a_rate_limit_scoped_to_a_permission_ignores_others() -> None:
    subject = engine([policy("rate_limit", {"permission": "llm", "max_calls": 1, "window_seconds": 60})])
    assert subject.decide(dynamic("llm")).allowed and not subject.decide(dynamic("llm")).allowed
    assert all(subject.decide(dynamic("web_read")).allowed for _ in range(5))


@pytest.mark.parametrize(
    ("hour", "start", "end", "denied"),
    [
        (1, 1, 5, True),
        (4, 1, 5, True),
        (5, 1, 5, False),
        (0, 1, 5, False),
        (23, 22, 6, True),
        (3, 22, 6, True),
        (12, 22, 6, False),
    ],
)
def test_time_window_boundaries_in_utc(hour: int, start: int, end: int, denied: bool) -> None:
    clock = ManualClock()
    clock.now = MIDNIGHT + hour * 3600 + 59
    subject = engine([policy("time_window", {"deny_start_hour": start, "deny_end_hour": end})], clock=clock)
    assert subject.decide(dynamic("web_read")).allowed is not denied


def test_chain_restriction_applies_only_inside_a_chain() -> None:
    subject = engine([policy("chain_restriction", {"caller_pattern": "my_*"})])
    assert subject.decide(dynamic("web_read", chain_depth=0)).allowed
    assert not subject.decide(dynamic("web_read", chain_depth=1)).allowed


def test_a_permission_override_denies_until_it_expires() -> None:
    clock = ManualClock()
    clock.now = MIDNIGHT
    subject = engine(
        [policy("permission_override", {"permission": "web_read", "action": "deny", "expires_at": MIDNIGHT + 60})],
        clock=clock,
    )
    assert not subject.decide(dynamic("web_read")).allowed and subject.decide(dynamic("llm")).allowed
    clock.advance(60)
    assert subject.decide(dynamic("web_read")).allowed


def test_mcp_restriction_applies_only_to_mcp_callers() -> None:
    subject = engine([policy("mcp_restriction", {"tool_pattern": "run_*", "action": "deny"})])
    mcp = AuthContext("claude", "mcp", "skill_invoke", frozenset({"skill_invoke"}), tool="run_skill")
    assert not subject.decide(mcp).allowed
    other_tool = AuthContext("claude", "mcp", "skill_invoke", frozenset({"skill_invoke"}), tool="list_skills")
    assert subject.decide(other_tool).allowed
    dyn = AuthContext("run_thing", "dynamic", "skill_invoke", frozenset({"skill_invoke"}))
    assert subject.decide(dyn).allowed


def test_an_exact_mcp_restriction_matches_one_tool_name_literally() -> None:
    config = validate_rule("mcp_restriction", {"tool": "skill.echo*"})
    subject = engine([policy("mcp_restriction", config)])

    def call(tool: str) -> AuthContext:
        return AuthContext("claude", "mcp", "skill_invoke", frozenset({"skill_invoke"}), tool=tool)

    assert not subject.decide(call("skill.echo*")).allowed
    assert subject.decide(call("skill.echo_twice")).allowed  # a glob character is not a glob here
    with pytest.raises(PolicyConfigError, match="not both"):
        validate_rule("mcp_restriction", {"tool": "a", "tool_pattern": "b"})


def test_policies_run_by_priority_and_disabled_ones_are_skipped() -> None:
    deny = policy("permission_override", {"permission": "web_read", "action": "deny"}, priority=1, id=7)
    off = policy("permission_override", {"permission": "llm", "action": "deny"}, priority=9, id=8, enabled=False)
    decision = engine([deny, off]).decide(dynamic("web_read"))
    assert not decision.allowed and decision.policy_id == 7
    assert engine([deny, off]).decide(dynamic("llm")).allowed
    ordered = by_priority([deny, off])
    assert [p.id for p in ordered] == [8, 7]


@pytest.mark.parametrize(
    ("rule_type", "config", "message"),
    [
        ("rate_limit", {"max_calls": 0, "window_seconds": 10}, "max_calls"),
        ("rate_limit", {"max_calls": "3", "window_seconds": 10}, "max_calls"),
        ("rate_limit", {"max_calls": 3, "window_seconds": 10, "extra": 1}, "unknown field"),
        ("time_window", {"deny_start_hour": 25, "deny_end_hour": 2}, "deny_start_hour"),
        ("chain_restriction", {"caller_pattern": ""}, "caller_pattern"),
        ("permission_override", {"permission": "fly", "action": "deny"}, "permission"),
        ("permission_override", {"permission": "llm", "action": "allow"}, "action"),
        ("mcp_restriction", {}, "tool_pattern"),
        ("nope", {}, "rule type"),
    ],
)
def test_invalid_rule_configs_are_refused_naming_the_field(
    rule_type: str, config: dict[str, Any], message: str
) -> None:
    with pytest.raises(PolicyConfigError, match=message):
        validate_rule(rule_type, config)
