"""A real node in its own OS process with its Telegram gateway on the fake
Bot API, for tests that must see the node survive what is sent to it.

Usage: ``python telegram_node_script.py API_BASE TOKEN CHAT MODE SECRET``
with the node's environment (the variables ``alexclaw start`` reads). The
node grants Telegram loopback (the fake listens on 127.0.0.1), configures
the gateway, then prints to stdout, one line each, flushed:

    web <url>           the node's web endpoint (webhooks are posted there)
    ready               the gateway is connected with these settings
    exited <reason>     the root supervisor gave up: the node is down

SIGTERM stops the node in order (``stopped``). Anything else that goes
wrong ends the process with a non-zero exit; the log goes to stderr.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from typing import Any

from actors import whereis
from actors.testing import Probe
from alexclaw import Node
from alexclaw.logs import configure_logging
from alexclaw.settings import load_settings
from alexclaw.web import WEB_NAME, WebEndpoint
from alexclaw.wiring import SettingsReader
from gateways import STATUS_TOPIC, GatewayStatus
from gateways.telegram import TelegramSettings


def say(line: str) -> None:
    print(line, flush=True)


async def main(api_base: str, token: str, chat: str, mode: str, secret: str) -> int:
    settings = load_settings(env_file=None)
    configure_logging(settings.log_level, settings.log_format, settings.secrets)
    node = Node(settings, loopback_grants=frozenset({"telegram"}))
    root = await node.start()
    probe = await Probe().listen(STATUS_TOPIC).start()
    values = {
        "api_base_url": api_base,
        "chat_id": chat,
        "owner_user_id": chat,  # a private chat: its id is its user's
        "webhook_url": "https://node.example",
        "webhook_secret": secret,
        "mode": mode,
        "bot_token": token,
    }
    for key, value in values.items():
        await node.state.config.set(f"telegram.{key}", value, actor="telegram_node_script")
    expected = TelegramSettings.read(SettingsReader(node.state.config)).fingerprint
    await probe.receive(
        lambda m: isinstance(m, GatewayStatus) and m.state == "connected" and m.fingerprint == expected, timeout=60
    )
    await probe.stop()
    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    say(f"web {web.url}")
    say("ready")
    stop: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_sigterm() -> None:
        if not stop.done():
            stop.set_result(None)

    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, on_sigterm)
    waits: set[asyncio.Future[Any]] = {stop, root.exit_future()}
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    if not root.alive:
        say(f"exited {root.exit_reason}")
        return 1
    await node.stop()
    say("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(*sys.argv[1:6])))
