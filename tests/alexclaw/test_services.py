"""``Services`` is complete when built: no field is optional, none has a
default to fall back on, none is set later (issue 14: four services were
``None`` "until set by the node", and the pages asserted otherwise)."""

from __future__ import annotations

import dataclasses
import types
from pathlib import Path
from typing import Union, get_args, get_origin, get_type_hints

import pytest

from alexclaw import Node, Settings
from alexclaw.services import Services, build_services
from alexclaw.web import WebState

KEY = "services-test-key-" + "s" * 40


def _optional(hint: object) -> bool:
    return get_origin(hint) in (Union, types.UnionType) and type(None) in get_args(hint)


def test_no_field_of_services_is_optional_or_has_a_default() -> None:
    hints = get_type_hints(Services)
    for field in dataclasses.fields(Services):
        assert not _optional(hints[field.name]), f"Services.{field.name} may be None"
        assert field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING, field.name


def test_built_services_hold_a_value_for_every_field_and_cannot_be_changed_afterwards(tmp_path: Path) -> None:
    services = build_services(Settings(secret_key_base=KEY, data_dir=tmp_path), root_name="services-test-root")
    assert all(getattr(services, field.name) is not None for field in dataclasses.fields(Services))
    with pytest.raises(dataclasses.FrozenInstanceError):
        services.runs = services.runs  # type: ignore[misc]
    assert not hasattr(services, "__dict__")  # slots: no attribute can be added either


def test_every_skill_api_function_whose_subsystem_exists_has_its_backend_on_the_node(tmp_path: Path) -> None:
    services = build_services(Settings(secret_key_base=KEY, data_dir=tmp_path), root_name="services-test-root")
    backends = services.invoker.backends
    wired = {field.name for field in dataclasses.fields(backends) if getattr(backends, field.name) is not None}
    assert wired == {
        "llm", "telegram_send", "memory_read", "memory_write", "knowledge_read", "knowledge_write", "rag",
        "resources_read", "sql_query",
        "google", "gateway_send", "cluster_dispatch", "browser",
        "skill_write", "workflow_manage",  # the coder's: kept/staged files, "Auto:" workflows
        "db_backup",
    }  # fmt: skip


def test_a_node_that_never_started_has_its_services_and_no_root(tmp_path: Path) -> None:
    node = Node(Settings(secret_key_base=KEY, data_dir=tmp_path, node_name="alpha"))
    assert node.services.node_name == "alpha" and node.state.services is node.services
    assert node.state.runs is node.services.runs  # the pages' names are the services themselves
    assert node.services.root.process() is None and not node.services.root.serving
    assert node.dispatcher is node.services.dispatcher


def test_every_service_a_page_reads_by_name_is_that_service_of_the_node(tmp_path: Path) -> None:
    node = Node(Settings(secret_key_base=KEY, data_dir=tmp_path))
    shared = [name for name, value in vars(WebState).items() if type(value).__name__ == "_Service"]
    assert {"runs", "shield", "egress", "authorizer", "database", "config"} <= set(shared)
    for name in shared:
        assert getattr(node.state, name) is getattr(node.services, name) or name == "skills", name
    assert node.state.skills.all() == node.services.skills.all()
