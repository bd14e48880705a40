"""Small actors and specs the kernel and supervisor tests share."""

from __future__ import annotations

import asyncio
from typing import Any

from actors import NOREPLY, AsyncActor, Caller, ExitReason, Process, Refused, ThreadActor, call, reply, sync
from supervisors import ChildSpec, Restart, ShutdownPolicy, which_children


class ManualClock:
    """A clock the test moves by hand (supervisor intensity windows)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Worker(AsyncActor):
    """Counts, crashes on request, records its life in a shared journal."""

    def __init__(self, id: str, journal: list[tuple[str, str]], fail_init: bool = False) -> None:
        super().__init__()
        self.id = id
        self.journal = journal
        self.fail_init = fail_init
        self.count = 0
        self.parked: Caller | None = None
        self.hanging = asyncio.Event()

    async def init(self) -> None:
        if self.fail_init:
            raise RuntimeError(f"{self.id} refuses to start")
        self.journal.append(("start", self.id))

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if message == "incr":
            self.count += 1
            return self.count
        if message == "crash":
            raise RuntimeError(f"{self.id} was told to crash")
        if message == "park":
            self.parked = caller
            return NOREPLY
        if message == "hang":
            self.hanging.set()
            await asyncio.Event().wait()
        if message == "stop":
            self.stop_self()
            return "stopping"
        return await super().handle_call(message, caller)

    async def handle_cast(self, message: Any) -> None:
        if message == "crash":
            raise RuntimeError(f"{self.id} was told to crash")
        if message == "release" and self.parked is not None:
            reply(self.parked, "released")

    async def terminate(self, reason: ExitReason) -> None:
        self.journal.append(("stop", self.id))


class Stubborn(Worker):
    """Its terminate never returns: only a kill stops it."""

    async def terminate(self, reason: ExitReason) -> None:
        self.journal.append(("stuck", self.id))
        await asyncio.Event().wait()


def worker(
    id: str,
    journal: list[tuple[str, str]],
    *,
    restart: Restart = Restart.PERMANENT,
    shutdown: float | ShutdownPolicy = 5.0,
    cls: type[Worker] = Worker,
) -> ChildSpec:
    async def start() -> Any:
        return await cls(id, journal).start(name=id)

    return ChildSpec(id, start, restart=restart, shutdown=shutdown)


class Counter(ThreadActor):
    """A blocking-style actor: its handlers run on its own thread."""

    def __init__(self, gate: Any = None) -> None:
        super().__init__()
        self.count = 0
        self.gate = gate
        self.terminated_with: ExitReason | None = None

    def handle_call(self, message: Any, caller: Caller) -> Any:
        if message == "incr":
            self.count += 1
            return self.count
        if message == "block":
            self.gate.wait()
            return "unblocked"
        if message == "crash":
            raise ValueError("counter was told to crash")
        return super().handle_call(message, caller)

    def terminate(self, reason: ExitReason) -> None:
        self.terminated_with = reason


async def refused_and_still_running(
    supervisor: Process | str, child_id: str, message: Any, timeout: float = 10.0
) -> Refused:
    """Call a supervised child with a request it must turn down: the answer is
    the kernel's ``Refused`` value and the child goes on (same process, no
    restart, still answering)."""
    before = next(c for c in which_children(supervisor) if c.id == child_id)
    assert before.process is not None
    answer = await call(before.process, message, timeout=timeout)
    assert isinstance(answer, Refused), answer
    await sync(before.process)  # it still takes messages
    after = next(c for c in which_children(supervisor) if c.id == child_id)
    assert after.process is before.process and after.process.alive
    assert after.restarts == before.restarts
    return answer
