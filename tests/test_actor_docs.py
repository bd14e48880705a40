"""Every actor of the application says, in its docstring, what each of its
hooks does — and so what happens on a raise and what callers get — as
``actors/_async_actor.py`` does for the kernel."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPLICATION = ["skills", "gateways", "cluster", "alexclaw"]
ACTOR_BASES = {"AsyncActor", "ThreadActor"}
HOOKS = ("handle_call", "handle_cast", "handle_info", "terminate")


def actors() -> list[tuple[str, ast.ClassDef]]:
    found = []
    for package in APPLICATION:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id in ACTOR_BASES for base in node.bases
                ):
                    found.append((f"{path.relative_to(ROOT)}:{node.name}", node))
    return found


def test_each_hook_an_actor_overrides_is_described_in_its_docstring() -> None:
    found = actors()
    assert len(found) >= 20
    undocumented = []
    for where, node in found:
        doc = ast.get_docstring(node) or ""
        overridden = {item.name for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)}
        undocumented += [f"{where}.{hook}" for hook in HOOKS if hook in overridden and f"``{hook}``" not in doc]
    assert undocumented == []
