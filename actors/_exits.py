"""Exit reasons and the kernel's system messages (`Down`, `Exit`).

An exit reason says why a process stopped. Supervisors read it to decide
whether to restart: ``Normal`` and ``Shutdown`` are orderly ends, ``Killed``
and ``Crashed`` are abnormal (a transient child restarts only on those).
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from actors._process import MonitorRef, Process


@dataclass(frozen=True, slots=True)
class Normal:
    """The process finished its work and stopped on purpose."""

    def __str__(self) -> str:
        return "normal"


@dataclass(frozen=True, slots=True)
class Shutdown:
    """The process was asked to stop (by its supervisor, a link or itself)."""

    detail: str = ""

    def __str__(self) -> str:
        return f"shutdown: {self.detail}" if self.detail else "shutdown"


@dataclass(frozen=True, slots=True)
class Killed:
    """The process was stopped without running ``terminate`` (brutal kill)."""

    def __str__(self) -> str:
        return "killed"


@dataclass(frozen=True, slots=True)
class Crashed:
    """An uncaught exception ended the process; ``error`` is that exception.

    The traceback's frames are cleared once the crash is logged: the report
    keeps its lines, but a dead process's locals are not kept alive by its
    exit reason (and no reference cycle is left for the GC to find)."""

    error: BaseException

    def release_frames(self) -> None:
        traceback.clear_frames(self.error.__traceback__)

    def __str__(self) -> str:
        return f"crashed: {self.error!r}"


ExitReason = Normal | Shutdown | Killed | Crashed

NORMAL: Final = Normal()
SHUTDOWN: Final = Shutdown()
KILLED: Final = Killed()


def is_abnormal(reason: ExitReason) -> bool:
    """True when the reason is neither an orderly stop nor a requested shutdown."""
    return isinstance(reason, (Crashed, Killed))


@dataclass(frozen=True, slots=True)
class Down:
    """Sent to a monitoring process when the process it monitors exits."""

    ref: MonitorRef
    process: Process
    reason: ExitReason


@dataclass(frozen=True, slots=True)
class Exit:
    """Sent to a process that traps exits when a linked process exits."""

    process: Process
    reason: ExitReason
