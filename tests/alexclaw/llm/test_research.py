"""``research`` in a whole node: what memory holds is retrieved, handed
to the model as numbered, delimited sources, the answer keeps only the
citations that name a source and lists them, and the answer is
remembered as a summary the next question finds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alexclaw import Node
from alexclaw.llm import add_provider, build_provider, reload_providers
from alexclaw.memory import add_memory
from alexclaw.workflows import Step
from tests.alexclaw.web.conftest import make_settings
from tests.alexclaw.workflows.test_node_runs import run_workflow
from tests.fake_providers import FakeProviders, Script


@pytest.fixture
async def node(database_url: str, tmp_path: Path, fake: FakeProviders) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path))
    await started.start()
    async with started.state.database.pool().acquire() as conn:
        provider = build_provider(
            "home", kind="ollama", model="llama3", tier="medium", base_url=fake.base("ollama"), allow_private=True
        )
        await add_provider(conn, provider, actor="cli:test")
        await add_memory(
            conn, "note", "The backup server in the garage runs restic every night at 02:00.",
            now=datetime.now(UTC), source="notes",
        )  # fmt: skip
    await reload_providers()
    yield started
    await started.stop()


async def test_research_answers_from_memory_with_its_sources_and_remembers_the_answer(
    node: Node, fake: FakeProviders
) -> None:
    fake.script(Script(deltas=["Restic runs nightly at 02:00 on the garage server [1] [4]."]))
    question = "When does the backup server run restic?"
    step = Step(0, "research", config={"query": question, "rewrite": False, "min_score": 0.0})
    run = await run_workflow(node, step)
    assert run.status == "completed", run.error
    answer, sources = str(run.result).split("\n\nSources:\n")
    assert answer == "Restic runs nightly at 02:00 on the garage server [1]."  # [4] names no source: dropped
    assert sources.startswith("[1] ") and "notes" in sources
    asked = "\n".join(m["content"] for m in fake.seen[0].body["messages"])
    assert question in asked and "UNTRUSTED_CONTENT" in asked and "restic every night" in asked
    async with node.state.database.pool().acquire() as conn:
        kept = await conn.fetchrow("SELECT kind, source, content FROM memory_entries WHERE kind = 'summary'")
    assert kept is not None and kept["source"] == f"research:{question}" and "02:00" in kept["content"]


async def test_research_without_a_question_is_its_error_branch(node: Node, fake: FakeProviders) -> None:
    run = await run_workflow(node, Step(0, "research"))
    assert run.status == "failed" and "needs a question" in run.error and fake.seen == []
