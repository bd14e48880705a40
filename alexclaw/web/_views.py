"""Plain functions that turn node state into what the pages show."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Final

import psutil
from markupsafe import Markup

from actors import Process, live_count
from alexclaw.llm import utc_day
from supervisors import SupervisorBase, which_children

if TYPE_CHECKING:  # the type only: _views stays importable without the whole node state
    from alexclaw.web._state import WebState


@dataclass(frozen=True)
class TreeRow:
    path: str
    id: str
    depth: int
    kind: str  # supervisor | worker
    status: str
    restarts: int
    last_exit: str
    process: str


def tree_rows(root: Process | None) -> list[TreeRow]:
    """The live tree, depth first, from the published supervisor state."""
    if not isinstance(root, SupervisorBase) or not root.alive:
        return []
    rows = [TreeRow(root.label, root.label, 0, "supervisor", "running", 0, "", repr(root))]

    def walk(sup: SupervisorBase, path: str, depth: int) -> None:
        for child in which_children(sup):
            proc = child.process
            child_path = f"{path}/{child.id}"
            rows.append(
                TreeRow(
                    child_path,
                    child.id,
                    depth,
                    child.type.value,
                    child.status,
                    child.restarts,
                    child.last_exit or "",
                    repr(proc) if proc is not None else "",
                )
            )
            if isinstance(proc, SupervisorBase) and proc.alive:
                walk(proc, child_path, depth + 1)

    walk(root, root.label, 1)
    return rows


_ROW: Final = (
    '<tr data-path="{path}"><td class="mono indent-{depth}">{id}</td><td class="optional">{kind}</td>'
    '<td><span class="badge {status}">{status}</span></td><td class="restarts">{restarts}</td>'
    '<td class="mono optional">{last_exit}</td></tr>'
)
_rendered: list[tuple[tuple[TreeRow, ...], Markup]] = []  # the last table rendered, with its rows


def tree_table(rows: list[TreeRow]) -> Markup:
    """The dashboard's tree rows as HTML. The tree changes rarely (a
    restart, a child up or down) and is on every dashboard request: the
    last rendering is kept and reused while the rows are equal."""
    key = tuple(rows)
    if _rendered and _rendered[0][0] == key:
        return _rendered[0][1]
    html = Markup("\n").join(
        Markup(_ROW).format(  # noqa: S704 - a constant template; format() escapes every value
            path=row.path,
            depth=min(row.depth, 4),
            id=row.id,
            kind=row.kind,
            status=row.status,
            restarts=row.restarts,
            last_exit=row.last_exit,
        )
        for row in rows
    )
    _rendered[:] = [(key, html)]
    return html


def tree_json(root: Process | None) -> list[dict[str, Any]]:
    return [asdict(row) for row in tree_rows(root)]


_SELF = psutil.Process(os.getpid())
_MEMORY: list[float] = [0.0, 0.0]  # (read at, MB): /proc is read at most once a second


def _memory_mb() -> float:
    now = time.monotonic()
    if now - _MEMORY[0] > 1.0:
        _MEMORY[:] = [now, round(_SELF.memory_info().rss / 1_048_576, 1)]
    return _MEMORY[1]


def node_facts(started_at: float) -> dict[str, Any]:
    seconds = int(time.time() - started_at)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    uptime = (f"{days}d " if days else "") + f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return {
        "uptime": uptime,
        "memory_mb": _memory_mb(),
        "processes": live_count(),
        "pid": _SELF.pid,
    }


def llm_usage_rows(state: WebState) -> list[tuple[str, int, int, int, int]]:
    """Today's usage of each provider, from the two snapshots (no hop)."""
    today = utc_day(time.time())
    usage = state.llm_usage.read()
    rows = []
    for provider in state.llm_providers.read():
        used = usage.of(provider.name, today)
        rows.append((provider.name, used.calls, used.input_tokens, used.output_tokens, provider.daily_limit))
    return rows
