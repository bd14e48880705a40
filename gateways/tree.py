"""The gateways subtree, one_for_one:

    gateways
    ├── telegram   the Telegram gateway — IGNORE unless configured for this node
    └── watcher    restarts a gateway when its settings change

A gateway that is not configured is an ignored child, visible as such in
the tree; when its settings change at run time the watcher stops it and
starts it again — running, or ignored with the reason logged — with no
node restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Final

from actors import IGNORE, AsyncActor, subscribe
from gateways.ports import DispatcherPort, InboxPort, SettingsPort
from gateways.telegram import PREFIX, TELEGRAM_NAME, TelegramGateway, TelegramSettings
from supervisors import ChildSpec, Strategy, Supervisor, restart_child, terminate_child

log = logging.getLogger("gateways")

GATEWAYS_NAME: Final = "gateways"


class GatewayWatcher(AsyncActor):
    """Watches the settings topic; restarts the telegram child when what it
    reads has changed (compared whole, so an unrelated key does nothing)."""

    def __init__(self, settings: SettingsPort, topic: str, supervisor: str = GATEWAYS_NAME) -> None:
        super().__init__()
        self.settings = settings
        self.topic = topic
        self.supervisor = supervisor
        self._seen = TelegramSettings.read(settings)

    async def init(self) -> None:
        subscribe(self.topic, self)

    async def handle_info(self, message: Any) -> None:
        if not str(getattr(message, "key", "")).startswith(PREFIX):
            return
        current = TelegramSettings.read(self.settings)
        if current == self._seen:
            return
        self._seen = current
        log.info("Telegram settings changed: restarting the gateway")
        await terminate_child(self.supervisor, "telegram")
        await restart_child(self.supervisor, "telegram")


def gateways_spec(
    *,
    settings: SettingsPort,
    dispatcher: DispatcherPort,
    inbox: InboxPort,
    node_name: Callable[[], str],
    settings_topic: str,
    poll_timeout: int = 25,
) -> ChildSpec:
    async def start_telegram() -> Any:
        current = TelegramSettings.read(settings)
        why = current.why_not(node_name())
        if why is not None:
            log.info("Telegram gateway not started: %s", why)
            return IGNORE
        gateway = TelegramGateway(current, dispatcher, inbox, poll_timeout=poll_timeout)
        return await gateway.start(name=TELEGRAM_NAME)

    async def start_watcher() -> Any:
        return await GatewayWatcher(settings, settings_topic).start(name="gateways.watcher")

    children = [
        ChildSpec("telegram", start_telegram, shutdown=10.0, info="python-telegram-bot; IGNORE unless configured"),
        ChildSpec("watcher", start_watcher, info="restarts a gateway when its settings change"),
    ]
    # A gateway that keeps crashing (its service down) must not take the
    # node with it: a generous intensity, and its own supervisor gives up first.
    # 5 in 60 s: Telegram itself being down is retried inside the gateway (no
    # crash), and its inbox waits for the database with backoff (up to 30 s)
    # rather than failing, so what counts here is a real fault of the
    # gateway. Giving up costs the root one of its 3 restarts in 10 s.
    return Supervisor.child_spec(
        "gateways", children, strategy=Strategy.ONE_FOR_ONE, intensity=5, period=60.0, name=GATEWAYS_NAME
    )
