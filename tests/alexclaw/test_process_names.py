"""Every registered process is named ``<package>.<role>``: the package whose
code the process runs (``alexclaw.security.challenges``, ``gateways.watcher``)
and one snake_case word for its role; a subtree's supervisor may carry its
package's own name (``alexclaw``, ``gateways``). Checked on a running node,
where the names are: whatever the tree starts, under any setting."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from pathlib import Path

from actors import AsyncActor, live_processes, registered_names, whereis
from alexclaw import Node
from tests.alexclaw.test_application import settings_for

ROLE = re.compile(r"[a-z][a-z0-9_]*")
KERNEL = ("actors.", "supervisors.")  # generic process kinds: a TaskSupervisor, a Supervisor…


def is_package(name: str) -> bool:
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return False
    return spec is not None and spec.submodule_search_locations is not None


def package_of(module: str) -> str:
    """The package a module belongs to: itself if it is one, else its parent."""
    return module if is_package(module) else module.rsplit(".", 1)[0]


def misnamed(names: Iterable[str]) -> list[str]:
    """Each registered name that breaks the rule, with the reason."""
    wrong = []
    for name in names:
        process = whereis(name)
        module = type(process).__module__
        generic = module.startswith(KERNEL)
        if generic and is_package(name):
            continue  # a subtree's supervisor, named after its package
        package, _, role = name.rpartition(".")
        if not is_package(package) or not ROLE.fullmatch(role):
            wrong.append(f"{name}: not <package>.<role>")
        elif not generic and package_of(module) != package:
            wrong.append(f"{name}: runs {module}, not code of {package}")
    return sorted(wrong)


async def test_every_process_a_started_node_registers_is_named_package_dot_role(
    database_url: str, tmp_path: Path
) -> None:
    node = Node(settings_for(database_url, tmp_path))
    await node.start()
    try:
        assert {"alexclaw", "alexclaw.security.challenges", "gateways.watcher"} <= set(registered_names())
        assert misnamed(registered_names()) == []
    finally:
        await node.stop()
    assert live_processes() == []


class Stray(AsyncActor):
    """A process whose code lives in the tests, not in the package its name claims."""


async def test_a_name_that_claims_another_package_or_is_not_a_role_is_reported() -> None:
    stray = await Stray().start(name="alexclaw.stray")
    odd = await Stray().start(name="tests.alexclaw.Odd-Role")
    try:
        assert misnamed(["alexclaw.stray", "tests.alexclaw.Odd-Role"]) == [
            f"alexclaw.stray: runs {__name__}, not code of alexclaw",
            "tests.alexclaw.Odd-Role: not <package>.<role>",
        ]
    finally:
        await stray.stop()
        await odd.stop()
