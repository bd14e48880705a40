"""The ``alexclaw`` command.

Exit codes: 0 success (and a clean stop after SIGTERM/SIGINT); 1 the node
or the command failed (see the log); 2 invalid settings or usage.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

from actors import Process, StartError
from alexclaw.application import declared_tree, run_node
from alexclaw.logs import configure_logging
from alexclaw.settings import Settings, SettingsError, load_settings, write_env_file

log = logging.getLogger("alexclaw")


def _settings() -> Settings | None:
    try:
        return load_settings()
    except SettingsError as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return None


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.env_file)
    password = write_env_file(path)
    if password is None:
        print(f"{path} exists; leaving it as it is.")
        return 0
    print(f"Created {path} with a new SECRET_KEY_BASE and ADMIN_PASSWORD.")
    print(f"Admin password (shown once, also in {path}): {password}")
    return 0


def cmd_start(_args: argparse.Namespace) -> int:
    settings = _settings()
    if settings is None:
        return 2
    configure_logging(settings.log_level, settings.log_format, settings.secrets)
    return asyncio.run(_start(settings))


async def _start(settings: Settings) -> int:
    loop = asyncio.get_running_loop()
    stop: asyncio.Future[None] = loop.create_future()

    def request_stop() -> None:
        if not stop.done():
            stop.set_result(None)

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, request_stop)
    try:
        return await run_node(settings, stop)
    except StartError as exc:
        log.error("the node failed to start: %s", exc)
        return 1


def cmd_migrate(_args: argparse.Namespace) -> int:
    settings = _settings()
    if settings is None:
        return 2
    configure_logging(settings.log_level, settings.log_format, settings.secrets)
    try:
        version = asyncio.run(_migrate(settings))
    except StartError as exc:
        log.error("migration failed: %s", exc)
        return 1
    print(f"schema is at version {version:04d}")
    return 0


async def _migrate(settings: Settings) -> int:
    from alexclaw.storage import DatabaseHandle, applied_versions, storage_spec

    handle = DatabaseHandle()
    storage = await storage_spec(lambda: settings, handle).start()
    assert isinstance(storage, Process)
    try:
        async with handle.pool().acquire() as conn:
            versions = await applied_versions(conn)
    finally:
        await storage.stop(timeout=30)
    return max(versions, default=0)


def cmd_tree(_args: argparse.Namespace) -> int:
    print(declared_tree())
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from alexclaw.doctor import FAIL, run_checks

    checks = asyncio.run(run_checks(env_file=Path(args.env_file)))
    for check in checks:
        print(check.line())
    return 1 if any(c.status == FAIL for c in checks) else 0


def cmd_config(args: argparse.Namespace) -> int:
    from alexclaw import _cli_config
    from alexclaw._cli_common import database_command

    return database_command(lambda settings: _cli_config.run(args, settings))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="alexclaw", description="AlexClaw: a self-hosted personal AI agent node")
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init", help="create .env with fresh secrets (first run)")
    init.add_argument("--env-file", default=".env")
    init.set_defaults(run=cmd_init)
    commands.add_parser("start", help="run the node until SIGTERM/SIGINT").set_defaults(run=cmd_start)
    commands.add_parser("migrate", help="apply database migrations and exit").set_defaults(run=cmd_migrate)
    commands.add_parser("tree", help="print the declared supervision tree").set_defaults(run=cmd_tree)
    doctor = commands.add_parser("doctor", help="check configuration and environment")
    doctor.add_argument("--env-file", default=".env")
    doctor.set_defaults(run=cmd_doctor)
    from alexclaw._cli_config import add_parsers

    add_parsers(commands)
    from alexclaw._cli_scan import add_parsers as add_scan_parsers

    add_scan_parsers(commands)
    from alexclaw._cli_workflow import add_parsers as add_workflow_parsers

    add_workflow_parsers(commands)
    commands.choices["config"].set_defaults(run=cmd_config)
    commands.choices["rotate-key"].set_defaults(run=cmd_config)
    commands.choices["audit"].set_defaults(run=cmd_config)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
