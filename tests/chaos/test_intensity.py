"""Beyond the documented intensity: kills of the root's children faster
than its 3 restarts in 10 s make the root give up and the node exit — and
the next boot on the same data dir (and database) loses nothing: the runs
that were in flight are ``interrupted``, Resume completes them, and the
audit chain verifies."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from actors import sync
from alexclaw import ROOT_NAME, Node
from alexclaw.workflows import RunTicket, Step, Workflow, save_workflow
from supervisors import GAVE_UP, SupervisorBase
from tests.chaos.harness import Recorder, live_tree
from tests.chaos.invariants import audit_chain_verifies, runs_ended
from tests.chaos.test_chaos import KEY, chaos_settings

RUNS = 3
STEPS = (
    Step(0, "echo", config={"value": "a"}),
    Step(1, "sleep", config={"seconds": 2}),
    Step(2, "template", config={"template": "{input}!"}),
)


async def test_kills_beyond_the_roots_intensity_stop_the_node_and_the_next_boot_recovers_every_run(
    database_url: str, tmp_path: Path, chaos_seed: int
) -> None:
    rng = random.Random(chaos_seed)
    settings = chaos_settings(tmp_path / "data", 0, database_url)
    first = Node(settings)
    recorder = await Recorder().start()
    root = await first.start()
    assert isinstance(root, SupervisorBase)
    try:
        async with first.state.database.pool().acquire() as conn:
            await save_workflow(conn, Workflow(None, "chaos in flight", steps=STEPS), with_steps=True)
        tickets = []
        for _ in range(RUNS):
            ticket = await first.state.runs.start_manual("chaos in flight", actor="chaos", origin="chaos")
            assert isinstance(ticket, RunTicket)
            tickets.append(ticket.run_id)
        # The root's own workers, killed one after another: more than 3 in 10 s.
        # (Not its supervisors: a killed supervisor's workers die without
        # terminate, and what they hold — node presence's session — is only
        # released when the OS process exits, which this in-process node does not.)
        kills = 0
        while root.alive and kills < 10:
            workers = [c for c in live_tree(root) if "/" not in c.kind and not isinstance(c.process, SupervisorBase)]
            rng.choice(workers).process.kill()
            kills += 1
            try:
                await sync(root)  # the root has taken the exit signal in: restarted the child, or given up
            except Exception:
                break
        assert await root.wait_exited(60) == GAVE_UP, f"seed {chaos_seed}"
        assert ROOT_NAME in [g.supervisor for g in recorder.gave_up]
        assert kills > root.intensity  # the documented intensity, exceeded
    finally:
        await first.stop()  # after giving up: nothing left (the root stopped its children in order)
        await recorder.stop()

    # The next boot on the same data dir and database.
    second = Node(settings)
    await second.start()
    try:
        async with second.state.database.pool().acquire() as conn:
            rows = await conn.fetch("SELECT id, status, error FROM workflow_runs ORDER BY id")
        assert [(r["id"], r["status"]) for r in rows] == [(t, "interrupted") for t in tickets], f"seed {chaos_seed}"
        assert all(r["error"] for r in rows)
        for run_id in tickets:
            assert isinstance(await second.state.runs.resume(run_id, actor="chaos", origin="chaos"), RunTicket)
        async with second.state.database.pool().acquire() as conn:
            for _ in range(600):  # resumed runs finish their last 2 s step
                if not await conn.fetchval("SELECT count(*) FROM workflow_runs WHERE status IN ('queued','running')"):
                    break
                await asyncio.sleep(0.05)
            statuses = [r["status"] for r in await conn.fetch("SELECT status FROM workflow_runs ORDER BY id")]
            checks = await runs_ended(conn, tickets)
            checks.append(await audit_chain_verifies(conn, KEY, settings.data_dir))
        assert statuses == ["completed"] * RUNS
        broken = [c for c in checks if not c.held]
        assert not broken, f"seed {chaos_seed}: {broken}"
    finally:
        await second.stop()
