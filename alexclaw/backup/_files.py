"""The backup files in ``backup.dir``: their names, the list the Database
page shows, rotation, and the one way a name from outside (a download, a
restore chosen on the page) becomes a path — only a name matching the
pattern, looked up in the directory, never a path."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

NAME_FORMAT: Final = "alexclaw-%Y%m%dT%H%M%SZ.sql.gz"
NAME_PATTERN: Final = re.compile(r"alexclaw-(\d{8}T\d{6}Z)\.sql\.gz")
PARTIAL_SUFFIX: Final = ".partial"


@dataclass(frozen=True, slots=True)
class BackupFile:
    name: str
    path: Path
    size: int
    created: datetime  # from the name (UTC)

    def age_seconds(self, now: datetime) -> float:
        return (now - self.created).total_seconds()


def backup_name(at: datetime) -> str:
    return at.astimezone(UTC).strftime(NAME_FORMAT)


def _created(name: str) -> datetime | None:
    match = NAME_PATTERN.fullmatch(name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def list_backups(directory: Path) -> list[BackupFile]:
    """The backups in ``directory``, newest first (nothing when it is unreadable)."""
    found = []
    try:
        entries = list(directory.iterdir())
    except OSError:
        return []
    for entry in entries:
        created = _created(entry.name)
        if created is None or entry.is_symlink() or not entry.is_file():
            continue
        found.append(BackupFile(entry.name, entry, entry.stat().st_size, created))
    return sorted(found, key=lambda f: f.name, reverse=True)


def find_backup(directory: Path, name: str) -> BackupFile | None:
    """The backup called ``name`` in ``directory``; None for any other name
    (a path, ``..``, a file that does not match the pattern)."""
    if NAME_PATTERN.fullmatch(name) is None:
        return None
    return next((f for f in list_backups(directory) if f.name == name), None)


def rotate(directory: Path, keep: int) -> list[str]:
    """Remove all but the newest ``keep`` backups (at least one is kept);
    returns the names removed."""
    removed = []
    for old in list_backups(directory)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.name)
    return removed
