"""The skill contract. A skill declares what it is and may do, and runs:
``run(args) -> Outcome``. Expected failures are outcomes on an error branch;
an exception is a crash (the circuit breaker counts it)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol
from urllib.parse import urlsplit

ON_SUCCESS = "on_success"
ON_ERROR = "on_error"


@dataclass(frozen=True, slots=True)
class Outcome:
    result: Any
    branch: str = ON_SUCCESS

    @classmethod
    def error(cls, reason: str, branch: str = ON_ERROR) -> Outcome:
        return cls({"error": reason}, branch)

    @property
    def failed(self) -> bool:
        return self.branch == ON_ERROR


@dataclass(frozen=True, slots=True)
class SkillArgs:
    input: Any = None
    config: Mapping[str, Any] = field(default_factory=dict)
    resources: tuple[Mapping[str, Any], ...] = ()
    workflow_run_id: str | None = None
    llm_tier: str | None = None
    llm_provider: str | None = None
    api: Any = None  # the SkillAPI the skill acts through (non-core skills)


@dataclass(frozen=True)
class ConfigField:
    """One field of a skill's config, for the step editor."""

    name: str
    type: str = "string"
    hint: str = ""
    default: Any = None


@dataclass(frozen=True)
class SkillMeta:
    """What the registry publishes about a skill (no code)."""

    name: str
    description: str
    version: str
    permissions: frozenset[str]
    routes: tuple[str, ...]
    external: bool
    core: bool
    config_schema: tuple[ConfigField, ...] = ()
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    egress: tuple[str, ...] = ()


class Skill(Protocol):
    """What every skill class provides. Core skills may declare ``{"all"}``.
    Optional class attributes for the step editor: ``config_schema`` (a tuple
    of ``ConfigField``) and ``presets`` (name → config). ``egress`` lists the
    only places ``web_read`` may reach, as ``scheme://host/path-prefix``
    (``*.`` allowed as the first label; no port, query or credentials): a
    skill that declares none reaches nothing."""

    name: ClassVar[str]
    description: ClassVar[str]
    version: ClassVar[str]
    permissions: ClassVar[frozenset[str]]
    routes: ClassVar[tuple[str, ...]]
    external: ClassVar[bool]

    async def run(self, args: SkillArgs) -> Outcome: ...


def describe(skill: Skill, *, core: bool) -> SkillMeta:
    """Validate a skill's declaration and describe it for the registry."""
    name = getattr(skill, "name", "")
    if not name or not name.replace("_", "").isalnum() or name != name.lower():
        raise ValueError(f"skill name {name!r}: lowercase letters, digits and underscores")
    routes = tuple(getattr(skill, "routes", (ON_SUCCESS, ON_ERROR)) or (ON_SUCCESS, ON_ERROR))
    permissions = frozenset(getattr(skill, "permissions", frozenset()))
    if "all" in permissions and not core:
        raise ValueError(f"skill {name}: only core skills may declare 'all'")
    return SkillMeta(
        name=name,
        description=str(getattr(skill, "description", "")),
        version=str(getattr(skill, "version", "0.0.0")),
        permissions=permissions,
        routes=routes,
        external=bool(getattr(skill, "external", False)),
        core=core,
        config_schema=tuple(getattr(skill, "config_schema", ())),
        presets=dict(getattr(skill, "presets", {})),
        egress=tuple(_check_egress(name, spec) for spec in getattr(skill, "egress", ())),
    )


def _check_egress(skill: str, spec: object) -> str:
    """An egress declaration names a scheme, a host and a path prefix; the
    rest (ports, credentials, queries) is the egress guard's business."""
    problem = None
    if not isinstance(spec, str):
        problem = "is not a string"
    else:
        parts = urlsplit(spec)
        if parts.scheme not in {"http", "https"}:
            problem = "must start with https:// (or http://)"
        elif not parts.hostname or "@" in parts.netloc or ":" in parts.netloc.strip("[]"):
            problem = "needs a host, without credentials or a port"
        elif parts.query or parts.fragment:
            problem = "cannot have a query or fragment"
    if problem:
        raise ValueError(f"skill {skill}: egress entry {spec!r} {problem}")
    assert isinstance(spec, str)
    return spec
