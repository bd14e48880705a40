"""The cron scheduler: one actor per node that fires scheduled workflows.

It owns no I/O: loading workflows, starting a run, reading the settings and
asking when a workflow last ran are injected callables (ports), so it runs
with a manual clock in tests. It publishes ``ScheduledEntry`` values, sorted
by next fire, to a ``Snapshot`` that the UI reads without a round trip.

Rules:

* Scheduled here: enabled workflows with a schedule and ``node`` either
  unset or this node's name. An expression the store let through but
  croniter cannot use is logged and left out; the others are unaffected.
* Fire times are computed in ``scheduler.timezone`` (see ``_cron`` for
  daylight saving); an invalid timezone is logged and UTC used instead.
* Missed while down: at ``init``, a workflow whose latest fire time (at or
  before now) is later than its last scheduled run was due while this node
  was not running. It is logged as a warning and *skipped* — a backlog of
  runs replayed at boot surprises more than one missing run.
* Exactly once: each workflow's last fired time is kept in memory and a
  next fire is always computed strictly after both now and that time, so a
  resync, a schedule change or a wall clock stepped back never fires the
  same moment twice, and a new or changed schedule never fires at once.
  ``fire`` gets the moment, so the run store can keep it once per workflow
  across every node sharing the database (see ``Runs.start_scheduled``).
* Timers: one ``send_after`` to the earliest next fire, capped at
  ``max_sleep`` seconds so that a wall-clock jump is noticed within it. A
  late wake (suspend, a slow fire) fires each due workflow once, with its
  scheduled time, and moves it past now: no catch-up storm.

Callbacks run on the actor's task. ``fire`` is awaited in turn, so it must
only *start* a run; its exceptions are logged and the scheduler goes on.
``load`` failing in ``init`` fails the start (the supervisor decides) —
after ``boot`` gave up, which the node makes wait for the database with
backoff; on a later resync it is logged and the current schedule kept.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Final

from actors import AsyncActor, ExitReason, Process, Snapshot, Timer, cast, send_after, subscribe
from alexclaw.config import timezone_error
from alexclaw.storage import UNAVAILABLE
from alexclaw.workflows._cron import next_fires, previous_fire
from alexclaw.workflows._model import Workflow

log = logging.getLogger("alexclaw.workflows.scheduler")

SCHEDULER_NAME: Final = "alexclaw.workflows.scheduler"
WORKFLOWS_TOPIC: Final = "workflows"
"""Any message published here makes the scheduler reload the workflows."""
MAX_SLEEP: Final = 60.0
DEFAULT_TIMEZONE: Final = "UTC"


@dataclass(frozen=True, slots=True)
class ScheduledEntry:
    """One scheduled workflow as the UI shows it; ``next_fire`` is UTC."""

    workflow_id: int
    name: str
    schedule: str
    next_fire: datetime
    timezone: str


@dataclass(frozen=True, slots=True)
class _Resync:
    pass


@dataclass(frozen=True, slots=True)
class _CheckDue:
    pass


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Scheduler(AsyncActor):
    """Fires scheduled workflows: one timer for the next due entry, reloaded
    whenever workflows or settings change.

    ``init``
        Subscribes, then loads and arms (waiting for the database during an
        outage). A raise is a start failure.
    ``handle_cast`` / ``handle_info``
        ``_CheckDue`` (its timer, or ``check_due``) fires what is due: a start
        that raises is logged and not retried (it may have started the run);
        ``_Resync`` or any message on its topics reloads — a failed reload is
        logged and the current schedule kept. None of these crash it.
    ``terminate``
        Cancels the timer.

    It answers no calls. An unexpected raise crashes it; the restart reloads the
    schedule and arms each next fire after now (the run manager refuses a moment
    another start already fired: ``fired_elsewhere``)."""

    def __init__(
        self,
        *,
        load: Callable[[], Awaitable[Sequence[Workflow]]],
        node_name: str,
        timezone: Callable[[], str],
        fire: Callable[[Workflow, datetime], Awaitable[None]],
        last_fired: Callable[[int], Awaitable[datetime | None]],
        snapshot: Snapshot[tuple[ScheduledEntry, ...]],
        clock: Callable[[], datetime] = _utc_now,
        max_sleep: float = MAX_SLEEP,
        topics: tuple[str, ...] = (WORKFLOWS_TOPIC,),
        boot: Callable[[Callable[[], Awaitable[None]]], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__()
        self.boot = boot
        self.topics = topics
        self.load = load
        self.node_name = node_name
        self.timezone = timezone
        self.fire = fire
        self.last_fired = last_fired
        self.snapshot = snapshot
        self.clock = clock
        self.max_sleep = max_sleep
        self._workflows: dict[int, Workflow] = {}
        self._entries: dict[int, ScheduledEntry] = {}
        self._fired: dict[int, datetime] = {}  # the exactly-once guard, by workflow id
        self._timer: Timer | None = None

    # -- callbacks -------------------------------------------------------

    async def init(self) -> None:
        # Subscribe before loading: a change saved meanwhile queues a resync.
        for topic in self.topics:
            subscribe(topic, self)

        async def load_and_apply() -> None:
            await self._apply(await self.load(), booting=True)

        await (load_and_apply() if self.boot is None else self.boot(load_and_apply))

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, _CheckDue):
            await self._fire_due()
        elif isinstance(message, _Resync):
            await self._resync()
        else:
            await super().handle_cast(message)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _CheckDue):  # our own timer
            await self._fire_due()
        else:  # anything on our topics means "something changed"
            await self._resync()

    async def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()

    # -- schedule --------------------------------------------------------

    def _wanted(self, workflow: Workflow) -> bool:
        return (
            workflow.id is not None
            and workflow.enabled
            and bool(workflow.schedule and workflow.schedule.strip())
            and (workflow.node is None or workflow.node == self.node_name)
        )

    def _zone(self) -> str:
        tz = self.timezone().strip()
        if not tz:  # an unset setting means the default, not an error
            return DEFAULT_TIMEZONE
        problem = timezone_error(tz)
        if problem is not None:
            log.error("scheduler.timezone: %s; scheduling in %s instead", problem, DEFAULT_TIMEZONE)
            return DEFAULT_TIMEZONE
        return tz

    async def _resync(self) -> None:
        try:
            workflows = await self.load()
        except UNAVAILABLE as exc:  # an outage, not a bug: no traceback; the next change re-syncs
            log.warning("could not reload the workflows; keeping the current schedule (%s)", type(exc).__name__)
            return
        except Exception:
            log.exception("could not reload the workflows; keeping the current schedule")
            return
        await self._apply(workflows)

    async def _apply(self, workflows: Sequence[Workflow], *, booting: bool = False) -> None:
        tz = self._zone()
        now = self.clock()
        entries: dict[int, ScheduledEntry] = {}
        for workflow in workflows:
            if not self._wanted(workflow):
                continue
            assert workflow.id is not None and workflow.schedule is not None  # by _wanted
            old = self._entries.get(workflow.id)
            if old is not None and (old.schedule, old.timezone) == (workflow.schedule, tz):
                # Unchanged: keep its next fire, even one already due.
                entries[workflow.id] = replace(old, name=workflow.name)
                continue
            floor = max(now, self._fired.get(workflow.id, now))
            if booting:
                last = await self.last_fired(workflow.id)
                self._warn_if_missed(workflow, tz, now, last)
                if last is not None:
                    floor = max(floor, last)
            entry = self._entry(workflow, tz, floor)
            if entry is not None:
                entries[workflow.id] = entry
        self._workflows = {w.id: w for w in workflows if w.id is not None and w.id in entries}
        known = {w.id for w in workflows}
        self._fired = {k: v for k, v in self._fired.items() if k in known}
        self._entries = entries
        self._publish()

    def _entry(self, workflow: Workflow, tz: str, after: datetime) -> ScheduledEntry | None:
        assert workflow.id is not None and workflow.schedule is not None
        try:
            (next_fire,) = next_fires(workflow.schedule, tz, after, 1)
        except ValueError as exc:
            log.error("workflow %r (id %d) is not scheduled: %s", workflow.name, workflow.id, exc)
            return None
        return ScheduledEntry(workflow.id, workflow.name, workflow.schedule, next_fire, tz)

    def _warn_if_missed(self, workflow: Workflow, tz: str, now: datetime, last: datetime | None) -> None:
        assert workflow.id is not None and workflow.schedule is not None
        if last is None:  # never ran on schedule: nothing it could have missed
            return
        try:
            due = previous_fire(workflow.schedule, tz, now)
        except ValueError:
            return  # _entry logs the invalid expression once
        if due > last:
            log.warning(
                "workflow %r (id %d) missed its scheduled run at %s while this node was down; skipped",
                workflow.name, workflow.id, due.isoformat(),
            )  # fmt: skip

    # -- firing ----------------------------------------------------------

    async def _fire_due(self) -> None:
        now = self.clock()
        due = sorted((e for e in self._entries.values() if e.next_fire <= now), key=_order)
        for entry in due:
            workflow = self._workflows[entry.workflow_id]
            # Recorded before the call: a fire that fails is not retried, as
            # it may have started the run before failing. Every next fire is
            # computed strictly after this, so the moment cannot fire again.
            self._fired[entry.workflow_id] = entry.next_fire
            try:
                await self.fire(workflow, entry.next_fire)
            except Exception:
                log.exception("workflow %r (id %d): the scheduled run failed to start", workflow.name, workflow.id)
            # Strictly after now as well: a late wake fires once, no catch-up.
            following = self._entry(workflow, entry.timezone, max(now, entry.next_fire))
            if following is None:
                self._entries.pop(entry.workflow_id, None)
            else:
                self._entries[entry.workflow_id] = following
        self._publish()

    def _publish(self) -> None:
        self.snapshot.publish(tuple(sorted(self._entries.values(), key=_order)))
        self._arm()

    def _arm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._entries:
            return  # nothing to wake for; a resync re-arms
        earliest = min(e.next_fire for e in self._entries.values())
        delay = (earliest - self.clock()).total_seconds()
        self._timer = send_after(self, _CheckDue(), min(max(delay, 0.0), self.max_sleep))


def _order(entry: ScheduledEntry) -> tuple[datetime, int]:
    return (entry.next_fire, entry.workflow_id)


def resync(target: Process | str = SCHEDULER_NAME) -> None:
    """Make the scheduler reload the workflows now (after a save). Fire and
    forget; dropped when no scheduler runs."""
    cast(target, _Resync())


def check_due(target: Process | str = SCHEDULER_NAME) -> None:
    """Make the scheduler fire what is due by its clock now, instead of
    waiting for its timer (tests advance a manual clock, then call this)."""
    cast(target, _CheckDue())
