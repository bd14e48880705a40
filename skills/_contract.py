"""The skill contract. A skill declares what it is and may do, and runs:
``run(args) -> SkillOutcome``. Expected failures are outcomes on an error branch;
an exception is a crash (the circuit breaker counts it)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar, Final, Protocol
from urllib.parse import urlsplit

ON_SUCCESS = "on_success"
ON_ERROR = "on_error"
ON_EMPTY = "on_empty"


class BranchKind(StrEnum):
    """What a branch means to a workflow. ``ok``: a result, routed as the
    step's routes say (else ``default``, else the next step). ``error``: the
    step failed — a route for exactly this branch handles it (the run ends
    ``recovered``), else the run fails naming the step and the branch.
    ``empty``: nothing to work on — a route for exactly this branch goes on,
    else the run ends ``completed`` (an empty result is not a failure)."""

    OK = "ok"
    ERROR = "error"
    EMPTY = "empty"


# Branch names that mean one thing whoever declares them, and the words a
# route or the executor already uses: no skill may declare these.
CONVENTIONAL: Final = MappingProxyType(
    {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR, ON_EMPTY: BranchKind.EMPTY}
)
RESERVED_BRANCHES: Final = frozenset({"default", "end", "circuit_open", "skill_missing", "cancelled"})


@dataclass(frozen=True, slots=True)
class SkillOutcome:
    result: Any
    branch: str = ON_SUCCESS

    @classmethod
    def error(cls, reason: str, branch: str = ON_ERROR) -> SkillOutcome:
        return cls({"error": reason}, branch)

    @property
    def failed(self) -> bool:
        """On ``on_error``, the branch every skill may fail on (a skill's
        other error branches are in its declaration: ``SkillMeta.kind_of``)."""
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
    """One field of a skill's config: the step editor draws it and every
    save of a step checks the value against it (``problem``). ``type`` is
    ``string``, ``text``, ``number``, ``integer``, ``boolean``,
    ``choice:a,b,c`` or ``any`` (any JSON value); ``minimum``/``maximum``
    bound a number."""

    name: str
    type: str = "string"
    hint: str = ""
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    required: bool = False

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self.type.removeprefix("choice:").split(",")) if self.type.startswith("choice:") else ()

    def problem(self, value: Any) -> str | None:
        """Why ``value`` does not fit this field, or None."""
        if self.type in {"number", "integer"}:
            return self._number_problem(value)
        if self.type == "boolean":
            return None if isinstance(value, bool) else "must be true or false"
        if self.choices:
            return None if value in self.choices else f"must be one of {', '.join(self.choices)}"
        if self.type in {"string", "text"}:
            return None if isinstance(value, str) else "must be text"
        return None

    def _number_problem(self, value: Any) -> str | None:
        whole = self.type == "integer"
        kind = "a whole number" if whole else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and not isinstance(value, int)):
            return f"must be {kind}{self._range_text()}"
        low, high = self.minimum, self.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            return f"must be {kind}{self._range_text()}"
        return None

    def _range_text(self) -> str:
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            return f" between {low:g} and {high:g}"
        if low is not None:
            return f" of at least {low:g}"
        if high is not None:
            return f" of at most {high:g}"
        return ""


def check_config(schema: tuple[ConfigField, ...], config: Mapping[str, Any]) -> list[str]:
    """Every problem of ``config`` against a skill's ``schema``, each as
    "field: why". Keys the schema does not declare are the skill's own
    business (and the workflow policies'); an absent or empty value is a
    problem only for a required field."""
    errors: list[str] = []
    for field_ in schema:
        value = config.get(field_.name)
        if value is None or value == "":
            if field_.required:
                errors.append(f"{field_.name}: required")
            continue
        problem = field_.problem(value)
        if problem:
            errors.append(f"{field_.name}: {problem}")
    return errors


@dataclass(frozen=True)
class SkillMeta:
    """What the registry publishes about a skill (no code)."""

    name: str
    description: str
    version: str
    permissions: frozenset[str]
    branches: Mapping[str, BranchKind]  # in declared order
    external: bool
    core: bool
    config_schema: tuple[ConfigField, ...] = ()
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    egress: tuple[str, ...] = ()
    # Runs only behind the operator's 2FA code (the shell): never offered as
    # an MCP tool or to another skill; a workflow with such a step starts
    # by hand only after a code.
    privileged: bool = False

    @property
    def routes(self) -> tuple[str, ...]:
        """The branch names a step of this skill can route."""
        return tuple(self.branches)

    def kind_of(self, branch: str) -> BranchKind:
        """The declared kind of ``branch``. ``on_error`` is an error for
        every skill (the executor answers on it for a crash or an overrun);
        a branch the skill did not declare breaks its contract, so it is an
        error too — never silently a success."""
        return self.branches.get(branch, BranchKind.ERROR)


class Skill(Protocol):
    """What every skill class provides. Core skills may declare ``{"all"}``.
    ``branches`` names every branch ``run`` may answer on, each with its kind
    (``BranchKind``): which are results, which are errors, which are empty.
        Optional class attributes for the step editor: ``config_schema`` (a tuple
        of ``ConfigField``) and ``presets`` (name → config). ``egress`` lists the
        only places ``web_read`` may reach, as ``scheme://host/path-prefix``
        (``*.`` allowed as the first label; ``*`` alone, any public host, for
        core skills only; no port, query or credentials): a skill that
        declares none reaches nothing. ``privileged`` marks a skill that runs
        only behind a 2FA code."""

    name: ClassVar[str]
    description: ClassVar[str]
    version: ClassVar[str]
    permissions: ClassVar[frozenset[str]]
    branches: ClassVar[Mapping[str, str]]  # name -> "ok" | "error" | "empty" (a BranchKind)
    external: ClassVar[bool]

    async def run(self, args: SkillArgs) -> SkillOutcome: ...


def describe(skill: Skill, *, core: bool) -> SkillMeta:
    """Validate a skill's declaration and describe it for the registry."""
    name = getattr(skill, "name", "")
    if not name or not name.replace("_", "").isalnum() or name != name.lower():
        raise ValueError(f"skill name {name!r}: lowercase letters, digits and underscores")
    branches = check_branches(name, getattr(skill, "branches", None))
    permissions = frozenset(getattr(skill, "permissions", frozenset()))
    if "all" in permissions and not core:
        raise ValueError(f"skill {name}: only core skills may declare 'all'")
    return SkillMeta(
        name=name,
        description=str(getattr(skill, "description", "")),
        version=str(getattr(skill, "version", "0.0.0")),
        permissions=permissions,
        branches=branches,
        external=bool(getattr(skill, "external", False)),
        core=core,
        config_schema=tuple(getattr(skill, "config_schema", ())),
        presets=dict(getattr(skill, "presets", {})),
        egress=_check_egresses(name, getattr(skill, "egress", ()), core=core),
        privileged=bool(getattr(skill, "privileged", False)),
    )


def _check_egresses(skill: str, declared: object, *, core: bool) -> tuple[str, ...]:
    """Each entry checked; ``https://*/`` (any public host — the address
    rules still apply) is for core skills only, whose targets the operator
    names in a step (a page, a feed, an API)."""
    specs = tuple(_check_egress(skill, spec) for spec in declared) if isinstance(declared, list | tuple) else ()
    if not core and any(urlsplit(spec).hostname == "*" for spec in specs):
        raise ValueError(f"skill {skill}: only core skills may declare any host ('*')")
    return specs


def check_branches(skill: str, declared: object) -> Mapping[str, BranchKind]:
    """A skill's branch declaration, checked: a non-empty mapping of branch
    name → kind (``ok``, ``error``, ``empty``); names are lowercase words,
    none of them a word routes or the executor already use, and a
    conventional name keeps its meaning (``on_error`` is an error, …)."""
    if not isinstance(declared, Mapping) or not declared:
        raise ValueError(f"skill {skill}: declare its branches, e.g. {{'on_success': 'ok', 'on_error': 'error'}}")
    branches: dict[str, BranchKind] = {}
    for branch, kind in declared.items():
        if not isinstance(branch, str) or not branch.replace("_", "").isalnum() or branch != branch.lower():
            raise ValueError(f"skill {skill}: branch {branch!r}: lowercase letters, digits and underscores")
        if branch in RESERVED_BRANCHES:
            raise ValueError(f"skill {skill}: branch {branch!r} is reserved (routes and the executor use it)")
        if kind not in tuple(BranchKind):
            raise ValueError(f"skill {skill}: branch {branch}: kind {kind!r} is not one of ok, error, empty")
        if branch in CONVENTIONAL and kind != CONVENTIONAL[branch]:
            raise ValueError(f"skill {skill}: branch {branch} is always of kind {CONVENTIONAL[branch]}")
        branches[branch] = BranchKind(kind)
    return MappingProxyType(branches)


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
