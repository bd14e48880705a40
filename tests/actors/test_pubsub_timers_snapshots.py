"""Pub/sub, send_after and snapshots."""

from __future__ import annotations

from actors import Snapshot, publish, send_after, subscribe, subscribers, unsubscribe
from actors.testing import Probe


async def test_every_subscriber_of_a_topic_receives_a_published_message() -> None:
    a = await Probe().listen("news").start()
    b = await Probe().listen("news", "other").start()
    assert publish("news", "hello") == 2
    assert await a.receive() == "hello"
    assert await b.receive() == "hello"
    await a.stop()
    await b.stop()


async def test_publishing_to_a_topic_without_subscribers_delivers_nothing() -> None:
    assert publish("empty", 1) == 0


async def test_an_exited_subscriber_is_dropped_from_every_topic() -> None:
    probe = await Probe().start()
    subscribe("a", probe)
    subscribe("b", probe)
    await probe.stop()
    assert subscribers("a") == [] and subscribers("b") == []


async def test_unsubscribe_stops_delivery() -> None:
    probe = await Probe().start()
    subscribe("t", probe)
    unsubscribe("t", probe)
    assert publish("t", "x") == 0
    await probe.stop()


async def test_send_after_delivers_the_message_later_and_a_cancelled_timer_never_fires() -> None:
    probe = await Probe().start()
    cancelled = send_after(probe, "cancelled", 0.01)
    send_after(probe, "second", 0.03)
    send_after(probe, "first", 0.02)
    cancelled.cancel()
    assert await probe.receive() == "first"
    assert await probe.receive() == "second"
    assert "cancelled" not in probe.messages
    await probe.stop()


def test_a_snapshot_reads_the_last_published_value_and_counts_versions() -> None:
    snap: Snapshot[tuple[int, ...]] = Snapshot(())
    assert snap.read() == () and snap.version == 0
    snap.publish((1, 2))
    assert snap.read() == (1, 2) and snap.version == 1
