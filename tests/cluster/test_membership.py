"""Nodes find each other by static seeds, refuse a wrong cookie and a
duplicate name, see a silent or gone peer down, and see it come back."""

from __future__ import annotations

import asyncio
import struct

from actors import send, sync
from actors.testing import Probe, wait_until
from cluster import CLUSTER_TOPIC, CONNECTED, DISCONNECTED, NodeDown, NodeUp
from cluster._handshake import ClusterKey, HandshakeRefused
from cluster._link import Tick
from cluster._wire import Handshaken, Wire, initiate
from tests.cluster.support import COOKIE, Beats, RunningNode, start_node


async def ghost(node: RunningNode, name: str, cookie: str = COOKIE) -> tuple[Wire, Handshaken | HandshakeRefused]:
    """A peer speaking the protocol by hand (it answers nothing after the handshake)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", node.port)
    wire = Wire(reader, writer)
    return wire, await initiate(wire, ClusterKey(cookie), name)


async def test_three_nodes_find_each_other_by_static_seeds() -> None:
    alpha = await start_node("alpha")
    beta = await start_node("beta", seeds=(alpha.seed,))
    gamma = await start_node("gamma", seeds=(alpha.seed, beta.seed))
    try:
        await wait_until(
            lambda: all(
                n.status(p) == CONNECTED
                for n in (alpha, beta, gamma)
                for p in ("alpha", "beta", "gamma")
                if p != n.cluster.node_name
            ),
            message="a full mesh",
        )
        view = alpha.cluster.view.read()
        assert [p.name for p in view.peers] == ["beta", "gamma"]
        assert alpha.store.rows["beta"].status == CONNECTED
    finally:
        for node in (gamma, beta, alpha):
            await node.process.stop()


async def test_a_node_with_a_wrong_cookie_is_refused_by_all_and_listed_by_none() -> None:
    alpha = await start_node("alpha")
    beta = await start_node("beta", seeds=(alpha.seed,))
    mallory = await start_node("mallory", seeds=(alpha.seed, beta.seed), cookie="w" * 40)
    try:
        await wait_until(
            lambda: len(alpha.cluster.view.read().refusals) > 0 and len(beta.cluster.view.read().refusals) > 0
        )
        for node in (alpha, beta):
            assert node.status("mallory") is None
            assert "does not hold the cluster cookie" in node.cluster.view.read().refusals[0].reason
        assert "does not hold the cluster cookie" in mallory.cluster.view.read().refusals[0].reason
        assert mallory.cluster.view.read().peers == ()
    finally:
        for node in (mallory, beta, alpha):
            await node.process.stop()


async def test_a_peer_silent_for_three_heartbeats_is_down_and_the_operator_event_is_published() -> None:
    beats = Beats()
    alpha = await start_node("alpha", beats=beats)
    probe = await Probe().start()
    probe.listen(CLUSTER_TOPIC)
    wire, done = await ghost(alpha, "quiet")
    try:
        assert done == Handshaken("alpha", "quiet")
        await probe.receive(lambda m: m == NodeUp("quiet", alpha.cluster.view.read().peers[0].address))
        (link,) = beats.links
        for _ in range(3):  # three pings go unanswered ...
            send(link, Tick())
            await sync(link)
        assert alpha.status("quiet") == CONNECTED
        send(link, Tick())  # ... and at the fourth beat the peer is down
        down = await probe.receive(NodeDown)
        assert down == NodeDown("quiet", "silent for 3 heartbeats")
        assert alpha.status("quiet") == DISCONNECTED
    finally:
        wire.close()
        await probe.stop()
        await alpha.process.stop()


async def test_a_second_node_claiming_a_connected_name_is_refused() -> None:
    alpha = await start_node("alpha")
    first, done = await ghost(alpha, "beta")
    second, refused = await ghost(alpha, "beta")
    try:
        assert isinstance(done, Handshaken)
        assert refused == HandshakeRefused("refused by alpha: a node named beta is already connected")
        assert alpha.status("beta") == CONNECTED
    finally:
        first.close()
        second.close()
        await alpha.process.stop()


async def test_garbage_after_the_handshake_closes_that_link_and_the_node_serves_on() -> None:
    alpha = await start_node("alpha")
    wire, done = await ghost(alpha, "noisy")
    try:
        assert isinstance(done, Handshaken)
        await wait_until(lambda: alpha.status("noisy") == CONNECTED)
        wire.writer.write(struct.pack(">I", 5) + b"hello")
        await wait_until(lambda: alpha.status("noisy") == DISCONNECTED)
        again, done_again = await ghost(alpha, "noisy")
        assert isinstance(done_again, Handshaken)
        again.close()
    finally:
        wire.close()
        await alpha.process.stop()


async def test_a_node_that_stops_is_down_and_is_up_again_when_it_returns() -> None:
    alpha = await start_node("alpha")
    beta = await start_node("beta", seeds=(alpha.seed,))
    probe = await Probe().start()
    probe.listen(CLUSTER_TOPIC)
    try:
        await wait_until(lambda: alpha.status("beta") == CONNECTED)
        await beta.process.stop()
        assert await probe.receive(lambda m: isinstance(m, NodeDown) and m.name == "beta")
        assert alpha.status("beta") == DISCONNECTED
        probe.messages.clear()  # the first arrival's NodeUp is history
        beta = await start_node("beta", seeds=(alpha.seed,))
        assert await probe.receive(lambda m: isinstance(m, NodeUp) and m.name == "beta")
        assert alpha.status("beta") == CONNECTED
    finally:
        await probe.stop()
        await beta.process.stop()
        await alpha.process.stop()
