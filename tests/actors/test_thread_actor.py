"""ThreadActor: pykka threads behind the same process interface, talked to
through one non-blocking bridge."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from actors import (
    IGNORE,
    SHUTDOWN,
    Caller,
    Crashed,
    ExitReason,
    Killed,
    NoProcess,
    ProcessExited,
    StartError,
    ThreadActor,
    call,
    current,
    whereis,
)
from actors.testing import Probe
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, ChildSpec, Supervisor
from tests.helpers import Counter


async def test_a_thread_actor_answers_calls_from_the_loop() -> None:
    counter = await Counter().start()
    assert await call(counter, "incr") == 1
    assert await call(counter, "incr") == 2
    await counter.stop()


async def test_its_callbacks_run_on_its_own_thread_as_that_process() -> None:
    seen: dict[str, Any] = {}

    class Where(ThreadActor):
        def handle_call(self, message: Any, caller: Caller) -> Any:
            seen["thread"] = threading.current_thread()
            seen["current"] = current()
            return "here"

    actor = await Where().start()
    await call(actor, "where")
    assert seen["thread"] is not threading.main_thread()
    assert seen["current"] is actor
    await actor.stop()


async def test_the_loop_keeps_running_while_a_thread_actor_blocks() -> None:
    gate = threading.Event()
    counter = await Counter(gate).start()
    pending = asyncio.ensure_future(call(counter, "block", timeout=None))
    ticks = 0
    for _ in range(200):  # a ticker: every iteration needs the loop to be free
        await asyncio.sleep(0)
        ticks += 1
    assert ticks == 200 and not pending.done()
    gate.set()
    assert await pending == "unblocked"
    await counter.stop()


async def test_a_crash_in_a_handler_fails_the_call_with_the_crash_and_stops_the_actor() -> None:
    counter = await Counter().start()
    with pytest.raises(ProcessExited, match="counter was told to crash"):
        await call(counter, "crash")
    reason = await counter.wait_exited()
    assert isinstance(reason, Crashed)
    assert isinstance(counter.terminated_with, Crashed)  # terminate ran after the crash
    with pytest.raises(NoProcess):
        await call(counter, "incr")


async def test_after_a_supervised_restart_callers_by_name_reach_the_new_actor() -> None:
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()

    async def start() -> Any:
        return await Counter().start(name="counter")

    sup = await Supervisor([ChildSpec("counter", start)]).start()
    first = whereis("counter")
    assert await call("counter", "incr") == 1
    with pytest.raises(ProcessExited):
        await call("counter", "crash")
    await probe.receive(ChildRestarted)
    assert whereis("counter") is not first
    assert await call("counter", "incr") == 1  # fresh state
    await sup.stop()
    await probe.stop()


async def test_an_init_failure_on_the_thread_is_a_start_error() -> None:
    class Broken(ThreadActor):
        def init(self) -> None:
            raise ConnectionError("no such device")

    with pytest.raises(StartError, match="no such device"):
        await Broken().start()


async def test_init_may_ignore() -> None:
    class Off(ThreadActor):
        def init(self) -> Any:
            return IGNORE

    assert await Off().start() is IGNORE


async def test_stop_runs_terminate_on_the_thread() -> None:
    counter = await Counter().start()
    assert await counter.stop() == SHUTDOWN
    assert counter.terminated_with == SHUTDOWN


async def test_a_kill_abandons_a_blocked_thread_and_fails_its_callers() -> None:
    gate = threading.Event()
    counter = await Counter(gate).start()
    pending = asyncio.ensure_future(call(counter, "block", timeout=None))
    await asyncio.sleep(0)
    counter.kill()
    assert isinstance(await counter.wait_exited(), Killed)
    with pytest.raises(ProcessExited):
        await pending
    gate.set()  # the abandoned thread finishes its handler and quits
    assert counter.terminated_with is None  # a kill skips terminate


async def test_a_call_that_outlives_its_timeout_raises_and_the_late_reply_is_dropped() -> None:
    gate = threading.Event()
    counter = await Counter(gate).start()
    from actors import CallTimeout

    with pytest.raises(CallTimeout):
        await call(counter, "block", timeout=0.01)
    gate.set()
    assert await call(counter, "incr") == 1
    await counter.stop()


async def test_a_thread_actor_receives_info_messages_on_its_thread() -> None:
    got = threading.Event()
    values: list[Any] = []

    class Listener(ThreadActor):
        def handle_info(self, message: Any) -> None:
            values.append(message)
            got.set()

    listener = await Listener().start()
    from actors import send

    send(listener, "ping")
    await asyncio.get_running_loop().run_in_executor(None, got.wait, 5)
    assert values == ["ping"]
    await listener.stop()


def test_pykka_futures_are_never_awaited_by_the_bridge() -> None:
    import inspect

    import actors._thread_actor as bridge

    source = inspect.getsource(bridge)
    assert ".ask(" not in source and ".get(" not in source and "proxy(" not in source


async def test_terminate_sees_the_stop_reason(caplog: pytest.LogCaptureFixture) -> None:
    reasons: list[ExitReason] = []

    class Recorder(ThreadActor):
        def terminate(self, reason: ExitReason) -> None:
            reasons.append(reason)

    actor = await Recorder().start()
    await actor.stop()
    assert reasons == [SHUTDOWN]


class BlockingStart(ThreadActor):
    """Its ``init`` blocks its thread until the test lets it go."""

    def __init__(self, entered: threading.Event, release: threading.Event) -> None:
        super().__init__()
        self.entered, self.release = entered, release

    def init(self) -> None:
        self.entered.set()
        self.release.wait(30)


async def test_a_thread_actor_still_in_init_dies_with_the_starter_that_was_killed() -> None:
    entered, release = threading.Event(), threading.Event()
    child = BlockingStart(entered, release)
    starting = asyncio.ensure_future(child.start(name="half-started-thread"))
    await asyncio.get_running_loop().run_in_executor(None, entered.wait, 30)
    starting.cancel()  # what a starter that is killed does to its own await
    with pytest.raises(asyncio.CancelledError):
        await starting
    assert isinstance(await child.wait_exited(5), Killed)
    assert whereis("half-started-thread") is None
    release.set()  # the abandoned thread ends
