"""Which node runs a gateway when several share one database.

A gateway polls one bot: two nodes polling it would answer every message
twice (and Telegram answers the second poller 409). So in a cluster, with
no ``<gateway>.node`` pin, the nodes elect one: a ``GatewayLease`` actor
per gateway owns a database session holding a session-level advisory lock
named after the gateway (through ``LeasePort``). The node whose session
holds it runs the gateway; the others stand by and try again every
``interval`` seconds. The session's end — an orderly stop, a crash, a
SIGKILL, the database unreachable — frees the lock, so another node takes
over within one interval of PostgreSQL noticing; the holder checks its
session every interval and stops its gateway as soon as that session is
gone. A pin to this node runs the gateway without election; a pin to
another node never runs it here.

The actor publishes a ``LeaseView`` (who runs it, whether this node does)
for the gateway's start function and for the Dashboard, which warns when a
configured gateway has no node.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, Final

from actors import AsyncActor, ExitReason, Snapshot, send_after, subscribe
from gateways.ports import LeaseHold, LeasePort
from supervisors import restart_child, terminate_child

log = logging.getLogger("gateways.lease")

LEASE_INTERVAL: Final = 5.0  # seconds between tries (standby) and checks (holder): the takeover bound


@dataclass(frozen=True, slots=True)
class LeaseWants:
    """What the settings ask of a gateway: is it configured to run at all
    (a token, enabled), and is it pinned to a node."""

    configured: bool
    pin: str = ""


@dataclass(frozen=True, slots=True)
class LeaseView:
    """Who runs a gateway across the nodes, as this node sees it.

    ``mode`` is ``single`` (no cluster: this node runs it as configured),
    ``off`` (not configured), ``pinned`` or ``elected``; ``holder`` the
    node that runs it ("" when nobody does, or nobody is known to);
    ``here`` whether this node may run it; ``holder_alive`` whether the
    pinned node is running (always True unless pinned)."""

    gateway: str = ""
    mode: str = "single"
    holder: str = ""
    here: bool = False
    holder_alive: bool = True
    detail: str = ""


def no_node_warning(view: LeaseView, connected: Collection[str] = ()) -> str | None:
    """The Dashboard's warning when a configured gateway has no node running
    it, with the fix in words; None when some node does (or it is not
    configured, or there is no cluster). ``connected`` are the peers this
    node has a link to: a pinned node reachable over the cluster is up
    even when it uses another database."""
    name = view.gateway.capitalize()
    if view.mode == "pinned" and not view.holder_alive and view.holder not in connected:
        return (
            f"{name} is pinned to node {view.holder!r}, which is not running: no node answers the bot. "
            f"Start that node, or clear {view.gateway}.node (then one running node is elected)."
        )
    if view.mode == "elected" and not view.holder:
        return (
            f"No node runs {name}: nobody holds its lease (the database may be unreachable). "
            f"Check the nodes' database connection, or pin it with {view.gateway}.node."
        )
    return None


class Tick:
    """Try the lease again (standby) or check it is still held (holder).
    Sent by the actor's own timer; a test sends it to drive the election."""


class GatewayLease(AsyncActor):
    """Owns one gateway's lease session and starts or stops that gateway's
    child of the gateways supervisor as the lease comes and goes.

    ``init``
        Reads the settings and, when elected, tries the lease once — before
        the gateway child starts, so a node that wins at boot starts the
        gateway at once. Database trouble is a standby, never a failure.
    ``handle_info`` (``Tick``, a settings change of its gateway)
        Re-evaluates: takes the lease (then restarts the gateway child),
        notices it lost it (then stops the gateway child), releases it when
        the gateway is pinned or unconfigured, and publishes the view.
    ``terminate``
        Releases the lease (its session ends: another node may take it).

    It answers no calls."""

    def __init__(
        self,
        gateway: str,
        *,
        wants: Callable[[], LeaseWants],
        port: LeasePort,
        node_name: str,
        view: Snapshot[LeaseView],
        supervisor: str,
        settings_topic: str,
        interval: float = LEASE_INTERVAL,
    ) -> None:
        super().__init__()
        self.gateway = gateway
        self.wants = wants
        self.port = port
        self.node_name = node_name
        self.view = view
        self.supervisor = supervisor
        self.settings_topic = settings_topic
        self.interval = interval
        self._hold: LeaseHold | None = None

    async def init(self) -> None:
        subscribe(self.settings_topic, self)
        await self._evaluate(restart=False)
        send_after(self, Tick(), self.interval)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Tick):
            await self._evaluate(restart=True)
            send_after(self, Tick(), self.interval)
        elif hasattr(message, "key"):  # a settings change: only its own gateway's matter
            if str(message.key).startswith(f"{self.gateway}."):
                await self._evaluate(restart=True)
        else:
            await super().handle_info(message)

    async def _evaluate(self, *, restart: bool) -> None:
        wants = self.wants()
        if not wants.configured:
            await self._release()
            self._publish(LeaseView(self.gateway, "off", detail="not configured"))
        elif wants.pin:  # a pin overrides the election; the watcher restarts the gateway for it
            await self._release()
            here = wants.pin == self.node_name
            alive = here or await self.port.alive(wants.pin)
            self._publish(LeaseView(self.gateway, "pinned", wants.pin, here, alive, f"pinned to {wants.pin}"))
        elif self._publish(await self._elect()) and restart:
            # The gateway's start reads the view: started again, it runs
            # (lease taken) or stands by saying who runs it. This also
            # stops a gateway left running by a pin this node just lost.
            await terminate_child(self.supervisor, self.gateway)
            await restart_child(self.supervisor, self.gateway)

    async def _elect(self) -> LeaseView:
        if self._hold is not None:
            if await self._hold.check():
                return LeaseView(self.gateway, "elected", self.node_name, True, detail="this node holds the lease")
            # The session is gone, and the lock with it: stop before anyone else can start it.
            self._hold = None
            log.error("%s lease lost (its database session ended): stopping the gateway here", self.gateway)
            self._publish(LeaseView(self.gateway, "elected", "", False, detail="lease lost; trying again"))
            await terminate_child(self.supervisor, self.gateway)
        self._hold = await self.port.acquire(self.gateway, self.node_name)
        if self._hold is not None:
            log.info("%s lease taken: this node runs the gateway", self.gateway)
            return LeaseView(self.gateway, "elected", self.node_name, True, detail="this node holds the lease")
        holder = await self.port.holder(self.gateway)
        detail = f"node {holder} holds the lease" if holder else "nobody holds the lease"
        return LeaseView(self.gateway, "elected", holder or "", False, detail=detail)

    def _publish(self, view: LeaseView) -> bool:
        """Publish ``view``; True when it differs from the last one."""
        if view == self.view.read():
            return False
        self.view.publish(view)
        return True

    async def _release(self) -> None:
        hold, self._hold = self._hold, None
        if hold is not None:
            await hold.release()

    async def terminate(self, reason: ExitReason) -> None:
        await self._release()
