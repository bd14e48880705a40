"""What every one-shot command that needs the database shares: settings
loaded (exit 2 with the reason when they are invalid), quiet logs with the
node's secrets masked, the one way to the database (``open_pool``: a
running node's server through its socket, DATABASE_URL, or a server of its
own), and a storage failure reported in one line (exit 1)."""

from __future__ import annotations

import asyncio
import getpass
import os
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import asyncpg

from actors import StartError
from alexclaw.logs import configure_logging
from alexclaw.security import Acting, Approver, Challenges, FixedPool
from alexclaw.settings import Settings, SettingsError, load_settings
from alexclaw.storage import MigrationError, StorageError


def acting() -> Acting:
    """The command line's principal: the host's user (the one place the CLI
    builds an ``Acting``; its entry is approved by the host)."""
    return Acting.cli(getpass.getuser())


def host_approver(pool: asyncpg.Pool) -> Approver:
    """The approver for a command working on its own pool: the privileged
    table gives the command line the host's proof (or refuses, audited),
    never a challenge, so no challenge is ever created from here."""
    return Approver(Challenges(), FixedPool(pool), lambda: False)


def database_command(work: Callable[[Settings], Coroutine[Any, Any, int]]) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 2
    configure_logging("WARNING", "text", settings.secrets)
    try:
        return asyncio.run(work(settings))
    except (StorageError, StartError, MigrationError) as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 1


def stdout_closed() -> None:
    """The reader closed our stdout (``| head``): point it at /dev/null, so
    the rest of the output and the interpreter's final flush go nowhere
    instead of raising again (the Python docs' recipe for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def emit(text: str) -> None:
    """Print a command's result line; a closed pipe is not an error, and the
    command still exits with its own code (a scanner's verdict)."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        stdout_closed()
