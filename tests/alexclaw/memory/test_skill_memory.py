"""The SkillAPI's ``memory_*`` and ``knowledge_*`` permissions over
``alexclaw.memory``: what a skill writes is stored at once (found by its
words right away), embedded by the throttle, then found by meaning; a skill
without the permission is denied and nothing is written."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

import pytest

from actors import Process, Snapshot, call
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.memory import EmbeddingThrottle, Idle, InlineEmbedder, ThrottleStats, count_unembedded
from alexclaw.security import Authorizer, CapabilityTokens, Policy, PolicyEngine
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import AuthorizerAdapter, KnowledgeBackend, MemoryBackend, TokensAdapter
from skills import (
    ORIGIN_WORKFLOW,
    Backends,
    Invocation,
    InvokeStatus,
    Registered,
    SkillAPI,
    SkillArgs,
    SkillCaller,
    SkillOutcome,
    SkillRegistry,
    Skills,
)
from supervisors import TaskSupervisor

KEY = "skill-memory-test-" + "k" * 40


class Remembers:
    """Writes its input (``write``), then searches for ``query``."""

    name: ClassVar[str] = "remembers"
    description: ClassVar[str] = "writes and reads memory and knowledge"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset(
        {"memory_read", "memory_write", "knowledge_read", "knowledge_write"}
    )
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        api: SkillAPI = args.api
        store = api.knowledge_write if args.config.get("knowledge") else api.memory_write
        search = api.knowledge_read if args.config.get("knowledge") else api.memory_read
        if args.input.get("write"):
            await store(args.input["write"], **args.input.get("with", {}))
        return SkillOutcome(await search(args.input["query"], 5))


class Forgetful(Remembers):
    name: ClassVar[str] = "forgetful"
    permissions: ClassVar[frozenset[str]] = frozenset({"memory_read"})


@dataclass
class Node:
    invoker: Invoker
    throttle: Process
    database: DatabaseHandle

    async def step(self, skill: str, input: Any, **config: Any) -> Invocation:
        caller = SkillCaller("workflow:notes", ORIGIN_WORKFLOW, "3")
        return await self.invoker.invoke(caller, skill, input, config=config)

    async def embedded(self) -> ThrottleStats:
        stats: ThrottleStats = await call(self.throttle, Idle(), timeout=120)
        return stats


@pytest.fixture
async def node(database: DatabaseHandle, embedder: InlineEmbedder) -> AsyncIterator[Node]:
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    registry = await SkillRegistry(snapshot).start()
    tasks = await TaskSupervisor(intensity=100, period=1.0).start()
    throttle = await EmbeddingThrottle(database, embedder, tasks, Snapshot(ThrottleStats()), sweep_seconds=None).start()
    skills = Skills(snapshot, registry)
    await skills.register(Remembers())
    await skills.register(Forgetful())
    tokens = CapabilityTokens(KEY)
    policies: tuple[Policy, ...] = ()
    memory = MemoryBackend(database, embedder, throttle=throttle)
    knowledge = KnowledgeBackend(database, embedder, throttle=throttle)
    invoker = Invoker(
        skills, AuthorizerAdapter(Authorizer(PolicyEngine(lambda: policies, tokens), database)),
        TokensAdapter(tokens), lambda skill, output: output, AuditedInvocations(database),
        backends=Backends(
            memory_read=memory, memory_write=memory, knowledge_read=knowledge, knowledge_write=knowledge
        ),
    )  # fmt: skip
    yield Node(invoker, throttle, database)
    await throttle.stop()
    await tasks.stop()
    await registry.stop()


async def test_a_memory_written_by_a_skill_is_found_at_once_and_by_meaning_once_embedded(node: Node) -> None:
    written = await node.step(
        "remembers",
        {"write": "The quarterly report is due on Friday.", "with": {"kind": "task", "project": "q3"},
         "query": "quarterly report"},
    )  # fmt: skip
    assert written.status is InvokeStatus.RAN
    [hit] = written.outcome.result
    assert (hit["kind"], hit["content"]) == ("task", "The quarterly report is due on Friday.")
    assert (await node.embedded()).embedded == 1
    async with node.database.pool().acquire() as conn:
        assert await count_unembedded(conn, "memory_entries") == 0
        assert await conn.fetchval("SELECT metadata->>'project' FROM memory_entries") == "q3"
    by_meaning = await node.step("remembers", {"query": "deadline for the financial summary"})
    assert [h["id"] for h in by_meaning.outcome.result] == [hit["id"]]


async def test_a_document_written_by_a_skill_is_chunked_embedded_and_found(node: Node) -> None:
    text = "Backups run every night at two. Restores are tested on the first Monday of each month."
    written = await node.step(
        "remembers", {"write": text, "with": {"source": "runbook", "title": "Runbook"}, "query": "restores tested"},
        knowledge=True,
    )  # fmt: skip
    [hit] = written.outcome.result
    assert (hit["document"], hit["source"]) == ("Runbook", "runbook")
    assert (await node.embedded()).embedded >= 1
    unnamed = await node.step("remembers", {"write": "no source", "query": "x"}, knowledge=True)
    assert unnamed.status is InvokeStatus.CRASHED and "needs a source" in str(unnamed.outcome.result)


async def test_a_skill_without_memory_write_is_denied_and_nothing_is_stored(node: Node) -> None:
    denied = await node.step("forgetful", {"write": "secret plan", "query": "plan"})
    assert denied.status is InvokeStatus.CRASHED and "PermissionDenied" in str(denied.outcome.result)
    async with node.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM memory_entries") == 0
        assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'authz.deny'") == 1
