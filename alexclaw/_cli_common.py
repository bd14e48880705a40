"""What every one-shot command that needs the database shares: settings
loaded (exit 2 with the reason when they are invalid), quiet logs with the
node's secrets masked, and a storage failure reported in one line (exit 1)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from actors import StartError
from alexclaw.logs import configure_logging
from alexclaw.settings import Settings, SettingsError, load_settings
from alexclaw.storage import StorageError


def database_command(work: Callable[[Settings], Coroutine[Any, Any, int]]) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 2
    configure_logging("WARNING", "text", settings.secrets)
    try:
        return asyncio.run(work(settings))
    except (StorageError, StartError) as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 1
