"""Links (two-way fate sharing) and monitors (one-way Down) across kinds."""

from __future__ import annotations

import asyncio

import pytest

from actors import KILLED, NORMAL, Crashed, Down, Exit, Killed, ProcessExited, Shutdown, TaskProcess, call, cast
from actors.testing import Probe
from tests.helpers import Counter, Worker


async def test_a_crash_kills_a_linked_process_with_the_same_reason() -> None:
    a = await Worker("a", []).start()
    b = await Worker("b", []).start()
    a.link(b)
    cast(a, "crash")
    reason = await b.wait_exited()
    assert isinstance(reason, Crashed) and "a was told to crash" in str(reason)


async def test_a_normal_exit_does_not_kill_a_linked_process() -> None:
    a = await Worker("a", []).start()
    b = await Worker("b", []).start()
    a.link(b)
    await a.stop(NORMAL)
    assert b.alive
    await b.stop()


async def test_a_process_that_traps_exits_receives_exit_messages_instead() -> None:
    probe = await Probe().start()
    probe.trap_exits = True
    a = await Worker("a", []).start()
    probe.link(a)
    cast(a, "crash")
    message = await probe.receive(Exit)
    assert message.process is a and isinstance(message.reason, Crashed)
    assert probe.alive
    await probe.stop()


async def test_linking_to_a_dead_process_signals_at_once() -> None:
    a = await Worker("a", []).start()
    await a.stop(Shutdown("done"))
    probe = await Probe().start()
    probe.trap_exits = True
    probe.link(a)
    message = await probe.receive(Exit)
    assert message.reason == Shutdown("done")
    await probe.stop()


async def test_a_monitor_receives_down_with_the_exit_reason() -> None:
    probe = await Probe().start()
    a = await Worker("a", []).start()
    ref = probe.monitor(a)
    a.kill()
    down = await probe.receive(Down)
    assert down.ref is ref and down.process is a and down.reason == KILLED
    await probe.stop()


async def test_monitoring_a_dead_process_delivers_down_at_once() -> None:
    a = await Worker("a", []).start()
    await a.stop()
    probe = await Probe().start()
    probe.monitor(a)
    assert (await probe.receive(Down)).process is a
    await probe.stop()


async def test_a_demonitored_exit_is_not_reported() -> None:
    probe = await Probe().start()
    a = await Worker("a", []).start()
    b = await Worker("b", []).start()
    probe.demonitor(probe.monitor(a))
    probe.monitor(b)
    await a.stop()
    await b.stop()
    down = await probe.receive(Down)
    assert down.process is b
    assert not [m for m in probe.messages if isinstance(m, Down)]
    await probe.stop()


async def test_a_thread_actor_dies_with_a_linked_async_actors_crash() -> None:
    counter = await Counter().start()
    a = await Worker("a", []).start()
    a.link(counter)
    cast(a, "crash")
    reason = await counter.wait_exited()
    assert isinstance(reason, Crashed)


async def test_an_async_actor_monitors_a_thread_actor_crash() -> None:
    probe = await Probe().start()
    counter = await Counter().start()
    probe.monitor(counter)
    with pytest.raises(ProcessExited):
        await call(counter, "crash")
    down = await probe.receive(Down)
    assert isinstance(down.reason, Crashed) and isinstance(down.reason.error, ValueError)
    await probe.stop()


async def test_a_task_process_linked_to_its_owner_dies_with_it() -> None:
    async def forever() -> None:
        await asyncio.Event().wait()

    owner = await Worker("owner", []).start()
    task = await TaskProcess(forever).start()
    owner.link(task)
    owner.kill()
    assert isinstance(await task.wait_exited(), Killed)


async def test_a_task_process_returns_its_value_through_join() -> None:
    async def compute() -> int:
        return 42

    task = await TaskProcess(compute).start()
    assert await task.join() == 42


async def test_joining_a_crashed_task_raises_process_exited() -> None:
    async def explode() -> None:
        raise OSError("disk on fire")

    task = await TaskProcess(explode).start()
    with pytest.raises(ProcessExited, match="disk on fire"):
        await task.join()


async def test_a_task_with_on_stop_is_asked_to_finish_instead_of_being_cancelled() -> None:
    done = asyncio.Event()
    cleaned: list[str] = []

    async def server() -> str:
        await done.wait()
        cleaned.append("graceful")
        return "served"

    task = await TaskProcess(server, on_stop=done.set).start(link=False)
    owner = await Worker("owner", []).start()
    owner.link(task)
    owner.kill()  # the exit signal reaches the task through the link
    assert isinstance(await task.wait_exited(), Killed)  # exits with the signal's reason
    assert cleaned == ["graceful"]


async def test_a_task_that_ignores_on_stop_is_cancelled_after_its_grace() -> None:
    async def stubborn() -> None:
        await asyncio.Event().wait()

    task = await TaskProcess(stubborn, on_stop=lambda: None, stop_grace=0.01).start(link=False)
    task.kill()
    assert isinstance(await task.wait_exited(), Killed)
