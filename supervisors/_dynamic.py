"""``DynamicSupervisor`` (children started on demand, one_for_one, with a
``max_children`` cap) and ``TaskSupervisor`` (fire-and-forget coroutines).

Children have no fixed order: on shutdown they are stopped newest first.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from actors import ExitReason, Ignore, Process, StartError, TaskProcess
from supervisors._base import ChildCounts, ChildInfo, SupervisorBase, _Child
from supervisors._errors import SupervisorError
from supervisors._spec import ChildSpec, ChildType, Restart, ShutdownPolicy, should_restart

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _StartDynamic:
    spec: ChildSpec


@dataclass(frozen=True, slots=True)
class _TerminateDynamic:
    process: Process


class DynamicSupervisor(SupervisorBase):
    """Starts children on request; restarts them one for one."""

    def __init__(
        self,
        *,
        max_children: int | None = None,
        intensity: int = 3,
        period: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        label: str | None = None,
    ) -> None:
        super().__init__(intensity, period, clock, label)
        if max_children is not None and max_children < 0:
            raise ValueError("max_children must be >= 0")
        self.max_children = max_children

    @classmethod
    def child_spec(
        cls,
        id: str,
        *,
        max_children: int | None = None,
        intensity: int = 3,
        period: float = 5.0,
        name: str | None = None,
        restart: Restart = Restart.PERMANENT,
        shutdown: float | ShutdownPolicy = ShutdownPolicy.INFINITY,
    ) -> ChildSpec:
        async def start() -> Any:
            sup = cls(max_children=max_children, intensity=intensity, period=period, label=id)
            return await sup.start(name=name)

        cap = "unlimited" if max_children is None else str(max_children)
        return ChildSpec(
            id=id,
            start=start,
            restart=restart,
            shutdown=shutdown,
            type=ChildType.SUPERVISOR,
            info=f"dynamic, max_children {cap}, intensity {intensity}/{period:g}s",
        )

    async def init(self) -> None:
        self.trap_exits = True

    # -- views (loop thread) ---------------------------------------------

    def which_children(self) -> list[ChildInfo]:
        return [child.info() for child in self._by_process.values()]

    def count_children(self) -> ChildCounts:
        children = self._by_process.values()
        supervisors = sum(1 for c in children if c.spec.type is ChildType.SUPERVISOR)
        return ChildCounts(
            specs=len(self._by_process),
            active=len(self._by_process),
            supervisors=supervisors,
            workers=len(self._by_process) - supervisors,
        )

    # -- lifecycle -------------------------------------------------------

    async def _stop_all_children(self) -> None:
        for child in reversed(list(self._by_process.values())):
            await self._stop_child(child)

    async def _child_exited(self, child: _Child, reason: ExitReason) -> None:
        if not should_restart(child.spec.restart, reason):
            return
        if not self._allow_restart():
            await self._give_up()
            return
        child.restarts += 1
        while True:
            try:
                await self._start_child(child)
                self._announce_restart(child, reason)
                return
            except StartError:
                if not self._allow_restart():
                    await self._give_up()
                    return
                child.restarts += 1

    async def _call__StartDynamic(self, message: _StartDynamic) -> Process | Ignore:
        if self.max_children is not None and len(self._by_process) >= self.max_children:
            raise SupervisorError(
                f"{self.label} has reached max_children ({self.max_children}); "
                f"child {message.spec.id!r} was not started"
            )
        return await self._start_child(_Child(message.spec))

    async def _call__TerminateDynamic(self, message: _TerminateDynamic) -> None:
        child = self._by_process.get(message.process)
        if child is None:
            raise SupervisorError(f"{message.process} is not a child of {self.label}")
        await self._stop_child(child)


class TaskSupervisor(DynamicSupervisor):
    """Runs fire-and-forget coroutines as supervised, temporary tasks: a
    crash is logged and announced, never lost in a bare ``create_task``."""

    @classmethod
    def task_spec(cls, fn: Callable[[], Awaitable[T]], *, id: str | None = None, shutdown: float = 5.0) -> ChildSpec:
        async def start() -> TaskProcess[T]:
            return await TaskProcess(fn).start()

        return ChildSpec(
            id=id or str(getattr(fn, "__qualname__", "task")),
            start=start,
            restart=Restart.TEMPORARY,
            shutdown=shutdown,
        )
