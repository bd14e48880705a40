"""What the Services page and the doctor say about backups: off, failing
(a directory problem, or a failure newer than the newest file), old after
two nights, else the newest file and its age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from alexclaw.backup import BackupFile, backup_health

NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


def file_of(hours_ago: float) -> BackupFile:
    created = NOW - timedelta(hours=hours_ago)
    name = created.strftime("alexclaw-%Y%m%dT%H%M%SZ.sql.gz")
    return BackupFile(name, Path("/b") / name, 1234, created)


def test_an_unset_directory_is_off_and_a_broken_one_is_failing() -> None:
    assert backup_health(None, "x", [], NOW).state == "off"
    health = backup_health(Path("/b"), "the backup directory /b does not exist", [], NOW)
    assert (health.state, health.reason) == ("failing", "the backup directory /b does not exist")


def test_a_failure_newer_than_the_newest_backup_is_shown_with_its_reason() -> None:
    failed_at = (NOW - timedelta(hours=1)).timestamp()
    health = backup_health(Path("/b"), None, [file_of(9)], NOW, last_failed=failed_at, last_error="disk full")
    assert health.state == "failing" and "1 h ago: disk full" in health.reason
    older_failure = (NOW - timedelta(hours=20)).timestamp()
    assert backup_health(Path("/b"), None, [file_of(9)], NOW, last_failed=older_failure).state == "ok"


def test_backups_are_old_after_two_nights_and_when_there_is_none() -> None:
    assert backup_health(Path("/b"), None, [], NOW).state == "old"
    stale = backup_health(Path("/b"), None, [file_of(49)], NOW)
    assert stale.state == "old" and "49 h ago" in stale.reason
    fresh = backup_health(Path("/b"), None, [file_of(9), file_of(33)], NOW)
    assert fresh.state == "ok" and "9 h ago" in fresh.reason and "2 kept" in fresh.reason
