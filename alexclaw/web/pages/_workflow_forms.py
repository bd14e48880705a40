"""Form data → workflow values, as plain functions: what the workflow and
step editors post, read and validated with the model's own rules (one
wording of each error, naming the field)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from alexclaw.inputs import InputError, read_json
from alexclaw.workflows import (
    CIRCUIT_POLICIES,
    DEFAULT_BRANCH,
    END,
    MISSING_POLICIES,
    TIERS,
    Route,
    Step,
    Workflow,
    WorkflowError,
    parse_step,
)
from skills import SkillMeta

SCHEDULE_PRESETS: Final = (
    ("", "No schedule (manual only)"),
    ("*/15 * * * *", "Every 15 minutes"),
    ("0 * * * *", "Every hour"),
    ("0 7 * * *", "Every day at 07:00"),
    ("0 7 * * 1-5", "Weekdays at 07:00"),
    ("0 9 * * 1", "Mondays at 09:00"),
    ("0 0 1 * *", "First of the month at 00:00"),
)
POLICY_KEYS: Final = ("on_circuit_open", "fallback_skill", "on_missing_skill", "timeout_ms")


def _text(form: Mapping[str, Any], key: str) -> str:
    return str(form.get(key, "") or "").strip()


def workflow_from_form(form: Mapping[str, Any], current: Workflow | None) -> Workflow:
    """The workflow's own fields (its steps are kept)."""
    metadata = dict(current.metadata) if current else {}
    metadata["requires_2fa"] = form.get("requires_2fa") is not None
    return Workflow(
        current.id if current else None,
        _text(form, "name"),
        _text(form, "description"),
        form.get("enabled") is not None,
        _text(form, "schedule") or None,
        _text(form, "default_provider") or None,
        _text(form, "node") or None,
        metadata,
        current.steps if current else (),
    )


def _whole(text: str) -> int | None:
    """A whole number typed into the form: ASCII digits, short enough to
    convert (a longer one stays text, and the model says what is wrong)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 19 else None


def _typed(value: str, kind: str) -> Any:
    if kind in {"number", "integer"}:
        try:
            number = float(value)
        except ValueError:
            return value  # the workflow's check names the field and says what it takes
        if not math.isfinite(number):
            return value  # NaN and Infinity are not JSON: kept as text, as any other non-number
        return int(number) if number.is_integer() else number
    if kind == "boolean":
        return value.lower() in {"on", "true", "yes", "1"}
    return value


def _goto(value: str, label: str, errors: list[str]) -> int | str | None:
    if not value:
        return None
    if value == END:
        return END
    number = _whole(value)
    if number is not None:
        return number
    errors.append(f'{label}: a step position or "end"')
    return None


def step_from_form(form: Mapping[str, Any], meta: SkillMeta | None, position: int) -> Step:
    """One step from the editor: config fields per the skill's schema, an
    optional JSON object for anything else, routes per declared branch."""
    errors: list[str] = []
    config: dict[str, Any] = {}
    extra = _text(form, "extra_config")
    if extra:
        try:
            parsed = read_json(extra, "extra config")
        except InputError as exc:
            errors.append(str(exc))
        else:
            if isinstance(parsed, dict):
                config.update(parsed)
            else:
                errors.append("extra config: must be a JSON object")
    for field in meta.config_schema if meta else ():
        raw = _text(form, f"cfg.{field.name}")
        if raw:
            config[field.name] = _typed(raw, field.type)
        elif field.type == "boolean":
            config[field.name] = False
    circuit = _text(form, "on_circuit_open") or "halt"
    if circuit != "halt":
        config["on_circuit_open"] = circuit
    if circuit == "fallback":
        config["fallback_skill"] = _text(form, "fallback_skill")
    missing = _text(form, "on_missing_skill") or "halt"
    if missing != "halt":
        config["on_missing_skill"] = missing
    timeout = _text(form, "timeout_ms")
    if timeout:
        whole = _whole(timeout)
        config["timeout_ms"] = whole if whole is not None else timeout
    routes = []
    for branch in branches_of(meta):
        goto = _goto(_text(form, f"route.{branch}"), f"route {branch}", errors)
        if goto is not None:
            routes.append({"branch": branch, "goto": goto})
    input_from = _text(form, "input_from")
    data = {
        "position": position,
        "skill": _text(form, "skill"),
        "name": _text(form, "name"),
        "llm_tier": _text(form, "llm_tier") or None,
        "llm_model": _text(form, "llm_model") or None,
        "prompt_template": _text(form, "prompt_template") or None,
        "config": config,
        "input_from": _whole(input_from),
        "routes": routes,
    }
    if input_from and _whole(input_from) is None:
        errors.append("input from: a step position")
    step = parse_step(data, "", errors)
    if errors or step is None:
        raise WorkflowError(errors)
    return step


def branches_of(meta: SkillMeta | None) -> list[str]:
    """The branches a step can route: the skill's declared ones + default."""
    declared = list(meta.routes) if meta else []
    return [*declared, DEFAULT_BRANCH] if DEFAULT_BRANCH not in declared else declared


def schema_values(step: Step | None, meta: SkillMeta | None) -> tuple[dict[str, Any], str]:
    """(schema field values, JSON of the rest) to fill the editor."""
    if step is None:
        return {f.name: "" if f.default is None else f.default for f in (meta.config_schema if meta else ())}, ""
    names = {f.name for f in meta.config_schema} if meta else set()
    shown = {k: v for k, v in step.config.items() if k in names}
    rest = {k: v for k, v in step.config.items() if k not in names and k not in POLICY_KEYS}
    return shown, json.dumps(rest, indent=1) if rest else ""


_STEP_FIELDS = ("prompt_template", "llm_tier", "llm_model")


def preset_form(meta: SkillMeta | None, preset: str) -> dict[str, str] | None:
    """The editor's form filled from one of the skill's presets (not yet
    saved): schema fields as ``cfg.*``, the step's own fields (a prompt
    template, a tier) as themselves, anything else in the extra JSON."""
    if meta is None or preset not in meta.presets:
        return None
    names = {f.name for f in meta.config_schema}
    form: dict[str, str] = {}
    extra: dict[str, Any] = {}
    for key, value in meta.presets[preset].items():
        if key in _STEP_FIELDS:
            form[key] = str(value)
        elif key in names:
            form[f"cfg.{key}"] = ("on" if value else "") if isinstance(value, bool) else str(value)
        else:
            extra[key] = value
    if extra:
        form["extra_config"] = json.dumps(extra, indent=1)
    return form


def with_step(steps: Sequence[Step], step: Step, replacing: int | None) -> tuple[Step, ...]:
    kept = [s for s in steps if s.position != replacing]
    return tuple(sorted([*kept, step], key=lambda s: s.position))


def _renumber(value: Any, mapping: Mapping[int, int]) -> Any:
    return mapping.get(value, value) if isinstance(value, int) else value


def move_step(steps: Sequence[Step], position: int, direction: str) -> tuple[Step, ...]:
    """Swap a step with its neighbour; routes and ``input_from`` that point
    at either follow it, so the workflow means the same afterwards."""
    ordered = sorted(steps, key=lambda s: s.position)
    index = next((i for i, s in enumerate(ordered) if s.position == position), None)
    if index is None:
        raise WorkflowError([f"position {position}: there is no such step"])
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(ordered):
        return tuple(ordered)
    a, b = ordered[index].position, ordered[other].position
    mapping = {a: b, b: a}
    moved = []
    for s in ordered:
        moved.append(
            replace(
                s,
                position=_renumber(s.position, mapping),
                input_from=_renumber(s.input_from, mapping),
                routes=tuple(Route(r.branch, _renumber(r.goto, mapping)) for r in s.routes),
            )
        )
    return tuple(sorted(moved, key=lambda s: s.position))


def remove_step(steps: Sequence[Step], position: int) -> tuple[Step, ...]:
    """Refused while another step routes to it or reads its output."""
    users = [
        s.label + f" (position {s.position})"
        for s in steps
        if s.position != position and (s.input_from == position or any(r.goto == position for r in s.routes))
    ]
    if users:
        raise WorkflowError([f"position {position}: still used by {', '.join(users)}; change those steps first"])
    return tuple(s for s in steps if s.position != position)


def next_position(steps: Sequence[Step]) -> int:
    return max((s.position for s in steps), default=-1) + 1


CHOICES: Final = {"on_circuit_open": CIRCUIT_POLICIES, "on_missing_skill": MISSING_POLICIES, "llm_tier": TIERS}
