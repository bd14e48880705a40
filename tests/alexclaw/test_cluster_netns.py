"""Nodes in network namespaces of their own, made without privileges: one
user namespace (``unshare -rn``) owns three network namespaces. alpha and
beta, joined by a veth pair, find each other by static seeds on their veth
addresses; gamma, alone in its namespace with no route to them, never links,
and its dispatch to alpha answers an error value at once — never a hang.

Each node is a real ``alexclaw start`` run under ``nsenter`` into its
namespace; the database is reached over its unix socket, which no network
namespace hides. Skipped, naming what is missing, only when this machine
cannot make the namespaces or the veth pair."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from alexclaw.workflows import Step, Workflow
from tests.alexclaw.test_cluster_processes import Proc, save
from tests.conftest import _create_database, _drop_database, with_database

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

ALPHA, BETA = "10.77.0.1", "10.77.0.2"
PORT = 4370  # each namespace has its own ports: the default is free in all of them


def namespaces_missing() -> str | None:
    """Why this machine cannot run the test, or None."""
    for tool in ("unshare", "nsenter", "ip"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (util-linux / iproute2)"
    probe = subprocess.run(
        ["unshare", "-r", "-n", "ip", "link", "add", "va", "type", "veth", "peer", "name", "vb"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    if probe.returncode != 0:
        return f"no unprivileged user+network namespace with a veth pair here: {probe.stderr.strip()[:200]}"
    return None


class Namespaces:
    """A user namespace (held by a sleeping process) and network namespaces
    inside it, each held by a sleeping process; commands enter one by pid."""

    def __init__(self) -> None:
        self.holders: list[subprocess.Popen[bytes]] = []
        if os.getuid() != 0:  # a user: its own uid is root inside (the test database runs as that user too)
            self.root = self._hold(["unshare", "-r", "-n"], "user")
            return
        # Root: every id mapped to itself, so root inside may still open the
        # test database's socket, owned by the unprivileged user it runs as.
        self.root = self._hold(["unshare", "-U", "-n"], "user")
        for kind in ("uid_map", "gid_map"):
            Path(f"/proc/{self.root}/{kind}").write_text("0 0 4294967295\n")

    def _hold(self, prefix: list[str], kind: str) -> int:
        holder = subprocess.Popen([*prefix, "sleep", "infinity"])
        self.holders.append(holder)
        ours = os.readlink(f"/proc/self/ns/{kind}")
        deadline = time.monotonic() + 30
        # The holder is in its namespace once unshare has exec'd sleep there.
        while _namespace(holder.pid, kind) in {ours, None} or _command(holder.pid) != "sleep":
            if time.monotonic() > deadline or holder.poll() is not None:
                raise AssertionError(f"the {kind} namespace holder did not start")
        return holder.pid

    @staticmethod
    def enter(pid: int) -> tuple[str, ...]:
        return ("nsenter", "-t", str(pid), "-U", "-n", "--")

    def network(self) -> int:
        """A new network namespace in the user namespace; its holder's pid."""
        return self._hold([*self.enter(self.root), "unshare", "-n"], "net")

    def run(self, pid: int, *command: str) -> None:
        subprocess.run([*self.enter(pid), *command], check=True, timeout=30, capture_output=True)

    def close(self) -> None:
        for holder in reversed(self.holders):
            holder.kill()
            holder.wait(10)


def _namespace(pid: int, kind: str) -> str | None:
    try:
        return os.readlink(f"/proc/{pid}/ns/{kind}")
    except OSError:
        return None


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


@pytest.fixture
def spaces() -> Iterator[Namespaces]:
    missing = namespaces_missing()
    if missing is not None:
        pytest.skip(missing)
    made = Namespaces()
    try:
        yield made
    finally:
        made.close()


def test_nodes_in_namespaces_link_over_a_veth_pair_and_a_node_without_a_route_gets_an_error_value(
    spaces: Namespaces, pg_admin_dsn: str, pg_template: str
) -> None:
    a, b, c = spaces.network(), spaces.network(), spaces.network()
    spaces.run(spaces.root, "ip", "link", "add", "va", "type", "veth", "peer", "name", "vb")
    spaces.run(spaces.root, "ip", "link", "set", "va", "netns", str(a))
    spaces.run(spaces.root, "ip", "link", "set", "vb", "netns", str(b))
    for pid, device, address in ((a, "va", ALPHA), (b, "vb", BETA)):
        spaces.run(pid, "ip", "addr", "add", f"{address}/24", "dev", device)
        spaces.run(pid, "ip", "link", "set", device, "up")
    for pid in (a, b, c):
        spaces.run(pid, "ip", "link", "set", "lo", "up")  # the node's web endpoint listens on 127.0.0.1

    home = Path(tempfile.mkdtemp(prefix="alexclaw-netns-"))
    names = [asyncio.run(_create_database(pg_admin_dsn, pg_template)) for _ in range(3)]
    seed = f"{ALPHA}:{PORT}"

    def node(name: str, pid: int, database: str, host: str, seeds: str) -> Proc:
        env = {"ALEXCLAW_CLUSTER_HOST": host, "ALEXCLAW_CLUSTER_SEEDS": seeds}
        url = with_database(pg_admin_dsn, database)
        return Proc(name, home, url, PORT, [], launcher=spaces.enter(pid), extra_env=env)

    alpha = node("alpha", a, names[0], ALPHA, "")
    beta = node("beta", b, names[1], BETA, seed)
    gamma = node("gamma", c, names[2], "127.0.0.1", seed)  # no route to 10.77.0.0/24 from its namespace
    nodes = (alpha, beta, gamma)
    try:
        for each in nodes:
            each.start()
        alpha.peer_event("cluster.nodeup", "beta")
        beta.peer_event("cluster.nodeup", "alpha")
        view = json.loads(beta.cli("cluster", "status", "--json").stdout)
        assert view["listening"] == f"{BETA}:{PORT}"
        assert [(p["name"], p["status"]) for p in view["peers"]] == [("alpha", "connected")]

        send = Step(0, "send_to_workflow", config={"target_node": "alpha", "target_workflow": "inbox"})
        save(gamma.database_url, Workflow(None, "to-alpha", steps=(send,)))
        result = gamma.cli("workflow", "run", "to-alpha", "--input", "hi", "--wait", "--json")
        answer = json.loads(result.stdout)
        assert answer["status"] == "failed" and "alpha refused inbox: node_unreachable" in answer["error"], answer
        gamma_view = json.loads(gamma.cli("cluster", "status", "--json").stdout)
        assert not [p for p in gamma_view["peers"] if p["status"] == "connected"]
    finally:
        for each in nodes:
            each.stop()
        for name in names:
            asyncio.run(_drop_database(pg_admin_dsn, name))
        shutil.rmtree(home, ignore_errors=True)
