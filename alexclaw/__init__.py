"""AlexClaw: the application — settings, storage, web, and the root tree.

Entry points: ``alexclaw.cli.main`` (the ``alexclaw`` command) and
``Node`` (the root supervision tree, for embedding and tests).
"""

from alexclaw.application import ROOT_NAME, TASKS_NAME, Node, declared_tree, run_node
from alexclaw.settings import Settings, SettingsError, load_settings

__all__ = ["ROOT_NAME", "TASKS_NAME", "Node", "Settings", "SettingsError", "declared_tree", "load_settings", "run_node"]
