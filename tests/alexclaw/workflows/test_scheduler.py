"""The cron scheduler with a manual clock: it fires what is due exactly once,
in the configured timezone, skips what was missed while the node was down,
and follows workflow changes without firing spuriously."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from actors import Snapshot, publish, send, sync
from actors.testing import Probe
from alexclaw.workflows._model import Workflow
from alexclaw.workflows._scheduler import (
    SCHEDULER_NAME,
    WORKFLOWS_TOPIC,
    ScheduledEntry,
    Scheduler,
    check_due,
    resync,
)

NODE = "node-a"


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


class Clock:
    """A wall clock that moves only when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Ports:
    """What the scheduler is given, as plain values a test can change."""

    def __init__(self, clock: Clock, *workflows: Workflow, timezone: str = "UTC") -> None:
        self.clock = clock
        self.workflows = list(workflows)
        self.timezone = timezone
        self.last: dict[int, datetime] = {}
        self.failing: set[int] = set()
        self.load_fails = False
        self.probe: Probe | None = None
        self.fired: list[tuple[int, datetime]] = []
        self.fired_at: list[datetime] = []  # the clock when each fire happened
        self.snapshot: Snapshot[tuple[ScheduledEntry, ...]] = Snapshot(())

    async def load(self) -> list[Workflow]:
        if self.load_fails:
            raise ConnectionError("database unavailable")
        return list(self.workflows)

    async def fire(self, workflow: Workflow, at: datetime) -> None:
        assert workflow.id is not None
        self.fired.append((workflow.id, at))
        self.fired_at.append(self.clock())
        if self.probe is not None:
            send(self.probe, ("fired", workflow.id, at))
        if workflow.id in self.failing:
            raise RuntimeError("the run manager refused")

    async def last_fired(self, workflow_id: int) -> datetime | None:
        return self.last.get(workflow_id)

    def set(self, workflow: Workflow) -> None:
        self.workflows = [workflow if w.id == workflow.id else w for w in self.workflows]

    def next_fires(self) -> dict[int, datetime]:
        return {e.workflow_id: e.next_fire for e in self.snapshot.read()}


Start = Callable[..., Awaitable[Scheduler]]


@pytest.fixture
async def start() -> AsyncIterator[Start]:
    """Start schedulers on the test's ports; every one is stopped after."""
    started: list[Scheduler] = []

    async def starter(ports: Ports, *, node: str = NODE, name: str | None = None) -> Scheduler:
        scheduler = Scheduler(
            load=ports.load,
            node_name=node,
            timezone=lambda: ports.timezone,
            fire=ports.fire,
            last_fired=ports.last_fired,
            snapshot=ports.snapshot,
            clock=ports.clock,
        )
        started.append(await scheduler.start(name=name))
        return scheduler

    yield starter
    for scheduler in started:
        if scheduler.alive:
            await scheduler.stop()


async def at(scheduler: Scheduler, clock: Clock, moment: datetime) -> None:
    """Move the clock, have the scheduler check, wait until it has."""
    clock.now = moment
    check_due(scheduler)
    await sync(scheduler)


async def test_a_scheduled_workflow_fires_at_its_time_once_and_not_before(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "morning digest", schedule="0 9 * * *"))
    scheduler = await start(ports)
    assert ports.next_fires() == {1: utc(2026, 1, 5, 9)}
    await at(scheduler, clock, utc(2026, 1, 5, 8, 59, 59))
    assert ports.fired == []
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    check_due(scheduler)
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0, 30))
    assert ports.fired == [(1, utc(2026, 1, 5, 9))]
    assert ports.next_fires() == {1: utc(2026, 1, 6, 9)}


async def test_it_fires_at_the_right_utc_times_in_berlin_across_the_march_change(start: Start) -> None:
    clock = Clock(utc(2026, 3, 27, 12))
    ports = Ports(
        clock,
        Workflow(1, "nightly", schedule="30 2 * * *"),
        Workflow(2, "morning", schedule="0 9 * * *"),
        timezone="Europe/Berlin",
    )
    scheduler = await start(ports)
    while clock.now < utc(2026, 3, 31, 12):  # every 5 minutes for four days
        await at(scheduler, clock, clock.now + timedelta(minutes=5))
    assert sorted(t for i, t in ports.fired if i == 1) == [
        utc(2026, 3, 28, 1, 30),  # 02:30 CET
        utc(2026, 3, 29, 1, 0),  # 02:30 does not exist: 03:00 CEST, when the gap ends
        utc(2026, 3, 30, 0, 30),  # 02:30 CEST
        utc(2026, 3, 31, 0, 30),
    ]
    assert sorted(t for i, t in ports.fired if i == 2) == [
        utc(2026, 3, 28, 8),  # 09:00 CET
        utc(2026, 3, 29, 7),  # 09:00 CEST
        utc(2026, 3, 30, 7),
        utc(2026, 3, 31, 7),
    ]
    # Each fire came at the first check at or after its time.
    assert all(
        timedelta(0) <= clock_time - t < timedelta(minutes=5)
        for (_, t), clock_time in zip(ports.fired, ports.fired_at, strict=True)
    )


async def test_the_snapshot_lists_the_next_fires_sorted_with_their_timezone(start: Start) -> None:
    clock = Clock(utc(2026, 6, 2, 10, 0))  # a Tuesday, 06:00 in New York
    ports = Ports(
        clock,
        Workflow(1, "weekly report", schedule="0 8 * * mon"),
        Workflow(2, "every quarter hour", schedule="*/15 * * * *"),
        Workflow(3, "daily", schedule="@daily"),
        timezone="America/New_York",
    )
    await start(ports)
    assert ports.snapshot.read() == (
        ScheduledEntry(2, "every quarter hour", "*/15 * * * *", utc(2026, 6, 2, 10, 15), "America/New_York"),
        ScheduledEntry(3, "daily", "@daily", utc(2026, 6, 3, 4), "America/New_York"),  # midnight EDT
        ScheduledEntry(1, "weekly report", "0 8 * * mon", utc(2026, 6, 8, 12), "America/New_York"),
    )


@pytest.mark.parametrize(
    "workflow",
    [
        Workflow(1, "disabled", enabled=False, schedule="* * * * *"),
        Workflow(1, "unscheduled", schedule=None),
        Workflow(1, "blank schedule", schedule="  "),
        Workflow(1, "pinned elsewhere", schedule="* * * * *", node="node-b"),
        Workflow(None, "unsaved", schedule="* * * * *"),
    ],
    ids=lambda w: w.name,
)
async def test_a_workflow_is_not_scheduled_when_disabled_unscheduled_or_pinned_to_another_node(
    start: Start, workflow: Workflow
) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, workflow)
    scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    assert ports.snapshot.read() == () and ports.fired == []


async def test_a_workflow_pinned_to_this_node_is_scheduled(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "here", schedule="0 9 * * *", node=NODE))
    scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    assert ports.fired == [(1, utc(2026, 1, 5, 9))]


async def test_a_message_on_the_workflows_topic_picks_up_a_new_schedule(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "digest", schedule="0 9 * * *"))
    scheduler = await start(ports)
    ports.set(Workflow(1, "digest", schedule="30 8 * * *"))
    ports.workflows.append(Workflow(2, "new", schedule="45 8 * * *"))
    publish(WORKFLOWS_TOPIC, ("saved", 1))
    await sync(scheduler)
    assert ports.next_fires() == {1: utc(2026, 1, 5, 8, 30), 2: utc(2026, 1, 5, 8, 45)}
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    assert ports.fired == [(1, utc(2026, 1, 5, 8, 30)), (2, utc(2026, 1, 5, 8, 45))]


async def test_resync_reaches_the_scheduler_by_its_registered_name(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "digest", schedule="0 9 * * *"))
    await start(ports, name=SCHEDULER_NAME)
    ports.set(Workflow(1, "digest", enabled=False, schedule="0 9 * * *"))
    resync()
    await sync(SCHEDULER_NAME)
    assert ports.snapshot.read() == ()


async def test_changing_a_schedule_does_not_fire_it_spuriously(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 11, 59, 30))
    ports = Ports(clock, Workflow(1, "hourly", schedule="0 * * * *"))
    scheduler = await start(ports)
    ports.set(Workflow(1, "hourly", schedule="30 11 * * *"))  # already past today
    resync(scheduler)
    await sync(scheduler)  # the resync sees the clock as set above
    await at(scheduler, clock, utc(2026, 1, 5, 12, 0))
    assert ports.fired == []
    assert ports.next_fires() == {1: utc(2026, 1, 6, 11, 30)}


async def test_a_resync_never_fires_the_same_moment_twice_even_when_the_clock_steps_back(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 11, 0))  # a Monday
    ports = Ports(clock, Workflow(1, "noon", schedule="0 12 * * *"))
    scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 5, 12, 0))
    clock.now = utc(2026, 1, 5, 11, 59, 50)  # NTP steps the wall clock back
    ports.set(Workflow(1, "noon", schedule="0 12 * * 1-5"))  # still matches today's noon
    resync(scheduler)
    await sync(scheduler)  # the resync sees the clock as set above
    assert ports.next_fires() == {1: utc(2026, 1, 6, 12)}  # not today's noon again
    await at(scheduler, clock, utc(2026, 1, 5, 12, 0, 5))
    assert ports.fired == [(1, utc(2026, 1, 5, 12))]
    assert ports.next_fires() == {1: utc(2026, 1, 6, 12)}


async def test_a_late_wake_fires_once_with_the_scheduled_time_and_does_not_catch_up(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 12, 0, 30))
    ports = Ports(clock, Workflow(1, "every minute", schedule="* * * * *"))
    scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 5, 12, 10, 30))  # the machine slept ten minutes
    check_due(scheduler)
    await sync(scheduler)
    assert ports.fired == [(1, utc(2026, 1, 5, 12, 1))]
    assert ports.next_fires() == {1: utc(2026, 1, 5, 12, 11)}


async def test_a_fire_that_raises_is_logged_and_the_scheduler_keeps_going(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "broken", schedule="0 9 * * *"), Workflow(2, "fine", schedule="0 9 * * *"))
    ports.failing.add(1)
    scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    assert ports.fired == [(1, utc(2026, 1, 5, 9)), (2, utc(2026, 1, 5, 9))]
    assert "'broken' (id 1): the scheduled run failed to start" in caplog.text
    assert "the run manager refused" in caplog.text
    await at(scheduler, clock, utc(2026, 1, 6, 9, 0))
    assert scheduler.alive and len(ports.fired) == 4
    assert ports.next_fires() == {1: utc(2026, 1, 7, 9), 2: utc(2026, 1, 7, 9)}


async def test_a_run_missed_while_the_node_was_down_is_logged_and_skipped(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(utc(2026, 1, 11, 12, 0))  # the node was down over 09:00
    ports = Ports(clock, Workflow(1, "morning digest", schedule="0 9 * * *"))
    ports.last[1] = utc(2026, 1, 10, 9, 0, 2)
    with caplog.at_level(logging.WARNING, logger="alexclaw.workflows.scheduler"):
        scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 11, 12, 1))
    assert ports.fired == []
    assert ports.next_fires() == {1: utc(2026, 1, 12, 9)}
    [record] = [r for r in caplog.records if "missed" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert "'morning digest'" in record.getMessage() and "2026-01-11T09:00:00+00:00" in record.getMessage()


@pytest.mark.parametrize(
    "last", [utc(2026, 1, 11, 9, 0, 1), None], ids=["ran at its last time", "never ran on schedule"]
)
async def test_a_workflow_that_did_not_miss_a_run_is_not_reported(
    start: Start, caplog: pytest.LogCaptureFixture, last: datetime | None
) -> None:
    clock = Clock(utc(2026, 1, 11, 12, 0))
    ports = Ports(clock, Workflow(1, "morning digest", schedule="0 9 * * *"))
    if last is not None:
        ports.last[1] = last
    await start(ports)
    assert "missed" not in caplog.text
    assert ports.next_fires() == {1: utc(2026, 1, 12, 9)}


async def test_at_boot_a_run_already_recorded_for_the_coming_time_is_not_repeated(start: Start) -> None:
    # The node's clock is behind the one that recorded the last run.
    clock = Clock(utc(2026, 1, 5, 11, 59, 50))
    ports = Ports(clock, Workflow(1, "noon", schedule="0 12 * * *"))
    ports.last[1] = utc(2026, 1, 5, 12, 0, 1)
    await start(ports)
    assert ports.next_fires() == {1: utc(2026, 1, 6, 12)}


@pytest.mark.parametrize(("setting", "logged"), [("Mars/Olympus", True), ("", False)])
async def test_an_invalid_or_unset_timezone_schedules_in_utc(
    start: Start, caplog: pytest.LogCaptureFixture, setting: str, logged: bool
) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "digest", schedule="0 9 * * *"), timezone=setting)
    await start(ports)
    assert ports.snapshot.read()[0].timezone == "UTC"
    assert ports.next_fires() == {1: utc(2026, 1, 5, 9)}
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    expected = (
        "scheduler.timezone: unknown timezone 'Mars/Olympus' (use an IANA name like Europe/Berlin); scheduling in UTC"
    )
    assert errors == ([f"{expected} instead"] if logged else [])


async def test_an_unusable_schedule_is_logged_and_the_others_still_run(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "never", schedule="0 0 31 2 *"), Workflow(2, "fine", schedule="0 9 * * *"))
    scheduler = await start(ports)
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    assert ports.fired == [(2, utc(2026, 1, 5, 9))]
    assert "workflow 'never' (id 1) is not scheduled" in caplog.text


async def test_a_failed_reload_is_logged_and_keeps_the_current_schedule(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "digest", schedule="0 9 * * *"))
    scheduler = await start(ports)
    ports.load_fails = True
    publish(WORKFLOWS_TOPIC, "changed")
    await at(scheduler, clock, utc(2026, 1, 5, 9, 0))
    assert "could not reload the workflows; keeping the current schedule" in caplog.text
    assert ports.fired == [(1, utc(2026, 1, 5, 9))]


async def test_the_scheduler_wakes_itself_when_a_fire_is_due(start: Start) -> None:
    clock = Clock(utc(2026, 1, 5, 8, 0))
    ports = Ports(clock, Workflow(1, "digest", schedule="0 9 * * *"))
    ports.probe = probe = await Probe().start()
    try:
        await start(ports)
        clock.now = utc(2026, 1, 5, 9, 0, 1)
        # Any re-arm now finds the entry due and sets its timer to zero: the
        # fire arrives with no check_due from the test.
        ports.set(replace(ports.workflows[0], name="digest, renamed"))
        publish(WORKFLOWS_TOPIC, "renamed")
        assert await probe.receive(tuple) == ("fired", 1, utc(2026, 1, 5, 9))
    finally:
        await probe.stop()
