"""Workflows, steps and resources in PostgreSQL. Every write validates
first (``WorkflowError`` with per-field messages) and is one transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace

import asyncpg

from alexclaw.config import two_factor_in_force
from alexclaw.inputs import character_problem, id_problem
from alexclaw.llm import load_providers
from alexclaw.security import Approval
from alexclaw.storage import Connection
from alexclaw.workflows._model import (
    Route,
    Step,
    Workflow,
    WorkflowError,
    check_name,
    check_steps,
    guarded_change,
)

_WORKFLOW_COLUMNS = "id, name, description, enabled, schedule, default_provider, node, metadata::text AS metadata"
_STEP_COLUMNS = (
    "position, name, skill, llm_tier, llm_model, prompt_template, config::text AS config, input_from, "
    "routes::text AS routes"
)


def _step(row: asyncpg.Record) -> Step:
    routes = tuple(Route(r["branch"], r["goto"]) for r in json.loads(row["routes"]))
    return Step(
        row["position"], row["skill"], row["name"], row["llm_tier"], row["llm_model"], row["prompt_template"],
        json.loads(row["config"]), row["input_from"], routes,
    )  # fmt: skip


def _workflow(row: asyncpg.Record, steps: Sequence[Step] = ()) -> Workflow:
    return Workflow(
        row["id"], row["name"], row["description"], row["enabled"], row["schedule"], row["default_provider"],
        row["node"], json.loads(row["metadata"]), tuple(steps),
    )  # fmt: skip


async def list_workflows(conn: Connection, *, with_steps: bool = False) -> list[Workflow]:
    rows = await conn.fetch(f"SELECT {_WORKFLOW_COLUMNS} FROM workflows ORDER BY lower(name)")  # noqa: S608 - constant column lists
    if not with_steps:
        return [_workflow(r) for r in rows]
    steps: dict[int, list[Step]] = {}
    for s in await conn.fetch(f"SELECT workflow_id, {_STEP_COLUMNS} FROM workflow_steps ORDER BY position"):  # noqa: S608 - constant column lists
        steps.setdefault(s["workflow_id"], []).append(_step(s))
    return [_workflow(r, steps.get(r["id"], ())) for r in rows]


async def get_workflow(conn: Connection, key: int | str) -> Workflow | None:
    """By id, or by exact name (an all-digit text is an id first)."""
    row = None
    as_id = key if isinstance(key, int) else int(key) if key.isascii() and key.isdigit() and len(key) <= 19 else None
    if as_id is not None and id_problem(as_id) is None:  # beyond the id column it can only be a name
        row = await conn.fetchrow(f"SELECT {_WORKFLOW_COLUMNS} FROM workflows WHERE id = $1", as_id)  # noqa: S608 - constant column lists
    if row is None and isinstance(key, str) and character_problem(key, multiline=False) is None:  # no NUL to PostgreSQL
        row = await conn.fetchrow(f"SELECT {_WORKFLOW_COLUMNS} FROM workflows WHERE name = $1", key)  # noqa: S608 - constant column lists
    if row is None:
        return None
    steps = await conn.fetch(
        f"SELECT {_STEP_COLUMNS} FROM workflow_steps WHERE workflow_id = $1 ORDER BY position",  # noqa: S608
        row["id"],
    )
    return _workflow(row, [_step(s) for s in steps])


def _check_workflow(workflow: Workflow) -> list[str]:
    errors: list[str] = []
    check_name(workflow.name, errors)
    if workflow.schedule:
        from alexclaw.workflows._cron import cron_error

        problem = cron_error(workflow.schedule)
        if problem:
            errors.append(f"schedule: {problem}")
    if not isinstance(workflow.metadata, Mapping):
        errors.append("metadata: must be an object")
    check_steps(workflow.steps, errors)
    return errors


async def known_nodes(conn: Connection, here: str | None = None) -> set[str]:
    """The nodes that exist: every node that claimed its name on this
    database, every node a run names, and ``here`` (the caller's node)."""
    rows = await conn.fetch("SELECT name FROM known_nodes UNION SELECT DISTINCT node FROM workflow_runs")
    return {r["name"] for r in rows} | ({here} if here else set())


async def check_node(conn: Connection, node: str | None, here: str | None, errors: list[str]) -> None:
    """A pin names a node that exists, never one that is ignored later."""
    if node is None:
        return
    nodes = await known_nodes(conn, here)
    if node not in nodes:
        known = ", ".join(sorted(nodes)) or "none yet"
        errors.append(f"node: there is no node named {node!r} (known nodes: {known})")


async def check_default_provider(
    conn: Connection, workflow: Workflow, before: Workflow | None, errors: list[str]
) -> None:
    """A workflow's default provider names a provider in the provider
    table (the one its steps' ``llm`` calls go to when a step names none).
    Checked where new or changed, as a step's model is."""
    named = workflow.default_provider
    if not named or (before is not None and before.default_provider == named):
        return
    providers = {p.name for p in await load_providers(conn)}
    if named not in providers:
        known = ", ".join(sorted(providers)) or "none configured"
        errors.append(f"default_provider: there is no provider named {named!r} (providers: {known})")


async def check_step_models(
    conn: Connection, steps: Sequence[Step], before: Sequence[Step], errors: list[str], where: str = "steps"
) -> None:
    """A step's model (``llm_model``) names a provider in the provider
    table: the one the step's ``llm`` calls go to. Checked where it is new
    or changed (as a node pin is), so removing a provider does not lock the
    workflows that named it out of every other edit."""
    had = {(s.position, s.llm_model) for s in before}
    named = [s for s in steps if s.llm_model and (s.position, s.llm_model) not in had]
    if not named:
        return
    providers = {p.name for p in await load_providers(conn)}
    known = ", ".join(sorted(providers)) or "none configured"
    for step in named:
        if step.llm_model not in providers:
            errors.append(
                f"{where}[position {step.position}].llm_model: there is no provider named {step.llm_model!r} "
                f"(providers: {known})"
            )


async def check_approved(conn: Connection, why: str | None, approval: Approval | None) -> None:
    """Refuse a guarded change (``why`` says what it does) while two-factor
    is on, unless ``approval`` is strong (a code, or the host's command
    line): every path that writes workflows passes here."""
    if why is not None and (approval is None or not approval.strong) and await two_factor_in_force(conn):
        raise WorkflowError([f"2FA: this change needs a code: {why}"])


async def save_workflow(
    conn: Connection, workflow: Workflow, *, with_steps: bool = False, approval: Approval | None = None,
    here: str | None = None,
) -> int:  # fmt: skip
    """Insert (id None) or update the workflow's own fields; with
    ``with_steps`` its steps are replaced too. Returns the id. A change
    ``guarded_change`` names is refused without a strong ``approval``
    while two-factor is on. A node pin that changes must name a known node
    (``here`` is the caller's own)."""
    errors = _check_workflow(workflow)
    before = None if workflow.id is None else await get_workflow(conn, workflow.id)
    if workflow.node and (before is None or before.node != workflow.node):
        await check_node(conn, workflow.node, here, errors)
    await check_default_provider(conn, workflow, before, errors)
    if with_steps:
        await check_step_models(conn, workflow.steps, before.steps if before else (), errors)
    if errors:
        raise WorkflowError(errors)
    steps_changed = with_steps and (before is None or before.steps != workflow.steps)
    await check_approved(conn, guarded_change(before, workflow, steps_changed=steps_changed), approval)
    values = (
        workflow.name.strip(), workflow.description, workflow.enabled, workflow.schedule or None,
        workflow.default_provider or None, workflow.node or None, json.dumps(dict(workflow.metadata)),
    )  # fmt: skip
    try:
        async with conn.transaction():
            if workflow.id is None:
                workflow_id = await conn.fetchval(
                    "INSERT INTO workflows (name, description, enabled, schedule, default_provider, node, metadata) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id",
                    *values,
                )
            else:
                workflow_id = await conn.fetchval(
                    "UPDATE workflows SET name = $2, description = $3, enabled = $4, schedule = $5, "
                    "default_provider = $6, node = $7, metadata = $8::jsonb, updated_at = now() "
                    "WHERE id = $1 RETURNING id",
                    workflow.id, *values,
                )  # fmt: skip
                if workflow_id is None:
                    raise WorkflowError([f"workflow {workflow.id}: does not exist"])
            if with_steps:
                await _replace_steps(conn, workflow_id, workflow.steps)
    except asyncpg.UniqueViolationError:
        raise WorkflowError([f"name: a workflow named {workflow.name.strip()!r} already exists"]) from None
    return int(workflow_id)


async def _replace_steps(conn: Connection, workflow_id: int, steps: Sequence[Step]) -> None:
    await conn.execute("DELETE FROM workflow_steps WHERE workflow_id = $1", workflow_id)
    if steps:
        await conn.executemany(
            "INSERT INTO workflow_steps (workflow_id, position, name, skill, llm_tier, llm_model, prompt_template, "
            "config, input_from, routes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb)",
            [
                (
                    workflow_id, s.position, s.name, s.skill, s.llm_tier, s.llm_model, s.prompt_template,
                    json.dumps(dict(s.config)), s.input_from,
                    json.dumps([{"branch": r.branch, "goto": r.goto} for r in s.routes]),
                )
                for s in steps
            ],
        )  # fmt: skip
    # Any change to the steps is a change to the workflow (and its NOTIFY).
    await conn.execute("UPDATE workflows SET updated_at = now() WHERE id = $1", workflow_id)


async def save_steps(
    conn: Connection, workflow_id: int, steps: Sequence[Step], *, approval: Approval | None = None
) -> None:
    """Replace a workflow's steps after checking them together (a workflow
    that requires 2FA: only with a strong ``approval`` while 2FA is on)."""
    errors: list[str] = []
    check_steps(steps, errors)
    before = await get_workflow(conn, workflow_id)
    await check_step_models(conn, steps, before.steps if before else (), errors)
    if errors:
        raise WorkflowError(errors)
    if before is not None:
        after = replace(before, steps=tuple(steps))
        await check_approved(conn, guarded_change(before, after, steps_changed=before.steps != after.steps), approval)
    async with conn.transaction():
        await _replace_steps(conn, workflow_id, steps)


async def delete_workflow(conn: Connection, workflow_id: int) -> bool:
    return await conn.fetchval("DELETE FROM workflows WHERE id = $1 RETURNING id", workflow_id) is not None


async def free_name(conn: Connection, wanted: str, pattern: str) -> str:
    """``wanted`` if free, else ``pattern.format(name=wanted, n=N)`` for the
    first free N (imports: "X (imported 2)")."""
    taken = {r["name"] for r in await conn.fetch("SELECT name FROM workflows WHERE name LIKE $1", wanted[:150] + "%")}
    if wanted not in taken:
        return wanted
    n = 1
    while pattern.format(name=wanted, n=n) in taken:
        n += 1
    return pattern.format(name=wanted, n=n)


async def duplicate_workflow(conn: Connection, workflow_id: int) -> int | None:
    """A disabled, unscheduled copy named "X (copy)" (then "X (copy 2)")."""
    original = await get_workflow(conn, workflow_id)
    if original is None:
        return None
    name = await free_name(conn, f"{original.name} (copy)", "{name} {n}")
    copy = Workflow(
        None, name, original.description, False, None, original.default_provider, original.node,
        original.metadata, original.steps,
    )  # fmt: skip
    async with conn.transaction():
        new_id = await save_workflow(conn, copy, with_steps=True)
        await conn.execute(
            "INSERT INTO workflow_resources (workflow_id, resource_id, role) "
            "SELECT $2, resource_id, role FROM workflow_resources WHERE workflow_id = $1",
            workflow_id, new_id,
        )  # fmt: skip
    return new_id
