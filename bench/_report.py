"""The one output format of every benchmark: a ``BENCH`` line per figure,
with its ratio to a baseline measured in the same run when there is one."""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any


def line(name: str, value: float, unit: str, ratio: float | None = None, baseline: str | None = None) -> None:
    text = f"BENCH {name} {value:.3f} {unit}"
    if ratio is not None:
        text += f" ratio={ratio:.2f} vs {baseline}"
    print(text, flush=True)


def on_embedded_postgres(run: Callable[[str, Path], Coroutine[Any, Any, None]], *, log_level: int) -> None:
    """Run ``run(dsn, data_dir)`` against a durable embedded PostgreSQL in a
    temporary directory, stopped (and the directory removed) afterwards."""
    from alexclaw.storage import start_server, stop_server

    logging.basicConfig(level=log_level)
    with tempfile.TemporaryDirectory() as tmp:
        server, info = start_server(Path(tmp) / "pg", durable=True)
        try:
            asyncio.run(run(info.dsn, Path(tmp) / "data"))
        finally:
            stop_server(server)
