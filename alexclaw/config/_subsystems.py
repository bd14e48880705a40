"""Typed settings, one class per subsystem (as ``gateways.telegram``'s
``TelegramSettings``): what a subsystem reads, named and typed once. No
field has a default: each names its catalog key (``key(...)``) and
``read`` takes the value in force or, when unset, the catalog's default —
so a default is written in exactly one place, the catalog (a test holds
it). Read per use, not once: a setting changed at run time applies to the
next use, as before."""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol, Self

from alexclaw.config._catalog import catalog_default


class _Reader(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...


def key(name: str) -> Any:
    """A field read from the catalog setting ``name`` (no default here)."""
    return dataclasses.field(metadata={"key": name})


def setting_keys(cls: type[Any]) -> dict[str, str]:
    """field name → catalog key, for a typed settings class."""
    return {f.name: f.metadata["key"] for f in dataclasses.fields(cls)}


class _Typed:
    __slots__ = ()

    @classmethod
    def read(cls, config: _Reader) -> Self:
        """The settings in force (unset → the catalog's default)."""
        values = {}
        for field in dataclasses.fields(cls):  # type: ignore[arg-type]  # every subclass is a dataclass
            value = config.get(field.metadata["key"])
            values[field.name] = catalog_default(field.metadata["key"]) if value is None else value
        return cls(**values)


@dataclasses.dataclass(frozen=True, slots=True)
class WorkflowSettings(_Typed):
    max_concurrent_runs: int = key("workflows.max_concurrent_runs")
    step_timeout_ms: int = key("workflows.step_timeout_ms")
    timezone: str = key("scheduler.timezone")


@dataclasses.dataclass(frozen=True, slots=True)
class SkillSettings(_Typed):
    breaker_reset_seconds: int = key("skills.breaker_reset_seconds")


@dataclasses.dataclass(frozen=True, slots=True)
class ShieldSettings(_Typed):
    mode: str = key("shield.mode")
    block_score: int = key("shield.block_score")
    review_score: int = key("shield.review_score")
    classifier: bool = key("shield.classifier")


@dataclasses.dataclass(frozen=True, slots=True)
class EgressSettings(_Typed):
    max_bytes: int = key("egress.max_bytes")
    timeout_seconds: int = key("egress.timeout_seconds")


@dataclasses.dataclass(frozen=True, slots=True)
class SanitizerSettings(_Typed):
    max_bytes: int = key("sanitizer.max_bytes")


@dataclasses.dataclass(frozen=True, slots=True)
class ConversationSettings(_Typed):
    identity_prompt: str = key("llm.identity_prompt")
    history_turns: int = key("llm.chat_history_turns")


@dataclasses.dataclass(frozen=True, slots=True)
class MemorySettings(_Typed):
    embedder: str = key("memory.embedder")
    embedding_model: str = key("memory.embedding_model")
    embedding_dimensions: int = key("memory.embedding_dimensions")


@dataclasses.dataclass(frozen=True, slots=True)
class McpSettings(_Typed):
    rate_limit_per_minute: int = key("mcp.rate_limit_per_minute")
    max_body_bytes: int = key("mcp.max_body_bytes")
    call_timeout_seconds: int = key("mcp.call_timeout_seconds")


@dataclasses.dataclass(frozen=True, slots=True)
class SqlSettings(_Typed):
    max_timeout_ms: int = key("sql.max_timeout_ms")


@dataclasses.dataclass(frozen=True, slots=True)
class AutomationSettings(_Typed):
    chromium_path: str = key("automation.chromium_path")
    time_budget_seconds: int = key("automation.time_budget_seconds")
    max_screenshot_bytes: int = key("automation.max_screenshot_bytes")
    screenshots_kept: int = key("automation.screenshots_kept")


@dataclasses.dataclass(frozen=True, slots=True)
class BackupSettings(_Typed):
    directory: str = key("backup.dir")
    max_files: int = key("backup.max_files")
    schedule: str = key("backup.schedule")


@dataclasses.dataclass(frozen=True, slots=True)
class ReasoningSettings(_Typed):
    # reasoning.skill_whitelist is a JSON list, not a typed field: see alexclaw.reasoning.whitelist_of.
    enabled: bool = key("reasoning.enabled")
    max_plan_steps: int = key("reasoning.max_plan_steps")
    max_iterations: int = key("reasoning.max_iterations")
    max_llm_calls: int = key("reasoning.max_llm_calls")
    time_budget_seconds: int = key("reasoning.time_budget_seconds")
    step_timeout_seconds: int = key("reasoning.step_timeout_seconds")
    stuck_threshold: int = key("reasoning.stuck_threshold")
    done_confidence: float = key("reasoning.done_confidence")
    max_concurrent_sessions: int = key("reasoning.max_concurrent_sessions")
    default_delivery: str = key("reasoning.default_delivery")
    result_budget_chars: int = key("reasoning.result_budget_chars")


TYPED_SETTINGS: tuple[type[_Typed], ...] = (
    WorkflowSettings,
    McpSettings,
    SkillSettings,
    ShieldSettings,
    EgressSettings,
    SanitizerSettings,
    ConversationSettings,
    MemorySettings,
    SqlSettings,
    AutomationSettings,
    BackupSettings,
    ReasoningSettings,
)
