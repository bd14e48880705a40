"""``sql_query`` as a workflow step runs it: through invoke (permission
``db_read``, the output sanitized as an external skill's), the backend
reading the password the skill never sees; and the step's save, which
tries the query read-only on its database first."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import pytest

from actors import Snapshot
from alexclaw.config import ConfigHandle
from alexclaw.connections import ConnectionOperations, SqlStepCheck
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.security import (
    STEP_SAVED,
    Approver,
    Authorizer,
    CapabilityTokens,
    Challenges,
    Done,
    Invalid,
    Policy,
    PolicyEngine,
    SecretBox,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import AuthorizerAdapter, ConfigAdapter, SqlBackend, TokensAdapter, output_sanitizer
from alexclaw.workflows import Step, Workflow, WorkflowOperations, export_document, get_workflow
from skills import ORIGIN_WORKFLOW, Backends, Invocation, Registered, SkillCaller, SkillRegistry, Skills
from skills.builtin import SqlQuery
from tests.alexclaw.connections.conftest import CLI, KEY, saved
from tests.alexclaw.connections.support import SecondDatabase


@dataclass
class Node:
    invoker: Invoker
    database: DatabaseHandle
    reporting: SecondDatabase

    async def step(self, **config: Any) -> Invocation:
        caller = SkillCaller("workflow:report", ORIGIN_WORKFLOW, "7")
        return await self.invoker.invoke(caller, "sql_query", None, config={"connection": "reports", **config},
                                         timeout=30)  # fmt: skip


@pytest.fixture
async def node(
    database: DatabaseHandle, reporting: SecondDatabase, operations: ConnectionOperations, box: SecretBox
) -> AsyncIterator[Node]:
    await saved(operations, reporting)
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    registry = await SkillRegistry(snapshot, (SqlQuery(),)).start()
    skills = Skills(snapshot, registry)
    tokens = CapabilityTokens(KEY)
    policies: tuple[Policy, ...] = ()
    invoker = Invoker(
        skills, AuthorizerAdapter(Authorizer(PolicyEngine(lambda: policies, tokens), database)),
        TokensAdapter(tokens), output_sanitizer(lambda: [m.name for m in skills.all()], lambda: 1_000_000),
        AuditedInvocations(database), config=ConfigAdapter(ConfigHandle()),
        backends=Backends(sql_query=SqlBackend(database, box, lambda: 1000)),
    )  # fmt: skip
    yield Node(invoker, database, reporting)
    await registry.stop()


async def test_rows_go_out_on_rows_as_json_with_params(node: Node) -> None:
    got = await node.step(query="SELECT id, title, price FROM items WHERE id <= $1 ORDER BY id", params=[2])
    assert got.outcome.branch == "on_rows"
    assert got.outcome.result == [{"id": 1, "title": "first", "price": "9.99"},
                                  {"id": 2, "title": "second", "price": None}]  # fmt: skip
    typed = await node.step(query="SELECT title FROM items WHERE id = $1", params="[2]")  # the step editor's text
    assert typed.outcome.result == [{"title": "second"}]


async def test_no_rows_is_on_empty(node: Node) -> None:
    got = await node.step(query="SELECT id FROM items WHERE id > $1", params=[100])
    assert got.outcome.branch == "on_empty" and got.outcome.result["columns"] == ["id"]


async def test_a_write_a_timeout_an_unknown_connection_and_over_cap_end_on_error_with_a_reason(node: Node) -> None:
    write = await node.step(query="DELETE FROM items RETURNING id")
    assert write.outcome.branch == "on_error" and write.outcome.result["kind"] == "refused"
    # The step asks for 10 s; the node's sql.max_timeout_ms (1 s here) caps it.
    slow = await node.step(query="SELECT pg_sleep(3)", timeout_ms=10_000)
    assert slow.outcome.branch == "on_error" and slow.outcome.result["kind"] == "timeout"
    assert "1000 ms" in slow.outcome.result["error"]  # the setting's cap, under the step's 10 s
    unknown = await node.step(query="SELECT 1", connection="nope")
    assert unknown.outcome.branch == "on_error" and "no connection named" in unknown.outcome.result["error"]
    big = await node.step(query="SELECT * FROM big")
    assert big.outcome.branch == "on_error" and "over the 5 MB cap" in big.outcome.result["error"]
    bad = await node.step(query="SELECT 1", params={"not": "a list"})
    assert bad.outcome.branch == "on_error"


async def test_a_slow_query_ends_on_error_before_the_steps_own_limit_of_the_same_timeout_ms(node: Node) -> None:
    caller = SkillCaller("workflow:report", ORIGIN_WORKFLOW, "7")
    config = {"connection": "reports", "query": "SELECT pg_sleep(5)", "timeout_ms": 800}
    # The executor gives a step its timeout_ms as its limit: the statement must stop first.
    got = await node.invoker.invoke(caller, "sql_query", None, config=config, timeout=0.8)
    assert got.outcome.branch == "on_error" and got.outcome.result["kind"] == "timeout", got


async def test_the_invocation_audit_carries_no_row_value(node: Node) -> None:
    await node.step(query="SELECT title::integer FROM items")
    async with node.database.pool().acquire() as conn:
        details = [r["d"] for r in await conn.fetch("SELECT detail::text AS d FROM audit_log")]
    assert details and all("first" not in d and node.reporting.password not in d for d in details)


def workflow_operations(node: Node, box: SecretBox, *, checked: bool = True) -> WorkflowOperations:
    check = SqlStepCheck(node.database, box, lambda: 60_000) if checked else None
    return WorkflowOperations(Approver(Challenges(), node.database, lambda: False), "node-a", check)


async def test_a_step_is_saved_only_when_its_query_reads(node: Node, box: SecretBox) -> None:
    operations = workflow_operations(node, box)
    created = await operations.save(CLI, None, Workflow(None, "Report", enabled=False))
    assert isinstance(created, Done) and isinstance(created.value, int)
    async with node.database.pool().acquire() as conn:
        workflow = await get_workflow(conn, created.value)
    assert workflow is not None

    async def save(config: dict[str, Any]) -> Done[None] | Invalid | Any:
        steps = (Step(1, "sql_query", config={"connection": "reports", **config}),)
        return await operations.change_steps(CLI, workflow, steps, action=STEP_SAVED, detail={}, message="saved")

    assert await save({"query": "SELECT id FROM items WHERE id = $1", "params": [1]}) == Done("saved", None)
    assert await save({"query": "SELECT id FROM items WHERE id = $1", "params": "[1]"}) == Done("saved", None)
    unreadable = await save({"query": "SELECT id FROM items WHERE id = $1", "params": "[1"})
    assert isinstance(unreadable, Invalid) and "config.params: a JSON list" in unreadable.message()
    for query, said in (("SELEC 1", 'syntax error at or near "SELEC"'), ("UPDATE items SET title = 'x'", "write"),
                        ("SELECT * FROM items FOR UPDATE", "lock"), ("SELECT bump()", "write")):  # fmt: skip
        refused = await save({"query": query})
        assert isinstance(refused, Invalid) and said in refused.message(), (query, refused)
        assert refused.errors[0].startswith("steps[position 1].config.query: ")
    missing = await save({"query": "SELECT 1", "connection": "elsewhere"})
    assert isinstance(missing, Invalid) and "no connection named 'elsewhere'" in missing.message()
    async with node.database.pool().acquire() as conn:
        kept = await get_workflow(conn, created.value)
    assert kept is not None and kept.steps[0].config["query"] == "SELECT id FROM items WHERE id = $1"


async def test_an_import_tries_its_sql_steps_and_a_way_in_without_the_check_refuses_them(
    node: Node, box: SecretBox
) -> None:
    delete = {"connection": "reports", "query": "DELETE FROM items RETURNING id"}
    writes = export_document(Workflow(None, "Bad", steps=(Step(1, "sql_query", config=delete),)), [])
    refused = await workflow_operations(node, box).import_(CLI, writes)
    assert isinstance(refused, Invalid) and "write" in refused.message()
    select = {"connection": "reports", "query": "SELECT 1 AS one"}
    reads = export_document(Workflow(None, "Good", steps=(Step(1, "sql_query", config=select),)), [])
    assert isinstance(await workflow_operations(node, box).import_(CLI, reads), Done)
    unchecked = await workflow_operations(node, box, checked=False).import_(CLI, reads)
    assert isinstance(unchecked, Invalid) and "checked when saved" in unchecked.message()
