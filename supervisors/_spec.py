"""Child specifications and the OTP vocabulary that goes with them."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from actors import ExitReason, Ignore, Process, is_abnormal


class Restart(enum.Enum):
    """When a child that exited is started again."""

    PERMANENT = "permanent"  # always
    TRANSIENT = "transient"  # only after an abnormal exit (crash, kill)
    TEMPORARY = "temporary"  # never; its spec is forgotten when it exits


class ShutdownPolicy(enum.Enum):
    """Non-numeric shutdown policies (OTP's ``shutdown``; not the exit reason
    ``actors.Shutdown``); a number means 'seconds to wait for an
    orderly stop, then kill'."""

    BRUTAL_KILL = "brutal_kill"  # AsyncActor: cancel its task; ThreadActor: abandon the thread
    INFINITY = "infinity"  # wait as long as it takes (the default for supervisors)


class Strategy(enum.Enum):
    """What a supervisor restarts when one child exits and must restart."""

    ONE_FOR_ONE = "one_for_one"  # only that child
    ONE_FOR_ALL = "one_for_all"  # every child (the others are stopped first)
    REST_FOR_ONE = "rest_for_one"  # that child and the ones started after it


class ChildType(enum.Enum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"


StartFunction = Callable[[], Awaitable[Process | Ignore | Any]]


@dataclass(frozen=True)
class ChildSpec:
    """How to start, restart and stop one child.

    ``start`` is an async function that returns the started process (its
    ``init`` done) or ``IGNORE``; it raises ``StartError`` on failure. A
    supervisor links every child it starts. ``children`` and ``info`` only
    describe a declared subtree for ``render_spec`` (the running truth is
    ``render_tree``).
    """

    id: str
    start: StartFunction = field(repr=False)
    restart: Restart = Restart.PERMANENT
    shutdown: float | ShutdownPolicy = 5.0
    type: ChildType = ChildType.WORKER
    info: str = ""
    children: tuple[ChildSpec, ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a child spec needs a non-empty id")
        if isinstance(self.shutdown, (int, float)) and self.shutdown < 0:
            raise ValueError(f"child {self.id!r}: shutdown must be >= 0 seconds")


def should_restart(restart: Restart, reason: ExitReason) -> bool:
    """The OTP rule: permanent always, transient only when abnormal."""
    if restart is Restart.PERMANENT:
        return True
    if restart is Restart.TRANSIENT:
        return is_abnormal(reason)
    return False
