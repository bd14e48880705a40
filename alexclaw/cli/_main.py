"""The ``alexclaw`` command: ``alexclaw <group> <verb>``.

Exit codes: 0 success (and a clean stop after SIGTERM/SIGINT); 1 the node
or the command failed (see the log); 2 invalid settings or usage (bare
``alexclaw`` prints the help and exits 2), ``start`` on a data dir that a
running node holds, or ``start`` refused by the database role check (a
powerful role or an unmigrated schema in separate-roles mode). The scanners add their own (``cli._scan``). A reader
that closes the pipe early (``| head``) ends any command quietly, exit 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import psutil

from actors import StartError
from alexclaw.cli._common import database_command, emit, stdout_closed
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
    print(password_box(password, path))
    return 0


def password_box(password: str, path: Path) -> str:
    """The one-time password framed so it stands out of the install output."""
    lines = ["", "  Admin password (shown once, also in " + str(path) + "):", "", "      " + password, ""]
    width = max(len(line) for line in lines) + 2
    rule = "#" * (width + 2)
    return "\n".join(["", rule, *(f"#{line.ljust(width)}#" for line in lines), rule, ""])


def holder_line(data_dir: Path, pid: int) -> str:
    """One line naming the process that holds ``data_dir``: a node, or a
    one-shot command running a server of its own for a moment."""
    try:
        argv = psutil.Process(pid).cmdline() if pid else []
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        argv = []
    words = argv[argv.index("alexclaw") :] if "alexclaw" in argv else [Path(a).name for a in argv[-3:]]
    named = f"pid {pid}" + (f", {' '.join(words)!r}" if words else "") if pid else "a process"
    what = "a node is already running on" if not words or "start" in words else "another alexclaw command is using"
    return (
        f"alexclaw: {what} the data dir {data_dir} ({named}); "
        "stop it first, or give this node its own ALEXCLAW_DATA_DIR"
    )


def cmd_start(_args: argparse.Namespace) -> int:
    from alexclaw.storage import data_dir_holder

    settings = _settings()
    if settings is None:
        return 2
    if settings.embedded_database:
        # Before any child starts: the storage child would refuse too, but
        # through a crash, restarts and tracebacks that bury the reason.
        holder = data_dir_holder(settings.data_dir)
        if holder is not None:
            print(holder_line(settings.data_dir, holder), file=sys.stderr)
            return 2
    elif settings.database_url is not None:
        # The same reason the storage child would refuse with (a powerful
        # role, an unmigrated schema), said in one line before anything starts.
        from alexclaw.storage import start_refusal

        refused = asyncio.run(start_refusal(settings.database_url, settings.db_role_check))
        if refused is not None:
            print(f"alexclaw: {refused}", file=sys.stderr)
            return 2
    configure_logging(settings.log_level, settings.log_format, settings.secrets)
    return asyncio.run(_start(settings))


async def _start(settings: Settings) -> int:
    from alexclaw.application import run_node  # the whole node: imported only by the command that runs it

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


def cmd_migrate(args: argparse.Namespace) -> int:
    return database_command(lambda settings: _migrate(settings, args.grant_to))


async def _migrate(settings: Settings, grant_to: str | None = None) -> int:
    """Through the one path of every one-shot command: a running node's
    server, DATABASE_URL, or a server of its own. Then the vector indexes
    of the models in use and of the configured one (DDL a node running as
    the application role may not do), and with ``grant_to`` that role's
    rights (``storage._grants``). Exit 0 done, 1 a database error (nothing
    of the grant changed), 2 bad usage (argparse)."""
    from alexclaw.cli._memory import configured_model
    from alexclaw.memory import build_vector_indexes
    from alexclaw.storage import applied_versions, grant_application_role, open_pool, prepare_schema

    async with open_pool(settings) as pool, pool.acquire() as conn:
        await prepare_schema(conn)
        versions = await applied_versions(conn)
        built = await build_vector_indexes(conn, await configured_model(settings, conn))
        granted = None if grant_to is None else await grant_application_role(conn, grant_to)
    # stdout keeps its one line (scripts read the version); what else was
    # done is said on stderr.
    print(f"schema is at version {max(versions, default=0):04d}")
    for name in built:
        print(f"alexclaw: built vector index {name}", file=sys.stderr)
    if granted is not None:
        append_only = ", ".join(granted.append_only) or "none"
        print(
            f"alexclaw: granted {granted.role} the application rights on schema {granted.schema} "
            f"(append-only: {append_only})",
            file=sys.stderr,
        )
    return 0


def cmd_tree(_args: argparse.Namespace) -> int:
    from alexclaw.application import declared_tree

    print(declared_tree())
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from alexclaw.doctor import run_doctor

    found = asyncio.run(run_doctor(env_file=Path(args.env_file)))
    if args.json:
        emit(json.dumps(found.as_json(), indent=2))
    else:
        for line in found.lines():
            emit(line)
    # 1: a check failed or a high or critical finding (CI gates on it)
    return 1 if found.failing else 0


def cmd_config(args: argparse.Namespace) -> int:
    from alexclaw.cli._config import run

    return database_command(lambda settings: run(args, settings))


def cmd_llm(args: argparse.Namespace) -> int:
    from alexclaw.cli._llm import run

    return database_command(lambda settings: run(args, settings))


def package_version() -> str:
    try:
        return version("alexclaw")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="alexclaw", description="AlexClaw: a self-hosted personal AI agent node")
    parser.add_argument("--version", action="version", version=f"alexclaw {package_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser("init", help="create .env with fresh secrets (first run)")
    init.add_argument("--env-file", default=".env")
    init.set_defaults(run=cmd_init)
    commands.add_parser("start", help="run the node until SIGTERM/SIGINT").set_defaults(run=cmd_start)
    migrate = commands.add_parser(
        "migrate", help="apply database migrations and build vector indexes (as the owner role), then exit"
    )
    migrate.add_argument(
        "--grant-to",
        metavar="ROLE",
        help="grant this application role exactly the rights a node needs (run on every migrate)",
    )
    migrate.set_defaults(run=cmd_migrate)
    commands.add_parser("tree", help="print the declared supervision tree").set_defaults(run=cmd_tree)
    doctor = commands.add_parser(
        "doctor", help="check configuration and environment, and audit the security posture (exit 1: high findings)"
    )
    doctor.add_argument("--env-file", default=".env")
    doctor.add_argument("--json", action="store_true", help="the checks and findings as JSON")
    doctor.set_defaults(run=cmd_doctor)
    from alexclaw.cli._config import add_parsers

    add_parsers(commands)
    from alexclaw.cli._scan import add_parsers as add_scan_parsers

    add_scan_parsers(commands)
    from alexclaw.cli._workflow import add_parsers as add_workflow_parsers

    add_workflow_parsers(commands)
    commands.choices["config"].set_defaults(run=cmd_config)
    commands.choices["rotate-key"].set_defaults(run=cmd_config)
    commands.choices["audit"].set_defaults(run=cmd_config)
    from alexclaw.cli._llm import add_parsers as add_llm_parsers

    add_llm_parsers(commands)
    commands.choices["llm"].set_defaults(run=cmd_llm)
    from alexclaw.cli._unblock import add_parsers as add_unblock_parsers

    add_unblock_parsers(commands)
    from alexclaw.cli._memory import add_parsers as add_memory_parsers

    add_memory_parsers(commands)
    from alexclaw.cli._resource import add_parsers as add_resource_parsers

    add_resource_parsers(commands)
    from alexclaw.cli._connection import add_parsers as add_connection_parsers

    add_connection_parsers(commands)
    from alexclaw.cli._cluster import add_parsers as add_cluster_parsers

    add_cluster_parsers(commands)
    from alexclaw.cli._skill import add_parsers as add_skill_parsers

    add_skill_parsers(commands)
    from alexclaw.cli._backup import add_parsers as add_backup_parsers

    add_backup_parsers(commands)
    from alexclaw.cli._secret import add_parsers as add_secret_parsers

    add_secret_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command. A closed stdout (``| head``) is not an error: the
    reader has what it wanted (the Python docs' recipe: point stdout at
    /dev/null so the interpreter's final flush cannot fail again)."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            code = 2  # argparse's "usage" code: nothing was done
        else:
            code = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_closed()
        return 0
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
