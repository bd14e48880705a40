"""Cluster benchmarks, two nodes' clusters in one process on loopback:

    BENCH cluster_handshake_ms          a TCP connect + the cookie handshake (median)
    BENCH cluster_dispatch_rtt_ms       a dispatch answered by the peer's port (median),
                                        ratio vs the same port called in-process
    BENCH cluster_ping_per_s            ping/pong round trips per second over one link
    BENCH cluster_remote_run_ms         a workflow (gate + echo) started on a real node from a
                                        peer over the link (the send_to_workflow path: the
                                        node's remote gate, run admission, the run) until it
                                        completed there (median), ratio vs the same workflow
                                        started locally on that node (Runs.start_manual)

The first dispatch figure is answered by a port that starts nothing, so it
is the link's own cost; the last one is a whole node (durable embedded
PostgreSQL) against itself, so the ratio is what crossing the link adds to
a real start.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import line, on_embedded_postgres

from actors.testing import Probe
from alexclaw import Node
from alexclaw.settings import Settings
from alexclaw.workflows import RUNS_TOPIC, RunChanged, RunTicket, Step, Workflow, save_workflow, set_registered
from cluster import ClusterSettings, Seed
from cluster._handshake import ClusterKey
from cluster._wire import Wire, initiate, respond
from cluster.ports import DispatchAnswer
from cluster.tree import Cluster, ClusterNames, cluster_spec

COOKIE = "bench-cluster-cookie-0123456789abcdefghijkl"
ROUNDS = 200


class Nodes:
    async def load(self) -> list[Any]:
        return []

    async def record(self, peer: Any) -> None:
        return None

    async def forget(self, name: str) -> None:
        return None


class Answering:
    async def receive(self, sender: str, workflow: str, input: Any) -> DispatchAnswer:
        return DispatchAnswer(True, run_id=1)


async def handshakes() -> None:
    key = ClusterKey(COOKIE)

    async def admit(peer: str) -> str | None:
        return None

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        wire = Wire(reader, writer)
        await respond(wire, key, "beta", admit)
        wire.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        wire = Wire(reader, writer)
        await initiate(wire, key, "alpha")
        times.append(time.perf_counter() - start)
        wire.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()
    line("cluster_handshake_ms", statistics.median(times) * 1000, "ms")


async def start(name: str, seeds: tuple[Seed, ...] = ()) -> tuple[Cluster, Any]:
    settings = ClusterSettings(cookie=COOKIE, port=0, seeds=seeds, heartbeat_seconds=60.0)
    cluster = Cluster(settings, name, ClusterNames(f"bench_{name}"))
    process = await cluster_spec(cluster, Nodes(), Answering()).start()
    return cluster, process


async def over_a_link() -> None:
    beta, beta_proc = await start("beta")
    listening = beta.listening()
    assert listening is not None
    alpha, alpha_proc = await start("alpha", (Seed("127.0.0.1", int(listening.rpartition(":")[2])),))
    while (peer := alpha.view.read().peer("beta")) is None or peer.status != "connected":
        await asyncio.sleep(0.01)
    local, remote = [], []
    port = Answering()
    for _ in range(ROUNDS):
        start_at = time.perf_counter()
        await port.receive("alpha", "inbox", {"n": 1})
        local.append(time.perf_counter() - start_at)
        start_at = time.perf_counter()
        answer = await alpha.dispatch("beta", "inbox", {"n": 1})
        remote.append(time.perf_counter() - start_at)
        assert answer.ok
    rtt = statistics.median(remote) * 1000
    line("cluster_dispatch_rtt_ms", rtt, "ms", rtt / (statistics.median(local) * 1000), "in-process port call")
    count, began = 0, time.perf_counter()
    while time.perf_counter() - began < 2.0:
        assert await alpha.ping("beta") is not None
        count += 1
    line("cluster_ping_per_s", count / (time.perf_counter() - began), "/s")
    await alpha_proc.stop()
    await beta_proc.stop()


RUN_ROUNDS = 50


async def finished(probe: Probe, run_id: int) -> None:
    await probe.receive(lambda m: isinstance(m, RunChanged) and m.run_id == run_id and m.status == "finished", 30)
    probe.messages.clear()  # the other events of the run: not scanned again next round


async def remote_vs_local_run(dsn: str, data_dir: Path) -> None:
    """A real node (alpha) runs the workflow; beta (a cluster alone) asks it to."""
    cluster = ClusterSettings(cookie=COOKIE, port=0, heartbeat_seconds=60.0)
    settings = Settings(
        secret_key_base="bench-secret-key-base-0123456789abcdefghijkl", admin_password=None,
        database_url=dsn, data_dir=data_dir, http_port=0, node_name="alpha", cluster=cluster,
    )  # fmt: skip
    node = Node(settings)
    await node.start()
    listening = node.services.cluster.listening()
    assert listening is not None
    beta, beta_proc = await start("beta", (Seed("127.0.0.1", int(listening.rpartition(":")[2])),))
    probe = await Probe().start()
    probe.listen(RUNS_TOPIC)
    try:
        while (peer := node.services.cluster.view.read().peer("beta")) is None or peer.status != "connected":
            await asyncio.sleep(0.01)
        gate = Step(0, "receive_from_workflow", config={"allowed_nodes": ["beta"]})
        async with node.services.database.pool().acquire() as conn:
            await save_workflow(conn, Workflow(None, "inbox", steps=(gate, Step(1, "echo"))), with_steps=True)
            assert await set_registered(conn, "alpha", "beta", True, "bench")
        local, remote = [], []
        for _ in range(RUN_ROUNDS):
            start_at = time.perf_counter()
            ticket = await node.services.runs.start_manual("inbox", actor="bench", origin="bench", input={"n": 1})
            assert isinstance(ticket, RunTicket)
            await finished(probe, ticket.run_id)
            local.append(time.perf_counter() - start_at)
            start_at = time.perf_counter()
            answer = await beta.dispatch("alpha", "inbox", {"n": 1})
            assert answer.ok, answer
            await finished(probe, answer.run_id)
            remote.append(time.perf_counter() - start_at)
        remote_ms, local_ms = statistics.median(remote) * 1000, statistics.median(local) * 1000
        line("cluster_remote_run_ms", remote_ms, "ms", remote_ms / local_ms, "the same workflow started locally")
    finally:
        await probe.stop()
        await beta_proc.stop()
        await node.stop()


async def main() -> None:
    await handshakes()
    await over_a_link()


if __name__ == "__main__":
    asyncio.run(main())
    on_embedded_postgres(remote_vs_local_run, log_level=logging.WARNING)
