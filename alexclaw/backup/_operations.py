"""Backup operations, for every front end (the Database page, the command
line, the ``db_backup`` skill, the nightly schedule): back up (no code: it
only reads), restore (a privileged act, ``database.restore``: a 2FA code
from the web, the host's operator on the command line). The file is checked
whole BEFORE the challenge is asked, so a corrupt or foreign file is
refused without bothering the operator for a code, and before anything is
dropped. Each act writes its own audit row."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol

from actors import Snapshot
from alexclaw.backup._data import Plan, apply_plan, export_data, read_data
from alexclaw.backup._dump import BackupDone, BackupFailed, Progress, database_facts, write_backup
from alexclaw.backup._files import BackupFile, list_backups
from alexclaw.backup._place import check_directory
from alexclaw.backup._restore import (
    Restored,
    RestoreFailed,
    RestoreRefused,
    latest_schema,
    restore_backup,
    verify_backup,
)
from alexclaw.config import BackupSettings
from alexclaw.security import (
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    Pools,
    SecretBox,
    approved,
    record_audit,
)

DATABASE_RESTORE: Final = "database.restore"  # the PRIVILEGED action
DATABASE_BACKUP: Final = "database.backup"

RestoreOutcome = Restored | RestoreRefused | RestoreFailed
# How the node keeps still while its database is replaced: stops the parts
# that hold its state, runs the restore, starts them again (the CLI, which
# refuses while a node runs, needs none).
Quiesce = Callable[[Callable[[], Awaitable[RestoreOutcome]]], Awaitable[RestoreOutcome]]


class _Reader(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...


async def _as_is(restore: Callable[[], Awaitable[RestoreOutcome]]) -> RestoreOutcome:
    return await restore()


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """The last automatic or manual backup's outcome, for the Services page."""

    last_ok: float | None = None  # wall clock
    last_failed: float | None = None
    last_error: str = ""


@dataclass(frozen=True, slots=True)
class BackupOperations:
    approver: Approver
    database: Pools
    dsn: Callable[[], str]
    config: _Reader
    key: bytes  # seals and checks backup files (from SECRET_KEY_BASE)
    status: Snapshot[BackupStatus]
    quiesce: Quiesce = _as_is

    def settings(self) -> BackupSettings:
        return BackupSettings.read(self.config)

    def directory(self) -> Path | None:
        text = (self.settings().directory or "").strip()  # an empty catalog default reads as None
        return Path(text) if text else None

    def problem(self) -> str | None:
        """Why backups cannot be written now, or None."""
        return check_directory(self.directory())

    def backups(self) -> list[BackupFile]:
        directory = self.directory()
        return [] if directory is None else list_backups(directory)

    async def back_up(self, acting: Acting, progress: Progress | None = None) -> BackupDone | BackupFailed:
        return await self.back_up_as(acting.actor, progress)

    async def back_up_as(self, actor: str, progress: Progress | None = None) -> BackupDone | BackupFailed:
        """A backup for a caller that is not a front end (the ``db_backup``
        skill, as ``skill:db_backup``): it only reads, so no approval."""
        async with self.database.pool().acquire() as conn:
            schema, version = await database_facts(conn)
        chosen = self.settings()
        done = await write_backup(
            self.dsn(),
            self.directory(),
            key=self.key,
            schema=schema,
            server_version=version,
            max_files=chosen.max_files,
            progress=progress,
        )
        now = time.time()
        current = self.status.read()
        if isinstance(done, BackupDone):
            self.status.publish(replace(current, last_ok=now))
            detail: dict[str, Any] = {"size": done.size, "schema": schema, "removed": list(done.removed)}
            target, outcome = done.path.name, "ok"
        else:
            self.status.publish(replace(current, last_failed=now, last_error=done.reason))
            detail, target, outcome = {"reason": done.reason}, "", "error"
        async with self.database.pool().acquire() as conn:
            await record_audit(conn, actor, DATABASE_BACKUP, target, outcome=outcome, detail=detail)
        return done

    async def restore(
        self, acting: Acting, path: Path, *, label: str, then: Callable[[], None] | None = None
    ) -> Done[None] | Invalid | ChallengeView | NotAllowed:
        """Check ``path``, then replace the database with it once approved.
        ``then`` runs after the restore whatever its outcome (an uploaded
        file is removed there)."""
        checked = await verify_backup(path, self.key)
        if isinstance(checked, RestoreRefused):
            async with self.database.pool().acquire() as conn:
                detail = {"reason": checked.reason}
                await record_audit(conn, acting.actor, DATABASE_RESTORE, label, outcome="refused", detail=detail)
            if then is not None:
                then()
            return Invalid.of(checked.reason)

        async def run(approval: Approval) -> str:
            try:
                outcome = await self.quiesce(lambda: restore_backup(self.dsn(), path, key=self.key))
            finally:
                if then is not None:
                    then()
            detail: dict[str, Any] = {"schema": checked.schema, "created": checked.created}
            if not isinstance(outcome, Restored):
                detail["reason"] = outcome.reason
            async with self.database.pool().acquire() as conn:
                result = "ok" if isinstance(outcome, Restored) else "error"
                await record_audit(conn, approval.actor, DATABASE_RESTORE, label, outcome=result, detail=detail)
            return outcome.message

        description = f"Replace the whole database with the backup {label} of {checked.created}"
        return approved(await self.approver(acting, DATABASE_RESTORE, description, run))


def backup_age(files: list[BackupFile], now: datetime | None = None) -> float | None:
    """Seconds since the newest backup, None when there is none."""
    if not files:
        return None
    return files[0].age_seconds(now or datetime.now(UTC))


DATA_IMPORT: Final = "data.import"  # the PRIVILEGED action
DATA_EXPORTED: Final = "data.exported"


@dataclass(frozen=True, slots=True)
class DataOperations:
    """Export (a read, audited) and import (``data.import``: a 2FA code
    from the web, the host's operator on the command line) of the node's
    own data as JSON. The file is read and checked whole before the code
    is asked; the import is one transaction through the stores' checked
    writes."""

    approver: Approver
    database: Pools
    box: SecretBox
    node: str

    async def export(self, acting: Acting) -> dict[str, Any]:
        async with self.database.pool().acquire() as conn:
            schema, _version = await database_facts(conn)
            document = await export_data(conn, self.box, schema)
            counts = {k: len(document[k]) for k in ("settings", "providers", "workflows")}
            await record_audit(conn, acting.actor, DATA_EXPORTED, "", detail=counts)
        return document

    async def import_(
        self, acting: Acting, data: Any, *, label: str
    ) -> Done[None] | Invalid | ChallengeView | NotAllowed:
        plan = read_data(data, latest_schema())
        if not isinstance(plan, Plan):
            return Invalid.of(plan)

        async def run(approval: Approval) -> str:
            async with self.database.pool().acquire() as conn, conn.transaction():
                message = await apply_plan(conn, self.box, plan, approval=approval, here=self.node)
                detail = {"source": plan.source, "settings": len(plan.settings), "providers": len(plan.providers),
                          "workflows": len(plan.workflows), "reenter": len(plan.reenter)}  # fmt: skip
                await record_audit(conn, approval.actor, DATA_IMPORT, label, detail=detail)
            return message

        description = f"Import {label} ({plan.source}): {plan.summary()}"[:500]
        return approved(await self.approver(acting, DATA_IMPORT, description, run))
