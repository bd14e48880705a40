"""Each name means one thing: a pub/sub topic is a constant named for what it
carries (``CONFIG_TOPIC``, ``RUNS_TOPIC``…), defined once, in the module that
publishes on it, and imported under that name everywhere; no two front doors
export different things under one name."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["actors", "supervisors", "skills", "gateways", "cluster", "alexclaw"]


def sources() -> Iterator[tuple[str, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield str(path.relative_to(ROOT)), ast.parse(path.read_text(), str(path))


def topic_definitions() -> list[tuple[str, str, str]]:
    """(module, constant, topic) for every module-level ``*TOPIC = "..."``."""
    found = []
    for module, tree in sources():
        for node in tree.body:
            target: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if isinstance(target, ast.Name) and target.id.endswith("TOPIC"):
                assert isinstance(value, ast.Constant) and isinstance(value.value, str), (module, target.id)
                found.append((module, target.id, value.value))
    return found


def test_every_topic_is_defined_once_under_a_name_that_says_what_it_carries() -> None:
    definitions = topic_definitions()
    assert len(definitions) >= 10
    unnamed = [(module, name) for module, name, _ in definitions if name == "TOPIC"]
    assert unnamed == [], "a bare TOPIC is renamed at each import; name it where it is defined"
    by_topic: dict[str, list[str]] = {}
    for module, name, topic in definitions:
        by_topic.setdefault(topic, []).append(f"{module}:{name}")
    assert {topic: where for topic, where in by_topic.items() if len(where) > 1} == {}
    names = [name for _, name, _ in definitions]
    assert len(names) == len(set(names)), "one constant name, one topic"


def test_a_topic_is_imported_under_the_name_it_was_defined_with() -> None:
    topics = {name for _, name, _ in topic_definitions()}
    aliased = [
        f"{module}: {alias.name} as {alias.asname}"
        for module, tree in sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name in topics and alias.asname not in (None, alias.name)
    ]
    assert aliased == []


@pytest.mark.parametrize("package", PACKAGES)
def test_a_shutdown_policy_and_an_exit_reason_are_two_names(package: str) -> None:
    # supervisors.ShutdownPolicy (how long a stop may take) is not
    # actors.Shutdown (why a process exited): no front door exports both meanings.
    module = importlib.import_module(package)
    if "Shutdown" in module.__all__:
        assert package == "actors"


def test_topics_are_published_and_subscribed_by_their_constant_not_a_literal() -> None:
    literal = [
        f"{module}:{node.lineno}"
        for module, tree in sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"publish", "subscribe", "unsubscribe"}
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert literal == []
