"""Each package has one front door: ``__init__`` declares ``__all__``, every
name in it resolves, and implementation modules stay private (``_*.py``)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

PACKAGES = ["actors", "supervisors", "skills", "gateways", "cluster", "alexclaw"]
ROOT = Path(__file__).resolve().parent.parent
# Public submodules, each with its own reason.
PUBLIC_MODULES = {
    "actors.testing",  # test helpers, like trio.testing
    "alexclaw.application",  # THE root tree (DESIGN §3)
    "alexclaw.cli",  # the console script's entry point
    "alexclaw.settings",
    "alexclaw.logs",
    "alexclaw.metrics",
    "alexclaw.inputs",  # the one reader of untrusted input: stdlib only, below every alexclaw package
    "alexclaw.doctor",
    "alexclaw.posture",  # the security posture audit doctor and the Posture page share (a module, like alexclaw.doctor)
    "alexclaw.log_buffer",  # the Logs page's ring, its handler and its actor (a module, like alexclaw.logs)
    "alexclaw.service_status",  # the Services page's checks (a module, like alexclaw.doctor)
    "alexclaw.storage",
    "alexclaw.storage.tree",  # each process-owning package has a tree.py
    "alexclaw.web",
    "alexclaw.web.tree",
    "alexclaw.web.pages",  # the admin UI's pages, for people with a session
    "alexclaw.web.machine",  # routes for machines with a key (the shield proxy, webhooks)
    "alexclaw.config",
    "alexclaw.wiring",  # implements the plugin packages' ports (DESIGN §3)
    "alexclaw.services",  # what every way into the node acts through, wired before the tree starts
    "skills.ports",  # the Protocols a plugin package declares
    "alexclaw.config.tree",
    "alexclaw.security",
    "alexclaw.security.tree",
    "skills.tree",
    "skills.builtin",  # the core skills (DESIGN §3: builtin/, one module per core skill)
    "skills.web",  # the core skills that reach the network (web, search, RSS, APIs, GitHub)
    "skills.google",  # the Google Calendar and Tasks skills (the token added by the node)
    "skills.dynamic",  # dynamic skills: the static checker, the sandbox, the SDK's place
    "alexclaw.dynamic_skills",  # dynamic skills on the node: pending/, load/reload/unload behind a code, boot check
    "alexclaw.workflows",
    "alexclaw.workflows.tree",
    "alexclaw.dispatcher",
    "alexclaw.invoke",  # the one way to run a skill
    "alexclaw.control",  # the node's local control socket and its client
    "alexclaw.control.tree",
    "alexclaw.llm",  # the LLM layer: providers, router, the guarded model call
    "alexclaw.connections",  # database connections and the read-only queries sql_query runs
    "alexclaw.webhooks",  # GitHub deliveries, their bindings and record
    "alexclaw.google",  # Google OAuth (PKCE), the token manager, the Google operations
    "alexclaw.llm.tree",
    "alexclaw.memory",  # memory and knowledge: the two stores, the local model, search
    "alexclaw.memory.tree",
    "alexclaw.memory.data",  # the local model's tokenizer file (package data, no code)
    "alexclaw.conversations",  # conversations with the model: the store, the request, the operations
    "alexclaw.reasoning",  # the reasoning loop: its phases as functions over a session, the model-JSON reader
    "alexclaw.reasoning.tree",
    "alexclaw.mcp",  # the MCP endpoint: keys, tools, resources, the gate in front of the SDK
    "alexclaw.mcp.tree",
    "alexclaw.automation",  # browser automation: the browser backend, its child process, the screenshots
    "alexclaw.backup",  # database backups, restore, data export and import, the nightly backup actor
    "alexclaw.secret_store",  # where credentials live: the built-in store or Vault/OpenBao, its token manager
    "alexclaw.secret_store.tree",
    "gateways.ports",  # the Protocols a plugin package declares
    "gateways.tree",
    "gateways.telegram",  # one front door per transport (DESIGN §3: gateways/telegram/)
    "gateways.discord",
    "alexclaw.__main__",
    "cluster.ports",  # the Protocols a plugin package declares
    "cluster.tree",
}


@pytest.mark.parametrize("package", PACKAGES)
def test_every_name_in_all_is_importable_from_the_front_door(package: str) -> None:
    module = importlib.import_module(package)
    assert isinstance(module.__all__, list)
    for name in module.__all__:
        assert hasattr(module, name), f"{package}.{name} is in __all__ but missing"


@pytest.mark.parametrize("package", PACKAGES)
def test_implementation_modules_are_private(package: str) -> None:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        last = info.name.rsplit(".", 1)[-1]
        if last.startswith("_") or info.name in PUBLIC_MODULES:
            continue
        if info.name.startswith(f"{package}.migrations"):
            continue
        pytest.fail(f"{info.name} is public but not listed as a deliberate front door")


def test_supervisors_front_door_has_the_otp_vocabulary() -> None:
    import supervisors

    for name in [
        "ChildSpec",
        "Restart",
        "ShutdownPolicy",  # issue 14: `Shutdown` is the exit reason (actors), this the stop policy
        "Strategy",
        "Supervisor",
        "DynamicSupervisor",
        "TaskSupervisor",
        "start_child",
        "terminate_child",
        "restart_child",
        "delete_child",
        "which_children",
        "count_children",
        "render_tree",
    ]:
        assert name in supervisors.__all__
    assert {r.name for r in supervisors.Restart} == {"PERMANENT", "TRANSIENT", "TEMPORARY"}
    assert {s.name for s in supervisors.Strategy} == {"ONE_FOR_ONE", "ONE_FOR_ALL", "REST_FOR_ONE"}


# Renamed apart on the invoke branch of issue 14 (skills.Outcome, a skill's
# result, versus the 2FA challenge's Outcome); remove when that merges.
def test_each_public_name_is_exported_by_exactly_one_front_door() -> None:
    owners: dict[str, list[str]] = {}
    for package in PACKAGES:
        root = importlib.import_module(package)
        names = [package] + [info.name for info in pkgutil.walk_packages(root.__path__, package + ".")]
        for name in names:
            if any(part.startswith("_") for part in name.split(".")):
                continue  # private, and __main__ (which runs the CLI when imported)
            for exported in getattr(importlib.import_module(name), "__all__", ()):
                owners.setdefault(exported, []).append(name)
    twice = {name: where for name, where in owners.items() if len(where) > 1}
    assert twice == {}


def private_imports(roots: list[str], *, mirrored: bool) -> list[str]:
    """``from a.b._c import ...`` outside package ``a.b``. Code belongs to its
    package (and may use the privates of the packages it is inside); a test
    belongs to the package its folder mirrors (``tests/alexclaw/web/`` →
    ``alexclaw.web``, which may also use ``alexclaw.web.pages``'s)."""
    wrong = []
    for root in roots:
        for path in sorted((ROOT / root).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            own = ".".join(parts[1:-1] if mirrored else parts[:-1])  # an __init__ is its folder's, too
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                    continue
                names = node.module.split(".")
                private = next((i for i, n in enumerate(names) if n.startswith("_") and not n.startswith("__")), None)
                if private is None or names[0] == "tests":
                    continue
                owner = ".".join(names[:private])
                inside = own == owner or own.startswith(owner + ".")
                below = mirrored and own.count(".") >= 1 and owner.startswith(own + ".")
                if not (inside or below):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.module}")
    return wrong


def test_no_module_imports_another_packages_private_module() -> None:
    assert private_imports(PACKAGES, mirrored=False) == []


def test_a_test_imports_only_the_private_modules_of_the_package_it_mirrors() -> None:
    # Other packages' tests use tests/<package>/support.py (the package's
    # tests own its insides) or the front door.
    assert private_imports(["tests"], mirrored=True) == []
