"""No secret in any log line, on a whole node logging at DEBUG: every secret
the operator configures is grepped for in everything the node's log
handler wrote while it polled the fake Bot API, answered a chat, served the
shield proxy, took a webhook, logged a person in and changed its settings."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import openai
import pyotp
import pytest

from actors import sync, whereis
from alexclaw import Node, Settings
from alexclaw.logs import QUIET_LIBRARIES, REQUEST_LOGGERS, configure_logging
from alexclaw.web import WEB_NAME, WebEndpoint
from gateways.telegram import TELEGRAM_NAME
from tests.alexclaw.web.conftest import HTML, login
from tests.fake_llm import FakeLLM, completion
from tests.fake_telegram import FakeBotAPI

SECRET_KEY_BASE = "log-grep-key-base-" + "Qz7" * 14
ADMIN_PASSWORD = "log grep admin passphrase 0451"
BOT_TOKEN = "5550001234:AAHlogGrepTokenOne_abcdefghijklmnop"
NEW_BOT_TOKEN = "5550004321:AAHlogGrepTokenTwo_qrstuvwxyz012345"
PROXY_KEY = "log-grep-proxy-key-" + "p1" * 12
UPSTREAM_KEY = "log-grep-upstream-key-" + "u2" * 12
WEBHOOK_SECRET = "log-grep-webhook_secret-0451"
TOTP_SECRET = pyotp.random_base32()
MCP_KEY = "log-grep-mcp-key-" + "m3" * 12
GITHUB_SECRET = "log-grep-github-secret-" + "g4" * 12
SECRETS = {
    "SECRET_KEY_BASE": SECRET_KEY_BASE,
    "ADMIN_PASSWORD": ADMIN_PASSWORD,
    "telegram.bot_token": BOT_TOKEN,
    "telegram.bot_token (the new one)": NEW_BOT_TOKEN,
    "shield.proxy_api_key": PROXY_KEY,
    "shield.proxy_upstream_api_key": UPSTREAM_KEY,
    "telegram.webhook_secret": WEBHOOK_SECRET,
    "auth.totp_secret": TOTP_SECRET,
    "mcp.api_key": MCP_KEY,
    "github.webhook_secret": GITHUB_SECRET,
}
CHAT = 4242


@pytest.fixture
def node_log() -> Iterator[io.StringIO]:
    """The node's own log set-up at DEBUG, JSON lines (to a buffer instead
    of stderr); the test run's own set-up is restored after."""
    root = logging.getLogger()
    libraries = [logging.getLogger(name) for name in (*QUIET_LIBRARIES, *REQUEST_LOGGERS)]
    saved = (list(root.handlers), root.level, [lib.level for lib in libraries])
    settings_secrets = (SECRET_KEY_BASE, ADMIN_PASSWORD)
    written = io.StringIO()
    configure_logging("DEBUG", "json", settings_secrets, stream=written)
    try:
        yield written
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        for lib, level in zip(libraries, saved[2], strict=True):
            lib.setLevel(level)


async def test_no_configured_secret_appears_in_any_log_line_of_a_busy_node(
    database_url: str, tmp_path: Path, node_log: io.StringIO
) -> None:
    settings = Settings(
        secret_key_base=SECRET_KEY_BASE,
        admin_password=ADMIN_PASSWORD,
        database_url=database_url,
        data_dir=tmp_path,
        http_port=0,
        log_level="DEBUG",
    )
    async with FakeBotAPI(BOT_TOKEN, NEW_BOT_TOKEN) as fake, FakeLLM() as llm:
        # The fake Bot API listens on 127.0.0.1: the node grants Telegram loopback explicitly.
        node = Node(settings, loopback_grants=frozenset({"telegram"}))
        await node.start()
        try:
            config = node.state.config
            web = whereis(WEB_NAME)
            assert isinstance(web, WebEndpoint)
            for key, value in {
                "telegram.api_base_url": fake.base_url.removesuffix("/bot"),
                "telegram.chat_id": str(CHAT),
                "telegram.owner_user_id": str(CHAT),  # a private chat: its id is its user's
                "telegram.bot_token": BOT_TOKEN,
                "shield.proxy_api_key": PROXY_KEY,
                "shield.proxy_upstream_url": llm.base_url,
                "shield.proxy_upstream_api_key": UPSTREAM_KEY,
                "mcp.api_key": MCP_KEY,
                "github.webhook_secret": GITHUB_SECRET,
                "auth.totp_secret": TOTP_SECRET,
            }.items():
                await config.set(key, value, actor="test")
            await sync("gateways.watcher")

            # Polling, and a chat answered (the Bot API's URLs carry the token).
            await fake.wait_until(lambda: fake.poll_offsets)
            fake.push_message(CHAT, "/ping")
            assert (await fake.next_sent()).text == f"pong from {node.state.node_name}"

            # The shield proxy, over HTTP: our key in, the upstream key out.
            llm.reply(completion("Paris."))
            async with openai.AsyncOpenAI(base_url=f"{web.url}/v1", api_key=PROXY_KEY, max_retries=0) as sdk:
                answer = await sdk.chat.completions.create(
                    model="fake-model", messages=[{"role": "user", "content": "Capital of France?"}]
                )
            assert answer.choices[0].message.content == "Paris."

            # A person logs in with the admin password.
            client = node.state.app.test_client()
            assert (await login(client, ADMIN_PASSWORD)).status_code == 302
            assert (await client.get("/config", headers=HTML)).status_code == 200

            # Webhook mode, and an update posted with the secret over HTTP.
            for key, value in {
                "telegram.webhook_secret": WEBHOOK_SECRET,
                "telegram.webhook_url": "https://node.example",
                "telegram.mode": "webhook",
            }.items():
                await config.set(f"{key}", value, actor="test")
            await sync("gateways.watcher")
            await fake.wait_until(lambda: fake.webhook_secret == WEBHOOK_SECRET)
            async with httpx.AsyncClient() as http:
                posted = await http.post(
                    f"{web.url}/webhooks/telegram",
                    json=fake.make_update(CHAT, "/ping"),
                    headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
                )
            assert posted.status_code == 200
            assert (await fake.next_sent()).text == f"pong from {node.state.node_name}"

            # A config change: back to polling with a new token.
            await config.set("telegram.mode", "polling", actor="test")
            await config.set("telegram.bot_token", NEW_BOT_TOKEN, actor="test")
            await sync("gateways.watcher")
            await fake.wait_until(
                lambda: any(c.token == NEW_BOT_TOKEN and c.method == "getUpdates" for c in fake.calls)
            )
            await sync(TELEGRAM_NAME)
        finally:
            await node.stop()

    output = node_log.getvalue()
    leaked = {name for name, value in SECRETS.items() if value in output or quote(value, safe="") in output}
    assert not leaked, f"secrets in the log: {sorted(leaked)}"
    # The lines that used to carry a secret were written (masked), so the grep above could fail.
    assert '"logger": "httpx"' in output and "getUpdates" in output and "/bot****/" in output
    assert '"level": "debug"' in output
