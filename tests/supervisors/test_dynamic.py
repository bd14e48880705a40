"""DynamicSupervisor and TaskSupervisor."""

from __future__ import annotations

import asyncio

import pytest

from actors import Process, ProcessExited, call, cast, sync
from actors.testing import Probe
from supervisors import (
    SUPERVISORS_TOPIC,
    ChildRestarted,
    ChildSpec,
    DynamicSupervisor,
    Restart,
    SupervisorError,
    TaskSupervisor,
    count_children,
    start_child,
    start_task,
    terminate_child,
    which_children,
)
from tests.helpers import worker


async def spawn(sup: DynamicSupervisor, spec: ChildSpec) -> Process:
    child = await start_child(sup, spec)
    assert isinstance(child, Process)
    return child


async def test_children_are_started_on_demand_and_counted() -> None:
    sup = await DynamicSupervisor().start()
    a = await spawn(sup, worker("a", []))
    await start_child(sup, worker("b", []))
    assert await call(a, "incr") == 1
    counts = count_children(sup)
    assert (counts.specs, counts.active, counts.workers, counts.supervisors) == (2, 2, 2, 0)
    await sup.stop()


async def test_starting_beyond_max_children_is_refused_with_a_clear_error() -> None:
    sup = await DynamicSupervisor(max_children=2).start()
    await start_child(sup, worker("a", []))
    await start_child(sup, worker("b", []))
    with pytest.raises(SupervisorError, match=r"max_children \(2\)"):
        await start_child(sup, worker("c", []))
    assert sup.alive and count_children(sup).active == 2
    await sup.stop()


async def test_a_crashed_dynamic_child_is_restarted_in_place() -> None:
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await DynamicSupervisor().start()
    first = await spawn(sup, worker("a", []))
    cast(first, "crash")
    await probe.receive(ChildRestarted)
    [row] = which_children(sup)
    assert row.process is not first and row.restarts == 1
    await sup.stop()
    await probe.stop()


async def test_a_temporary_dynamic_child_is_forgotten_when_it_exits() -> None:
    sup = await DynamicSupervisor().start()
    child = await spawn(sup, worker("t", [], restart=Restart.TEMPORARY))
    await call(child, "stop")
    await child.wait_exited()
    await sync(sup)
    assert count_children(sup).active == 0
    await sup.stop()


async def test_terminate_child_stops_a_dynamic_child_by_process() -> None:
    journal: list[tuple[str, str]] = []
    sup = await DynamicSupervisor().start()
    child = await spawn(sup, worker("a", journal))
    await terminate_child(sup, child)
    assert ("stop", "a") in journal and count_children(sup).active == 0
    with pytest.raises(SupervisorError, match="not a child"):
        await terminate_child(sup, child)
    await sup.stop()


async def test_dynamic_children_stop_newest_first() -> None:
    journal: list[tuple[str, str]] = []
    sup = await DynamicSupervisor().start()
    for name in "abc":
        await start_child(sup, worker(name, journal))
    await sup.stop()
    assert [e for e in journal if e[0] == "stop"] == [("stop", "c"), ("stop", "b"), ("stop", "a")]


async def test_a_task_supervisor_runs_a_coroutine_and_join_returns_its_value() -> None:
    tasks = await TaskSupervisor().start()

    async def work() -> str:
        return "done"

    task = await start_task(tasks, work)
    assert await task.join() == "done"
    await tasks.stop()


async def test_a_crashing_task_is_logged_and_not_restarted(caplog: pytest.LogCaptureFixture) -> None:
    tasks = await TaskSupervisor().start()

    async def boom() -> None:
        raise LookupError("missing thing")

    task = await start_task(tasks, boom)
    with pytest.raises(ProcessExited, match="missing thing"):
        await task.join()
    assert "missing thing" in caplog.text
    await sync(tasks)
    assert tasks.alive and count_children(tasks).active == 0
    await tasks.stop()


async def test_stopping_a_task_supervisor_cancels_running_tasks() -> None:
    tasks = await TaskSupervisor().start()

    async def forever() -> None:
        await asyncio.Event().wait()

    task = await start_task(tasks, forever)
    await tasks.stop()
    assert not task.alive


async def test_start_task_needs_a_task_supervisor() -> None:
    sup = await DynamicSupervisor().start()

    async def work() -> None:
        return None

    with pytest.raises(SupervisorError, match="not a TaskSupervisor"):
        await start_task(sup, work)
    await sup.stop()
