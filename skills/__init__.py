"""Skills: the contract, the registry actor and per-skill circuit breakers.

A plugin package: it imports only ``supervisors`` and ``actors``; what it
needs from the application arrives as arguments (and, with the SkillAPI,
as ``Protocol``s in its own ports module)."""

from skills._api import (
    PERMISSIONS,
    Backends,
    ModelRefused,
    PermissionDenied,
    SkillAPI,
    SkillAPIUnavailable,
    SqlFailed,
    WebFailed,
)
from skills._breakers import BREAKERS_TOPIC, CIRCUIT_OPEN, FAIL_MAX, RESET_SECONDS, BreakerChanged, SkillBreaker
from skills._contract import (
    ON_EMPTY,
    ON_ERROR,
    ON_SUCCESS,
    BranchKind,
    ConfigField,
    Skill,
    SkillArgs,
    SkillMeta,
    SkillOutcome,
    check_config,
    describe,
)
from skills._execution import IN_PROCESS, Execution, InProcess
from skills._invocation import (
    ORIGIN_MCP,
    ORIGIN_SKILL,
    ORIGIN_WORKFLOW,
    CallerState,
    Invocation,
    InvokeStatus,
    SkillCaller,
)
from skills._registry import (
    REGISTRY_NAME,
    SKILL_MISSING,
    SKILLS_TOPIC,
    Registered,
    SkillRegistered,
    SkillRegistry,
    Skills,
    SkillUnregistered,
)
from skills.tree import skills_spec

__all__ = [
    "IN_PROCESS",
    "ORIGIN_MCP",
    "ORIGIN_SKILL",
    "ORIGIN_WORKFLOW",
    "PERMISSIONS",
    "Backends",
    "Execution",
    "InProcess",
    "Invocation",
    "InvokeStatus",
    "SkillCaller",
    "CallerState",
    "ModelRefused",
    "PermissionDenied",
    "SkillAPI",
    "SkillAPIUnavailable",
    "SqlFailed",
    "WebFailed",
    "BREAKERS_TOPIC",
    "CIRCUIT_OPEN",
    "FAIL_MAX",
    "ON_EMPTY",
    "ON_ERROR",
    "ON_SUCCESS",
    "REGISTRY_NAME",
    "RESET_SECONDS",
    "SKILL_MISSING",
    "SKILLS_TOPIC",
    "BranchKind",
    "BreakerChanged",
    "ConfigField",
    "SkillOutcome",
    "Registered",
    "Skill",
    "SkillArgs",
    "SkillBreaker",
    "SkillMeta",
    "SkillRegistered",
    "SkillRegistry",
    "SkillUnregistered",
    "Skills",
    "check_config",
    "describe",
    "skills_spec",
]
