"""The Discord gateway's settings, read once per start: a change to any of
them restarts the gateway (the watcher compares), so a running gateway
never sees half of an edit."""

from __future__ import annotations

import hashlib
from dataclasses import astuple, dataclass, field
from typing import Final
from urllib.parse import urlsplit

from gateways.ports import SettingsPort

DISCORD_PREFIX: Final = "discord."
DEFAULT_API: Final = "https://discord.com/api/v10"


def _text(reader: SettingsPort, key: str, default: str = "") -> str:
    value = reader.read(key)
    return default if value is None else str(value).strip()


def _flag(reader: SettingsPort, key: str, default: bool) -> bool:
    value = reader.read(key)
    if value is None:
        return default
    return value is True or str(value).strip().lower() in {"true", "1", "yes", "on"}


@dataclass(frozen=True)
class DiscordSettings:
    token: str = field(repr=False)
    guild_id: str = ""
    channel_id: str = ""
    owner_user_id: str = ""
    allow_dm: bool = False
    enabled: bool = True
    api_base_url: str = DEFAULT_API
    node: str = ""

    @classmethod
    def read(cls, reader: SettingsPort) -> DiscordSettings:
        return cls(
            token=_text(reader, "discord.bot_token"),
            guild_id=_text(reader, "discord.guild_id"),
            channel_id=_text(reader, "discord.channel_id"),
            owner_user_id=_text(reader, "discord.owner_user_id"),
            allow_dm=_flag(reader, "discord.allow_dm", False),
            enabled=_flag(reader, "discord.enabled", True),
            api_base_url=(_text(reader, "discord.api_base_url", DEFAULT_API) or DEFAULT_API).rstrip("/"),
            node=_text(reader, "discord.node"),
        )

    def why_not(self, node_name: str) -> str | None:
        """Why this node must not run the gateway, or None."""
        if not self.token:
            return "no bot token (discord.bot_token)"
        if not self.enabled:
            return "discord.enabled is false"
        if self.node and self.node != node_name:
            return f"discord.node is {self.node}, this node is {node_name}"
        return None

    @property
    def fingerprint(self) -> str:
        """Names these exact settings (a one-way digest: the token is not in it)."""
        return hashlib.sha256(repr(astuple(self)).encode()).hexdigest()[:16]

    @property
    def plain_websocket_allowed(self) -> bool:
        """``ws://`` only when the REST API itself is plain http, which the
        settings check allows on loopback only (a local fake or proxy)."""
        return urlsplit(self.api_base_url).scheme == "http"
