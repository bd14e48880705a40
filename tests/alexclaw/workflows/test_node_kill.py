"""A node killed (SIGKILL) mid-run, for real: a node in its own OS process
starts a run and dies in the middle of a step; nobody writes anything. A
twin under the same name is refused while it lives; the next boot of the
node (same name, same database) marks the run ``interrupted``, and Resume
completes it without re-running what was recorded."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from actors import StartError
from actors.testing import Probe
from alexclaw import Node
from alexclaw.workflows import RUNS_TOPIC, RunChanged, RunTicket, Step, Workflow, get_run, save_steps, save_workflow
from alexclaw.workflows._run_store import RunRow
from tests.alexclaw.test_cli import node_env
from tests.alexclaw.web.conftest import KEY, PASSWORD, make_settings

SCRIPT = Path(__file__).with_name("node_script.py")
DEADLINE = 60.0  # generous: the subprocess boots a whole node, maybe under load
NAME = "killed mid-run"


def steps(sleep_seconds: float) -> tuple[Step, ...]:
    return (
        Step(0, "echo", config={"value": "a"}),
        Step(1, "sleep", config={"seconds": sleep_seconds}),
        Step(2, "template", config={"template": "{input}!"}),
    )


class NodeProcess:
    """``node_script.py`` in a subprocess: its stdout lines are its signals."""

    def __init__(self, proc: asyncio.subprocess.Process, log: Path) -> None:
        self.proc = proc
        self.log = log
        self.lines: list[str] = []

    @classmethod
    async def start(cls, database_url: str, data_dir: Path, workflow: str) -> NodeProcess:
        data_dir.mkdir(parents=True, exist_ok=True)
        env = node_env(data_dir, DATABASE_URL=database_url)
        # The same node as the in-process one that boots next: same key and
        # password (and, by default, the same name: the host's).
        env.update(SECRET_KEY_BASE=KEY, ADMIN_PASSWORD=PASSWORD)
        log = data_dir / "node.log"
        with log.open("wb") as stderr:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, str(SCRIPT), workflow,
                env=env, cwd=data_dir, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
                stderr=stderr,
            )  # fmt: skip
        return cls(proc, log)

    async def expect(self, prefix: str) -> str:
        """The next stdout line, which must start with ``prefix``."""
        assert self.proc.stdout is not None
        try:
            raw = await asyncio.wait_for(self.proc.stdout.readline(), DEADLINE)
        except TimeoutError:
            raise AssertionError(f"no {prefix!r} line within {DEADLINE}s\n{self.story()}") from None
        line = raw.decode().strip()
        self.lines.append(line)
        assert line.startswith(prefix), f"expected {prefix!r}, got {line!r}\n{self.story()}"
        return line.removeprefix(prefix).strip()

    def story(self) -> str:
        return f"stdout: {self.lines}\nexit: {self.proc.returncode}\nlog:\n{self.log.read_text(errors='replace')}"

    async def kill(self) -> int:
        """SIGKILL (no handler, no cleanup), then reap it."""
        if self.proc.returncode is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        await asyncio.wait_for(self.proc.communicate(), DEADLINE)
        assert self.proc.returncode is not None
        return self.proc.returncode


async def row(database_url: str, run_id: int) -> RunRow:
    conn = await asyncpg.connect(database_url)
    try:
        run = await get_run(conn, run_id)
    finally:
        await conn.close()
    assert run is not None
    return run


@pytest.mark.slow
async def test_a_node_killed_mid_run_leaves_it_interrupted_at_next_boot_and_resume_completes_it(
    database_url: str, tmp_path: Path
) -> None:
    conn = await asyncpg.connect(database_url)
    try:
        workflow_id = await save_workflow(conn, Workflow(None, NAME, steps=steps(30)), with_steps=True)
    finally:
        await conn.close()

    # 1. A node in its own process runs the workflow; step 0 is durable and
    # step 1 (a 30 s sleep) is in flight when the node is killed.
    killed = await NodeProcess.start(database_url, tmp_path / "data", NAME)
    try:
        run_id = int(await killed.expect("run"))
        await killed.expect("recorded 1")
        before = await row(database_url, run_id)
        assert (before.status, [s.position for s in before.step_results]) == ("running", [0]), killed.story()
        # A second node under the same name, while the first lives, is refused
        # before it can take the live node's run for a dead one's.
        twin = Node(make_settings(database_url, tmp_path / "twin"))
        with pytest.raises(StartError, match=r"another node named .* is running.*ALEXCLAW_NODE_NAME"):
            await twin.start()
        assert (await row(database_url, run_id)).status == "running"
    finally:
        returncode = await killed.kill()
    assert returncode == -signal.SIGKILL, killed.story()

    # Nobody wrote anything: the row still says running, with step 0 only.
    dead = await row(database_url, run_id)
    assert (dead.status, dead.error, dead.completed_at) == ("running", None, None)
    assert [s.position for s in dead.step_results] == [0]

    # 2. The next boot of the same node interrupts what it left running.
    node = Node(make_settings(database_url, tmp_path / "data"))
    assert node.state.node_name == dead.node, "interruption is per node: both boots must share a name"
    probe: Probe | None = None
    await node.start()
    try:
        interrupted = await row(database_url, run_id)
        assert interrupted.status == "interrupted"
        assert "Resume" in (interrupted.error or "")
        assert [s.position for s in interrupted.step_results] == [0]

        # Steps are read again at resume: make the sleep short so the test is.
        conn = await asyncpg.connect(database_url)
        try:
            await save_steps(conn, workflow_id, steps(0))
        finally:
            await conn.close()

        # 3. Resume continues after the last recorded step, to the end.
        probe = await Probe().listen(RUNS_TOPIC).start()
        assert node.state.runs is not None
        ticket = await node.state.runs.resume(run_id, actor="test", origin="test")
        assert isinstance(ticket, RunTicket) and ticket.run_id == run_id

        def finished(message: Any) -> bool:
            return isinstance(message, RunChanged) and message.run_id == run_id and message.status == "finished"

        await probe.receive(finished, timeout=DEADLINE)
        run = await row(database_url, run_id)
        assert (run.status, run.result, run.error) == ("completed", "a!", None), run
        assert [s.position for s in run.step_results] == [0, 1, 2]
        assert [s.output for s in run.step_results] == ["a", "a", "a!"]
        assert run.step_results[0] == dead.step_results[0]  # recorded once, not re-run
        conn = await asyncpg.connect(database_url)
        try:
            outcomes = await conn.fetch("SELECT position FROM skill_outcomes WHERE run_id = $1", run_id)
        finally:
            await conn.close()
        assert sorted(o["position"] for o in outcomes) == [0, 1, 2]
    finally:
        if probe is not None:
            await probe.stop()
        await node.stop()
