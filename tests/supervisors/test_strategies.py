"""Start order, stop order, and the three restart strategies."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from actors import IGNORE, Killed, StartError, TaskProcess, cast, sync, whereis
from actors.testing import Probe
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, ChildSpec, Strategy, Supervisor, which_children
from tests.helpers import Worker, worker


def running(sup: Supervisor) -> dict[str, Any]:
    return {row.id: row.process for row in which_children(sup)}


async def test_children_start_in_list_order_each_after_the_previous_init() -> None:
    journal: list[tuple[str, str]] = []
    sup = await Supervisor([worker(i, journal) for i in "abc"]).start()
    assert journal == [("start", "a"), ("start", "b"), ("start", "c")]
    await sup.stop()


async def test_children_stop_in_reverse_order() -> None:
    journal: list[tuple[str, str]] = []
    sup = await Supervisor([worker(i, journal) for i in "abc"]).start()
    journal.clear()
    await sup.stop()
    assert journal == [("stop", "c"), ("stop", "b"), ("stop", "a")]


async def test_one_for_one_restarts_only_the_child_that_crashed() -> None:
    journal: list[tuple[str, str]] = []
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor([worker(i, journal) for i in "abc"], strategy=Strategy.ONE_FOR_ONE).start()
    before = running(sup)
    cast("b", "crash")
    event = await probe.receive(ChildRestarted)
    after = running(sup)
    assert event.child_id == "b" and event.restarts == 1
    assert after["a"] is before["a"] and after["c"] is before["c"] and after["b"] is not before["b"]
    await sup.stop()
    await probe.stop()


async def test_one_for_all_restarts_every_child_in_order() -> None:
    journal: list[tuple[str, str]] = []
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor([worker(i, journal) for i in "abc"], strategy=Strategy.ONE_FOR_ALL).start()
    before = running(sup)
    journal.clear()
    cast("b", "crash")
    await probe.receive(ChildRestarted)
    after = running(sup)
    assert all(after[i] is not before[i] for i in "abc")
    # the survivors are stopped in reverse order, then all start in order
    assert journal == [("stop", "b"), ("stop", "c"), ("stop", "a"), ("start", "a"), ("start", "b"), ("start", "c")]
    await sup.stop()
    await probe.stop()


async def test_rest_for_one_restarts_the_child_and_those_started_after_it() -> None:
    journal: list[tuple[str, str]] = []
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor([worker(i, journal) for i in "abcd"], strategy=Strategy.REST_FOR_ONE).start()
    before = running(sup)
    cast("b", "crash")
    await probe.receive(ChildRestarted)
    after = running(sup)
    assert after["a"] is before["a"]
    assert all(after[i] is not before[i] for i in "bcd")
    await sup.stop()
    await probe.stop()


async def test_a_restarted_child_starts_with_fresh_state() -> None:
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    from actors import call

    sup = await Supervisor([worker("a", [])]).start()
    await call("a", "incr")
    await call("a", "incr")
    cast("a", "crash")
    await probe.receive(ChildRestarted)
    assert await call("a", "incr") == 1
    await sup.stop()
    await probe.stop()


async def test_a_child_start_failure_stops_the_started_ones_and_fails_the_supervisor() -> None:
    journal: list[tuple[str, str]] = []

    async def broken() -> Any:
        return await Worker("bad", journal, fail_init=True).start()

    children = [worker("a", journal), ChildSpec("bad", broken), worker("c", journal)]
    with pytest.raises(StartError, match="bad refuses to start"):
        await Supervisor(children).start()
    assert journal == [("start", "a"), ("stop", "a")]
    assert whereis("a") is None


async def test_a_start_function_that_raises_anything_is_a_start_error() -> None:
    async def explodes() -> Any:
        raise OSError("port busy")

    with pytest.raises(StartError, match="port busy"):
        await Supervisor([ChildSpec("x", explodes)]).start()


async def test_a_child_that_ignores_is_recorded_and_its_siblings_start() -> None:
    async def off() -> Any:
        return IGNORE

    journal: list[tuple[str, str]] = []
    sup = await Supervisor([ChildSpec("off", off), worker("a", journal)]).start()
    rows = {row.id: row.status for row in which_children(sup)}
    assert rows == {"off": "ignored", "a": "running"}
    await sup.stop()


def test_duplicate_child_ids_are_refused_at_declaration() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        Supervisor([worker("a", []), worker("a", [])])


async def test_a_supervisor_stops_its_children_in_order_when_its_parent_dies() -> None:
    journal: list[tuple[str, str]] = []
    started: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    async def parent() -> None:
        started.set_result(await Supervisor([worker("a", journal), worker("b", journal)]).start())
        await asyncio.Event().wait()

    task = await TaskProcess(parent).start(link=False)
    sup = await started
    assert sup.parent is task
    task.kill()
    assert isinstance(await sup.wait_exited(), Killed)  # exits with its parent's reason, as in OTP
    assert journal[-2:] == [("stop", "b"), ("stop", "a")]  # after an orderly stop of its children


async def test_a_rest_for_one_restart_starts_again_from_an_earlier_sibling_that_died_meanwhile() -> None:
    # Found by the chaos suite: the storage supervisor retried the pool's start
    # in place while the server it needs had died meanwhile, failed three times
    # in milliseconds and gave up.
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    journal: list[tuple[str, str]] = []
    starts_of_b = 0

    async def start_a() -> Any:
        return await Worker("a", journal).start(name="a")

    async def start_b() -> Any:
        nonlocal starts_of_b
        starts_of_b += 1
        server = whereis("a")
        if starts_of_b == 2 and server is not None:
            server.kill()  # "a" dies while "b" restarts
            await server.wait_exited()
        if whereis("a") is None:
            raise StartError("b needs a")
        return await Worker("b", journal).start(name="b")

    sup = await Supervisor(
        [ChildSpec("a", start_a), ChildSpec("b", start_b)], strategy=Strategy.REST_FOR_ONE, intensity=3, period=60
    ).start()
    b = whereis("b")
    assert b is not None
    b.kill()
    await probe.receive(lambda m: isinstance(m, ChildRestarted) and m.child_id == "b", timeout=10)
    await sync(sup)  # the dead sibling's queued exit, taken in (and ignored: it was restarted already)
    assert sup.alive
    assert {c.id: c.status for c in which_children(sup)} == {"a": "running", "b": "running"}
    assert starts_of_b == 3  # the failed one, then once more after "a" started again
    await sup.stop()
    await probe.stop()
