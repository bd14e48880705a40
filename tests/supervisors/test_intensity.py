"""Restart intensity: more than ``intensity`` restarts within ``period``
seconds makes a supervisor give up, and the failure climbs the tree."""

from __future__ import annotations

from typing import Any

from actors import Down, StartError, cast, sync, whereis
from actors.testing import Probe
from supervisors import (
    GAVE_UP,
    SUPERVISORS_TOPIC,
    ChildRestarted,
    ChildSpec,
    Supervisor,
    SupervisorGaveUp,
    which_children,
)
from tests.helpers import ManualClock, Worker, worker


async def crash_and_wait(name: str, probe: Probe) -> None:
    cast(name, "crash")
    await probe.receive(lambda m: isinstance(m, ChildRestarted | Down))


async def test_restarts_within_the_intensity_keep_the_supervisor_alive() -> None:
    clock = ManualClock()
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor([worker("a", [])], intensity=2, period=5.0, clock=clock).start()
    probe.monitor(sup)
    await crash_and_wait("a", probe)
    clock.advance(1)
    await crash_and_wait("a", probe)
    assert sup.alive and which_children(sup)[0].restarts == 2
    await sup.stop()
    await probe.stop()


async def test_one_restart_too_many_makes_the_supervisor_stop_its_children_and_exit() -> None:
    clock = ManualClock()
    journal: list[tuple[str, str]] = []
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor([worker("a", journal), worker("b", journal)], intensity=2, period=5.0, clock=clock).start()
    probe.monitor(sup)
    for _ in range(2):
        await crash_and_wait("a", probe)
    cast("a", "crash")
    gave_up = await probe.receive(SupervisorGaveUp)
    down = await probe.receive(Down)
    assert gave_up.intensity == 2 and down.reason == GAVE_UP
    assert whereis("a") is None and whereis("b") is None
    assert ("stop", "b") in journal
    await probe.stop()


async def test_old_restarts_slide_out_of_the_period() -> None:
    clock = ManualClock()
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor([worker("a", [])], intensity=1, period=5.0, clock=clock).start()
    for _ in range(4):
        await crash_and_wait("a", probe)
        clock.advance(6)  # each restart is alone in its window
    assert sup.alive
    await sup.stop()
    await probe.stop()


async def test_intensity_zero_means_the_first_crash_is_fatal() -> None:
    probe = await Probe().start()
    sup = await Supervisor([worker("a", [])], intensity=0).start()
    probe.monitor(sup)
    cast("a", "crash")
    assert (await probe.receive(Down)).reason == GAVE_UP
    await probe.stop()


async def test_giving_up_escalates_through_nested_supervisors_to_the_root() -> None:
    clock = ManualClock()
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    leaf = Supervisor.child_spec("leaf", [worker("a", [])], intensity=1, period=5.0, clock=clock)
    middle = Supervisor.child_spec("middle", [leaf], intensity=1, period=5.0, clock=clock)
    root = await Supervisor([middle], intensity=1, period=5.0, clock=clock).start(name="root")
    probe.monitor(root)
    # Each give-up restarts the level above; the second time round it gives up too.
    down = None
    for _ in range(20):
        target = whereis("a")
        if target is None:
            await sync(root)
            continue
        cast(target, "crash")
        event = await probe.receive(lambda m: isinstance(m, ChildRestarted | Down))
        if isinstance(event, Down):
            down = event
            break
    assert down is not None and down.process is root and down.reason == GAVE_UP
    gave_up = {m.supervisor for m in probe.messages if isinstance(m, SupervisorGaveUp)}
    assert gave_up == {"leaf", "middle", "root"}
    assert whereis("a") is None
    await probe.stop()


async def test_a_restart_that_fails_to_start_counts_towards_the_intensity() -> None:
    clock = ManualClock()
    attempts: list[int] = []
    probe = await Probe().start()

    async def flaky() -> Any:
        attempts.append(1)
        return await Worker("f", [], fail_init=len(attempts) > 1).start(name="f")

    sup = await Supervisor([ChildSpec("f", flaky)], intensity=3, period=5.0, clock=clock).start()
    probe.monitor(sup)
    cast("f", "crash")
    assert (await probe.receive(Down)).reason == GAVE_UP
    assert len(attempts) == 1 + 3  # the first start, then three failing restarts
    await probe.stop()


async def test_a_supervisor_whose_child_cannot_start_at_all_fails_its_own_start() -> None:
    async def never() -> Any:
        return await Worker("n", [], fail_init=True).start()

    try:
        await Supervisor([ChildSpec("n", never)]).start()
    except StartError as error:
        assert "refuses to start" in str(error)
    else:
        raise AssertionError("start should have failed")
