"""The workflow, run and resource operations: a refusal is a value and
writes nothing, each act is audited once under its one action name with
the acting principal, a failure inside the act rolls the whole act back,
and a guarded change asks the one approval service (refused from a way in
the privileged table does not list, approved by the host on the CLI)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest

from alexclaw.security import (
    RESOURCE_ATTACHED,
    RESOURCE_SAVED,
    RUNS_CLEARED,
    STEP_SAVED,
    WORKFLOW_CREATED,
    WORKFLOW_DELETED,
    WORKFLOW_DUPLICATED,
    WORKFLOW_IMPORTED,
    WORKFLOW_UPDATED,
    Acting,
    Approver,
    Challenges,
    Done,
    Invalid,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import (
    Resource,
    ResourceOperations,
    RunOperations,
    Step,
    Workflow,
    WorkflowOperations,
    export_document,
    get_workflow,
)

WEB = Acting.web("192.0.2.7")
CLI = Acting.cli("alex")
CHAT = Acting.chat("telegram:42", "telegram")


@pytest.fixture
async def operations(database: DatabaseHandle) -> WorkflowOperations:
    # Two-factor off: no challenge is ever created, so no challenge actor is needed.
    return WorkflowOperations(Approver(Challenges(), database, lambda: False), "node-a")


async def audit(database: DatabaseHandle, action: str | None = None) -> list[asyncpg.Record]:
    async with database.pool().acquire() as conn:
        return list(
            await conn.fetch(
                "SELECT actor, action, target, outcome, detail::text AS detail FROM audit_log "
                "WHERE $1::text IS NULL OR action = $1 ORDER BY id",
                action,
            )
        )


async def count(database: DatabaseHandle, table: str) -> int:
    async with database.pool().acquire() as conn:
        return int(await conn.fetchval(f"SELECT count(*) FROM {table}"))


@pytest.fixture
async def refusing_audit(database: DatabaseHandle) -> AsyncIterator[None]:
    """The audit table refuses every row from here on (a real trigger):
    whatever an operation wrote before its audit row must not stay."""
    async with database.pool().acquire() as conn:
        await conn.execute(
            "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$"
        )
        await conn.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()"
        )
    yield


async def test_an_invalid_workflow_is_refused_as_a_value_and_nothing_is_written(
    operations: WorkflowOperations, database: DatabaseHandle
) -> None:
    refused = await operations.save(WEB, None, Workflow(None, "   "))
    assert isinstance(refused, Invalid) and refused.errors and "name" in refused.errors[0]
    assert await count(database, "workflows") == 0
    assert await audit(database) == []


async def test_each_workflow_operation_is_audited_once_under_its_action_with_the_acting_principal(
    operations: WorkflowOperations, database: DatabaseHandle
) -> None:
    created = await operations.save(WEB, None, Workflow(None, "Digest", enabled=False))
    assert isinstance(created, Done) and isinstance(created.value, int)
    async with database.pool().acquire() as conn:
        current = await get_workflow(conn, created.value)
    assert current is not None
    assert isinstance(await operations.save(WEB, current, Workflow(current.id, "Digest", "daily")), Done)
    steps = (Step(1, "echo"),)
    changed = await operations.change_steps(
        WEB, current, steps, action=STEP_SAVED, detail={"position": 1}, message="saved"
    )
    assert changed == Done("saved", None)
    copied = await operations.duplicate(WEB, created.value)
    assert isinstance(copied, Done)
    assert isinstance(await operations.delete(WEB, current), Done)
    document = export_document(Workflow(None, "Imported", steps=steps), [])
    from_web = await operations.import_(WEB, document)
    from_cli = await operations.import_(CLI, document, source="wf.json")
    assert isinstance(from_web, Done) and isinstance(from_cli, Done)

    rows = await audit(database)
    assert [r["action"] for r in rows] == [
        WORKFLOW_CREATED, WORKFLOW_UPDATED, STEP_SAVED, WORKFLOW_DUPLICATED, WORKFLOW_DELETED,
        WORKFLOW_IMPORTED, WORKFLOW_IMPORTED,
    ]  # fmt: skip
    assert [r["actor"] for r in rows] == [WEB.actor] * 6 + [CLI.actor]
    # The principal names its way in: the origin is the actor's prefix.
    assert all(r["actor"].startswith(f"{WEB.origin}:") for r in rows[:6])
    assert json.loads(rows[-1]["detail"]) == {"steps": 1, "source": "wf.json"}


async def test_a_failed_audit_row_rolls_the_whole_operation_back(
    operations: WorkflowOperations, database: DatabaseHandle, refusing_audit: None
) -> None:
    with pytest.raises(asyncpg.RaiseError, match="audit refused"):
        await operations.save(WEB, None, Workflow(None, "Unrecorded"))
    with pytest.raises(asyncpg.RaiseError, match="audit refused"):
        await operations.import_(CLI, export_document(Workflow(None, "Unrecorded"), []), source="-")
    with pytest.raises(asyncpg.RaiseError, match="audit refused"):
        await ResourceOperations(database).save(WEB, Resource(None, "Feed", "rss_feed", "https://example.org/f"))
    assert await count(database, "workflows") == 0
    assert await count(database, "resources") == 0


async def test_a_guarded_change_goes_through_the_one_approval_service_from_every_way_in(
    operations: WorkflowOperations, database: DatabaseHandle
) -> None:
    flagged = Workflow(None, "Flagged", enabled=False, metadata={"requires_2fa": True})
    made = await operations.save(WEB, None, flagged)
    assert isinstance(made, Done)
    # The chat is not listed for a guarded change: refused, and the refusal is audited.
    refused = await operations.set_enabled(CHAT, "Flagged", True)
    assert isinstance(refused, Invalid) and "cannot be done from chat" in refused.errors[0]
    [denied] = await audit(database, "privileged.refused")
    assert (denied["actor"], denied["target"], denied["outcome"]) == (CHAT.actor, "workflow.guarded_change", "denied")
    # The host approves it on the command line, and the row says with what.
    enabled = await operations.set_enabled(CLI, "Flagged", True)
    assert enabled == Done("Flagged is enabled", True)
    [row] = await audit(database, WORKFLOW_UPDATED)
    assert row["actor"] == CLI.actor
    assert json.loads(row["detail"]) == {
        "origin": "cli", "enabled": True, "why": "it enables a workflow that requires 2FA", "proof": "host",
    }  # fmt: skip


async def test_the_run_and_resource_operations_refuse_with_values_and_audit_what_they_do(
    database: DatabaseHandle, operations: WorkflowOperations
) -> None:
    runs = RunOperations(database)
    resources = ResourceOperations(database)
    assert await runs.rate(CHAT, 999, None, 1) == Invalid(("Run 999 has no recorded step.",))
    assert isinstance(await resources.save(WEB, Resource(None, "", "rss_feed")), Invalid)
    assert isinstance(await resources.attach(WEB, 12345, 67890, "input"), Invalid)
    assert isinstance(await resources.delete(WEB, 12345), Invalid)
    assert await audit(database) == []

    made = await operations.save(WEB, None, Workflow(None, "Holder"))
    saved = await resources.save(WEB, Resource(None, "Feed", "rss_feed", "https://example.org/f"))
    assert isinstance(made, Done) and made.value is not None and isinstance(saved, Done)
    assert isinstance(await resources.attach(WEB, made.value, saved.value, "input"), Done)
    cleared = await runs.clear(WEB, None)
    assert cleared == Done("0 finished runs cleared (active runs are kept).", 0)
    actions: list[Any] = [(r["action"], r["actor"]) for r in await audit(database)]
    assert actions == [
        (WORKFLOW_CREATED, WEB.actor), (RESOURCE_SAVED, WEB.actor), (RESOURCE_ATTACHED, WEB.actor),
        (RUNS_CLEARED, WEB.actor),
    ]  # fmt: skip
