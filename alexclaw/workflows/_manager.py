"""The run manager: one actor that admits runs, queues what exceeds the
concurrency limit, starts each run as a temporary process under the runs
``DynamicSupervisor`` and watches it with a monitor.

Nothing is lost: the run row exists (``queued`` or ``running``) before the
caller hears back. A run process that crashes or is killed leaves its row
``failed`` with the reason; one stopped with the node leaves it
``interrupted``. At init, rows this node left queued or running (it died)
become ``interrupted`` — the Resume button continues them. The active runs
are published as a snapshot (the pages read it with no round trip) and each
change is announced on the ``workflow_runs`` topic (live progress).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any, Final

from actors import (
    AsyncActor,
    Caller,
    Crashed,
    Down,
    MonitorRef,
    Normal,
    Process,
    Refused,
    Shutdown,
    Snapshot,
    TaskProcess,
    Timer,
    publish,
    send_after,
)
from alexclaw.security import RUN_RESUMED, RUN_STARTED, record_audit
from alexclaw.storage import UNAVAILABLE, Backoff, DatabaseHandle
from alexclaw.workflows._examples import seed_examples
from alexclaw.workflows._executor import CANCELLED, RunEnd, StepResult
from alexclaw.workflows._model import Resource, Workflow, run_definition
from alexclaw.workflows._run_store import (
    create_run,
    end_abandoned,
    finish_run,
    interrupt_runs,
    mark_running,
    reopen_run,
)
from supervisors import ChildSpec, Restart, start_child

log = logging.getLogger("alexclaw.workflows")

MANAGER_NAME: Final = "alexclaw.workflows.manager"
RUNS_NAME: Final = "alexclaw.workflows.runs"
RUNS_TOPIC: Final = "workflow_runs"
STOPPED_WITH_NODE: Final = "the node was stopped while this run was active; Resume continues it"
LOST_WITH_NODE: Final = (
    "this node restarted while the run was active (a crash or kill); Resume continues it after its last recorded step"
)


@dataclass(frozen=True, slots=True)
class Launch:
    """Everything a run process needs; built before the row is written."""

    run_id: int
    workflow: Workflow
    resources: tuple[Resource, ...]
    input: Any
    previous: tuple[StepResult, ...]
    trigger: str


@dataclass(slots=True)
class RunControl:
    """Shared by the manager and one run (one event loop, no locks): the
    manager asks for a cancel; the run says when a skill call is in flight,
    and only then is its task cancelled — a database write of the run is
    never interrupted, so the step is recorded whole."""

    cancel_requested: bool = False
    task: asyncio.Task[Any] | None = None  # the run process's task, set when its body starts
    in_flight: bool = False

    def request_cancel(self) -> None:
        if self.cancel_requested:
            return  # asked twice: the task is cancelled once
        self.cancel_requested = True
        if self.in_flight and self.task is not None:
            self.task.cancel()

    def interruptible(self, on: bool) -> None:
        self.in_flight = on


@dataclass(frozen=True, slots=True)
class ActiveRun:
    run_id: int
    workflow_id: int | None
    workflow_name: str
    status: str  # queued | running
    trigger: str
    started_at: float
    total_steps: int
    steps_done: int = 0
    current: str = ""  # the step running now ("" between steps, and before the first)
    current_position: int | None = None
    cancelling: bool = False

    @property
    def progress(self) -> str:
        """What the pages show: the steps done, and the one running now."""
        done = f"{self.steps_done} / {self.total_steps} done"
        if self.status == "queued":
            return f"queued ({done})"
        return f"{done}, running {self.current}" if self.current else done


@dataclass(frozen=True, slots=True)
class RunChanged:
    run_id: int
    status: str  # queued | running | progress | finished | cancelling
    workflow_id: int | None = None


@dataclass(frozen=True, slots=True)
class RunTicket:
    run_id: int
    status: str  # queued | running


@dataclass(frozen=True, slots=True)
class _Submit:
    workflow: Workflow
    resources: tuple[Resource, ...]
    trigger: str
    actor: str
    input: Any
    resume_run_id: int | None = None
    previous: tuple[StepResult, ...] = ()
    scheduled_for: datetime | None = None
    origin: str = ""  # web, telegram, mcp, scheduler…: audited with the start


FIRED_ELSEWHERE: Final = "fired_elsewhere"
"""The code of the manager's ``Refused`` when another node already started
this scheduled run (the scheduler stays quiet about it)."""


@dataclass(frozen=True, slots=True)
class _Cancel:
    run_id: int


class _Retry:
    """Try again what waited for the database."""


@dataclass(frozen=True, slots=True)
class _Progress:
    run_id: int
    result: StepResult


@dataclass(frozen=True, slots=True)
class _StepStarted:
    run_id: int
    position: int
    label: str


RunnerFactory = Callable[[Launch, RunControl], Callable[[], Awaitable[None]]]


@dataclass(slots=True)
class _Running:
    launch: Launch
    control: RunControl = field(default_factory=RunControl)
    process: Process | None = None


class RunManager(AsyncActor):
    """Admits, queues, starts and accounts for every workflow run of this node,
    and publishes the active runs.

    ``init``
        Interrupts runs an earlier start of this node left active (waiting for
        the database during an outage), then publishes the empty snapshot.
    ``handle_call``
        ``_Submit`` (from ``Runs``) answers a ``RunTicket``, or ``Refused``: a
        workflow pinned to another node, a scheduled run another node already
        fired (code ``fired_elsewhere``), a run that cannot be resumed, the
        database away (code ``unavailable``). ``Runs`` raises ``RunRefused`` /
        ``FiredElsewhere`` at its caller. ``_Cancel`` answers whether the run
        was cancelled (False while the database is away: it stays queued).
    ``handle_cast`` / ``handle_info``
        Step progress; a run process's ``Down`` records how it ended. Bookkeeping
        the database cannot take now is retried with backoff, never a crash —
        a crash here would interrupt every run in flight.
    ``terminate``
        Marks the runs still active interrupted (resumable); a failure is
        logged, and the next start marks them.

    Any other raise crashes it; the workflows subtree (rest_for_one) restarts
    it and the runs supervisor after it, and its ``init`` interrupts what was
    running."""

    def __init__(
        self,
        database: DatabaseHandle,
        node: str,
        runner: RunnerFactory,
        snapshot: Snapshot[Mapping[int, ActiveRun]],
        *,
        max_runs: Callable[[], int] = lambda: 10,
        supervisor: str = RUNS_NAME,
    ) -> None:
        super().__init__()
        self.database = database
        self.node = node
        self.runner = runner
        self.snapshot = snapshot
        self.max_runs = max_runs
        self.supervisor = supervisor
        self._runs: dict[int, _Running] = {}
        self._queue: deque[int] = deque()
        self._watching: dict[MonitorRef, int] = {}
        self._active: dict[int, ActiveRun] = {}
        self._running = 0  # runs with a process (the rest of _runs is queued)
        self._pending: list[RunChanged] = []
        self._flush_scheduled = False
        self._unrecorded: dict[int, tuple[str, str]] = {}  # run id → (status, error) not yet written
        self._backoff = Backoff()
        self._retry: Timer | None = None

    async def init(self) -> None:
        # Restarted during an outage: wait for the database rather than fail
        # at once; no run starts before this is done.
        stale = await self.database.when_ready(self._interrupt_stale, what="run manager")
        if stale:
            log.warning("runs %s were left active by an earlier start of this node: interrupted", stale)
        created = await self.database.when_ready(self._seed_examples, what="example workflows")
        if created:
            log.info("example workflows created (disabled): %s", ", ".join(created))
        self._publish()

    async def _seed_examples(self) -> list[str]:
        async with self.database.pool().acquire() as conn:
            return await seed_examples(conn)

    async def _interrupt_stale(self) -> list[int]:
        async with self.database.pool().acquire() as conn:
            return await interrupt_runs(conn, self.node, LOST_WITH_NODE)

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Submit):
            try:
                return await self._submit(message)
            except UNAVAILABLE as exc:  # nothing was admitted: say so, keep every run going
                self.database.report_unavailable(exc)
                return Refused(
                    "the database is unavailable right now; the run was not started, try again shortly", "unavailable"
                )
        if isinstance(message, _Cancel):
            return await self._cancel(message.run_id)
        return await super().handle_call(message, caller)

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, _StepStarted):
            active = self._active.get(message.run_id)
            if active is not None:
                self._active[message.run_id] = replace(active, current=message.label, current_position=message.position)
                self._publish(self._event(message.run_id, "progress"))
        elif isinstance(message, _Progress):
            active = self._active.get(message.run_id)
            if active is not None:
                # Recorded: the step is done; the next one names itself when it starts.
                self._active[message.run_id] = replace(
                    active, steps_done=active.steps_done + 1, current="", current_position=None
                )
                self._publish(self._event(message.run_id, "progress"))

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Down):
            run_id = self._watching.pop(message.ref, None)
            if run_id is not None:
                await self._ended(run_id, message.reason)
                await self._fill()
        elif isinstance(message, _Retry):
            self._retry = None
            await self._record_ends()
            await self._fill()

    def _retry_later(self, error: BaseException) -> None:
        """The database is away: what could not be written (run ends, queued
        runs to start) is tried again with backoff, and nothing crashes —
        a crash here would interrupt every run in flight."""
        self.database.report_unavailable(error)
        if self._retry is None:
            delay = self._backoff.delay()
            log.warning("run bookkeeping waits for the database (%s); retrying in %.1fs", type(error).__name__, delay)
            self._retry = send_after(self, _Retry(), delay)

    # -- admission ------------------------------------------------------------

    def _free_slot(self) -> bool:
        return self._running < max(1, self.max_runs())

    async def _submit(self, message: _Submit) -> RunTicket | Refused:
        status = "running" if self._free_slot() and not self._queue else "queued"
        workflow = message.workflow
        if workflow.node and workflow.node != self.node:
            # Every way a run starts comes here: a pin is never silently ignored.
            return Refused(f"{workflow.name} is pinned to node {workflow.node}; this is node {self.node}")
        # The run row and its audit row commit together: every start, from
        # every channel, passes here.
        async with self.database.pool().acquire() as conn, conn.transaction():
            if message.resume_run_id is None:
                created = await create_run(
                    conn, workflow_id=workflow.id or 0, workflow_name=workflow.name, status=status,
                    trigger=message.trigger, actor=message.actor, node=self.node, input=message.input,
                    scheduled_for=message.scheduled_for, definition=run_definition(workflow),
                )  # fmt: skip
                if created is None:
                    at = message.scheduled_for.isoformat() if message.scheduled_for else "?"
                    return Refused(f"{workflow.name} was already started for {at} by another node", FIRED_ELSEWHERE)
                run_id = created
            else:
                run_id = message.resume_run_id
                if not await reopen_run(conn, run_id, status):
                    return Refused(f"run {run_id} is not interrupted, so it cannot be resumed")
            await record_audit(
                conn, message.actor, RUN_STARTED if message.resume_run_id is None else RUN_RESUMED, f"run:{run_id}",
                detail={"workflow": workflow.name, "trigger": message.trigger, "origin": message.origin,
                        "status": status},
            )  # fmt: skip
        launch = Launch(run_id, workflow, message.resources, message.input, message.previous, message.trigger)
        self._runs[run_id] = _Running(launch)
        self._active[run_id] = ActiveRun(
            run_id, workflow.id, workflow.name, status, message.trigger, time.time(), len(workflow.steps),
            steps_done=len(message.previous),
        )  # fmt: skip
        if status == "running":
            await self._launch(run_id)
        else:
            self._queue.append(run_id)
            log.info("run %s of %s queued (%d runs active)", run_id, workflow.name, len(self._runs) - len(self._queue))
        self._publish(self._event(run_id, status))
        return RunTicket(run_id, status)

    async def _launch(self, run_id: int) -> None:
        running = self._runs[run_id]
        body = self.runner(running.launch, running.control)

        async def start() -> Any:
            return await TaskProcess(body).start()

        spec = ChildSpec(f"run-{run_id}", start, restart=Restart.TEMPORARY, shutdown=5.0)
        process = await start_child(self.supervisor, spec)
        assert isinstance(process, Process)
        running.process = process
        self._running += 1
        self._watching[self.monitor(process)] = run_id

    async def _fill(self) -> None:
        while self._queue and self._free_slot():
            run_id = self._queue[0]
            try:
                async with self.database.pool().acquire() as conn:
                    await mark_running(conn, run_id)
            except UNAVAILABLE as exc:
                self._retry_later(exc)
                return
            self._queue.popleft()
            self._backoff.reset()
            self._active[run_id] = replace(self._active[run_id], status="running")
            await self._launch(run_id)
            self._publish(self._event(run_id, "running"))

    # -- endings ------------------------------------------------------------

    async def _cancel(self, run_id: int) -> bool:
        running = self._runs.get(run_id)
        if running is None:
            return False
        if running.process is None:  # still queued: it never started
            try:
                async with self.database.pool().acquire() as conn:
                    await finish_run(conn, run_id, RunEnd(CANCELLED, None, "cancelled before it started"))
            except UNAVAILABLE as exc:  # not cancelled: it stays queued
                self.database.report_unavailable(exc)
                return False
            self._queue.remove(run_id)
            self._publish(self._event(run_id, "finished"))
            self._forget(run_id)
            return True
        running.control.request_cancel()  # interrupts the step in flight, if one is
        self._active[run_id] = replace(self._active[run_id], cancelling=True)
        self._publish(self._event(run_id, "cancelling"))
        return True

    async def _ended(self, run_id: int, reason: Any) -> None:
        """The run process exited. A normal exit wrote its own end; any
        other exit is written here, so no row stays ``running``."""
        if not isinstance(reason, Normal):
            if isinstance(reason, Shutdown):
                status, error = "interrupted", STOPPED_WITH_NODE
            elif isinstance(reason, Crashed):
                status, error = "failed", f"run crashed: {type(reason.error).__name__}: {reason.error}"
            else:
                status, error = "failed", f"run process ended: {reason}"
            log.error("run %s ended abnormally (%s): %s", run_id, reason, error)
            self._unrecorded[run_id] = (status, error)
            await self._record_ends()
        self._publish(self._event(run_id, "finished"))
        self._forget(run_id)

    async def _record_ends(self) -> None:
        """Write the ends of runs that exited abnormally (never left
        ``running``: kept and retried while the database is away)."""
        for run_id, (status, error) in list(self._unrecorded.items()):
            try:
                async with self.database.pool().acquire() as conn:
                    await end_abandoned(conn, run_id, status, error)
            except UNAVAILABLE as exc:
                self._retry_later(exc)
                return
            del self._unrecorded[run_id]
            self._backoff.reset()

    def _forget(self, run_id: int) -> None:
        running = self._runs.pop(run_id, None)
        if running is not None and running.process is not None:
            self._running -= 1
        self._active.pop(run_id, None)

    async def terminate(self, reason: Any) -> None:
        # Stopped with the node: the runs supervisor stops after us (it
        # started after us), so what is still active is interrupted now.
        if self._runs:
            try:
                async with self.database.pool().acquire() as conn:
                    await interrupt_runs(conn, self.node, STOPPED_WITH_NODE)
            except Exception:
                log.exception("could not mark active runs interrupted; the next start will")

    def _event(self, run_id: int, status: str) -> RunChanged:
        active = self._active.get(run_id)
        return RunChanged(run_id, status, active.workflow_id if active else None)

    def _publish(self, event: RunChanged | None = None) -> None:
        """Publish the active-runs snapshot, then the events, once per turn
        of the loop: a burst of admissions copies the map once, not once
        per run (10,000 queued runs would otherwise cost O(n²))."""
        if event is not None:
            self._pending.append(event)
        if not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_soon(self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
        self.snapshot.publish(MappingProxyType(dict(self._active)))
        events, self._pending = self._pending, []
        for event in events:
            publish(RUNS_TOPIC, event)
