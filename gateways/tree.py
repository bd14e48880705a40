"""The gateways subtree, one_for_one:

    gateways
    ├── telegram_lease  in a cluster: elects the one node that runs Telegram — IGNORE otherwise
    ├── discord_lease   the same for Discord
    ├── telegram   the Telegram gateway — IGNORE unless configured for this node
    ├── discord    the Discord gateway — IGNORE unless configured for this node
    └── watcher    restarts a gateway when its settings change

A gateway that is not configured is an ignored child, visible as such in
the tree; when its settings change at run time the watcher stops it and
starts it again — running, or ignored with the reason logged — with no
node restart. A gateway that keeps failing stops itself (ends, or is
ignored by its start after CRASH_LIMIT restarts) until its settings
change: it never spends the gateways supervisor's intensity, and so never
the root's. Its state is published in ``status`` for the pages.

In a cluster (a ``lease`` port given) a gateway with no ``<gateway>.node``
pin starts only on the node holding its lease (``_lease.py``); the lease
children start before the gateways so a node that wins at boot starts its
gateway at once, and later start or stop their gateway as the lease moves.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Final

from actors import IGNORE, AsyncActor, NoProcess, Snapshot, StartError, subscribe
from gateways._contract import GatewayStatus
from gateways._lease import LEASE_INTERVAL, GatewayLease, LeaseView, LeaseWants
from gateways.discord import DISCORD_NAME, DISCORD_PREFIX, DiscordGateway, DiscordSettings
from gateways.ports import DispatcherPort, EgressPort, InboxPort, LeasePort, SettingsPort
from gateways.telegram import PREFIX, TELEGRAM_NAME, TelegramGateway, TelegramSettings, show_status
from supervisors import ChildSpec, Restart, Strategy, Supervisor, restart_child, terminate_child, which_children

log = logging.getLogger("gateways")

GATEWAYS_NAME: Final = "gateways"
CRASH_LIMIT: Final = 3  # restarts of a gateway under the same settings ...
CRASH_PERIOD: Final = 60.0  # ... within this many seconds, and it stops itself


class GatewayWatcher(AsyncActor):
    """Watches the settings topic; restarts a gateway child when what it
    reads has changed (compared whole, so an unrelated key does nothing).

    ``handle_info`` (a settings change)
        Terminates and restarts the ``telegram`` or ``discord`` child. A raise
        (the gateways supervisor gone, a bug) crashes the watcher; its restart
        reads the settings again, so a change is not lost, only applied by the
        next change. It answers no calls."""

    def __init__(self, settings: SettingsPort, topic: str, supervisor: str = GATEWAYS_NAME) -> None:
        super().__init__()
        self.settings = settings
        self.topic = topic
        self.supervisor = supervisor
        self._seen = TelegramSettings.read(settings)
        self._seen_discord = DiscordSettings.read(settings)

    async def init(self) -> None:
        subscribe(self.topic, self)

    async def handle_info(self, message: Any) -> None:
        key = str(getattr(message, "key", ""))
        if key.startswith(DISCORD_PREFIX):
            discord = DiscordSettings.read(self.settings)
            if discord != self._seen_discord:
                self._seen_discord = discord
                log.info("Discord settings changed: restarting the gateway")
                await terminate_child(self.supervisor, "discord")
                await restart_child(self.supervisor, "discord")
            return
        if not key.startswith(PREFIX):
            return
        current = TelegramSettings.read(self.settings)
        if current == self._seen:
            return
        self._seen = current
        log.info("Telegram settings changed: restarting the gateway")
        await terminate_child(self.supervisor, "telegram")
        await restart_child(self.supervisor, "telegram")


@dataclass
class _Starts:
    """What a gateway child's start function remembers between starts:
    the settings it last started with and when it was restarted under them."""

    fingerprint: str = ""
    restarts: deque[float] = field(default_factory=deque)


def _last_exit(supervisor: str, child_id: str) -> str:
    try:
        return next((c.last_exit or "" for c in which_children(supervisor) if c.id == child_id), "")
    except NoProcess:
        return ""


def _too_many(
    starts: _Starts, fingerprint: str, status: Snapshot[GatewayStatus], clock: Callable[[], float], child_id: str
) -> str | None:
    """None when the child may start; else why not ("" when its final state
    already says so). A new fingerprint (new settings) is a clean slate."""
    if fingerprint != starts.fingerprint:  # the first start, or new settings
        starts.fingerprint, starts.restarts = fingerprint, deque()
        return None
    previous = status.read()  # started again under the same settings: the supervisor restarts it after a crash
    if previous.final and previous.fingerprint == fingerprint:
        return ""
    now = clock()
    starts.restarts.append(now)
    while starts.restarts and starts.restarts[0] <= now - CRASH_PERIOD:
        starts.restarts.popleft()
    if len(starts.restarts) >= CRASH_LIMIT:
        last = _last_exit(GATEWAYS_NAME, child_id) or "unknown"
        return f"crashed {CRASH_LIMIT} times within {CRASH_PERIOD:g} s (last exit: {last[:200]})"
    return None


def standby(lease: LeasePort | None, view: Snapshot[LeaseView], pin: str) -> str | None:
    """Why this node waits for another to run the gateway (elected
    elsewhere), or None when it may run it: no cluster, pinned here
    (``why_not`` already refused a pin elsewhere), or its lease held."""
    if lease is None or pin:
        return None
    current = view.read()
    return None if current.here else current.detail or "waiting for the lease"


def telegram_wants(settings: SettingsPort) -> Callable[[], LeaseWants]:
    def wants() -> LeaseWants:
        current = TelegramSettings.read(settings)
        return LeaseWants(bool(current.token) and current.enabled, current.node)

    return wants


def discord_wants(settings: SettingsPort) -> Callable[[], LeaseWants]:
    def wants() -> LeaseWants:
        current = DiscordSettings.read(settings)
        return LeaseWants(bool(current.token) and current.enabled, current.node)

    return wants


def lease_start(
    gateway: str,
    wants: Callable[[], LeaseWants],
    lease: LeasePort | None,
    *,
    view: Snapshot[LeaseView],
    node_name: Callable[[], str],
    settings_topic: str,
    interval: float,
) -> Callable[[], Awaitable[Any]]:
    """The start of a gateway's lease child: IGNORE without a cluster."""

    async def start() -> Any:
        if lease is None:  # no cluster: each node runs what its settings say, as before
            return IGNORE
        actor = GatewayLease(
            gateway, wants=wants, port=lease, node_name=node_name(), view=view,
            supervisor=GATEWAYS_NAME, settings_topic=settings_topic, interval=interval,
        )  # fmt: skip
        return await actor.start(name=f"gateways.{gateway}_lease")

    return start


def gateways_spec(
    *,
    settings: SettingsPort,
    dispatcher: DispatcherPort,
    inbox: InboxPort,
    egress: EgressPort,
    status: Snapshot[GatewayStatus],
    node_name: Callable[[], str],
    settings_topic: str,
    discord_status: Snapshot[GatewayStatus] | None = None,
    discord_egress: EgressPort | None = None,
    poll_timeout: int = 25,
    clock: Callable[[], float] = time.monotonic,
    lease: LeasePort | None = None,
    telegram_lease: Snapshot[LeaseView] | None = None,
    discord_lease: Snapshot[LeaseView] | None = None,
    lease_interval: float = LEASE_INTERVAL,
) -> ChildSpec:
    starts, discord_starts = _Starts(), _Starts()
    discord_seen = discord_status if discord_status is not None else Snapshot(GatewayStatus())
    telegram_view = telegram_lease if telegram_lease is not None else Snapshot(LeaseView("telegram"))
    discord_view = discord_lease if discord_lease is not None else Snapshot(LeaseView("discord"))

    async def start_telegram() -> Any:
        current = TelegramSettings.read(settings)
        why = current.why_not(node_name())
        if why is not None:
            log.info("Telegram gateway not started: %s", why)
            show_status(status, GatewayStatus("off", why, current.mode, current.fingerprint))
            return IGNORE
        waiting = standby(lease, telegram_view, current.node)
        if waiting is not None:
            # A fresh count when the lease comes: a lease that moves is not a crash.
            starts.fingerprint, starts.restarts = "", deque()
            log.info("Telegram gateway not started here: %s", waiting)
            show_status(status, GatewayStatus("standby", waiting, current.mode, current.fingerprint))
            return IGNORE
        stop = _too_many(starts, current.fingerprint, status, clock, "telegram")
        if stop is not None:
            if stop:
                log.error("Telegram gateway stops until its settings change: %s", stop)
                show_status(status, GatewayStatus("stopped", stop, current.mode, current.fingerprint))
            return IGNORE
        gateway = TelegramGateway(current, dispatcher, inbox, egress, status, poll_timeout=poll_timeout)
        try:
            return await gateway.start(name=TELEGRAM_NAME)
        except StartError as exc:  # raised again at once it would burn the supervisor's intensity in a loop
            log.error("Telegram gateway could not start: %s", exc)
            show_status(
                status, GatewayStatus("stopped", f"could not start: {exc}"[:240], current.mode, current.fingerprint)
            )
            return IGNORE

    async def start_discord() -> Any:
        current = DiscordSettings.read(settings)
        why = current.why_not(node_name())
        if why is not None:
            log.info("Discord gateway not started: %s", why)
            show_status(discord_seen, GatewayStatus("off", why, "gateway", current.fingerprint))
            return IGNORE
        waiting = standby(lease, discord_view, current.node)
        if waiting is not None:
            discord_starts.fingerprint, discord_starts.restarts = "", deque()
            log.info("Discord gateway not started here: %s", waiting)
            show_status(discord_seen, GatewayStatus("standby", waiting, "gateway", current.fingerprint))
            return IGNORE
        stop = _too_many(discord_starts, current.fingerprint, discord_seen, clock, "discord")
        if stop is not None:
            if stop:
                log.error("Discord gateway stops until its settings change: %s", stop)
                show_status(discord_seen, GatewayStatus("stopped", stop, "gateway", current.fingerprint))
            return IGNORE
        gateway = DiscordGateway(current, dispatcher, inbox, discord_egress or egress, discord_seen)
        try:
            return await gateway.start(name=DISCORD_NAME)
        except StartError as exc:
            log.error("Discord gateway could not start: %s", exc)
            detail = f"could not start: {exc}"[:240]
            show_status(discord_seen, GatewayStatus("stopped", detail, "gateway", current.fingerprint))
            return IGNORE

    async def start_watcher() -> Any:
        return await GatewayWatcher(settings, settings_topic).start(name="gateways.watcher")

    children = [
        # Before the gateways: a node that takes a lease at boot starts that
        # gateway straight away. A crash releases the lease (its session
        # ends) and the restart competes for it again; every database
        # failure is a standby, never a crash, so these spend no intensity.
        *(
            ChildSpec(
                f"{gateway}_lease",
                lease_start(
                    gateway,
                    wants,
                    lease,
                    view=view,
                    node_name=node_name,
                    settings_topic=settings_topic,
                    interval=lease_interval,
                ),
                shutdown=5.0,
                info=f"in a cluster: elects the one node that runs {label}",
            )
            for gateway, label, wants, view in (
                ("telegram", "Telegram", telegram_wants(settings), telegram_view),
                ("discord", "Discord", discord_wants(settings), discord_view),
            )
        ),
        # Transient: a gateway that ends itself (token rejected, address
        # refused) stays down — its last exit says why — until the watcher
        # starts it again on a settings change; a crash restarts it, at most
        # CRASH_LIMIT times a period, after which its start ignores it.
        ChildSpec(
            "telegram",
            start_telegram,
            restart=Restart.TRANSIENT,
            shutdown=10.0,
            info="python-telegram-bot; IGNORE unless configured",
        ),
        # The same policy as telegram's, with its own crash count.
        ChildSpec(
            "discord",
            start_discord,
            restart=Restart.TRANSIENT,
            shutdown=10.0,
            info="httpx + websockets; IGNORE unless configured",
        ),
        ChildSpec("watcher", start_watcher, info="restarts a gateway when its settings change"),
    ]
    # Intensity, against what can fail here: each gateway stops itself
    # after CRASH_LIMIT (3) restarts a minute and never raises from its
    # start (a start that raises would be retried at once and burn the
    # budget in milliseconds), so they spend at most 6; hence 8; the
    # watcher only reads settings and calls this supervisor. More than 8
    # restarts a minute therefore means this subtree itself is broken, and
    # only then does the root hear of it.
    # The inbox waits for the database with backoff (up to 30 s) rather than
    # failing, so a database outage is not counted here either. Giving up
    # costs the root one of its 3 restarts in 10 s.
    return Supervisor.child_spec(
        "gateways", children, strategy=Strategy.ONE_FOR_ONE, intensity=8, period=60.0, name=GATEWAYS_NAME
    )
