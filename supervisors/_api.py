"""The supervisor client API (OTP names), by process or registered name.

Requests that change children go through the supervisor's mailbox; views
(``which_children``, ``count_children``, ``render_tree``) read its state
directly on the loop thread, with no round trip.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from actors import Ignore, Process, TaskProcess, call, raise_if_refused, resolve
from supervisors._base import ChildCounts, ChildInfo, SupervisorBase
from supervisors._dynamic import DynamicSupervisor, TaskSupervisor, _StartDynamic, _TerminateDynamic
from supervisors._errors import SupervisorError
from supervisors._spec import ChildSpec
from supervisors._supervisor import (
    Supervisor,
    _DeleteChild,
    _RestartChild,
    _StartChild,
    _TerminateChild,
)

T = TypeVar("T")
Target = Process | str

# Starting a child waits for its init; give slow inits room.
_CHANGE_TIMEOUT = 60.0


def _supervisor(target: Target) -> SupervisorBase:
    proc = resolve(target)
    if not isinstance(proc, SupervisorBase):
        raise SupervisorError(f"{proc} is not a supervisor")
    return proc


async def start_child(target: Target, spec: ChildSpec) -> Process | Ignore:
    """Add and start a child; returns the process (or ``IGNORE``)."""
    sup = _supervisor(target)
    message: Any = _StartDynamic(spec) if isinstance(sup, DynamicSupervisor) else _StartChild(spec)
    result: Process | Ignore = raise_if_refused(await call(sup, message, timeout=_CHANGE_TIMEOUT))
    return result


async def start_task(target: Target, fn: Callable[[], Awaitable[T]], *, id: str | None = None) -> TaskProcess[T]:
    """Run ``fn()`` under a ``TaskSupervisor``; ``join()`` the task for its value."""
    sup = _supervisor(target)
    if not isinstance(sup, TaskSupervisor):
        raise SupervisorError(f"{sup} is not a TaskSupervisor")
    task: TaskProcess[T] = raise_if_refused(await call(sup, _StartDynamic(TaskSupervisor.task_spec(fn, id=id))))
    return task


async def terminate_child(target: Target, child: str | Process) -> None:
    """Stop a child (by id, or by process for dynamic supervisors). A static
    supervisor keeps its spec, so ``restart_child`` can start it again."""
    sup = _supervisor(target)
    if isinstance(sup, DynamicSupervisor):
        if not isinstance(child, Process):
            raise SupervisorError("a dynamic supervisor's children are addressed by process")
        message: Any = _TerminateDynamic(child)
    else:
        message = _TerminateChild(child)
    raise_if_refused(await call(sup, message, timeout=_CHANGE_TIMEOUT))


async def restart_child(target: Target, child_id: str) -> Process | Ignore:
    """Start again a stopped child of a static supervisor."""
    sup = _static(target)
    result: Process | Ignore = raise_if_refused(await call(sup, _RestartChild(child_id), timeout=_CHANGE_TIMEOUT))
    return result


async def delete_child(target: Target, child_id: str) -> None:
    """Forget the spec of a stopped child of a static supervisor."""
    sup = _static(target)
    raise_if_refused(await call(sup, _DeleteChild(child_id)))


def _static(target: Target) -> Supervisor:
    sup = _supervisor(target)
    if not isinstance(sup, Supervisor):
        raise SupervisorError(f"{sup} is a dynamic supervisor; children are addressed by process")
    return sup


def which_children(target: Target) -> list[ChildInfo]:
    sup = _supervisor(target)
    assert isinstance(sup, (Supervisor, DynamicSupervisor))
    return sup.which_children()


def count_children(target: Target) -> ChildCounts:
    sup = _supervisor(target)
    assert isinstance(sup, (Supervisor, DynamicSupervisor))
    return sup.count_children()
