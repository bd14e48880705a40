"""Membership: the one owner of the peer table.

Every link claims its verified peer name here before it is up, so two live
links for one name cannot exist (a name is unique, as the database presence
lock makes it among nodes sharing a database). The table is published as a
``ClusterView`` snapshot (pages and the control channel read it with no
round trip), persisted through the ``NodesStore`` port, and every arrival
and departure is published on ``CLUSTER_TOPIC`` as ``NodeUp``/``NodeDown``
(the application's announcer tells the operator).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Final

from actors import AsyncActor, Caller, Down, MonitorRef, Process, Refused, Snapshot, publish
from cluster._frames import PROTOCOL_VERSION
from cluster.ports import NodesStore

log = logging.getLogger("cluster")

CLUSTER_TOPIC: Final = "cluster.nodes"
MEMBERSHIP_NAME: Final = "cluster.membership"
KEPT_REFUSALS: Final = 20

CONNECTED: Final = "connected"
DISCONNECTED: Final = "disconnected"
REFUSED: Final = "refused"


@dataclass(frozen=True)
class ClusterPeer:
    """One row of the peer table. ``last_seen`` is wall-clock seconds."""

    name: str
    address: str
    status: str
    last_seen: float | None = None
    rtt_ms: float | None = None
    version: int = PROTOCOL_VERSION
    registered: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "status": self.status,
            "rtt_ms": None if self.rtt_ms is None else round(self.rtt_ms, 3),
            "last_seen": self.last_seen,
            "registered": self.registered,
            "version": self.version,
        }


@dataclass(frozen=True)
class RefusedLink:
    """A connection refused before a verified name was known."""

    address: str
    reason: str
    at: float


@dataclass(frozen=True)
class ClusterView:
    node: str
    listening: str | None
    discovery: tuple[str, ...]
    peers: tuple[ClusterPeer, ...] = ()
    refusals: tuple[RefusedLink, ...] = ()

    def peer(self, name: str) -> ClusterPeer | None:
        return next((p for p in self.peers if p.name == name), None)

    def as_json(self) -> dict[str, Any]:
        return {"node": self.node, "listening": self.listening, "peers": [p.as_json() for p in self.peers]}


@dataclass(frozen=True)
class NodeUp:
    name: str
    address: str


@dataclass(frozen=True)
class NodeDown:
    name: str
    reason: str


# -- messages -------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """A link whose peer proved the cookie asks to be the link for ``peer``."""

    peer: str
    address: str
    initiator: str
    link: Process


@dataclass(frozen=True)
class Seen:
    peer: str
    link: Process
    rtt_ms: float | None = None


@dataclass(frozen=True)
class Closing:
    """A link tells why it is about to end (its Down follows)."""

    link: Process
    reason: str


@dataclass(frozen=True)
class Refuse:
    address: str
    reason: str


@dataclass(frozen=True)
class LinkOf:
    peer: str


@dataclass(frozen=True)
class Forget:
    peer: str


@dataclass(frozen=True)
class Registered:
    """The operator registered (or unregistered) a peer: re-read the store."""

    peer: str
    registered: bool


@dataclass
class _Live:
    link: Process
    initiator: str
    ref: MonitorRef
    reason: str = "the connection closed"


class Membership(AsyncActor):
    """Owns the peer table.

    ``handle_call``: ``Claim`` → None (admitted) or ``Refused`` (a name
    already connected); ``LinkOf`` → the live link or None; ``Forget`` →
    None (the row dropped, its link closed). ``handle_cast``: ``Seen``,
    ``Closing``, ``Refuse``, ``Registered``. ``handle_info``: a link's
    ``Down`` marks its peer disconnected and publishes ``NodeDown``.
    A store failure is logged and the table kept: persistence is for the
    pages, the live table is the truth."""

    def __init__(
        self,
        own_name: str,
        store: NodesStore,
        view: Snapshot[ClusterView],
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.own_name = own_name
        self.store = store
        self.view = view
        self.clock = clock
        self.peers: dict[str, ClusterPeer] = {p.name: p for p in view.read().peers}
        self.live: dict[str, _Live] = {}
        self.refusals: deque[RefusedLink] = deque(maxlen=KEPT_REFUSALS)

    async def init(self) -> None:
        try:
            known = await self.store.load()
        except Exception:
            log.exception("could not read the known cluster nodes; starting with an empty table")
            known = []
        for peer in known:
            self.peers[peer.name] = replace(peer, status=DISCONNECTED, rtt_ms=None)
        self._publish()

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, Claim):
            return await self._claim(message)
        if isinstance(message, LinkOf):
            live = self.live.get(message.peer)
            return None if live is None else live.link
        if isinstance(message, Forget):
            return await self._forget(message.peer)
        raise ValueError(f"unexpected call {message!r}")

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, Seen):
            live = self.live.get(message.peer)
            peer = self.peers.get(message.peer)
            if live is None or live.link is not message.link or peer is None:
                return
            rtt = peer.rtt_ms if message.rtt_ms is None else message.rtt_ms
            self.peers[message.peer] = replace(peer, last_seen=self.clock(), rtt_ms=rtt)
            self._publish()
        elif isinstance(message, Closing):
            for live in self.live.values():
                if live.link is message.link:
                    live.reason = message.reason
        elif isinstance(message, Refuse):
            log.warning(
                "cluster connection with %s refused: %s",
                message.address,
                message.reason,
                extra={"event": "cluster.refused", "address": message.address, "reason": message.reason},
            )
            self.refusals.append(RefusedLink(message.address, message.reason, self.clock()))
            self._publish()
        elif isinstance(message, Registered):
            peer = self.peers.get(message.peer)
            if peer is not None:
                self.peers[message.peer] = replace(peer, registered=message.registered)
                self._publish()

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Down):
            for name, live in list(self.live.items()):
                if live.ref == message.ref:
                    del self.live[name]
                    await self._down(name, live.reason)

    async def _claim(self, claim: Claim) -> Refused | None:
        existing = self.live.get(claim.peer)
        if existing is not None:
            if not _new_link_wins(self.own_name, claim.peer, existing.initiator, claim.initiator):
                reason = f"a node named {claim.peer} is already connected"
                log.warning("cluster: %s", reason, extra={"event": "cluster.duplicate", "peer": claim.peer})
                return Refused(reason)
            # Both nodes dialled each other at once: both keep the link the
            # lower name started, so exactly one survives on both sides.
            self.demonitor(existing.ref)
            await _close(existing.link)
        ref = self.monitor(claim.link)
        self.live[claim.peer] = _Live(claim.link, claim.initiator, ref)
        previous = self.peers.get(claim.peer)
        peer = ClusterPeer(
            claim.peer,
            claim.address,
            CONNECTED,
            last_seen=self.clock(),
            registered=previous.registered if previous else False,
        )
        self.peers[claim.peer] = peer
        self._publish()  # the snapshot first: whoever hears the event reads the new table
        if previous is None or previous.status != CONNECTED:
            log.info(
                "cluster node %s up at %s",
                claim.peer,
                claim.address,
                extra={"event": "cluster.nodeup", "peer": claim.peer, "address": claim.address},
            )
            publish(CLUSTER_TOPIC, NodeUp(claim.peer, claim.address))
        await self._store(peer)
        return None

    async def _down(self, name: str, reason: str) -> None:
        peer = self.peers.get(name)
        if peer is None:
            return
        self.peers[name] = down = replace(peer, status=DISCONNECTED)
        log.warning(
            "cluster node %s down: %s",
            name,
            reason,
            extra={"event": "cluster.nodedown", "peer": name, "reason": reason},
        )
        self._publish()  # the snapshot first: whoever hears the event reads the new table
        publish(CLUSTER_TOPIC, NodeDown(name, reason))
        await self._store(down)

    async def _forget(self, name: str) -> None:
        live = self.live.pop(name, None)
        if live is not None:
            self.demonitor(live.ref)
            await _close(live.link)
        self.peers.pop(name, None)
        try:
            await self.store.forget(name)
        except Exception:
            log.exception("could not forget cluster node %s in the store", name)
        self._publish()

    async def _store(self, peer: ClusterPeer) -> None:
        try:
            await self.store.record(peer)
        except Exception:
            log.exception("could not record cluster node %s", peer.name)

    def _publish(self) -> None:
        current = self.view.read()
        peers = tuple(sorted(self.peers.values(), key=lambda p: p.name))
        self.view.publish(replace(current, peers=peers, refusals=tuple(self.refusals)))


def _new_link_wins(own: str, peer: str, existing_initiator: str, new_initiator: str) -> bool:
    """A second link for a connected name is refused, except when the two
    links cross (one dialled each way): then the one the lower name dialled
    wins, a rule both ends apply alike."""
    return existing_initiator != new_initiator and new_initiator == min(own, peer)


async def _close(link: Process) -> None:
    if link.alive:
        await link.stop()
