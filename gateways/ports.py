"""What gateways need from the application, as Protocols;
``alexclaw.wiring`` implements them and the tree hands them in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import httpx

from gateways._contract import InboundMessage, InboxItem, Reply


class DispatcherPort(Protocol):
    async def handle(self, message: InboundMessage) -> Sequence[Reply]:
        """Deterministic commands first; the replies to send back, in order."""
        ...

    def repeatable(self, message: InboundMessage) -> bool:
        """True when handling the message twice does no harm (a read such as
        /ping): the gateway then skips the durable started-mark for it."""
        ...


class SettingsPort(Protocol):
    def read(self, key: str) -> Any:
        """A run-time setting's current value (secrets in clear: the gateway
        needs its token); None when unset."""
        ...


class InboxPort(Protocol):
    """Durable gateway state: the confirmed offset, the inbox of received
    updates, and the chats that wrote without being the operator."""

    async def next_offset(self, gateway: str) -> int | None: ...

    async def receive(
        self, gateway: str, updates: Sequence[tuple[int, Mapping[str, Any]]], next_offset: int | None
    ) -> None:
        """Store updates (ignoring ones already stored) and, when given,
        the new offset — in one transaction."""
        ...

    async def unhandled(self, gateway: str, limit: int = 100) -> Sequence[InboxItem]:
        """Updates not handled yet, oldest first."""
        ...

    async def mark_started(self, gateway: str, update_id: int) -> None:
        """Durably: this update is about to be dispatched."""
        ...

    async def mark_handled(self, gateway: str, update_ids: Sequence[int]) -> None: ...

    async def record_failure(self, gateway: str, update_id: int, error: str, excerpt: str) -> int:
        """Durably: handling this update failed once more (``error`` is the
        exception's class, ``excerpt`` a short text with no secret in it).
        Returns how many attempts have failed so far."""
        ...

    async def set_aside(
        self, gateway: str, update_id: int, error: str, excerpt: str, payload: Mapping[str, Any] | None = None
    ) -> None:
        """Durably, with its audit row: this update is poisoned — recorded
        with why, never handled again. ``payload`` stores an update that was
        refused before it reached the inbox (its shape was unusable)."""
        ...

    async def note_pending(
        self, gateway: str, chat_id: str, title: str, username: str, *, user_id: str = "", user_name: str = ""
    ) -> None:
        """A chat that wrote without being the operator's, with its sender
        (adopting it makes that sender the owner user)."""
        ...


class EgressPort(Protocol):
    """The application's egress guard for a gateway's outbound traffic:
    every connection goes to an address the guard vetted and pinned (https
    only; loopback only by the application's explicit grant; private,
    link-local and metadata addresses refused with ``EgressRefused``)."""

    def transport(self) -> httpx.AsyncBaseTransport:
        """A fresh transport for one HTTP client (the client closes it)."""
        ...

    async def address(self, url: str) -> str:
        """The vetted address a connection that is not an HTTP client's (a
        websocket: ``wss``/``ws`` are judged as ``https``/``http``) must
        dial for ``url``, by the same rules; raises ``EgressRefused``, or
        ``OSError`` when the name does not resolve."""
        ...


class LeaseHold(Protocol):
    """A gateway lease this node holds: a database session of its own
    holding the gateway's advisory lock."""

    async def check(self) -> bool:
        """True while the session (and so the lock) is alive; False once it
        is gone or does not answer in time. Never raises."""
        ...

    async def release(self) -> None:
        """End the session (the lock goes with it). Never raises."""
        ...


class LeasePort(Protocol):
    """The election of one node per gateway through the database the nodes
    share. Every method answers a value: a database outage is "not held",
    "nobody known", "not alive", never an exception."""

    async def acquire(self, gateway: str, node: str) -> LeaseHold | None:
        """The lease for ``gateway`` taken by ``node``, or None when another
        node holds it (or the database cannot be reached)."""
        ...

    async def holder(self, gateway: str) -> str | None:
        """The node holding the lease now; None when nobody does or it
        cannot be told."""
        ...

    async def alive(self, node: str) -> bool:
        """True when a node of that name is running on this database."""
        ...
