"""What MCP clients may call: one tool per registered non-privileged skill
(``skill:<name>``) and one per enabled workflow (``workflow:<name>``).

Plain functions over the registry's snapshot and the workflow store, so the
list is always what the node has now. A workflow's name keeps letters,
digits and ``. _ -`` (anything else becomes ``_``, at most 128 characters in
all) and, when two would collide, gets its id. A call may also name a tool
with ``.`` for the ``:`` (SEP-986's character set, which some clients
enforce): ``find_tool`` resolves both.

Privileged skills — the shell, the coder, backups, the browser, SQL, and
any skill that may change skills or workflows — are never tools, and a
workflow with such a step is refused over MCP unless a 2FA code approves
that run (``_calls``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.workflows import Workflow
from skills import ConfigField, SkillMeta

SKILL_TOOL: Final = "skill:"
WORKFLOW_TOOL: Final = "workflow:"
NEVER_TOOLS: Final = frozenset({"shell", "coder", "db_backup", "web_automation", "sql_query"})
# A skill declaring one of these may change the node itself (or do anything):
# what MCP must never reach without the operator.
PRIVILEGED_PERMISSIONS: Final = frozenset({"all", "skill_write", "skill_manage", "workflow_manage", "cluster_dispatch"})
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_JSON_TYPES: Final = {
    "string": "string", "text": "string", "number": "number", "integer": "integer", "boolean": "boolean",
}  # fmt: skip


def privileged(meta: SkillMeta | None) -> bool:
    """True for a skill MCP never offers (a missing skill counts: fail closed)."""
    return (
        meta is None
        or meta.privileged  # declared: runs only behind a 2FA code
        or meta.name in NEVER_TOOLS
        or bool(meta.permissions & PRIVILEGED_PERMISSIONS)
    )


def privileged_steps(workflow: Workflow, skills: Mapping[str, SkillMeta]) -> list[str]:
    """The skills of ``workflow``'s steps that are privileged (or unknown)."""
    return sorted({step.skill for step in workflow.steps if privileged(skills.get(step.skill))})


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """One tool: its name, what it runs, and its MCP description and schema."""

    name: str
    kind: str  # skill | workflow
    target: str  # the skill's name, or the workflow's id as text
    description: str
    input_schema: Mapping[str, Any]
    fields: tuple[ConfigField, ...] = ()


def _field_schema(field: ConfigField) -> dict[str, Any]:
    schema: dict[str, Any] = {}
    if field.choices:
        schema = {"type": "string", "enum": list(field.choices)}
    elif field.type in _JSON_TYPES:
        schema = {"type": _JSON_TYPES[field.type]}
        if field.minimum is not None:
            schema["minimum"] = field.minimum
        if field.maximum is not None:
            schema["maximum"] = field.maximum
    if field.hint:
        schema["description"] = field.hint
    if field.default is not None:
        schema["default"] = field.default
    return schema


def skill_tool(meta: SkillMeta) -> ToolSpec:
    properties: dict[str, Any] = {"input": {"description": "The skill's input (any JSON value)."}}
    for field in meta.config_schema:
        if field.name != "input":
            properties[field.name] = _field_schema(field)
    required = [f.name for f in meta.config_schema if f.required and f.name != "input"]
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    branches = ", ".join(f"{name} ({kind.value})" for name, kind in meta.branches.items())
    description = f"{meta.description.strip()} Answers on the branches: {branches}."
    return ToolSpec(SKILL_TOOL + meta.name, "skill", meta.name, description, schema, meta.config_schema)


def workflow_tool(workflow: Workflow, name: str) -> ToolSpec:
    schema = {
        "type": "object",
        "properties": {"input": {"description": "The run's input (any JSON value)."}},
        "additionalProperties": False,
    }
    steps = " → ".join(step.label for step in workflow.steps) or "no steps"
    description = f"{workflow.description.strip() or 'Run the workflow ' + workflow.name + '.'} Steps: {steps}."
    return ToolSpec(name, "workflow", str(workflow.id), description.strip(), schema)


def tool_name(prefix: str, name: str) -> str:
    return (prefix + _UNSAFE.sub("_", name))[:128]


def build_tools(skills: Iterable[SkillMeta], workflows: Sequence[Workflow]) -> dict[str, ToolSpec]:
    """Every tool by name: the non-privileged skills, then the enabled
    workflows (a workflow whose sanitized name is taken gets its id)."""
    tools: dict[str, ToolSpec] = {}
    for meta in sorted(skills, key=lambda m: m.name):
        if not privileged(meta):
            tools[SKILL_TOOL + meta.name] = skill_tool(meta)
    for workflow in sorted(workflows, key=lambda w: w.id or 0):
        if not workflow.enabled or workflow.id is None:
            continue
        name = tool_name(WORKFLOW_TOOL, workflow.name)
        if name in tools:
            name = tool_name(WORKFLOW_TOOL, f"{workflow.name}-{workflow.id}")
        tools[name] = workflow_tool(workflow, name)
    return tools


def find_tool(tools: Mapping[str, ToolSpec], name: str) -> ToolSpec | None:
    """The tool ``name`` names: exactly, or with ``.`` for the ``:`` after
    ``skill``/``workflow``, or a workflow by the name it was given."""
    if name in tools:
        return tools[name]
    for prefix in (SKILL_TOOL, WORKFLOW_TOOL):
        dotted = prefix[:-1] + "."
        if name.startswith(dotted):
            name = prefix + name.removeprefix(dotted)
        if name.startswith(prefix):
            return tools.get(name) or tools.get(tool_name(prefix, name.removeprefix(prefix)))
    return None


def split_arguments(tool: ToolSpec, arguments: Mapping[str, Any] | None) -> tuple[Any, dict[str, Any]] | str:
    """(input, config) from a call's arguments, or why they do not fit the
    tool's schema (an unknown field, a value its field refuses, a missing
    required one)."""
    given = dict(arguments or {})
    value = given.pop("input", None)
    if tool.kind == "workflow":
        return (value, {}) if not given else f"unknown argument(s): {', '.join(sorted(given))}"
    fields = {f.name: f for f in tool.fields}
    unknown = sorted(set(given) - set(fields))
    if unknown:
        return f"unknown argument(s): {', '.join(unknown)}"
    for name, field in fields.items():
        if name not in given:
            if field.required:
                return f"{name}: required"
            continue
        problem = field.problem(given[name])
        if problem:
            return f"{name}: {problem}"
    return value, given
