"""Cluster benchmarks, two nodes' clusters in one process on loopback:

    BENCH cluster_handshake_ms          a TCP connect + the cookie handshake (median)
    BENCH cluster_dispatch_rtt_ms       a dispatch answered by the peer's port (median),
                                        ratio vs the same port called in-process
    BENCH cluster_ping_per_s            ping/pong round trips per second over one link

The remote dispatch here is answered by a port that starts nothing, so the
figure is the link's own cost; a real dispatch adds the target node's run
admission (its database), as a local start does.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import line

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


async def main() -> None:
    await handshakes()
    await over_a_link()


if __name__ == "__main__":
    asyncio.run(main())
