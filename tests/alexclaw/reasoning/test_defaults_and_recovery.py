"""The default whitelist runs only read-only information skills, and a
boot leaves no session of this node running (interrupted, resumable)."""

from __future__ import annotations

from actors import Process, whereis
from alexclaw.config import catalog_default
from alexclaw.reasoning import REASONING_NAME, ReasoningOperations, Status, reasoning_spec, whitelist_of
from alexclaw.storage import DatabaseHandle
from skills import describe
from skills.builtin import CORE_SKILLS
from skills.web import WEB_SKILLS
from tests.alexclaw.reasoning.conftest import Harness, refused

# What acts on the operator's accounts or on the node rather than reading.
WRITES = frozenset(
    {"telegram_send", "gateway_send", "google", "skill_write", "skill_manage", "workflow_manage",
     "cluster_dispatch", "db_backup", "browser"}
)  # fmt: skip


def test_the_default_whitelist_holds_only_existing_unprivileged_skills_that_write_to_no_account() -> None:
    default = whitelist_of(catalog_default("reasoning.skill_whitelist"))
    metas = {meta.name: meta for meta in (describe(s, core=True) for s in (*CORE_SKILLS, *WEB_SKILLS))}
    assert default and default <= set(metas)
    for name in default:
        assert not metas[name].privileged, name
        assert not metas[name].permissions & WRITES, name


def test_a_whitelist_that_is_not_a_list_allows_nothing() -> None:
    assert whitelist_of('"web_search"') == frozenset()
    assert whitelist_of({"web_search": True}) == frozenset()
    assert whitelist_of(["web_search", 3]) == frozenset({"web_search"})


async def insert(database: DatabaseHandle, status: Status, node: str) -> int:
    async with database.pool().acquire() as conn:
        row_id: int = await conn.fetchval(
            "INSERT INTO reasoning_sessions (goal, status, origin, actor, node_name) VALUES ('g', $1, 'web', 'a', $2)"
            " RETURNING id",
            status.value, node,
        )  # fmt: skip
    return row_id


async def test_a_boot_interrupts_this_nodes_running_sessions_only(harness: Harness) -> None:
    h = harness
    mine = [await insert(h.database, status, "node-a") for status in (Status.EXECUTING, Status.PAUSED)]
    theirs = await insert(h.database, Status.EXECUTING, "node-b")
    booted = whereis(REASONING_NAME)
    assert booted is not None
    await booted.stop()
    tree = await reasoning_spec(h.desk.ports).start()  # the next boot: recovery runs first
    assert isinstance(tree, Process)
    try:
        for session_id in mine:
            view = await h.desk.view(session_id)
            assert view is not None and view.summary.status is Status.INTERRUPTED and view.resumable
        other = await h.desk.view(theirs)
        assert other is not None and other.summary.status is Status.EXECUTING
        answer = await ReasoningOperations(h.desk.ports).resume(h.acting, theirs)
        assert refused(answer) == (f"session {theirs} is executing: resume refused",)
    finally:
        await tree.stop()
