"""Node presence: a node's name is an advisory lock its session holds, so a
second live node with the same name is refused, a node killed outright can
start again at once, and the runs a gone node left active are interrupted
by whichever node sweeps next — while a live node's runs are left alone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from actors import StartError
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows._model import Step, Workflow
from alexclaw.workflows._presence import LOCK_SPACE, NodeNameTaken, NodePresence, PresenceSession, claim, sweep
from alexclaw.workflows._run_store import create_run, get_run
from alexclaw.workflows._store import save_workflow


@pytest.fixture
async def presence(database: DatabaseHandle) -> AsyncIterator[NodePresence]:
    node = await NodePresence(database, "node-a", sweep_seconds=3600).start()
    assert isinstance(node, NodePresence)
    yield node
    if node.alive:
        await node.stop()


async def active_run(database: DatabaseHandle, node: str, status: str = "running") -> int:
    async with database.pool().acquire() as conn:
        workflow_id = await conn.fetchval("SELECT id FROM workflows WHERE name = 'wf'")
        if workflow_id is None:
            workflow_id = await save_workflow(conn, Workflow(None, "wf", steps=(Step(0, "echo"),)), with_steps=True)
        run_id = await create_run(
            conn, workflow_id=workflow_id, workflow_name="wf", status=status, trigger="manual", actor="t", node=node
        )
    assert run_id is not None
    return run_id


async def status_of(database: DatabaseHandle, run_id: int) -> tuple[str, str | None]:
    async with database.pool().acquire() as conn:
        run = await get_run(conn, run_id)
    assert run is not None
    return run.status, run.error


async def test_a_second_live_node_with_the_same_name_is_refused(
    database: DatabaseHandle, presence: NodePresence
) -> None:
    with pytest.raises(StartError, match=r"another node named 'node-a' is running.*ALEXCLAW_NODE_NAME"):
        await NodePresence(database, "node-a", claim_wait=0.1).start()
    other = await NodePresence(database, "node-b").start()  # another name is fine
    await other.stop()


async def test_the_name_is_free_again_once_the_node_stops(database: DatabaseHandle, presence: NodePresence) -> None:
    await presence.stop()
    again = await NodePresence(database, "node-a").start()
    await again.stop()


async def test_a_node_killed_outright_can_start_again_at_once(database: DatabaseHandle) -> None:
    first = await NodePresence(database, "node-k", sweep_seconds=3600).start()
    assert isinstance(first, NodePresence) and first._conn is not None
    backend = first._conn.get_server_pid()
    first.kill()  # no terminate: the session ends only because the server drops it, as after a SIGKILL
    await first.wait_exited()
    async with database.pool().acquire() as conn:
        await conn.execute("SELECT pg_terminate_backend($1)", backend)
    again = await NodePresence(database, "node-k").start()
    await again.stop()


async def test_a_node_starting_waits_out_a_sweeper_holding_its_lock_for_a_moment(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as sweeper:
        await sweeper.execute("SELECT pg_advisory_lock($1, hashtext('node-w'))", LOCK_SPACE)
        starting = asyncio.ensure_future(NodePresence(database, "node-w").start())
        while not await sweeper.fetchval(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1", LOCK_SPACE
        ):
            await asyncio.sleep(0.01)  # until the claim is queued behind the sweeper's lock
        await sweeper.execute("SELECT pg_advisory_unlock($1, hashtext('node-w'))", LOCK_SPACE)
        started = await starting
    await started.stop()


async def test_runs_of_a_gone_node_are_interrupted_with_its_name_and_a_live_nodes_are_not(
    database: DatabaseHandle, presence: NodePresence
) -> None:
    live = await NodePresence(database, "node-live", sweep_seconds=3600).start()
    gone_running = await active_run(database, "node-gone")
    gone_queued = await active_run(database, "node-gone", status="queued")
    live_run = await active_run(database, "node-live")
    own_run = await active_run(database, "node-a")
    async with database.pool().acquire() as conn:
        assert await sweep(conn, "node-a") == {"node-gone": [gone_running, gone_queued]}
        assert await sweep(conn, "node-a") == {}  # once
    status, error = await status_of(database, gone_running)
    assert status == "interrupted" and error is not None and "node 'node-gone' stopped" in error and "Resume" in error
    assert (await status_of(database, gone_queued))[0] == "interrupted"
    assert (await status_of(database, live_run))[0] == "running"
    assert (await status_of(database, own_run))[0] == "running"  # its own runs are the manager's business
    # The sweep let go of the gone node's name: it may come back.
    back = await NodePresence(database, "node-gone").start()
    await back.stop()
    await live.stop()


async def test_a_node_sweeps_at_start(database: DatabaseHandle) -> None:
    orphan = await active_run(database, "node-crashed")
    starting = await NodePresence(database, "node-s", sweep_seconds=3600).start()
    assert (await status_of(database, orphan))[0] == "interrupted"
    await starting.stop()


async def test_claiming_a_taken_name_leaves_no_lock_timeout_behind(database: DatabaseHandle) -> None:
    holder = await NodePresence(database, "node-t", sweep_seconds=3600).start()
    async with database.pool().acquire() as conn:
        with pytest.raises(NodeNameTaken, match="another node named 'node-t'"):
            await claim(conn, "node-t", wait_seconds=0.05)
        assert await conn.fetchval("SHOW lock_timeout") == "0"
    await holder.stop()


async def test_a_killed_presence_is_succeeded_at_once_on_the_session_it_left(database: DatabaseHandle) -> None:
    # Found by the chaos suite: a presence killed in the node (no terminate)
    # kept its session and lock, so its restart waited and was refused as
    # "another node" with this node's own name.
    session = PresenceSession()
    killed = await NodePresence(database, "node-a", sweep_seconds=3600, session=session).start()
    killed.kill()
    await killed.wait_exited()
    successor = await NodePresence(database, "node-a", sweep_seconds=3600, claim_wait=0.1, session=session).start()
    # The name is still held (by the successor): a twin elsewhere is refused.
    with pytest.raises(StartError, match=r"another node named 'node-a' is running"):
        await NodePresence(database, "node-a", claim_wait=0.1).start()
    await successor.stop()
    assert session.conn is None
