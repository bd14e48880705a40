"""Database backups and data export: ``pg_dump`` → gzip files in
``backup.dir`` (sealed, rotated, checked before restore), the restore that
refuses a corrupt or foreign file before it drops anything, and the checks
of the directory (a mounted volume in a container)."""

from alexclaw.backup._data import FORMAT, MAX_DATA_BYTES, export_data, read_data
from alexclaw.backup._dump import BackupDone, BackupFailed, database_facts, open_private, write_backup
from alexclaw.backup._files import NAME_PATTERN, BackupFile, backup_name, find_backup, list_backups, rotate
from alexclaw.backup._format import Header, check_backup_file, seal_key
from alexclaw.backup._health import STALE_AFTER_HOURS, BackupHealth, backup_health
from alexclaw.backup._operations import (
    DATA_IMPORT,
    DATABASE_BACKUP,
    DATABASE_RESTORE,
    BackupOperations,
    BackupStatus,
    DataOperations,
    Quiesce,
    backup_age,
)
from alexclaw.backup._place import (
    check_directory,
    directory_problem,
    in_container,
    is_mount_point,
    mount_points,
)
from alexclaw.backup._quiesce import stop_the_world
from alexclaw.backup._restore import (
    Restored,
    RestoreFailed,
    RestoreRefused,
    latest_schema,
    restore_backup,
    verify_backup,
)
from alexclaw.backup._scheduler import BACKUP_SCHEDULER_NAME, BackupScheduler, next_backup, tick
from alexclaw.backup._stats import TableStats, database_size, table_stats
from alexclaw.backup._tools import embedded_bin_dir, find_program

__all__ = [
    "DATA_IMPORT",
    "DataOperations",
    "FORMAT",
    "MAX_DATA_BYTES",
    "export_data",
    "read_data",
    "STALE_AFTER_HOURS",
    "BackupHealth",
    "backup_health",
    "BACKUP_SCHEDULER_NAME",
    "BackupScheduler",
    "next_backup",
    "tick",
    "DATABASE_BACKUP",
    "DATABASE_RESTORE",
    "BackupOperations",
    "BackupStatus",
    "Quiesce",
    "backup_age",
    "NAME_PATTERN",
    "BackupDone",
    "BackupFailed",
    "BackupFile",
    "Header",
    "RestoreFailed",
    "RestoreRefused",
    "Restored",
    "backup_name",
    "check_directory",
    "check_backup_file",
    "database_facts",
    "directory_problem",
    "embedded_bin_dir",
    "find_backup",
    "find_program",
    "in_container",
    "is_mount_point",
    "latest_schema",
    "list_backups",
    "mount_points",
    "open_private",
    "restore_backup",
    "rotate",
    "seal_key",
    "table_stats",
    "database_size",
    "TableStats",
    "stop_the_world",
    "verify_backup",
    "write_backup",
]
