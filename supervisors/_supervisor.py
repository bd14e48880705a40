"""``Supervisor``: a fixed, ordered list of children and a restart strategy.

Children start synchronously in list order (a child's ``init`` completes
before the next starts), and stop in reverse order, each within its own
``shutdown`` policy. If a child fails to start, the ones already started are
stopped and the supervisor's own start fails.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from actors import ExitReason, Ignore, Process, StartError
from supervisors._base import ChildCounts, ChildInfo, SupervisorBase, _Child
from supervisors._errors import SupervisorError
from supervisors._spec import ChildSpec, ChildType, Restart, ShutdownPolicy, Strategy, should_restart


@dataclass(frozen=True, slots=True)
class _StartChild:
    spec: ChildSpec


@dataclass(frozen=True, slots=True)
class _TerminateChild:
    child: str | Process


@dataclass(frozen=True, slots=True)
class _RestartChild:
    child_id: str


@dataclass(frozen=True, slots=True)
class _DeleteChild:
    child_id: str


class Supervisor(SupervisorBase):
    """OTP supervisor with ``ONE_FOR_ONE``, ``ONE_FOR_ALL`` or ``REST_FOR_ONE``."""

    def __init__(
        self,
        children: Sequence[ChildSpec],
        *,
        strategy: Strategy = Strategy.ONE_FOR_ONE,
        intensity: int = 3,
        period: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        label: str | None = None,
    ) -> None:
        super().__init__(intensity, period, clock, label)
        ids = [spec.id for spec in children]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"duplicate child ids: {sorted(duplicates)}")
        self.strategy = strategy
        self._children: list[_Child] = [_Child(spec) for spec in children]

    @classmethod
    def child_spec(
        cls,
        id: str,
        children: Sequence[ChildSpec],
        *,
        strategy: Strategy = Strategy.ONE_FOR_ONE,
        intensity: int = 3,
        period: float = 5.0,
        name: str | None = None,
        restart: Restart = Restart.PERMANENT,
        shutdown: float | ShutdownPolicy = ShutdownPolicy.INFINITY,
        clock: Callable[[], float] = time.monotonic,
    ) -> ChildSpec:
        """A spec that starts this supervisor as a child of another."""
        specs = tuple(children)

        async def start() -> Any:
            sup = cls(specs, strategy=strategy, intensity=intensity, period=period, clock=clock, label=id)
            return await sup.start(name=name)

        return ChildSpec(
            id=id,
            start=start,
            restart=restart,
            shutdown=shutdown,
            type=ChildType.SUPERVISOR,
            info=f"{strategy.value}, intensity {intensity}/{period:g}s",
            children=specs,
        )

    # -- views (loop thread; no round trip) -----------------------------

    def which_children(self) -> list[ChildInfo]:
        return [child.info() for child in self._children]

    def count_children(self) -> ChildCounts:
        active = [c for c in self._children if c.process is not None]
        return ChildCounts(
            specs=len(self._children),
            active=len(active),
            supervisors=sum(1 for c in self._children if c.spec.type is ChildType.SUPERVISOR),
            workers=sum(1 for c in self._children if c.spec.type is ChildType.WORKER),
        )

    # -- lifecycle -------------------------------------------------------

    async def init(self) -> None:
        self.trap_exits = True
        started: list[_Child] = []
        for child in list(self._children):
            try:
                result = await self._start_child(child)
            except StartError:
                for done in reversed(started):
                    await self._stop_child(done)
                raise
            if isinstance(result, Ignore) and child.spec.restart is Restart.TEMPORARY:
                self._children.remove(child)
            started.append(child)

    async def _stop_all_children(self) -> None:
        for child in reversed(self._children):
            await self._stop_child(child)

    async def _child_exited(self, child: _Child, reason: ExitReason) -> None:
        if not should_restart(child.spec.restart, reason):
            if child.spec.restart is Restart.TEMPORARY:
                self._children.remove(child)
            return
        if not self._allow_restart():
            await self._give_up()
            return
        child.restarts += 1
        if self.strategy is Strategy.ONE_FOR_ONE:
            group = [child]
        elif self.strategy is Strategy.ONE_FOR_ALL:
            group = list(self._children)
        else:
            group = self._children[self._children.index(child) :]
        for sibling in reversed(group):
            if sibling is not child:
                await self._stop_child(sibling)
        # A temporary sibling stopped for the group is forgotten, not restarted.
        for sibling in [c for c in group if c is not child and c.spec.restart is Restart.TEMPORARY]:
            group.remove(sibling)
            self._children.remove(sibling)
        if await self._restart_group(group):
            self._announce_restart(child, reason)

    async def _restart_group(self, group: list[_Child]) -> bool:
        """Start each member in order; False if the supervisor gave up."""
        index = 0
        while index < len(group):
            member = group[index]
            try:
                await self._start_child(member)
            except StartError:
                # A failed restart counts towards the intensity, as in OTP.
                if not self._allow_restart():
                    await self._give_up()
                    return False
                member.restarts += 1
                # A sibling started before it may have died meanwhile (its exit
                # still waits in this mailbox): retrying this one in place
                # failed again and again in milliseconds — a pool whose server
                # was gone — until the supervisor gave up (found by the chaos
                # suite). Start again from the dead one.
                dead = self._earliest_dead_before(member)
                if dead is not None:
                    group, index = self._children[self._children.index(dead) :], 0
                continue
            index += 1
        return True

    def _earliest_dead_before(self, member: _Child) -> _Child | None:
        """With rest_for_one or one_for_all, the first sibling before
        ``member`` whose process has exited; it and the siblings after it are
        dropped from the bookkeeping (their queued exits are then ignored)."""
        if self.strategy is Strategy.ONE_FOR_ONE:
            return None
        before = self._children[: self._children.index(member)]
        for position, sibling in enumerate(before):
            if sibling.process is not None and not sibling.process.alive:
                for later in before[position:]:
                    proc = later.process
                    if proc is not None:
                        self.unlink(proc)
                        self._by_process.pop(proc, None)
                        proc.kill()  # a no-op for the dead one; the others started on what is gone
                        later.process, later.status = None, "stopped"
                return sibling
        return None

    # -- client requests -------------------------------------------------

    def _find(self, child_id: str) -> _Child:
        for child in self._children:
            if child.spec.id == child_id:
                return child
        raise SupervisorError(f"{self.label} has no child {child_id!r}")

    async def _call__StartChild(self, message: _StartChild) -> Any:
        if any(c.spec.id == message.spec.id for c in self._children):
            raise SupervisorError(f"{self.label} already has a child {message.spec.id!r}")
        child = _Child(message.spec)
        result = await self._start_child(child)
        if not (isinstance(result, Ignore) and message.spec.restart is Restart.TEMPORARY):
            self._children.append(child)
        return result

    async def _call__TerminateChild(self, message: _TerminateChild) -> None:
        if isinstance(message.child, Process):
            found = self._by_process.get(message.child)
            if found is None:
                raise SupervisorError(f"{message.child} is not a child of {self.label}")
            child = found
        else:
            child = self._find(message.child)
        await self._stop_child(child)
        if child.spec.restart is Restart.TEMPORARY:
            self._children.remove(child)

    async def _call__RestartChild(self, message: _RestartChild) -> Any:
        child = self._find(message.child_id)
        if child.process is not None:
            raise SupervisorError(f"child {message.child_id!r} of {self.label} is running")
        return await self._start_child(child)

    async def _call__DeleteChild(self, message: _DeleteChild) -> None:
        child = self._find(message.child_id)
        if child.process is not None:
            raise SupervisorError(f"child {message.child_id!r} of {self.label} is running")
        self._children.remove(child)
