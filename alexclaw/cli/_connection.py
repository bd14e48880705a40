"""``alexclaw connection …``: the databases ``sql_query`` steps read, from
the command line, against the database (also while a node runs).

    connection list [--json]   every connection: where, TLS, grant, password (set or not), last test
    connection test NAME       connect and SELECT 1 now; the server's words when it fails

``--json`` never carries a password, only whether one is set and for which
host. A test is audited (``db_connection.tested``) as ``cli:<user>``.

Exit codes: 0 done (``test``: it answered); 1 no database; 2 refused (no
such connection) or, for ``test``, it did not answer."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from alexclaw.cli._common import acting, database_command, emit, host_approver
from alexclaw.connections import ConnectionOperations, DbConnection
from alexclaw.secret_store import command_store
from alexclaw.security import Invalid
from alexclaw.settings import Settings
from alexclaw.storage import open_pool


def connection_json(connection: DbConnection) -> dict[str, Any]:
    state = connection.state
    return {
        "id": connection.id, "name": connection.name, "host": connection.host, "port": connection.port,
        "database": connection.database, "user": connection.user, "tls": connection.tls,
        "password_set": connection.password_here, "allow_private": connection.granted_here,
        "last_test_at": state.last_test_at.isoformat() if state.last_test_at else None,
        "last_test_error": state.last_test_error,
    }  # fmt: skip


def _line(connection: DbConnection) -> str:
    state = connection.state
    notes = [
        f"tls {connection.tls}",
        *([f"private allowed: {state.granted_host}"] if connection.granted_here else []),
        "password set" if connection.password_here else "no password",
    ]
    if state.last_test_at is not None:
        notes.append(f"tested {state.last_test_at.isoformat(timespec='seconds')}: {state.last_test_error or 'answers'}")
    where = f"{connection.user}@{connection.host}:{connection.port}/{connection.database}"
    return f"#{connection.id}  {connection.name}  {where}  ({'; '.join(notes)})"


async def run(args: argparse.Namespace, settings: Settings) -> int:
    async with command_store(settings) as store, open_pool(settings) as pool:
        operations = ConnectionOperations(host_approver(pool), store)
        if args.connection_command == "list":
            found = await operations.list()
            if args.json:
                emit(json.dumps([connection_json(c) for c in found]))
            for connection in () if args.json else found:
                emit(_line(connection))
            if not found and not args.json:
                emit("no connections")
            return 0
        tested = await operations.test(acting(), args.name)
    if isinstance(tested, Invalid):
        print(f"alexclaw: {tested.message()}", file=sys.stderr)
        return 2
    if tested.value is not None:
        print(f"alexclaw: {tested.message}", file=sys.stderr)
        return 2
    emit(tested.message)
    return 0


def cmd_connection(args: argparse.Namespace) -> int:
    return database_command(lambda settings: run(args, settings))


def add_parsers(commands: Any) -> None:
    connection = commands.add_parser("connection", help="the databases sql_query steps read")
    sub = connection.add_subparsers(dest="connection_command", metavar="SUBCOMMAND", required=True)
    listing = sub.add_parser("list", help="every connection, its grant, password (set or not) and last test")
    listing.add_argument("--json", action="store_true", help="one JSON list (never a password)")
    test = sub.add_parser("test", help="connect and SELECT 1 now")
    test.add_argument("name", help="the connection's name")
    connection.set_defaults(run=cmd_connection)
