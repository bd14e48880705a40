"""The nightly backup: a small actor that backs the database up on
``backup.schedule`` (cron, UTC; ``0 3 * * *`` by default) once
``backup.dir`` is set. Its clock is a function (tests pass a manual one
and wake it with ``tick``); its timer sleeps to the next fire time, at most
an hour, so a changed schedule applies within the hour. The outcome goes to
``BackupOperations``' status (the Services page) and the audit trail; a
failed backup is not retried before the next fire (a full disk does not
heal in a minute), and the doctor reports backups grown old."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Final

from actors import AsyncActor, ExitReason, Process, Timer, send, send_after
from alexclaw.backup._dump import BackupDone
from alexclaw.backup._operations import BackupOperations
from alexclaw.security import Acting
from alexclaw.storage import UNAVAILABLE
from alexclaw.workflows import cron_error, next_fires

log = logging.getLogger("alexclaw.backup")

BACKUP_SCHEDULER_NAME: Final = "alexclaw.backup.scheduler"
MAX_SLEEP: Final = 3600.0


class _Tick:
    pass


def tick(target: Process | str = BACKUP_SCHEDULER_NAME) -> None:
    """Wake the scheduler now (a test's manual clock moved)."""
    send(target, _Tick())


def next_backup(schedule: str, after: datetime) -> datetime | None:
    """When the schedule fires next after ``after``; None for an invalid one."""
    if cron_error(schedule) is not None:
        return None
    return next_fires(schedule, "UTC", after, 1)[0]


class BackupScheduler(AsyncActor):
    """``init`` plans the first fire from now (a backup missed while the node
    was down is not made up at boot: the doctor says it is old).
    ``handle_info`` (its timer or ``tick``): at or past the planned time,
    backs up when ``backup.dir`` is set, then plans the next. A changed
    schedule is re-planned from now. It answers no calls; a database outage
    during a backup is a failed backup (status and log), never a crash.

    ``terminate``: cancels its timer."""

    def __init__(self, operations: BackupOperations, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.operations = operations
        self.clock = clock or (lambda: datetime.now(UTC))
        self._schedule = ""
        self._next: datetime | None = None
        self._timer: Timer | None = None

    async def init(self) -> None:
        self._plan(self.clock())

    async def handle_info(self, message: Any) -> None:
        if not isinstance(message, _Tick):
            await super().handle_info(message)
            return
        now = self.clock()
        if self.operations.settings().schedule != self._schedule:
            self._plan(now)
        elif self._next is not None and now >= self._next:
            await self._back_up()
            self._plan(now)
        else:
            self._arm(now)

    async def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def _plan(self, now: datetime) -> None:
        self._schedule = self.operations.settings().schedule
        self._next = next_backup(self._schedule, now)
        if self._next is None:
            log.warning("backup.schedule %r is not a valid cron expression: no automatic backups", self._schedule)
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        if self._timer is not None:
            self._timer.cancel()
        wait = MAX_SLEEP if self._next is None else (self._next - now).total_seconds()
        self._timer = send_after(self, _Tick(), min(max(wait, 0.0), MAX_SLEEP))

    async def _back_up(self) -> None:
        if self.operations.directory() is None:
            return  # not configured: the doctor and the Services page say so
        try:
            done = await self.operations.back_up(Acting.scheduler("backup"))
        except UNAVAILABLE as exc:
            reason = f"the database is unavailable ({type(exc).__name__})"
            status = self.operations.status
            status.publish(replace(status.read(), last_failed=time.time(), last_error=reason))
            log.warning("scheduled backup failed: %s", reason, extra={"event": "backup.failed"})
            return
        if isinstance(done, BackupDone):
            log.info("scheduled backup written", extra={"event": "backup.done", "file": done.path.name})
        else:
            log.warning("scheduled backup failed: %s", done.reason, extra={"event": "backup.failed"})
