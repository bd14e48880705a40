"""A workflow as a portable JSON document (AlexClaw v1), out and back in.

The shape, with no ids anywhere::

    {"version": 1,
     "workflow": {name, description, enabled, schedule, default_provider, node, metadata},
     "steps": [{position, name, skill, llm_tier, llm_model, prompt_template, config, input_from,
                routes: [{branch, goto}]}],
     "resources": [{name, type, url, content, metadata, tags, enabled, role}]}

Reading is strict about what it uses and lenient about what it does not:
every known field is checked and *every* problem is reported at once, each
prefixed with its path ("steps[2].skill: required"); unknown keys, ids
included, are ignored. Ids are never read, so a document cannot point at,
or overwrite, an existing row: an import always creates a new workflow
(renamed "X (imported N)" if the name is taken) and arrives disabled unless
the importer asks otherwise. Absent "steps" or
"resources" mean none. A resource with the same name and url as one already
stored is reused as it is (other workflows may share it); otherwise it is
created. The import is one transaction: it writes everything or nothing.

A document never carries a credential: the export replaces each one in
step config, prompt templates, resources, the workflow's description and
metadata (a secret-named key's text, whatever the leak detector flags) by
``PLACEHOLDER``; an import reads the placeholder as empty, and
``credentials_to_reenter`` names the fields the importer must fill in again.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from alexclaw.inputs import read_json
from alexclaw.security import Approval
from alexclaw.storage import Connection
from alexclaw.workflows._credentials import without_credentials, without_placeholder
from alexclaw.workflows._model import (
    MAX_NAME,
    Resource,
    Step,
    Workflow,
    WorkflowError,
    check_name,
    check_steps,
    import_guarded,
    parse_step,
    step_to_json,
)
from alexclaw.workflows._resource_store import attach_resource, check_resource, save_resource, workflow_resources
from alexclaw.workflows._store import check_approved, free_name, get_workflow, save_workflow

VERSION: Final = 1
IMPORTED: Final = " (imported {n})"
MAX_DOCUMENT_BYTES: Final = 512 * 1024
PLACEHOLDER: Final = "<credential removed on export>"


# -- out ----------------------------------------------------------------------


def export_document(workflow: Workflow, resources: Sequence[Resource]) -> dict[str, Any]:
    """The v1 document of ``workflow`` and its attached ``resources``, each
    credential in them replaced by ``PLACEHOLDER``."""
    document, _ = _credential_fields(_document(workflow, resources), without_credentials, PLACEHOLDER)
    return document


_Change = Callable[[Any, str, str], tuple[Any, list[str]]]


def _listed(document: Mapping[str, Any], key: str) -> list[Any]:
    value = document.get(key)
    return value if isinstance(value, list) else []


def _credential_fields(document: dict[str, Any], change: _Change, text: str) -> tuple[dict[str, Any], list[str]]:
    """``change`` (``without_credentials`` or ``without_placeholder``)
    applied to every part of a document a credential may sit in, and the
    paths it changed, named as an import's errors are."""
    paths: list[str] = []

    def apply(holder: Any, key: str, where: str) -> None:
        if isinstance(holder, dict) and key in holder:
            holder[key], changed = change(holder[key], text, where)
            paths.extend(changed)

    for key in ("description", "metadata"):
        apply(document.get("workflow"), key, f"workflow.{key}")
    for i, step in enumerate(_listed(document, "steps")):
        label = f"steps[position {step.get('position')}]" if isinstance(step, dict) else f"steps[{i}]"
        for key in ("config", "prompt_template"):
            apply(step, key, f"{label}.{key}")
    for i, resource in enumerate(_listed(document, "resources")):
        name = resource.get("name") if isinstance(resource, dict) else None
        label = f"resources[{name}]" if isinstance(name, str) and name else f"resources[{i}]"
        for key in ("url", "content", "metadata"):
            apply(resource, key, f"{label}.{key}")
    return document, paths


def reenter_message(fields: Sequence[str]) -> str:
    """What an import says about the credentials it did not bring."""
    if not fields:
        return ""
    return (
        f"Credentials were removed on export; enter {'it' if len(fields) == 1 else 'them'} again: "
        + ", ".join(fields) + "."
    )  # fmt: skip


def credentials_to_reenter(data: Any) -> list[str]:
    """The fields of a document whose credential was removed on export:
    they arrive empty, and the importer is told to enter them again."""
    if not isinstance(data, Mapping):
        return []
    return _credential_fields(copy.deepcopy(dict(data)), without_placeholder, PLACEHOLDER)[1]


def _document(workflow: Workflow, resources: Sequence[Resource]) -> dict[str, Any]:
    return {
        "version": VERSION,
        "workflow": {
            "name": workflow.name,
            "description": workflow.description,
            "enabled": workflow.enabled,
            "schedule": workflow.schedule,
            "default_provider": workflow.default_provider,
            "node": workflow.node,
            "metadata": dict(workflow.metadata),
        },
        "steps": [step_to_json(s) for s in sorted(workflow.steps, key=lambda s: s.position)],
        "resources": [
            {
                "name": r.name,
                "type": r.type,
                "url": r.url,
                "content": r.content,
                "metadata": dict(r.metadata),
                "tags": list(r.tags),
                "enabled": r.enabled,
                "role": r.role,
            }
            for r in resources
        ],
    }


async def export_workflow(conn: Connection, key: int | str) -> dict[str, Any] | None:
    """The document of the workflow with this id or name; None if there is none."""
    workflow = await get_workflow(conn, key)
    if workflow is None or workflow.id is None:
        return None
    return export_document(workflow, await workflow_resources(conn, workflow.id))


# -- in -----------------------------------------------------------------------


def load_document(raw: str | bytes, field: str = "document") -> Any:
    """The JSON of a document to import (uploaded, pasted, a file, stdin),
    read as every untrusted JSON is: at most MAX_DOCUMENT_BYTES, nesting
    limited, no NaN/Infinity, no NUL or control character in any string.
    ``InputError`` names ``field`` (and the path inside the document)."""
    return read_json(raw, field, max_bytes=MAX_DOCUMENT_BYTES)


def _text(data: Mapping[str, Any], key: str, where: str, errors: list[str]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        errors.append(f"{where}.{key}: must be text")
        return None
    return value


def _flag(data: Mapping[str, Any], key: str, where: str, errors: list[str]) -> bool:
    value = data.get(key, True)
    if value is None:
        return True
    if not isinstance(value, bool):
        errors.append(f"{where}.{key}: must be true or false")
        return True
    return value


def _object(data: Mapping[str, Any], key: str, where: str, errors: list[str]) -> dict[str, Any]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        errors.append(f"{where}.{key}: must be an object")
        return {}
    return dict(value)


def _list(data: Mapping[str, Any], key: str, errors: list[str]) -> list[Any]:
    if key not in data:
        return []
    value = data[key]
    if not isinstance(value, list):
        errors.append(f"{key}: must be a list")
        return []
    return value


def _parse_workflow(raw: Any, errors: list[str]) -> Workflow | None:
    if not isinstance(raw, Mapping):
        errors.append("workflow: required object")
        return None
    before = len(errors)
    name = check_name(raw.get("name"), errors, "workflow.name")
    description = _text(raw, "description", "workflow", errors) or ""
    enabled = _flag(raw, "enabled", "workflow", errors)
    schedule = _text(raw, "schedule", "workflow", errors) or None
    if schedule:
        from alexclaw.workflows._cron import cron_error

        problem = cron_error(schedule)
        if problem:
            errors.append(f"workflow.schedule: {problem}")
    provider = _text(raw, "default_provider", "workflow", errors) or None  # a provider row: checked on save
    node = _text(raw, "node", "workflow", errors) or None
    metadata = _object(raw, "metadata", "workflow", errors)
    if "requires_2fa" in metadata and not isinstance(metadata["requires_2fa"], bool):
        errors.append("workflow.metadata.requires_2fa: must be true or false")
    if len(errors) > before or name is None:
        return None
    return Workflow(None, name, description, enabled, schedule, provider, node, metadata)


def _position(item: Any) -> int | None:
    value = item.get("position") if isinstance(item, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def _parse_steps(raw: list[Any], errors: list[str]) -> tuple[Step, ...]:
    steps: list[Step] = []
    placeholders: list[Step] = []
    for i, item in enumerate(raw):
        step = parse_step(item, f"steps[{i}].", errors)
        if step is not None:
            steps.append(step)
        elif (position := _position(item)) is not None:
            # An invalid step still occupies its position: routes to it are
            # not reported as dangling, and a duplicate of it still is.
            placeholders.append(Step(position, "?"))
    check_steps([*steps, *placeholders], errors)
    return tuple(sorted(steps, key=lambda s: s.position))


def _parse_resource(item: Any, where: str, errors: list[str]) -> Resource | None:
    if not isinstance(item, Mapping):
        errors.append(f"{where}: must be an object")
        return None
    before = len(errors)
    name = item.get("name")
    kind = item.get("type")
    url = _text(item, "url", where, errors) or None
    content = _text(item, "content", where, errors)
    metadata = _object(item, "metadata", where, errors)
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        errors.append(f"{where}.tags: must be a list of text")
        tags = []
    enabled = _flag(item, "enabled", where, errors)
    role = _text(item, "role", where, errors) or "input"
    resource = Resource(
        None, name.strip() if isinstance(name, str) else "", kind if isinstance(kind, str) else "",
        url, content, metadata, tuple(tags), enabled, role,
    )  # fmt: skip
    errors.extend(check_resource(resource, f"{where}."))
    return resource if len(errors) == before else None


def _parse_resources(raw: list[Any], errors: list[str]) -> tuple[Resource, ...]:
    resources: list[Resource] = []
    seen: dict[tuple[str, str | None], int] = {}
    for i, item in enumerate(raw):
        resource = _parse_resource(item, f"resources[{i}]", errors)
        if resource is None:
            continue
        key = (resource.name, resource.url)
        if key in seen:
            errors.append(f"resources[{i}]: the same name and url as resources[{seen[key]}]")
            continue
        seen[key] = i
        resources.append(resource)
    return tuple(resources)


def parse_document(data: Any) -> tuple[Workflow, tuple[Resource, ...]]:
    """The workflow (id None, steps in position order) and its resources
    from a v1 document; ``WorkflowError`` lists every problem found."""
    if not isinstance(data, Mapping):
        raise WorkflowError(["document: must be a JSON object"])
    data, _ = _credential_fields(copy.deepcopy(dict(data)), without_placeholder, PLACEHOLDER)  # removed: empty
    errors: list[str] = []
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        errors.append(f"version: must be {VERSION}")
    workflow = _parse_workflow(data.get("workflow"), errors)
    steps = _parse_steps(_list(data, "steps", errors), errors)
    resources = _parse_resources(_list(data, "resources", errors), errors)
    if errors or workflow is None:
        raise WorkflowError(errors)
    return replace(workflow, steps=steps), resources


def _imported_pattern(name: str) -> str:
    """``free_name``'s pattern, shortening a long name so that the suffix
    still fits in MAX_NAME."""
    room = MAX_NAME - len(IMPORTED.format(n=9999))
    if len(name) <= room:
        return "{name}" + IMPORTED
    return name[:room].rstrip().replace("{", "{{").replace("}", "}}") + IMPORTED


async def _resource_id(conn: Connection, resource: Resource) -> int:
    """The stored resource with the same name and url, else a new one."""
    found = await conn.fetchval(
        "SELECT id FROM resources WHERE name = $1 AND url IS NOT DISTINCT FROM $2 ORDER BY id LIMIT 1",
        resource.name, resource.url,
    )  # fmt: skip
    if found is not None:
        return int(found)
    return await save_resource(conn, resource)


async def import_document(
    conn: Connection, data: Any, *, approval: Approval | None = None, enable: bool = False, here: str | None = None
) -> Workflow:
    """Create the workflow a v1 document describes, with its steps and
    resources, in one transaction; returns it as stored. It arrives
    disabled (its schedule is not live) unless the importer asks for
    ``enable``: whatever the document says. Raises ``WorkflowError`` (and
    writes nothing) if the document is invalid (a node pin must name a
    known node; ``here`` is the importer's), or if it is flagged or
    scheduled (``import_guarded``), two-factor is on and ``approval`` is
    not strong."""
    workflow, resources = parse_document(data)
    workflow = replace(workflow, enabled=enable)
    async with conn.transaction():
        await check_approved(conn, import_guarded(workflow), approval)
        name = await free_name(conn, workflow.name, _imported_pattern(workflow.name))
        workflow_id = await save_workflow(
            conn, replace(workflow, name=name), with_steps=True, approval=approval, here=here
        )
        for resource in resources:
            await attach_resource(conn, workflow_id, await _resource_id(conn, resource), resource.role)
        saved = await get_workflow(conn, workflow_id)
    assert saved is not None
    return saved
