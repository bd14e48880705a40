"""Each package has one front door: ``__init__`` declares ``__all__``, every
name in it resolves, and implementation modules stay private (``_*.py``)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

PACKAGES = ["actors", "supervisors", "skills", "gateways", "cluster", "alexclaw"]
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
    "alexclaw.storage",
    "alexclaw.storage.tree",  # each process-owning package has a tree.py
    "alexclaw.web",
    "alexclaw.web.tree",
    "alexclaw.web.pages",  # the admin UI's pages, for people with a session
    "alexclaw.web.machine",  # routes for machines with a key (the shield proxy, webhooks)
    "alexclaw.config",
    "alexclaw.wiring",  # implements the plugin packages' ports (DESIGN §3)
    "skills.ports",  # the Protocols a plugin package declares
    "alexclaw.config.tree",
    "alexclaw.security",
    "alexclaw.security.tree",
    "skills.tree",
    "skills.builtin",  # the core skills (DESIGN §3: builtin/, one module per core skill)
    "alexclaw.workflows",
    "alexclaw.workflows.tree",
    "alexclaw.dispatcher",
    "alexclaw.control",  # the node's local control socket and its client
    "alexclaw.control.tree",
    "alexclaw.memory",  # memory and knowledge: the two stores, the local model, search
    "alexclaw.memory.tree",
    "alexclaw.memory.data",  # the local model's tokenizer file (package data, no code)
    "gateways.ports",  # the Protocols a plugin package declares
    "gateways.tree",
    "gateways.telegram",  # one front door per transport (DESIGN §3: gateways/telegram/)
    "alexclaw.__main__",
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
        "Shutdown",
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
