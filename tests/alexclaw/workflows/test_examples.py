"""A new node starts with three example workflows, disabled, so a new user
has something real to begin from; each is created once, so one the
operator deleted never comes back and a workflow of the same name that
the operator made stays theirs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from alexclaw import Node
from alexclaw.workflows import Workflow, delete_workflow, get_workflow, list_workflows, save_workflow, seed_examples
from tests.alexclaw.web.conftest import make_settings

NAMES = ["GitHub PR security review", "Morning news digest", "Watched page summary"]


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    await connection.execute("DELETE FROM first_boot_seeds")  # as on a first boot
    yield connection
    await connection.close()


async def test_the_examples_are_created_disabled_with_their_steps(conn: asyncpg.Connection) -> None:
    assert sorted(await seed_examples(conn)) == NAMES
    flows = {name: await get_workflow(conn, name) for name in NAMES}
    assert not any(w is None or w.enabled for w in flows.values())
    digest = flows["Morning news digest"]
    assert digest is not None
    assert [s.skill for s in digest.steps] == ["rss_fetch", "llm_score", "llm_transform", "telegram_notify"]
    assert digest.schedule == "0 7 * * *"
    review = flows["GitHub PR security review"]
    assert review is not None
    assert [s.skill for s in review.steps] == ["github_security_review", "llm_transform", "telegram_notify"]
    assert "RISK LEVEL" in (review.steps[1].prompt_template or "")


async def test_an_example_is_created_once_and_a_deleted_one_never_returns(conn: asyncpg.Connection) -> None:
    await seed_examples(conn)
    digest = next(w for w in await list_workflows(conn) if w.name == "Morning news digest")
    assert digest.id is not None
    await delete_workflow(conn, digest.id)
    assert await seed_examples(conn) == []
    assert sorted(w.name for w in await list_workflows(conn)) == [n for n in NAMES if n != "Morning news digest"]


async def test_an_operators_workflow_of_the_same_name_stays_theirs(conn: asyncpg.Connection) -> None:
    await save_workflow(conn, Workflow(None, "Morning news digest", "mine", enabled=True))
    assert "Morning news digest" not in await seed_examples(conn)
    (mine,) = [w for w in await list_workflows(conn) if w.name == "Morning news digest"]
    assert (mine.description, mine.enabled, mine.steps) == ("mine", True, ())


async def test_a_node_creates_the_examples_on_its_first_boot_only(
    conn: asyncpg.Connection, database_url: str, tmp_path: Path
) -> None:
    for _boot in range(2):  # the second boot finds them created
        node = Node(make_settings(database_url, tmp_path))
        await node.start()
        await node.stop()
    assert sorted(w.name for w in await list_workflows(conn)) == NAMES
