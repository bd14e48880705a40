"""What a chat gateway hands the dispatcher and gets back, whatever the
transport: a message in, replies out, and announcements to the operator."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

ANNOUNCE_TOPIC: Final = "announcements"


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
