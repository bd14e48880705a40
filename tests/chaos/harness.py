"""The chaos side: walk the live supervision tree, kill a random process of
it at random intervals (a ``random.Random(seed)``), SIGKILL the embedded
PostgreSQL now and then, and keep the tally the report prints.

Every kill stays inside the documented intensities: a kill costs its
supervisor one restart, and a supervisor is only hit while fewer than
``intensity - 1`` restarts (the chaos's own and any other it saw) fall in
its ``period`` — one spare for a crash the kill may cause. What the node
documents beyond the supervisors' numbers is kept too (``CHILD_LIMITS``).
So any supervisor that gives up under this chaos is a defect; the test that
means to exceed an intensity does so on purpose, elsewhere.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import signal
import statistics
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actors import AsyncActor, Process, subscribe
from supervisors import (
    SUPERVISORS_TOPIC,
    ChildRestarted,
    DynamicSupervisor,
    SupervisorBase,
    SupervisorGaveUp,
    which_children,
)

# Limits the node documents for one child, beyond its supervisor's intensity:
# a gateway's start function IGNOREs its third restart within 60 s under
# unchanged settings (a crash loop stops the gateway; docs/architecture.md,
# "The Telegram gateway"), so chaos restarts it at most once a minute.
CHILD_LIMITS: dict[str, tuple[int, float]] = {"gateways/telegram": (1, 60.0), "gateways/discord": (1, 60.0)}
POSTGRES_KIND = "postgresql (postmaster SIGKILL)"
log = logging.getLogger("tests.chaos")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One live process of the tree, with what killing it costs whom."""

    kind: str  # path of child ids; a dynamic supervisor's children are ``*``
    process: Process
    supervisor: str  # the label its ChildRestarted carries
    child_id: str
    intensity: int
    period: float


def live_tree(root: Process) -> list[Candidate]:
    """Every live process below ``root`` (not the root itself), found by
    walking ``which_children``: a new kind of process is covered as soon
    as the tree has it."""
    found: list[Candidate] = []

    def walk(sup: SupervisorBase, path: str) -> None:
        if not sup.alive:
            return  # exited since its parent listed it
        dynamic = isinstance(sup, DynamicSupervisor)
        for child in which_children(sup):
            proc = child.process
            if proc is None or proc.exit_reason is not None:
                continue
            kind = f"{path}/*" if dynamic else f"{path}/{child.id}".lstrip("/")
            found.append(Candidate(kind.lstrip("/"), proc, sup.label, child.id, sup.intensity, sup.period))
            if isinstance(proc, SupervisorBase):
                walk(proc, kind)

    assert isinstance(root, SupervisorBase)
    walk(root, "")  # a root that gave up has no tree: nothing to kill
    return found


class Recorder(AsyncActor):
    """Timestamps every supervisor event (restart, give-up) as it is published."""

    def __init__(self) -> None:
        super().__init__()
        self.restarts: list[tuple[float, ChildRestarted]] = []
        self.gave_up: list[SupervisorGaveUp] = []

    async def init(self) -> None:
        subscribe(SUPERVISORS_TOPIC, self)

    async def handle_info(self, message: Any) -> None:
        """Records the event; raises nothing (a plain append)."""
        if isinstance(message, ChildRestarted):
            self.restarts.append((time.monotonic(), message))
        elif isinstance(message, SupervisorGaveUp):
            self.gave_up.append(message)


@dataclass(slots=True)
class Kill:
    at: float
    kind: str
    supervisor: str
    child_id: str


@dataclass
class Budget:
    """Kills per supervisor (and per limited child) inside their windows."""

    recorder: Recorder
    kills: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def _recent(self, key: str, period: float, now: float) -> int:
        window = self.kills[key]
        while window and window[0] <= now - period:
            window.popleft()
        return len(window)

    def _observed(self, supervisor: str, period: float, now: float) -> int:
        return sum(1 for at, event in self.recorder.restarts if event.supervisor == supervisor and at > now - period)

    def allows(self, target: Candidate, now: float) -> bool:
        spent = max(
            self._recent(target.supervisor, target.period, now), self._observed(target.supervisor, target.period, now)
        )
        if spent + 1 > target.intensity - 1:
            return False
        return all(self._recent(kind, period, now) < most for kind, (most, period) in _limits_hit(target.kind))

    def spend(self, target: Candidate, now: float) -> None:
        self.kills[target.supervisor].append(now)
        for kind, _limit in _limits_hit(target.kind):
            self.kills[kind].append(now)


def _limits_hit(kind: str) -> list[tuple[str, tuple[int, float]]]:
    """The limited children a kill of ``kind`` restarts: itself, or every
    one below it (killing ``gateways`` restarts the Telegram gateway too,
    and its start function counts that restart like any other)."""
    return [
        (limited, limit) for limited, limit in CHILD_LIMITS.items() if limited == kind or limited.startswith(kind + "/")
    ]


def kill_postmaster(pgdata: Path) -> int:
    """SIGKILL the embedded server's postmaster (no shutdown, backends
    orphaned): the way a server really dies. Returns its pid."""
    pid = int((pgdata / "postmaster.pid").read_text().splitlines()[0])
    os.kill(pid, signal.SIGKILL)
    return pid


@dataclass
class Chaos:
    """Kills a random live process of the tree every ``mean_interval``
    seconds on average (exponential gaps), and the postmaster at the given
    offsets; stops at ``target_kills`` or ``deadline`` seconds."""

    root: Process
    rng: random.Random
    recorder: Recorder
    pgdata: Path | None
    target_kills: int
    deadline: float
    mean_interval: float
    postgres_at: tuple[float, ...] = ()
    kills: list[Kill] = field(default_factory=list)
    skipped: int = 0  # moments with no process the intensities allowed killing

    async def run(self) -> None:
        budget = Budget(self.recorder)
        start = time.monotonic()
        postgres = deque(sorted(self.postgres_at))
        while len(self.kills) < self.target_kills and time.monotonic() - start < self.deadline and self.root.alive:
            await asyncio.sleep(self.rng.expovariate(1 / self.mean_interval))  # the chaos's own pace, not a wait
            now = time.monotonic()
            if postgres and now - start >= postgres[0] and self.pgdata is not None:
                storage = next((c for c in live_tree(self.root) if c.kind == "storage/embedded_pg"), None)
                if storage is not None and budget.allows(storage, now):
                    postgres.popleft()
                    log.warning("chaos: SIGKILL postmaster pid %d", kill_postmaster(self.pgdata))
                    budget.spend(storage, now)
                    budget.spend(storage, now)  # the server actor's crash, and the pool's start failing once
                    self.kills.append(Kill(now, POSTGRES_KIND, storage.supervisor, "embedded_pg"))
                    continue
            allowed = [c for c in live_tree(self.root) if budget.allows(c, now)]
            if not allowed:
                self.skipped += 1
                continue
            kinds = sorted({c.kind for c in allowed})
            kind = self.rng.choice(kinds)
            target = self.rng.choice([c for c in allowed if c.kind == kind])
            log.warning("chaos: kill %s %r", kind, target.process)
            target.process.kill()
            budget.spend(target, now)
            self.kills.append(Kill(now, kind, target.supervisor, target.child_id))

    def kills_by_kind(self) -> Counter[str]:
        return Counter(k.kind for k in self.kills)


def restart_times(kills: list[Kill], recorder: Recorder, ready: list[float]) -> list[float]:
    """Per kill of a restarted child: from the kill to the first moment its
    supervisor announced the restart and ``/readyz`` answered 200 after it."""
    times: list[float] = []
    for kill in kills:
        restarted = next(
            (
                at
                for at, event in recorder.restarts
                if at >= kill.at and event.supervisor == kill.supervisor and event.child_id == kill.child_id
            ),
            None,
        )
        if restarted is None:
            continue  # a temporary child (a run, a task): nothing restarts it, by design
        answered = next((at for at in ready if at >= restarted), None)
        if answered is not None:
            times.append(answered - kill.at)
    return times


def summary(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"median {statistics.median(values):.3f} s, max {max(values):.3f} s ({len(values)} restarts timed)"
