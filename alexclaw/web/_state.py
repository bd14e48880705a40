"""What the web layer reads about the node: published by the application
(plain attributes, set on the loop thread), never fetched from an actor."""

from __future__ import annotations

from dataclasses import dataclass, field

from actors import Process
from alexclaw.config import ConfigHandle
from alexclaw.storage import DatabaseHandle


@dataclass
class NodeState:
    database: DatabaseHandle = field(default_factory=DatabaseHandle)
    config: ConfigHandle = field(default_factory=ConfigHandle)
    root: Process | None = None
    tree_started: bool = False
    ready_hint: bool = False  # last /readyz verdict, for the metrics gauge
