"""What both supervisor kinds share: restart intensity, starting and
stopping children, exit handling, events. Supervisors are ``AsyncActor``s
that trap exits and link every child, so they supervise all process kinds
through one interface."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from actors import (
    SHUTDOWN,
    AsyncActor,
    Caller,
    Exit,
    ExitReason,
    Ignore,
    Process,
    Refused,
    Shutdown,
    StartError,
    publish,
)
from supervisors._errors import SupervisorError
from supervisors._events import SUPERVISORS_TOPIC, ChildRestarted, SupervisorGaveUp
from supervisors._spec import ChildSpec, ChildType, ShutdownPolicy

log = logging.getLogger("supervisors")

GAVE_UP = Shutdown("reached_max_restart_intensity")


@dataclass(frozen=True, slots=True)
class ChildInfo:
    """One row of ``which_children``."""

    id: str
    process: Process | None
    type: ChildType
    status: str  # running | stopped | ignored
    restarts: int
    last_exit: str | None = None  # why it last exited abnormally or was restarted


@dataclass(frozen=True, slots=True)
class ChildCounts:
    """``count_children``: specs known, children alive, and by type."""

    specs: int
    active: int
    supervisors: int
    workers: int


class _Child:
    __slots__ = ("last_exit", "process", "restarts", "spec", "status")

    def __init__(self, spec: ChildSpec) -> None:
        self.spec = spec
        self.process: Process | None = None
        self.restarts = 0
        self.status = "stopped"
        self.last_exit: str | None = None

    def info(self) -> ChildInfo:
        return ChildInfo(self.spec.id, self.process, self.spec.type, self.status, self.restarts, self.last_exit)


async def stop_process(proc: Process, shutdown: float | ShutdownPolicy) -> ExitReason:
    """Stop one child: orderly with a timeout, then kill (or kill at once)."""
    if shutdown is ShutdownPolicy.BRUTAL_KILL:
        proc.kill()
        return await proc.wait_exited()
    timeout = None if shutdown is ShutdownPolicy.INFINITY else float(shutdown)
    return await proc.stop(SHUTDOWN, timeout=timeout)


class SupervisorBase(AsyncActor):
    """Intensity bookkeeping and child lifecycle; subclasses own the
    children's order and the restart strategy."""

    def __init__(self, intensity: int, period: float, clock: Callable[[], float], label: str | None = None) -> None:
        super().__init__()
        self._label = label
        if intensity < 0 or period <= 0:
            raise ValueError("intensity must be >= 0 and period > 0")
        self.intensity = intensity
        self.period = period
        self._clock = clock
        self._restart_times: deque[float] = deque()
        self._by_process: dict[Process, _Child] = {}

    @property
    def label(self) -> str:
        """Registered name, else the child id it was started under."""
        return self.name or self._label or repr(self)

    # -- policy ----------------------------------------------------------

    def _allow_restart(self) -> bool:
        """Record one restart; False when more than ``intensity`` restarts
        fall within the last ``period`` seconds."""
        now = self._clock()
        times = self._restart_times
        times.append(now)
        while times and times[0] <= now - self.period:
            times.popleft()
        return len(times) <= self.intensity

    async def _give_up(self) -> None:
        log.error(
            "supervisor %s reached max restart intensity (%d in %ss); stopping its children",
            self.label,
            self.intensity,
            self.period,
        )
        publish(SUPERVISORS_TOPIC, SupervisorGaveUp(self.label, self.intensity, self.period))
        await self._stop_all_children()
        self.stop_self(GAVE_UP)

    def _announce_restart(self, child: _Child, reason: ExitReason) -> None:
        log.warning(
            "supervisor %s restarted child %s (restart %d) after exit: %s",
            self.label,
            child.spec.id,
            child.restarts,
            reason,
        )
        publish(SUPERVISORS_TOPIC, ChildRestarted(self.label, child.spec.id, reason, child.restarts))

    # -- lifecycle of one child -----------------------------------------

    async def _start_child(self, child: _Child) -> Process | Ignore:
        try:
            result = await child.spec.start()
        except StartError:
            child.status = "stopped"
            raise
        except Exception as exc:
            child.status = "stopped"
            raise StartError(f"child {child.spec.id!r} failed to start: {exc!r}") from exc
        if isinstance(result, Ignore):
            child.status = "ignored"
            return result
        if not isinstance(result, Process):
            raise StartError(f"child {child.spec.id!r}: start returned {result!r}, not a process")
        self.link(result)
        child.process = result
        child.status = "running"
        self._by_process[result] = child
        return result

    async def _stop_child(self, child: _Child) -> None:
        proc = child.process
        if proc is None:
            return
        self.unlink(proc)
        del self._by_process[proc]
        child.process = None
        child.status = "stopped"
        await stop_process(proc, child.spec.shutdown)

    async def _stop_all_children(self) -> None:
        raise NotImplementedError

    async def _child_exited(self, child: _Child, reason: ExitReason) -> None:
        raise NotImplementedError

    # -- callbacks -------------------------------------------------------

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Exit):
            child = self._by_process.pop(message.process, None)
            if child is not None:
                child.process = None
                child.status = "stopped"
                child.last_exit = str(message.reason)
                await self._child_exited(child, message.reason)
            elif message.process is self.parent:
                # Our parent is gone: stop in order, as OTP does.
                self.stop_self(message.reason)
            return
        await super().handle_info(message)

    async def terminate(self, reason: ExitReason) -> None:
        await self._stop_all_children()

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        handler = getattr(self, "_call_" + type(message).__name__, None)
        if handler is None:
            return await super().handle_call(message, caller)
        try:
            return await handler(message)
        except (SupervisorError, StartError) as exc:
            return Refused.because(exc)  # the client's mistake: an answer, not a crash
