"""What supervisors publish on the ``supervisors`` pub/sub topic (the
dashboard and metrics listen), besides logging it."""

from __future__ import annotations

from dataclasses import dataclass

from actors import ExitReason

SUPERVISORS_TOPIC = "supervisors"


@dataclass(frozen=True, slots=True)
class ChildRestarted:
    """A child exited and its supervisor restarted it (or its group)."""

    supervisor: str
    child_id: str
    reason: ExitReason
    restarts: int


@dataclass(frozen=True, slots=True)
class SupervisorGaveUp:
    """More restarts than ``intensity`` within ``period``: the supervisor
    stopped all its children and exited, so its parent decides."""

    supervisor: str
    intensity: int
    period: float
