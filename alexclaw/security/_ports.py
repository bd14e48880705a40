"""What the security package needs from the layers above it, as ports.

Security sits below configuration in the application's layers (config
encrypts, audits and approves with security's pieces), so its actors read
settings through ``SettingsReader`` and are told the topic that announces a
change; ``alexclaw.application`` hands in the config handle and its topic.
"""

from __future__ import annotations

from typing import Any, Protocol


class SettingsReader(Protocol):
    """Reads one setting's current value (``alexclaw.config.ConfigHandle`` is one)."""

    def get(self, key: str, default: Any = None) -> Any: ...
