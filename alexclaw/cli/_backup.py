"""``alexclaw backup`` and ``alexclaw restore FILE``.

    backup [--dir DIR] [--json]     a sealed pg_dump | gzip into backup.dir, or DIR (bytes written shown as it goes)
    restore FILE [--yes] [--json]   replace the database with FILE (asks you to type "restore" unless --yes)
    export-data [FILE] [--json]     settings (no secret), providers (no key), workflows as JSON
    import-data FILE                add an export's data (this node's format, or AlexClaw's alexclaw-data v1/v2)

Import is the host operator's act, as every command-line write is
(``config set``): no code is asked here; the Database page asks one.

Restore checks FILE whole first (gzip, its AlexClaw header, a schema
version not newer than this code, its seal under this node's
SECRET_KEY_BASE): a corrupt or foreign file is refused before anything is
dropped. Then it loads it in one transaction and re-runs the migrations.

The rule while a node runs: the command line restores only a database no
node is using — with the embedded server, no node may hold the data dir;
with DATABASE_URL, no other session may be connected. Otherwise it refuses
(exit 4) and says to restore from the node's Database page, where the node
stops its own parts, restores and starts them again, or to stop the node.

Exit codes: 0 done; 1 the backup or the restore failed (a restore is rolled
back: the database is as it was); 2 invalid settings or usage; 3 the file
was refused (nothing changed); 4 the database is in use (nothing changed);
5 not confirmed (nothing changed). import-data: 3 the file was refused
(nothing written)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from actors import Snapshot
from alexclaw.backup import (
    MAX_DATA_BYTES,
    BackupDone,
    BackupOperations,
    BackupStatus,
    DataOperations,
    RestoreRefused,
    seal_key,
    verify_backup,
)
from alexclaw.cli._common import acting, database_command, emit, host_approver
from alexclaw.config import ConfigHandle, Setting, ValueType, decrypt_row, load_rows
from alexclaw.inputs import InputError, read_json
from alexclaw.security import ChallengeView, Done, FixedPool, Invalid, NotAllowed, SecretBox
from alexclaw.settings import Settings
from alexclaw.storage import data_dir_holder, open_database

REFUSED, IN_USE, NOT_CONFIRMED = 3, 4, 5


async def _operations(
    settings: Settings, pool: asyncpg.Pool, dsn: str, directory: Path | None = None
) -> BackupOperations:
    box = SecretBox(settings.secret_key_base)
    async with pool.acquire() as conn:
        rows = {row.key: row for row in (decrypt_row(r, box) for r in await load_rows(conn))}
    if directory is not None:  # this one backup's directory (a volume only a backup job mounts)
        rows["backup.dir"] = _directory_setting(directory)
    config = ConfigHandle()
    config.publish(rows)
    return BackupOperations(
        host_approver(pool),
        FixedPool(pool),
        lambda: dsn,
        config,
        seal_key(settings.secret_key_base),
        Snapshot(BackupStatus()),
    )


def _directory_setting(directory: Path) -> Setting:
    text = str(directory.expanduser().resolve())
    return Setting(
        "backup.dir", text, text, ValueType.STRING, "backup", "this command's --dir", False, datetime.now(UTC)
    )


def _progress(as_json: bool) -> Any:
    if as_json:
        return None
    tty = sys.stderr.isatty()

    def show(written: int) -> None:
        text = f"{written / 1_048_576:.1f} MiB written"
        print(("\r" + text) if tty else text, end="" if tty else "\n", file=sys.stderr, flush=True)

    return show


async def backup(settings: Settings, as_json: bool, directory: Path | None = None) -> int:
    async with open_database(settings) as (pool, dsn):
        operations = await _operations(settings, pool, dsn, directory)
        done = await operations.back_up(acting(), _progress(as_json))
    if not as_json and sys.stderr.isatty():
        print(file=sys.stderr)
    if isinstance(done, BackupDone):
        if as_json:
            emit(json.dumps({"ok": True, "file": str(done.path), "size": done.size, "schema": done.schema,
                             "removed": list(done.removed)}))  # fmt: skip
        else:
            emit(f"{done.message} Kept the newest {operations.settings().max_files}.")
        return 0
    if as_json:
        emit(json.dumps({"ok": False, "error": done.reason}))
    else:
        print(f"alexclaw: {done.message}", file=sys.stderr)
    return 1


def _report(as_json: bool, code: int, message: str, **extra: Any) -> int:
    if as_json:
        emit(json.dumps({"ok": code == 0, "message": message, **extra}))
    elif code == 0:
        emit(message)
    else:
        print(f"alexclaw: {message}", file=sys.stderr)
    return code


async def restore(settings: Settings, file: Path, yes: bool, as_json: bool) -> int:
    checked = await verify_backup(file, seal_key(settings.secret_key_base))
    if isinstance(checked, RestoreRefused):
        return _report(as_json, REFUSED, checked.message)
    if settings.embedded_database and (holder := data_dir_holder(settings.data_dir)) is not None:
        return _report(
            as_json, IN_USE,
            f"a node (pid {holder}) is running on {settings.data_dir}: restore from its Database page "
            "(it stops its own parts, restores and starts them again), or stop it first",
        )  # fmt: skip
    if not yes:
        if not sys.stdin.isatty():
            return _report(as_json, NOT_CONFIRMED, "not confirmed: run it on a terminal, or pass --yes")
        print(f"This replaces the WHOLE database with {file.name} (taken {checked.created}).", file=sys.stderr)
        if (await asyncio.to_thread(input, 'Type "restore" to go on: ')).strip() != "restore":
            return _report(as_json, NOT_CONFIRMED, "not confirmed; nothing was changed")
    async with open_database(settings) as (pool, dsn):
        if settings.database_url:  # no data dir lock tells: another session is a node (or a tool) using it
            async with pool.acquire() as conn:
                others = await conn.fetchval(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                )
            if others > pool.get_size() - 1:  # this pool's other connection is not another session
                return _report(as_json, IN_USE, f"{others} other sessions use the database: stop the node first")
        operations = await _operations(settings, pool, dsn)
        outcome = await operations.restore(acting(), file, label=file.name)
    if isinstance(outcome, Done):
        code = 0 if outcome.message.startswith("Restored") else 1
        return _report(as_json, code, outcome.message)
    if isinstance(outcome, Invalid):
        return _report(as_json, REFUSED, outcome.message())
    if isinstance(outcome, (ChallengeView, NotAllowed)):  # never: the host's proof is in the table
        return _report(as_json, 1, "refused: the command line may not restore")
    return 1


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "backup":
        return await backup(settings, args.json, Path(args.dir) if args.dir else None)
    if args.command == "export-data":
        return await export_data(settings, args.file, args.json)
    if args.command == "import-data":
        return await import_data(settings, Path(args.file))
    return await restore(settings, Path(args.file), args.yes, args.json)


def add_parsers(commands: Any) -> None:
    made = commands.add_parser("backup", help="back the database up into backup.dir (sealed pg_dump | gzip)")
    made.add_argument("--json", action="store_true", help="one JSON object as the result")
    made.add_argument(
        "--dir", help="back up into this directory instead of backup.dir (a volume a backup job mounts); same checks"
    )
    made.set_defaults(run=lambda args: database_command(lambda settings: run(args, settings)))
    back = commands.add_parser("restore", help="replace the database with a backup file (checked first)")
    back.add_argument("file", metavar="FILE")
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    back.add_argument("--json", action="store_true", help="one JSON object as the result")
    back.set_defaults(run=lambda args: database_command(lambda settings: run(args, settings)))
    out = commands.add_parser("export-data", help="the node's settings, providers and workflows as JSON (no secret)")
    out.add_argument("file", metavar="FILE", nargs="?", help="where to write it (0600); default stdout")
    out.add_argument("--json", action="store_true", help="one JSON object as the result (with FILE)")
    out.set_defaults(run=lambda args: database_command(lambda settings: run(args, settings)))
    into = commands.add_parser("import-data", help="add the data of an export (this node's, or AlexClaw's)")
    into.add_argument("file", metavar="FILE")
    into.set_defaults(run=lambda args: database_command(lambda settings: run(args, settings)))


async def export_data(settings: Settings, file: str | None, as_json: bool) -> int:
    """The node's data as JSON into FILE (0600), or to stdout."""
    async with open_database(settings) as (pool, _dsn):
        document = await _data_operations(settings, pool).export(acting())
    text = json.dumps(document, indent=2)
    if file is None:
        emit(text)
        return 0
    path = Path(file)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    counts = {k: len(document[k]) for k in ("settings", "providers", "workflows")}
    reenter = document["credentials_to_reenter"]
    if as_json:
        emit(json.dumps({"ok": True, "file": str(path), **counts, "credentials_to_reenter": reenter}))
    else:
        what = f"{counts['settings']} settings, {counts['providers']} providers and {counts['workflows']} workflows"
        emit(f"Exported {what} to {path}; credentials to re-enter after import: {len(reenter)}.")
    return 0


async def import_data(settings: Settings, file: Path) -> int:
    """Refused (exit 3) before anything is written when the file is not a
    readable export of a schema this code knows."""
    try:
        data = read_json(await asyncio.to_thread(file.read_bytes), str(file.name), max_bytes=MAX_DATA_BYTES)
    except (OSError, InputError) as exc:
        print(f"alexclaw: {file}: {exc}", file=sys.stderr)
        return REFUSED
    async with open_database(settings) as (pool, _dsn):
        # The host's operator, as for every command-line write (config set):
        # the privileged table gives the command line the host's proof.
        outcome = await _data_operations(settings, pool).import_(acting(), data, label=file.name)
    if isinstance(outcome, Invalid):
        print(f"alexclaw: {outcome.message('not imported: ')}", file=sys.stderr)
        return REFUSED
    if isinstance(outcome, Done):
        emit(outcome.message)
        return 0
    print("alexclaw: refused: the command line may not import", file=sys.stderr)  # never: HOST is in the table
    return 1


def _data_operations(settings: Settings, pool: asyncpg.Pool) -> DataOperations:
    return DataOperations(host_approver(pool), FixedPool(pool), SecretBox(settings.secret_key_base), settings.node_name)
