"""What every one-shot command that needs the database shares: settings
loaded (exit 2 with the reason when they are invalid), quiet logs with the
node's secrets masked, the one way to the database (``open_pool``: a
running node's server through its socket, DATABASE_URL, or a server of its
own), and a storage failure reported in one line (exit 1)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from actors import StartError
from alexclaw.logs import configure_logging
from alexclaw.settings import Settings, SettingsError, load_settings
from alexclaw.storage import MigrationError, StorageError


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
