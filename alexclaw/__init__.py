"""AlexClaw: the application — settings, storage, web, and the root tree.

Entry points: ``alexclaw.cli.main`` (the ``alexclaw`` command) and
``Node`` (the root supervision tree, for embedding and tests).

The root tree's names are imported on first use (PEP 562): importing any
``alexclaw`` module runs this file first, and the tree imports every part of
the node, so a command that needs only the database (``config get``,
``doctor``) would otherwise pay seconds of imports it never uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from alexclaw.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from alexclaw.application import ROOT_NAME, TASKS_NAME, Node, declared_tree, run_node

__all__ = ["ROOT_NAME", "TASKS_NAME", "Node", "Settings", "SettingsError", "declared_tree", "load_settings", "run_node"]

_FROM_APPLICATION = frozenset({"ROOT_NAME", "TASKS_NAME", "Node", "declared_tree", "run_node"})


def __getattr__(name: str) -> Any:
    if name in _FROM_APPLICATION:
        from alexclaw import application

        return getattr(application, name)
    raise AttributeError(f"module 'alexclaw' has no attribute {name!r}")
