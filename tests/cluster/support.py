"""Nodes' clusters in one process, on loopback, for the cluster's tests.

``MemoryNodes`` and ``Receiver`` implement the cluster's ports the way the
application does, in memory (the application's PostgreSQL store and its
workflow gate are tested with the application)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from actors import Process, Timer, send_after
from cluster import ClusterPeer, ClusterSettings, Seed
from cluster._discovery import Resolver, resolve_addresses
from cluster._link import Tick
from cluster.ports import DispatchAnswer
from cluster.tree import Cluster, ClusterNames, cluster_spec

COOKIE = "a-cluster-cookie-of-at-least-32-characters"


class MemoryNodes:
    def __init__(self) -> None:
        self.rows: dict[str, ClusterPeer] = {}

    async def load(self) -> Sequence[ClusterPeer]:
        return list(self.rows.values())

    async def record(self, peer: ClusterPeer) -> None:
        self.rows[peer.name] = peer

    async def forget(self, name: str) -> None:
        self.rows.pop(name, None)


@dataclass
class Receiver:
    """Starts "runs" of the workflows it knows, for any sender it allows."""

    workflows: set[str] = field(default_factory=lambda: {"inbox"})
    allowed: set[str] = field(default_factory=set)
    received: list[tuple[str, str, Any]] = field(default_factory=list)

    async def receive(self, sender: str, workflow: str, input: Any) -> DispatchAnswer:
        self.received.append((sender, workflow, input))
        if workflow not in self.workflows:
            return DispatchAnswer(False, "workflow_not_found")
        if sender not in self.allowed:
            return DispatchAnswer(False, "node_not_allowed")
        return DispatchAnswer(True, run_id=len(self.received))


class Beats:
    """The heartbeat schedule, by hand: ``Tick``s are kept for the test to
    deliver; every other timer (a dialer's backoff) runs for real."""

    def __init__(self) -> None:
        self.links: list[Process] = []

    def __call__(self, target: Process, message: Any, delay: float) -> Timer | None:
        if isinstance(message, Tick):
            self.links.append(target)
            return None
        return send_after(target, message, delay)


@dataclass
class RunningNode:
    cluster: Cluster
    process: Process
    receiver: Receiver
    store: MemoryNodes

    @property
    def port(self) -> int:
        listening = self.cluster.listening()
        assert listening is not None
        return int(listening.rpartition(":")[2])

    @property
    def seed(self) -> Seed:
        return Seed("127.0.0.1", self.port)

    def status(self, peer: str) -> str | None:
        row = self.cluster.view.read().peer(peer)
        return None if row is None else row.status


async def start_node(
    name: str,
    *,
    seeds: tuple[Seed, ...] = (),
    cookie: str = COOKIE,
    beats: Beats | None = None,
    receiver: Receiver | None = None,
    store: MemoryNodes | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    dns: tuple[str, Resolver] | None = None,
    zeroconf: bool = False,
) -> RunningNode:
    """A node's cluster; with ``dns`` (a name and its resolver) it discovers by DNS."""
    settings = ClusterSettings(
        cookie=cookie, host=host, port=port, seeds=seeds, heartbeat_seconds=1.0,
        discovery=("static", *(("dns",) if dns else ()), *(("zeroconf",) if zeroconf else ())),
        dns_name=dns[0] if dns else None,
    )  # fmt: skip
    cluster = Cluster(settings, name, ClusterNames(f"test_{name}"))
    receiver = receiver or Receiver()
    store = store or MemoryNodes()
    spec = cluster_spec(
        cluster, store, receiver, schedule=beats or Beats(), resolver=dns[1] if dns else resolve_addresses
    )
    process = await spec.start()
    assert isinstance(process, Process)
    return RunningNode(cluster, process, receiver, store)
