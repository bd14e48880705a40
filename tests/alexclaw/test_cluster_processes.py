"""Three real nodes (``alexclaw start``, each its own OS process, data dir
and database) on loopback find each other by static seeds; a fourth with a
wrong cookie is refused by all; a SIGKILLed node is marked down by the
others and is up again when it restarts; a workflow on one node starts a
workflow on another through ``send_to_workflow``, allowed and refused by
the target's gate; ``alexclaw cluster status`` asks the running node."""

from __future__ import annotations

import asyncio
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from alexclaw.security import APPEND_LOCK
from alexclaw.workflows import Step, Workflow, save_workflow
from tests.alexclaw.test_cli import node_env
from tests.conftest import _create_database, _drop_database, with_database

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

COOKIE = "process-test-cluster-cookie-0123456789abcdef"
HEARTBEAT = "0.3"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Proc:
    name: str
    home: Path
    database_url: str
    port: int
    seeds: list[int]
    cookie: str = COOKIE
    launcher: tuple[str, ...] = ()  # what the node runs under (nsenter into a network namespace)
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    lines: list[str] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    _partial: bytes = b""
    _seen: int = 0
    _taken: set[int] = field(default_factory=set)

    @property
    def data_dir(self) -> Path:
        return self.home / self.name

    def env(self) -> dict[str, str]:
        env = node_env(
            self.data_dir,
            DATABASE_URL=self.database_url,
            ALEXCLAW_NODE_NAME=self.name,
            CLUSTER_COOKIE=self.cookie,
            ALEXCLAW_CLUSTER_PORT=str(self.port),
            ALEXCLAW_CLUSTER_SEEDS=",".join(f"127.0.0.1:{p}" for p in self.seeds),
            ALEXCLAW_CLUSTER_HEARTBEAT=HEARTBEAT,
        )
        return {**env, **self.extra_env}

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        command = [*self.launcher, sys.executable, "-m", "alexclaw", "start"]
        self.proc = subprocess.Popen(command, env=self.env(), cwd=self.home, stderr=subprocess.PIPE)
        self.wait_for(lambda e: e.get("event") == "node.started")

    def _read(self, until: float) -> bool:
        """Read what the node logged (at most until ``until``); False when nothing came."""
        assert self.proc is not None and self.proc.stderr is not None
        fd = self.proc.stderr.fileno()
        ready, _, _ = select.select([fd], [], [], max(0.0, until - time.monotonic()))
        if not ready:
            return False
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return False
        self._partial += chunk
        *lines, self._partial = self._partial.split(b"\n")
        for raw in lines:
            text = raw.decode("utf-8", "replace")
            self.lines.append(text)
            try:
                self.entries.append(json.loads(text))
            except ValueError:
                continue
        return True

    def wait_for(self, match: Any, timeout: float = 120.0) -> dict[str, Any]:
        """The first entry of the node's JSON log (read so far, or arriving
        within ``timeout``) that matches and was not returned before."""
        deadline = time.monotonic() + timeout
        while True:
            for index in range(self._seen, len(self.entries)):
                if index not in self._taken and match(self.entries[index]):
                    self._taken.add(index)
                    return self.entries[index]
            got = self._read(deadline)
            assert self.proc is not None
            if not got and (time.monotonic() > deadline or self.proc.poll() is not None):
                break
        raise AssertionError(f"{self.name}: no matching entry in the log:\n" + "\n".join(self.lines[-60:]))

    def forget_log(self) -> None:
        """What was logged so far matches nothing any more (a restart starts afresh)."""
        self._seen = len(self.entries)

    def peer_event(self, event: str, peer: str) -> dict[str, Any]:
        return self.wait_for(lambda e: e.get("event") == event and e.get("peer") == peer)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "alexclaw", *args], env=self.env(), cwd=self.home,
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(sig)
        try:
            _, rest = self.proc.communicate(timeout=30)
            self.lines.append((rest or b"").decode("utf-8", "replace"))
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(10)


def sql(database_url: str, statement: str, *args: Any) -> Any:
    async def go() -> Any:
        conn = await asyncpg.connect(database_url)
        try:
            return await conn.fetch(statement, *args)
        finally:
            await conn.close()

    return asyncio.run(go())


def save(database_url: str, workflow: Workflow) -> None:
    async def go() -> None:
        conn = await asyncpg.connect(database_url)
        try:
            await save_workflow(conn, workflow, with_steps=True)
        finally:
            await conn.close()

    asyncio.run(go())


@dataclass
class Cluster:
    alpha: Proc
    beta: Proc
    gamma: Proc
    home: Path


@pytest.fixture(scope="module")
def cluster(pg_admin_dsn: str, pg_template: str) -> Iterator[Cluster]:
    """alpha, beta (seeds alpha) and gamma (seeds both), for the whole module."""
    home = Path(tempfile.mkdtemp(prefix="alexclaw-cluster-"))
    names = [asyncio.run(_create_database(pg_admin_dsn, pg_template)) for _ in range(3)]
    ports = [free_port() for _ in range(3)]
    alpha = Proc("alpha", home, with_database(pg_admin_dsn, names[0]), ports[0], [])
    beta = Proc("beta", home, with_database(pg_admin_dsn, names[1]), ports[1], [ports[0]])
    gamma = Proc("gamma", home, with_database(pg_admin_dsn, names[2]), ports[2], [ports[0], ports[1]])
    nodes = (alpha, beta, gamma)
    try:
        for node in nodes:
            node.start()
        yield Cluster(alpha, beta, gamma, home)
    finally:
        for node in nodes:
            node.stop()
        for name in names:
            asyncio.run(_drop_database(pg_admin_dsn, name))
        shutil.rmtree(home, ignore_errors=True)


def test_three_nodes_find_each_other_by_static_seeds_and_the_cli_reports_the_mesh(cluster: Cluster) -> None:
    for node, peers in (
        (cluster.alpha, ("beta", "gamma")),
        (cluster.beta, ("alpha", "gamma")),
        (cluster.gamma, ("alpha", "beta")),
    ):
        for peer in peers:
            node.peer_event("cluster.nodeup", peer)
    status = cluster.alpha.cli("cluster", "status", "--json")
    assert status.returncode == 0, status.stderr
    view = json.loads(status.stdout)
    assert view["node"] == "alpha" and view["listening"] == f"127.0.0.1:{cluster.alpha.port}"
    assert {(p["name"], p["status"]) for p in view["peers"]} == {("beta", "connected"), ("gamma", "connected")}
    assert set(view["peers"][0]) >= {"name", "address", "status", "rtt_ms", "last_seen"}
    human = cluster.alpha.cli("cluster", "status")
    assert human.returncode == 0 and "beta" in human.stdout and "connected" in human.stdout


def test_cluster_status_exits_1_when_no_node_runs(cluster: Cluster) -> None:
    idle = Proc("idle", cluster.home, cluster.alpha.database_url, free_port(), [])
    idle.data_dir.mkdir(parents=True, exist_ok=True)
    result = idle.cli("cluster", "status", "--json")
    assert result.returncode == 1 and "no node is running" in result.stderr


def test_a_node_with_a_wrong_cookie_is_refused_by_all(cluster: Cluster, pg_admin_dsn: str, pg_template: str) -> None:
    name = asyncio.run(_create_database(pg_admin_dsn, pg_template))
    ports = [cluster.alpha.port, cluster.beta.port, cluster.gamma.port]
    mallory = Proc("mallory", cluster.home, with_database(pg_admin_dsn, name), free_port(), ports, cookie="w" * 40)
    try:
        mallory.start()
        for node in (cluster.alpha, cluster.beta, cluster.gamma):
            refused = node.wait_for(lambda e: e.get("event") == "cluster.refused")
            assert "cluster cookie" in refused["reason"] and COOKIE not in json.dumps(refused)
        view = json.loads(cluster.alpha.cli("cluster", "status", "--json").stdout)
        assert "mallory" not in {p["name"] for p in view["peers"]}
    finally:
        mallory.stop()
        asyncio.run(_drop_database(pg_admin_dsn, name))
    assert not any(COOKIE in line or "w" * 40 in line for line in mallory.lines + cluster.alpha.lines)


def test_a_killed_node_is_marked_down_by_the_others_and_up_again_when_it_restarts(cluster: Cluster) -> None:
    cluster.gamma.stop(signal.SIGKILL)
    for node in (cluster.alpha, cluster.beta):
        down = node.peer_event("cluster.nodedown", "gamma")
        assert down["reason"] in {"the connection closed", "silent for 3 heartbeats"}
    rows = sql(cluster.alpha.database_url, "SELECT status FROM cluster_nodes WHERE name = 'gamma'")
    assert [r["status"] for r in rows] == ["disconnected"]
    cluster.gamma.forget_log()
    cluster.gamma.start()
    for node in (cluster.alpha, cluster.beta):
        node.peer_event("cluster.nodeup", "gamma")


def test_a_workflow_on_one_node_starts_one_on_another_only_as_the_targets_gate_allows(cluster: Cluster) -> None:
    alpha, beta = cluster.alpha, cluster.beta
    gate = Step(0, "receive_from_workflow", config={"allowed_nodes": ["beta"]})
    save(alpha.database_url, Workflow(None, "inbox", steps=(gate, Step(1, "echo"))))
    save(alpha.database_url, Workflow(None, "closed", steps=(Step(0, "receive_from_workflow"), Step(1, "echo"))))
    for target in ("inbox", "closed"):
        send = Step(0, "send_to_workflow", config={"target_node": "alpha", "target_workflow": target})
        save(beta.database_url, Workflow(None, f"to-{target}", steps=(send,)))

    unregistered = json.loads(beta.cli("workflow", "run", "to-inbox", "--input", "hi", "--wait", "--json").stdout)
    assert unregistered["status"] == "failed" and "not_registered" in unregistered["error"]
    sql(alpha.database_url, "UPDATE cluster_nodes SET registered = true WHERE seen_by = 'alpha' AND name = 'beta'")

    started = json.loads(beta.cli("workflow", "run", "to-inbox", "--input", "hi", "--wait", "--json").stdout)
    assert started["status"] == "completed", started
    refused = json.loads(beta.cli("workflow", "run", "to-closed", "--input", "hi", "--wait", "--json").stdout)
    assert refused["status"] == "failed" and "node_not_allowed" in refused["error"]

    runs = sql(alpha.database_url, "SELECT trigger, actor, input FROM workflow_runs ORDER BY id")
    assert [(r["trigger"], r["actor"]) for r in runs] == [("remote", "node:beta")]
    audits = sql(
        alpha.database_url, "SELECT outcome FROM audit_log WHERE action = 'cluster.dispatch_received' ORDER BY id"
    )
    assert [a["outcome"] for a in audits] == ["denied", "ok", "denied"]
    sent = sql(beta.database_url, "SELECT outcome FROM audit_log WHERE action = 'cluster.dispatch_sent' ORDER BY id")
    assert [a["outcome"] for a in sent] == ["denied", "ok", "denied"]


class HeldLock:
    """A session of the test's own holding a session-level advisory lock, on
    a loop of its own (the tests here are synchronous)."""

    def __init__(self, database_url: str, key: int) -> None:
        self.loop = asyncio.new_event_loop()
        self.conn: asyncpg.Connection = self.loop.run_until_complete(asyncpg.connect(database_url))
        self.loop.run_until_complete(self.conn.execute("SELECT pg_advisory_lock($1)", key))

    def release(self) -> None:
        if not self.loop.is_closed():
            self.loop.run_until_complete(self.conn.close())
            self.loop.close()


def wait_linked(node: Proc, peer: str) -> None:
    """Until ``node`` reports ``peer`` connected (its own word, over the CLI)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        result = node.cli("cluster", "status", "--json")
        if result.returncode == 0 and any(
            p["name"] == peer and p["status"] == "connected" for p in json.loads(result.stdout)["peers"]
        ):
            return
    raise AssertionError(f"{node.name} never linked to {peer}")


def wait_until_true(check: Any, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")


def test_a_target_killed_mid_dispatch_gives_the_sender_an_error_and_leaves_no_run_running(cluster: Cluster) -> None:
    """A dispatch in flight when its target is SIGKILLed: the sender's step
    answers an error (the link went down) and the sender's run records it;
    the target, restarted, has no run left ``running`` — the one it had
    started is ``interrupted`` (resumable), the one not yet committed never
    existed."""
    beta, gamma = cluster.beta, cluster.gamma
    gate = Step(0, "receive_from_workflow", config={"allowed_nodes": ["beta"]})
    save(gamma.database_url, Workflow(None, "slow", steps=(gate, Step(1, "sleep", config={"seconds": 600}))))
    send = Step(0, "send_to_workflow", config={"target_node": "gamma", "target_workflow": "slow", "timeout": 60})
    save(beta.database_url, Workflow(None, "to-slow", steps=(send,)))
    wait_linked(beta, "gamma")
    sql(gamma.database_url, "UPDATE cluster_nodes SET registered = true WHERE seen_by = 'gamma' AND name = 'beta'")

    # 1. In flight: gamma's run row and its audit row wait on the audit chain's lock, uncommitted.
    held = HeldLock(gamma.database_url, APPEND_LOCK)
    command = [sys.executable, "-m", "alexclaw", "workflow", "run", "to-slow", "--input", "hi", "--wait", "--json"]
    run = subprocess.Popen(command, env=beta.env(), cwd=beta.home, stdout=subprocess.PIPE, text=True)
    try:
        waiting = "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event = 'advisory' AND query LIKE '%audit%'"
        wait_until_true(lambda: sql(gamma.database_url, waiting)[0]["n"] > 0, "gamma's dispatch to wait on the lock")
        gamma.stop(signal.SIGKILL)
        out, _ = run.communicate(timeout=120)  # well before the step's 60 s: the link's end answers it
    finally:
        held.release()
        if run.poll() is None:
            run.kill()
            run.wait()
    failed = json.loads(out)
    assert failed["status"] == "failed" and "gamma refused slow: node_unreachable" in failed["error"], failed
    [recorded] = sql(beta.database_url, "SELECT step_results FROM workflow_runs WHERE id = $1", failed["run_id"])
    assert json.loads(recorded["step_results"])[-1]["branch"] == "on_error"

    # 2. Started: gamma runs it (sleeping) when it is killed.
    gamma.forget_log()
    gamma.start()
    wait_linked(beta, "gamma")
    started = json.loads(beta.cli("workflow", "run", "to-slow", "--input", "hi", "--wait", "--json").stdout)
    assert started["status"] == "completed", started
    rows = sql(gamma.database_url, "SELECT status FROM workflow_runs WHERE workflow_name = 'slow'")
    assert [r["status"] for r in rows] == ["running"]
    gamma.stop(signal.SIGKILL)
    gamma.forget_log()
    gamma.start()
    rows = sql(gamma.database_url, "SELECT status, error FROM workflow_runs WHERE workflow_name = 'slow'")
    assert [r["status"] for r in rows] == ["interrupted"], rows  # never stuck running; nothing half-made by step 1
    for node in (cluster.alpha, cluster.beta):
        node.peer_event("cluster.nodeup", "gamma")
