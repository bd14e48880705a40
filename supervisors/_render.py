"""Text pictures of supervision trees: ``render_tree`` for a running tree
(each child, its state and restart count) and ``render_spec`` for a
declared one (what ``alexclaw tree`` prints and the docs must match)."""

from __future__ import annotations

from collections.abc import Iterator

from actors import Process, resolve
from supervisors._base import ChildInfo, SupervisorBase
from supervisors._dynamic import DynamicSupervisor
from supervisors._spec import ChildSpec
from supervisors._supervisor import Supervisor

_DYNAMIC_ROWS = 20  # a run supervisor may hold thousands; show a sample


def _kind(sup: SupervisorBase) -> str:
    if isinstance(sup, Supervisor):
        return f"supervisor {sup.strategy.value}, intensity {sup.intensity}/{sup.period:g}s"
    assert isinstance(sup, DynamicSupervisor)
    cap = "unlimited" if sup.max_children is None else sup.max_children
    return f"dynamic supervisor, max_children {cap}, intensity {sup.intensity}/{sup.period:g}s"


def render_tree(root: Process | str) -> str:
    """The running tree under ``root``, one line per child."""
    sup = resolve(root)
    if not isinstance(sup, SupervisorBase):
        return f"{sup} (not a supervisor)"
    lines = [f"{sup.label}  [{_kind(sup)}]"]
    lines.extend(_children_lines(sup, ""))
    return "\n".join(lines)


def _children_lines(sup: SupervisorBase, indent: str) -> Iterator[str]:
    assert isinstance(sup, (Supervisor, DynamicSupervisor))
    rows: list[ChildInfo] = sup.which_children()
    hidden = 0
    if isinstance(sup, DynamicSupervisor) and len(rows) > _DYNAMIC_ROWS:
        hidden = len(rows) - _DYNAMIC_ROWS
        rows = rows[:_DYNAMIC_ROWS]
    for index, row in enumerate(rows):
        last = index == len(rows) - 1 and not hidden
        branch = "└── " if last else "├── "
        proc = row.process
        what = f"{proc!r}" if proc is not None else "-"
        line = f"{indent}{branch}{row.id}  {row.status}  restarts={row.restarts}  {what}"
        if isinstance(proc, SupervisorBase):
            line += f"  [{_kind(proc)}]"
        yield line
        if isinstance(proc, SupervisorBase):
            yield from _children_lines(proc, indent + ("    " if last else "│   "))
    if hidden:
        yield f"{indent}└── … {hidden} more"


def render_spec(spec: ChildSpec) -> str:
    """The declared tree of a spec (no process is started)."""
    head = f"{spec.id}  [{spec.info}]" if spec.info else spec.id
    return "\n".join([head, *_spec_lines(spec.children, "")])


def _spec_lines(children: tuple[ChildSpec, ...], indent: str) -> Iterator[str]:
    for index, child in enumerate(children):
        last = index == len(children) - 1
        branch = "└── " if last else "├── "
        detail = f"  [{child.info}]" if child.info else ""
        yield f"{indent}{branch}{child.id}{detail}"
        yield from _spec_lines(child.children, indent + ("    " if last else "│   "))
