"""The gateway's settings, read once per start: a change to any of them
restarts the gateway (the watcher compares), so a running gateway never
sees half of an edit."""

from __future__ import annotations

import hashlib
from dataclasses import astuple, dataclass, field
from typing import Final

from gateways.ports import SettingsPort

PREFIX: Final = "telegram."
DEFAULT_API: Final = "https://api.telegram.org"


def _text(reader: SettingsPort, key: str, default: str = "") -> str:
    value = reader.read(key)
    return default if value is None else str(value).strip()


@dataclass(frozen=True)
class TelegramSettings:
    token: str = field(repr=False)
    chat_id: str = ""
    owner_user_id: str = ""
    enabled: bool = True
    mode: str = "polling"  # polling | webhook
    api_base_url: str = DEFAULT_API
    node: str = ""
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)

    @classmethod
    def read(cls, reader: SettingsPort) -> TelegramSettings:
        enabled = reader.read("telegram.enabled")
        return cls(
            token=_text(reader, "telegram.bot_token"),
            chat_id=_text(reader, "telegram.chat_id"),
            owner_user_id=_text(reader, "telegram.owner_user_id"),
            enabled=enabled is None or enabled is True or str(enabled).lower() in {"true", "1", "yes", "on"},
            mode=_text(reader, "telegram.mode", "polling").lower() or "polling",
            api_base_url=(_text(reader, "telegram.api_base_url", DEFAULT_API) or DEFAULT_API).rstrip("/"),
            node=_text(reader, "telegram.node"),
            webhook_url=_text(reader, "telegram.webhook_url").rstrip("/"),
            webhook_secret=_text(reader, "telegram.webhook_secret"),
        )

    def why_not(self, node_name: str) -> str | None:
        """Why this node must not run the gateway, or None."""
        if not self.token:
            return "no bot token (telegram.bot_token)"
        if not self.enabled:
            return "telegram.enabled is false"
        if self.node and self.node != node_name:
            return f"telegram.node is {self.node}, this node is {node_name}"
        if self.mode not in {"polling", "webhook"}:
            return f"telegram.mode is {self.mode!r}; use polling or webhook"
        if self.mode == "webhook" and not self.webhook_secret:
            return "webhook mode without telegram.webhook_secret (refused: anyone could post updates)"
        if self.mode == "webhook" and not self.webhook_url.startswith("https://"):
            return "webhook mode needs telegram.webhook_url, the node's public https:// address"
        return None

    @property
    def fingerprint(self) -> str:
        """Names these exact settings (a one-way digest: the token is not in it)."""
        return hashlib.sha256(repr(astuple(self)).encode()).hexdigest()[:16]

    @property
    def bot_base_url(self) -> str:
        """python-telegram-bot builds ``{base_url}{token}/{method}``."""
        return f"{self.api_base_url}/bot"

    @property
    def bot_file_url(self) -> str:
        return f"{self.api_base_url}/file/bot"
