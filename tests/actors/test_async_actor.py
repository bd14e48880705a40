"""AsyncActor: GenServer-style callbacks, calls, casts, crashes, names."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from actors import (
    IGNORE,
    KILLED,
    SHUTDOWN,
    AsyncActor,
    Caller,
    CallTimeout,
    Crashed,
    ExitReason,
    NoProcess,
    ProcessExited,
    StartError,
    call,
    cast,
    send,
    whereis,
)
from actors.testing import Probe
from tests.helpers import Worker


async def test_a_call_returns_the_handlers_reply() -> None:
    journal: list[tuple[str, str]] = []
    actor = await Worker("w", journal).start()
    assert await call(actor, "incr") == 1
    assert await call(actor, "incr") == 2
    await actor.stop()


async def test_start_returns_only_after_init_has_run() -> None:
    journal: list[tuple[str, str]] = []
    actor = await Worker("w", journal).start()
    assert journal == [("start", "w")]
    await actor.stop()


async def test_a_deferred_reply_reaches_the_caller_later() -> None:
    actor = await Worker("w", []).start()
    pending = asyncio.ensure_future(call(actor, "park"))
    assert await call(actor, "incr") == 1  # the actor is free while the first caller waits
    assert not pending.done()
    cast(actor, "release")
    assert await pending == "released"
    await actor.stop()


async def test_a_call_without_a_reply_in_time_raises_call_timeout_and_the_actor_goes_on() -> None:
    actor = await Worker("w", []).start()
    with pytest.raises(CallTimeout):
        await call(actor, "park", timeout=0.01)
    assert await call(actor, "incr") == 1
    await actor.stop()


async def test_a_crash_fails_the_call_in_flight_with_an_error_naming_the_crash() -> None:
    actor = await Worker("w", []).start()
    with pytest.raises(ProcessExited, match="was told to crash") as error:
        await call(actor, "crash")
    assert isinstance(error.value.reason, Crashed)
    assert not actor.alive


async def test_calls_queued_behind_a_crash_fail_too() -> None:
    gate = asyncio.Event()

    class Fragile(AsyncActor):
        async def handle_cast(self, message: Any) -> None:
            await gate.wait()
            raise RuntimeError("fragile broke")

        async def handle_call(self, message: Any, caller: Any) -> Any:
            return "never"

    actor = await Fragile().start()
    cast(actor, "break")
    queued = [asyncio.ensure_future(call(actor, n)) for n in range(3)]
    await asyncio.sleep(0)  # the three calls are now in the mailbox, behind the cast
    gate.set()
    results = await asyncio.gather(*queued, return_exceptions=True)
    assert all(isinstance(r, ProcessExited) and "fragile broke" in str(r) for r in results)


async def test_a_crash_still_runs_terminate_with_the_crash_as_reason() -> None:
    reasons: list[ExitReason] = []

    class Recorder(AsyncActor):
        async def handle_cast(self, message: Any) -> None:
            raise KeyError(message)

        async def terminate(self, reason: ExitReason) -> None:
            reasons.append(reason)

    actor = await Recorder().start()
    cast(actor, "x")
    await actor.wait_exited()
    assert isinstance(reasons[0], Crashed) and isinstance(reasons[0].error, KeyError)


async def test_calling_an_exited_process_raises_no_process_at_once() -> None:
    actor = await Worker("w", []).start()
    await actor.stop()
    with pytest.raises(NoProcess):
        await call(actor, "incr")


async def test_casts_and_sends_to_an_exited_process_are_dropped_silently() -> None:
    actor = await Worker("w", []).start()
    await actor.stop()
    cast(actor, "crash")
    send(actor, "hello")
    cast("nobody-has-this-name", "x")


async def test_an_init_failure_is_a_start_error_and_leaves_no_process() -> None:
    with pytest.raises(StartError, match="refuses to start") as error:
        await Worker("w", [], fail_init=True).start(name="w")
    assert isinstance(error.value.reason, Crashed)
    assert whereis("w") is None


async def test_init_may_return_ignore_and_start_returns_ignore() -> None:
    class Idle(AsyncActor):
        async def init(self) -> Any:
            return IGNORE

    assert await Idle().start(name="idle") is IGNORE
    assert whereis("idle") is None


async def test_a_name_is_held_by_one_live_process_and_freed_on_exit() -> None:
    first: Worker = await Worker("a", []).start(name="svc")
    assert whereis("svc") is first
    with pytest.raises(StartError, match="already registered"):
        await Worker("b", []).start(name="svc")
    await first.stop()
    assert whereis("svc") is None
    second = await Worker("c", []).start(name="svc")
    assert await call("svc", "incr") == 1
    await second.stop()


async def test_a_process_starts_only_once() -> None:
    actor = await Worker("w", []).start()
    with pytest.raises(StartError, match="starts once"):
        await actor.start()
    await actor.stop()


async def test_stop_runs_terminate_with_shutdown_and_returns_the_reason() -> None:
    journal: list[tuple[str, str]] = []
    actor = await Worker("w", journal).start()
    assert await actor.stop() == SHUTDOWN
    assert journal[-1] == ("stop", "w")


async def test_a_handler_can_stop_its_own_process_after_replying() -> None:
    actor = await Worker("w", []).start()
    assert await call(actor, "stop") == "stopping"
    assert str(await actor.wait_exited()) == "normal"


async def test_a_stuck_actor_is_killed_after_the_stop_timeout() -> None:
    actor = await Worker("w", []).start()
    hung = asyncio.ensure_future(call(actor, "hang", timeout=None))
    await actor.hanging.wait()
    reason = await actor.stop(timeout=0.05)
    assert str(reason) == "killed"
    with pytest.raises(ProcessExited):
        await hung


async def test_unexpected_info_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    actor = await Worker("w", []).start()
    send(actor, ("mystery", 1))
    assert await call(actor, "incr") == 1
    assert "unexpected message" in caplog.text
    await actor.stop()


async def test_an_unknown_call_crashes_the_actor_like_a_missing_clause() -> None:
    actor = await Worker("w", []).start()
    with pytest.raises(ProcessExited, match="unexpected call"):
        await call(actor, "what?")


async def test_cast_from_another_thread_is_delivered_on_the_loop() -> None:
    probe = await Probe().start()
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, send, probe, "from a thread")
    assert await probe.receive(lambda m: m == "from a thread") == "from a thread"
    await probe.stop()


async def test_awaiting_its_own_stop_inside_a_handler_is_refused_not_a_deadlock() -> None:
    class SelfStopper(AsyncActor):
        async def handle_call(self, message: Any, caller: Caller) -> Any:
            await self.stop()

    actor = await SelfStopper().start()
    with pytest.raises(ProcessExited, match="cannot await its own stop"):
        await call(actor, "go")


async def test_an_actor_killed_before_its_task_first_runs_still_exits_and_fails_its_start() -> None:
    starting = asyncio.ensure_future(Worker("w", []).start(name="early"))
    await asyncio.sleep(0)  # start() has spawned the task, which has not run yet
    early = whereis("early")
    assert early is not None
    early.kill()
    with pytest.raises(StartError, match="killed"):
        await starting
    assert early.exit_reason == KILLED and whereis("early") is None


async def test_a_process_that_swallows_cancellation_is_abandoned_after_the_kill_grace(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import actors._process

    monkeypatch.setattr(actors._process, "KILL_GRACE", 0.05)
    release = asyncio.Event()

    class Deaf(AsyncActor):
        async def terminate(self, reason: ExitReason) -> None:
            while not release.is_set():
                try:
                    await release.wait()
                except asyncio.CancelledError:
                    continue  # ignores every cancellation

    actor = await Deaf().start()
    assert await actor.stop(timeout=0.05) == KILLED
    assert not actor.alive and "abandoned" in caplog.text
    release.set()  # let the zombie task finish
    await asyncio.sleep(0)


class SlowToStart(AsyncActor):
    """Its ``init`` waits until the test lets it go."""

    def __init__(self, entered: asyncio.Event, release: asyncio.Event) -> None:
        super().__init__()
        self.entered, self.release = entered, release

    async def init(self) -> None:
        self.entered.set()
        await self.release.wait()


class Starter(AsyncActor):
    """Starts a ``SlowToStart`` child from a handler, as a supervisor does."""

    def __init__(self, child: AsyncActor) -> None:
        super().__init__()
        self.child = child

    async def handle_cast(self, message: Any) -> None:
        await self.child.start(name="half-started")


async def test_a_process_still_in_init_dies_with_the_starter_that_was_killed() -> None:
    # Found by the chaos suite: a supervisor killed while a child ran init
    # left that child alive, unsupervised and holding its name, so the
    # restarted supervisor's start of it was refused until it gave up.
    entered, release = asyncio.Event(), asyncio.Event()
    child = SlowToStart(entered, release)
    starter = await Starter(child).start()
    cast(starter, "start it")
    await entered.wait()
    starter.kill()
    assert await child.wait_exited(5) == KILLED
    assert whereis("half-started") is None
    release.set()
