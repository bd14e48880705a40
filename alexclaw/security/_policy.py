"""Authorization: the AuthContext and the PolicyEngine.

Evaluation order (first deny wins): chain depth (> 3 by default → deny) →
core callers are trusted → the permission must be one of the 14 →
capability token (dynamic and MCP callers must present one: a bad
signature, expiry, depth or a missing permission → deny) → enabled policies
by priority, highest first → the caller's declared permissions. Pure and
fast: the policies come from a snapshot, never from an actor round trip.
"""

from __future__ import annotations

import fnmatch
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal

from alexclaw.security._tokens import CapabilityTokens, TokenError
from skills import PERMISSIONS  # what a policy may grant is what a skill may ask for

RULE_TYPES: Final = ("rate_limit", "time_window", "chain_restriction", "permission_override", "mcp_restriction")
CallerType = Literal["core", "dynamic", "mcp"]


class PolicyConfigError(ValueError):
    """A policy's JSON config does not fit its rule type; says which field."""


@dataclass(frozen=True)
class AuthContext:
    caller: str
    caller_type: CallerType
    permission: str
    declared: frozenset[str] = frozenset()
    chain_depth: int = 0
    token: str | None = None
    tool: str | None = None  # the MCP tool, for mcp_restriction
    workflow_run_id: str | None = None


@dataclass(frozen=True)
class Policy:
    id: int
    name: str
    rule_type: str
    config: Mapping[str, Any]
    priority: int = 0
    enabled: bool = True


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str
    policy_id: int | None = None


def _opt_permission(config: Mapping[str, Any]) -> str | None:
    permission = config.get("permission")
    if permission is None:
        return None
    if not isinstance(permission, str) or permission not in PERMISSIONS:
        raise PolicyConfigError(f"permission: {permission!r} is not one of the {len(PERMISSIONS)} permissions")
    return str(permission)


def _int(config: Mapping[str, Any], name: str, low: int, high: int) -> int:
    value = config.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise PolicyConfigError(f"{name}: a whole number from {low} to {high} is required")
    return value


def _pattern(config: Mapping[str, Any], name: str) -> str:
    value = config.get(name)
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise PolicyConfigError(f"{name}: a non-empty glob pattern is required")
    return value.strip()


def validate_rule(rule_type: str, config: Mapping[str, Any]) -> dict[str, Any]:
    """The normalised config, or ``PolicyConfigError`` naming the field."""
    if rule_type not in RULE_TYPES:
        raise PolicyConfigError(f"rule type {rule_type!r} is not one of {', '.join(RULE_TYPES)}")
    if not isinstance(config, Mapping):
        raise PolicyConfigError("the config must be a JSON object")
    allowed_keys = {
        "rate_limit": {"permission", "max_calls", "window_seconds"},
        "time_window": {"permission", "deny_start_hour", "deny_end_hour"},
        "chain_restriction": {"caller_pattern"},
        "permission_override": {"permission", "action", "expires_at"},
        "mcp_restriction": {"tool_pattern", "tool", "action"},
    }[rule_type]
    unknown = set(config) - allowed_keys
    if unknown:
        raise PolicyConfigError(f"unknown field(s) for {rule_type}: {', '.join(sorted(unknown))}")
    if rule_type == "rate_limit":
        return {
            "permission": _opt_permission(config),
            "max_calls": _int(config, "max_calls", 1, 1_000_000),
            "window_seconds": _int(config, "window_seconds", 1, 86_400 * 7),
        }
    if rule_type == "time_window":
        return {
            "permission": _opt_permission(config),
            "deny_start_hour": _int(config, "deny_start_hour", 0, 23),
            "deny_end_hour": _int(config, "deny_end_hour", 0, 24),
        }
    if rule_type == "chain_restriction":
        return {"caller_pattern": _pattern(config, "caller_pattern")}
    if config.get("action", "deny") != "deny":
        raise PolicyConfigError('action: only "deny" is supported')
    if rule_type == "permission_override":
        permission = _opt_permission(config)
        if permission is None:
            raise PolicyConfigError("permission: required for permission_override")
        expires = config.get("expires_at")
        if expires is not None and (not isinstance(expires, (int, float)) or isinstance(expires, bool)):
            raise PolicyConfigError("expires_at: a Unix time in seconds, or absent")
        return {"permission": permission, "action": "deny", "expires_at": expires}
    # mcp_restriction: a glob over tool names, or one tool by its exact name
    # (a name holding * or ? or [ is then taken literally).
    if ("tool" in config) == ("tool_pattern" in config):
        raise PolicyConfigError("give either tool_pattern (a glob) or tool (an exact tool name), not both")
    if "tool" in config:
        return {"tool": _pattern(config, "tool"), "action": "deny"}
    return {"tool_pattern": _pattern(config, "tool_pattern"), "action": "deny"}


@dataclass
class RateWindows:
    """Sliding windows per (policy, caller, permission): timestamps kept
    only as long as the window. Used on the loop thread."""

    calls: dict[tuple[int, str, str], deque[float]] = field(default_factory=dict)

    def admit(self, key: tuple[int, str, str], now: float, max_calls: int, window: float) -> bool:
        times = self.calls.setdefault(key, deque())
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= max_calls:
            return False
        times.append(now)
        return True


def by_priority(policies: Sequence[Policy]) -> tuple[Policy, ...]:
    """Highest priority first; ties by id, so the order is stable."""
    return tuple(sorted(policies, key=lambda p: (-p.priority, p.id)))


class PolicyEngine:
    def __init__(
        self,
        policies: Callable[[], Sequence[Policy]],
        tokens: CapabilityTokens | None = None,
        *,
        max_depth: int = 3,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``policies`` returns the enabled-or-not policies ordered by
        priority, highest first (the policy cache publishes them so)."""
        self._policies = policies
        self._tokens = tokens
        self.max_depth = max_depth
        self._clock = clock
        self._windows = RateWindows()

    def decide(self, ctx: AuthContext) -> Decision:
        now = self._clock()
        if ctx.chain_depth < 0 or ctx.chain_depth > self.max_depth:
            return Decision(False, f"chain depth {ctx.chain_depth} exceeds {self.max_depth}")
        if ctx.caller_type == "core":
            return Decision(True, "core skills are trusted")
        if ctx.permission not in PERMISSIONS:
            return Decision(False, f"unknown permission {ctx.permission!r}")
        if self._tokens is not None:
            if not ctx.token:
                return Decision(False, "no capability token")
            try:
                grant = self._tokens.verify(ctx.token)
            except TokenError as exc:
                return Decision(False, str(exc))
            refusal = grant.allows(ctx.permission, now=now, depth=ctx.chain_depth)
            if refusal:
                return Decision(False, refusal)
        for policy in self._policies():
            if policy.enabled:
                denial = self._evaluate(policy, ctx, now)
                if denial:
                    return Decision(False, denial, policy.id)
        if ctx.permission in ctx.declared or ("all" in ctx.declared and ctx.caller_type != "mcp"):
            return Decision(True, "declared permission")
        return Decision(False, f"{ctx.caller} did not declare {ctx.permission}")

    def _evaluate(self, policy: Policy, ctx: AuthContext, now: float) -> str | None:
        config = policy.config
        kind = policy.rule_type
        scoped = config.get("permission")
        if kind == "rate_limit":
            if scoped and scoped != ctx.permission:
                return None
            key = (policy.id, ctx.caller, ctx.permission)
            if not self._windows.admit(key, now, config["max_calls"], config["window_seconds"]):
                return f"rate limit: {config['max_calls']} calls per {config['window_seconds']}s ({policy.name})"
            return None
        if kind == "time_window":
            if scoped and scoped != ctx.permission:
                return None
            hour = datetime.fromtimestamp(now, UTC).hour
            start, end = config["deny_start_hour"], config["deny_end_hour"]
            inside = start <= hour < end if start <= end else (hour >= start or hour < end)
            return f"not allowed between {start:02d}:00 and {end:02d}:00 UTC ({policy.name})" if inside else None
        if kind == "chain_restriction":
            if ctx.chain_depth > 0 and fnmatch.fnmatchcase(ctx.caller, config["caller_pattern"]):
                return f"{ctx.caller} may not act inside a skill chain ({policy.name})"
            return None
        if kind == "permission_override":
            expires = config.get("expires_at")
            if ctx.permission == config["permission"] and (expires is None or now < expires):
                return f"{ctx.permission} is denied by an override ({policy.name})"
            return None
        if kind != "mcp_restriction" or ctx.caller_type != "mcp":
            return None
        tool = ctx.tool or ctx.caller
        exact = config.get("tool")
        hit = tool == exact if exact is not None else fnmatch.fnmatchcase(tool, config["tool_pattern"])
        return f"the MCP tool {tool} is restricted ({policy.name})" if hit else None
