"""What a chat gateway hands the dispatcher and gets back, whatever the
transport: a message in, replies out, and announcements to the operator."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

ANNOUNCE_TOPIC: Final = "announcements"
STATUS_TOPIC: Final = "gateways.status"  # every GatewayStatus published, for whoever waits on a change


@dataclass(frozen=True, slots=True)
class InboundMessage:
    gateway: str  # "telegram", "discord", "web"
    chat_id: str
    text: str
    user: str = ""  # a display name, for logs
    message_id: str = ""
    redacted: tuple[str, ...] = ()  # kinds of credential masked out of ``text`` before it was stored


@dataclass(frozen=True, slots=True)
class Reply:
    text: str = ""
    photo: bytes | None = None  # sent as a photo with ``text`` as its caption
    markdown: bool = True  # formatting is tried, plain text is the fallback


@dataclass(frozen=True, slots=True)
class Announcement:
    """Something the operator should hear about on every active gateway
    (a breaker opened, a 2FA code is wanted, a workflow finished)."""

    text: str
    kind: str = "info"


@dataclass(frozen=True, slots=True)
class InboxItem:
    """An update stored in a gateway's inbox and not handled yet; ``started``
    says its dispatch began before a crash (it is not dispatched again)."""

    update_id: int
    payload: Mapping[str, Any]
    started: bool = False


class EgressRefused(Exception):
    """Raised by the application's egress transport before any connection
    when the guard refuses the address (private, link-local, metadata, or
    loopback without a grant); the message says which rule."""


@dataclass(frozen=True, slots=True)
class GatewayStatus:
    """What a gateway is doing, published for the pages (no actor asked):
    ``state`` is off / connecting / connected / token rejected /
    unreachable / refused / stopped; ``detail`` is the bot's @name when
    connected, else the reason or the last error."""

    state: str = "off"
    detail: str = ""
    mode: str = ""
    fingerprint: str = ""  # the settings it ran with: a settings change clears a final state

    @property
    def final(self) -> bool:
        """It will not try again until its settings change."""
        return self.state in {"token rejected", "refused", "stopped", "off"}

    @property
    def label(self) -> str:
        if self.state == "connected":
            return f"connected as {self.detail}" if self.detail else "connected"
        return f"{self.state}: {self.detail}" if self.detail else self.state
