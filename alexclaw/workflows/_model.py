"""What a workflow is, as plain immutable values, and the validation every
way in (the editor, an import, the command line) shares: one set of rules,
one wording of each error, always naming the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Final, Literal

from alexclaw.inputs import INT4_MAX, character_problem
from alexclaw.workflows._credentials import without_credentials
from skills import ConfigField, check_config
from skills.builtin import CORE_SKILLS, PRIVILEGED_SKILLS
from skills.web import BROWSER_SKILLS, WEB_SKILLS

END: Final = "end"
DEFAULT_BRANCH: Final = "default"
RESOURCE_TYPES: Final = ("rss_feed", "website", "document", "api", "automation")
CIRCUIT_POLICIES: Final = ("halt", "skip", "fallback")
MISSING_POLICIES: Final = ("halt", "skip")
MAX_NAME: Final = 200
# The references a workflow may hold, in one place: AlexClaw's LLM
# providers (the llm.* settings name their keys) and its model tiers.
TIERS: Final = ("light", "medium", "heavy", "local")
# What stands for a credential in a run's stored definition.
MASKED: Final = "********"


class RunStatus(StrEnum):
    """Where a run stands. ``recovered``: a step failed and its error was
    handled by a routed ``on_error`` branch, so the run reached its end,
    but not cleanly — shown and counted apart from ``completed``."""

    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    RECOVERED = "recovered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


def builtin_schemas() -> dict[str, tuple[ConfigField, ...]]:
    """The config schema of every skill this build ships: what a step's
    config is checked against on every save (a skill this build does not
    know is left to its ``on_missing_skill`` policy at run time)."""
    return {
        skill.name: tuple(getattr(skill, "config_schema", ())) for skill in (*CORE_SKILLS, *WEB_SKILLS, *BROWSER_SKILLS)
    }


SCHEMAS: Final = builtin_schemas()
# A skill's own checks of a step's config beyond its schema (a browser recipe's inline steps).
CONFIG_CHECKS: Final[Mapping[str, Callable[[Mapping[str, Any]], list[str]]]] = {
    skill.name: check
    for skill in (*CORE_SKILLS, *WEB_SKILLS, *BROWSER_SKILLS)
    if callable(check := getattr(skill, "config_problems", None))
}

Goto = int | Literal["end"]


class WorkflowError(ValueError):
    """Invalid workflow data; ``errors`` lists every problem as "field: why"."""

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(self.errors))


@dataclass(frozen=True, slots=True)
class Route:
    branch: str
    goto: Goto


@dataclass(frozen=True)
class Step:
    position: int
    skill: str
    name: str = ""
    llm_tier: str | None = None
    llm_model: str | None = None
    prompt_template: str | None = None
    config: Mapping[str, Any] = field(default_factory=dict)
    input_from: int | None = None
    routes: tuple[Route, ...] = ()

    @property
    def label(self) -> str:
        return self.name or self.skill

    @property
    def on_circuit_open(self) -> str:
        return str(self.config.get("on_circuit_open") or "halt")

    @property
    def fallback_skill(self) -> str | None:
        value = self.config.get("fallback_skill")
        return str(value) if value else None

    @property
    def on_missing_skill(self) -> str:
        return str(self.config.get("on_missing_skill") or "halt")

    @property
    def timeout_ms(self) -> int | None:
        value = self.config.get("timeout_ms")
        return int(value) if value else None


@dataclass(frozen=True)
class Workflow:
    id: int | None
    name: str
    description: str = ""
    enabled: bool = True
    schedule: str | None = None
    default_provider: str | None = None
    node: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    steps: tuple[Step, ...] = ()

    @property
    def requires_2fa(self) -> bool:
        return bool(self.metadata.get("requires_2fa", False))

    @property
    def runs_privileged(self) -> bool:
        """A step (or a step's fallback) of a privileged skill (the shell):
        the workflow starts by hand only after a code, as with its flag."""
        return any({s.skill, s.fallback_skill} & PRIVILEGED_SKILLS for s in self.steps)

    @property
    def asks_code_to_start(self) -> bool:
        return self.requires_2fa or self.runs_privileged


def guarded_change(before: Workflow | None, after: Workflow, *, steps_changed: bool = False) -> str | None:
    """Why turning ``before`` (None: a new workflow) into ``after`` needs a
    2FA code, or None. A workflow that requires 2FA keeps that promise: its
    flag is not removed, it is not scheduled (a scheduled run asks for no
    code: the approval is the schedule's), enabled or given other steps
    without one. What only narrows it (disable, unschedule) needs none."""
    was = before is not None and before.requires_2fa
    if was and not after.requires_2fa:
        return "it removes the workflow's 2FA flag"
    shell = after.runs_privileged or (before is not None and before.runs_privileged)
    if shell and after.schedule and (steps_changed or before is None or before.schedule != after.schedule):
        return f"it schedules a workflow with a shell step ({after.schedule})"
    if not after.requires_2fa:
        return None
    if after.schedule and (not was or before is None or before.schedule != after.schedule):
        return f"it schedules a workflow that requires 2FA ({after.schedule})"
    if was and before is not None and after.enabled and not before.enabled:
        return "it enables a workflow that requires 2FA"
    if was and steps_changed:
        return "it changes the steps of a workflow that requires 2FA"
    return None


def import_guarded(workflow: Workflow) -> str | None:
    """Why importing ``workflow`` needs a code, or None."""
    if workflow.requires_2fa:
        return "it imports a workflow that requires 2FA"
    if workflow.schedule:
        return f"it imports a scheduled workflow ({workflow.schedule})"
    return None


@dataclass(frozen=True)
class Resource:
    id: int | None
    name: str
    type: str
    url: str | None = None
    content: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    enabled: bool = True
    role: str = "input"  # when attached to a workflow
    # What only the store sets (never read from a form or an imported file):
    # the allow-private grant, the credential's shape (never its value),
    # what OpenAPI discovery found, and a feed's last fetch. Not part of the
    # definition's equality: two resources are the same definition without it.
    state: ResourceState | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of an api resource's OpenAPI spec."""

    method: str
    path: str
    operation_id: str = ""
    summary: str = ""

    def as_json(self) -> dict[str, str]:
        return {"method": self.method, "path": self.path, "operation_id": self.operation_id, "summary": self.summary}


@dataclass(frozen=True, slots=True)
class ResourceState:
    allow_private: bool = False
    granted_host: str = ""  # the grant holds for this host only
    granted_by: str = ""
    granted_at: datetime | None = None
    credential_kind: str = ""  # "bearer" or "header"; "" when none is stored
    credential_header: str = ""
    credential_host: str = ""  # injected only on requests to this host
    base_url: str | None = None
    operations: tuple[Operation, ...] = ()
    discovered_at: datetime | None = None
    last_fetch_at: datetime | None = None
    last_fetch_items: int | None = None
    last_fetch_error: str | None = None

    @property
    def has_credential(self) -> bool:
        return bool(self.credential_kind)


# -- validation ---------------------------------------------------------------


def _text(data: Mapping[str, Any], key: str, where: str, errors: list[str], *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        if required:
            errors.append(f"{where}{key}: required")
        return None
    if not isinstance(value, str):
        errors.append(f"{where}{key}: must be text")
        return None
    return value


def _int(value: Any, label: str, errors: list[str], *, minimum: int = 0) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(f"{label}: must be a whole number")
        return None
    if value < minimum:
        errors.append(f"{label}: must be {minimum} or more")
        return None
    if value > INT4_MAX:  # positions are PostgreSQL integers
        errors.append(f"{label}: must be {INT4_MAX} or less")
        return None
    return value


def parse_routes(raw: Any, where: str, errors: list[str]) -> tuple[Route, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        errors.append(f"{where}routes: must be a list of {{branch, goto}}")
        return ()
    routes: list[Route] = []
    for i, item in enumerate(raw):
        label = f"{where}routes[{i}]"
        if not isinstance(item, Mapping):
            errors.append(f"{label}: must be an object with branch and goto")
            continue
        branch = item.get("branch")
        goto = item.get("goto")
        if not isinstance(branch, str) or not branch:
            errors.append(f"{label}.branch: required text")
            continue
        if goto != END and (isinstance(goto, bool) or not isinstance(goto, int) or not 0 <= goto <= INT4_MAX):
            errors.append(f'{label}.goto: a step position or "end"')
            continue
        if any(r.branch == branch for r in routes):
            errors.append(f"{label}.branch: {branch!r} is routed twice")
            continue
        routes.append(Route(branch, goto))
    return tuple(routes)


# A skill's branch renamed after workflows were written against it: the old
# name is still read (a form, an imported document) and stored as the new
# one; migration 0035 renamed the stored routes.
RENAMED_BRANCHES: Final[Mapping[str, Mapping[str, str]]] = {"telegram_notify": {"on_success": "on_delivered"}}


def renamed_routes(skill: str, routes: tuple[Route, ...]) -> tuple[Route, ...]:
    """``routes`` with ``skill``'s old branch names read as the new ones
    (an old name routed beside its new one keeps the new one's route)."""
    renames = RENAMED_BRANCHES.get(skill)
    if not renames:
        return routes
    named = {r.branch for r in routes}
    return tuple(
        Route(renames[r.branch], r.goto) if r.branch in renames else r
        for r in routes
        if not (r.branch in renames and renames[r.branch] in named)
    )


def parse_step(data: Any, where: str, errors: list[str]) -> Step | None:
    """One step from plain data (an import, a form); errors are appended."""
    if not isinstance(data, Mapping):
        errors.append(f"{where.rstrip('.')}: must be an object")
        return None
    before = len(errors)
    position = _int(data.get("position"), f"{where}position", errors) if "position" in data else None
    if "position" not in data:
        errors.append(f"{where}position: required")
    skill = _text(data, "skill", where, errors, required=True)
    name = _text(data, "name", where, errors) or ""
    tier = _text(data, "llm_tier", where, errors)
    model = _text(data, "llm_model", where, errors)
    template = _text(data, "prompt_template", where, errors)
    config = data.get("config") or {}
    if not isinstance(config, Mapping):
        errors.append(f"{where}config: must be an object")
        config = {}
    input_from = data.get("input_from")
    if input_from is not None:
        input_from = _int(input_from, f"{where}input_from", errors)
    routes = parse_routes(data.get("routes"), where, errors)
    _check_policies(config, where, errors)
    if len(errors) > before or position is None or skill is None:
        return None
    routes = renamed_routes(skill, routes)
    return Step(position, skill, name, tier, model, template, dict(config), input_from, routes)


def _check_policies(config: Mapping[str, Any], where: str, errors: list[str]) -> None:
    circuit = config.get("on_circuit_open")
    if circuit is not None and circuit not in CIRCUIT_POLICIES:
        errors.append(f"{where}config.on_circuit_open: one of {', '.join(CIRCUIT_POLICIES)}")
    if circuit == "fallback" and not config.get("fallback_skill"):
        errors.append(f"{where}config.fallback_skill: required when on_circuit_open is fallback")
    missing = config.get("on_missing_skill")
    if missing is not None and missing not in MISSING_POLICIES:
        errors.append(f"{where}config.on_missing_skill: one of {', '.join(MISSING_POLICIES)}")
    timeout = config.get("timeout_ms")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int) or not 1 <= timeout <= INT4_MAX
    ):
        errors.append(f"{where}config.timeout_ms: a positive whole number of milliseconds (at most {INT4_MAX})")


def check_steps(steps: Sequence[Step], errors: list[str], where: str = "steps") -> None:
    """The rules every save of steps passes (editor, import, command line):
    unique positions; routes and input_from point at existing positions;
    the config fits the skill's schema; the LLM tier is a known one."""
    positions = [s.position for s in steps]
    seen: set[int] = set()
    for p in positions:
        if p in seen:
            errors.append(f"{where}: position {p} is used twice")
        seen.add(p)
    for step in steps:
        label = f"{where}[position {step.position}]"
        if step.input_from is not None and step.input_from not in seen:
            errors.append(f"{label}.input_from: there is no step at position {step.input_from}")
        for route in step.routes:
            if route.goto != END and route.goto not in seen:
                errors.append(f"{label}.routes.{route.branch}: there is no step at position {route.goto}")
        if step.llm_tier is not None and step.llm_tier not in TIERS:
            errors.append(f"{label}.llm_tier: {step.llm_tier!r} is not a tier; one of {', '.join(TIERS)}")
        schema = SCHEMAS.get(step.skill, ())
        errors.extend(f"{label}.config.{problem}" for problem in check_config(schema, step.config))
        if step.skill in CONFIG_CHECKS:
            errors.extend(f"{label}.config.{problem}" for problem in CONFIG_CHECKS[step.skill](step.config))


def check_name(name: Any, errors: list[str], label: str = "name") -> str | None:
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{label}: required")
        return None
    if len(name) > MAX_NAME:
        errors.append(f"{label}: at most {MAX_NAME} characters")
        return None
    problem = character_problem(name, multiline=False)
    if problem is not None:  # one line of text: no NUL, no control character, no line break
        errors.append(f"{label}: {problem}")
        return None
    return name.strip()


def step_to_json(step: Step) -> dict[str, Any]:
    """The export shape of a step (AlexClaw v1)."""
    return {
        "position": step.position,
        "name": step.name,
        "skill": step.skill,
        "llm_tier": step.llm_tier,
        "llm_model": step.llm_model,
        "prompt_template": step.prompt_template,
        "config": dict(step.config),
        "input_from": step.input_from,
        "routes": [{"branch": r.branch, "goto": r.goto} for r in step.routes],
    }


def masked_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """``config`` with every credential in it masked (``without_credentials``:
    secret-named keys' text and whatever the leak detector flags)."""
    masked, _ = without_credentials(dict(config), MASKED)
    return dict(masked)


def run_definition(workflow: Workflow) -> dict[str, Any]:
    """What a run stores of the workflow it runs (steps, masked config,
    routes): its history stays true after the workflow is edited."""
    steps = []
    for step in sorted(workflow.steps, key=lambda s: s.position):
        data = step_to_json(step)
        data["config"] = masked_config(step.config)
        steps.append(data)
    return {
        "name": workflow.name,
        "default_provider": workflow.default_provider,
        "node": workflow.node,
        "steps": steps,
    }
