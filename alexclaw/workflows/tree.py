"""The workflows subtree, rest_for_one:

    workflows
    ├── presence    this node's advisory lock; interrupts runs of gone nodes
    ├── manager     admits runs, queues beyond the limit, watches each run
    ├── runs        DynamicSupervisor: one temporary process per run
    ├── changes     LISTEN for workflow changes (any node, the CLI)
    └── scheduler   cron fires, in the configured time zone

Presence starts first: a node whose name a live node holds refuses to
start before it touches a run. Then the manager: at init it marks what an
earlier start left active as interrupted, before any new run can start. If it crashes, the
runs supervisor (whose runs it alone was watching) and the scheduler are
restarted after it — the runs in flight become ``interrupted`` by the new
manager's init, resumable, never silently lost.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from actors import Snapshot
from alexclaw.config import CONFIG_TOPIC
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows._listener import LISTENER_NAME, WorkflowChanges
from alexclaw.workflows._manager import MANAGER_NAME, RUNS_NAME, ActiveRun, RunManager, RunnerFactory
from alexclaw.workflows._model import Workflow
from alexclaw.workflows._presence import PRESENCE_NAME, NodePresence, PresenceSession
from alexclaw.workflows._scheduler import SCHEDULER_NAME, WORKFLOWS_TOPIC, ScheduledEntry, Scheduler
from supervisors import ChildSpec, DynamicSupervisor, Strategy, Supervisor


def workflows_spec(
    database: DatabaseHandle,
    *,
    node: Callable[[], str],
    runner: RunnerFactory,
    active: Snapshot[Mapping[int, ActiveRun]],
    max_runs: Callable[[], int],
    schedule: Snapshot[tuple[ScheduledEntry, ...]],
    load: Callable[[], Awaitable[Sequence[Workflow]]],
    fire: Callable[[Workflow, datetime], Awaitable[None]],
    last_fired: Callable[[int], Awaitable[datetime | None]],
    timezone: Callable[[], str],
) -> ChildSpec:
    session = PresenceSession()  # the lock's session, handed from a killed presence to its successor

    async def start_presence() -> Any:
        return await NodePresence(database, node(), session=session).start(name=PRESENCE_NAME)

    async def start_manager() -> Any:
        return await RunManager(database, node(), runner, active, max_runs=max_runs).start(name=MANAGER_NAME)

    async def start_changes() -> Any:
        return await WorkflowChanges(database).start(name=LISTENER_NAME)

    async def start_scheduler() -> Any:
        scheduler = Scheduler(
            load=load, node_name=node(), timezone=timezone, fire=fire, last_fired=last_fired, snapshot=schedule,
            # A settings change may be scheduler.timezone: re-sync (cheap, rare).
            topics=(WORKFLOWS_TOPIC, CONFIG_TOPIC),
            boot=lambda attempt: database.when_ready(attempt, what="scheduler"),
        )  # fmt: skip
        return await scheduler.start(name=SCHEDULER_NAME)

    children = [
        ChildSpec("presence", start_presence, info="node name lock; interrupts runs of gone nodes"),
        ChildSpec("manager", start_manager, info="admits, queues and watches runs"),
        # Runs are temporary children (a crashed run is failed by the
        # manager, never restarted); the manager's queue is the limit.
        DynamicSupervisor.child_spec("runs", name=RUNS_NAME, intensity=100, period=10.0, shutdown=10.0),
        ChildSpec("changes", start_changes, info="LISTEN alexclaw_workflows → workflows topic"),
        ChildSpec("scheduler", start_scheduler, info="cron fires, scheduler.timezone"),
    ]
    # 3 in 30 s: a restart here is expensive (rest_for_one after the manager
    # interrupts every run in flight), so only real crashes may cause one:
    # presence, manager and scheduler wait for the database in init (up to
    # 30 s, with backoff), and the manager refuses new runs and retries its
    # bookkeeping while the database is away instead of crashing. More than
    # three crashes in 30 s is a bug: let the root decide.
    return Supervisor.child_spec("workflows", children, strategy=Strategy.REST_FOR_ONE, intensity=3, period=30.0)
