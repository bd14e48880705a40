"""Whether the node's backups are in order, in words: the Services page's
row and the doctor's finding say the same thing from the same function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from alexclaw.backup._files import BackupFile

STALE_AFTER_HOURS: Final = 48  # a nightly backup missed twice


@dataclass(frozen=True, slots=True)
class BackupHealth:
    state: str  # ok | off | old | failing
    reason: str


def _ago(seconds: float) -> str:
    hours = seconds / 3600
    return f"{hours:.0f} h ago" if hours >= 1 else f"{seconds / 60:.0f} min ago"


def backup_health(
    directory: Path | None,
    problem: str | None,
    files: list[BackupFile],
    now: datetime,
    *,
    last_failed: float | None = None,
    last_error: str = "",
) -> BackupHealth:
    if directory is None:
        return BackupHealth("off", "backup.dir is not set: the database is not backed up")
    if problem is not None:
        return BackupHealth("failing", problem)
    newest = files[0] if files else None
    if last_failed is not None and (newest is None or last_failed > newest.created.timestamp()):
        return BackupHealth("failing", f"the last backup failed {_ago(now.timestamp() - last_failed)}: {last_error}")
    if newest is None:
        return BackupHealth("old", f"no backup in {directory} yet: alexclaw backup, or wait for backup.schedule")
    age = newest.age_seconds(now)
    if age > STALE_AFTER_HOURS * 3600:
        return BackupHealth("old", f"the newest backup, {newest.name}, is {_ago(age)} (over {STALE_AFTER_HOURS} h)")
    return BackupHealth("ok", f"{newest.name}, {_ago(age)}, {newest.size} bytes; {len(files)} kept")
