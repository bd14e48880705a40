"""The Telegram status as a person sees it in Chromium: a bot token the
Bot API rejects is shown as "token rejected" on the Dashboard (not
"connected"), in the Config page's Telegram panel, and as the gateway's
last exit in the supervision tree. Screenshot: dashboard_rejected_token."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from actors import whereis
from actors.testing import Probe
from alexclaw import Node
from alexclaw.web import WEB_NAME, WebEndpoint
from gateways import STATUS_TOPIC, GatewayStatus
from tests.alexclaw.web.conftest import make_settings
from tests.alexclaw.web.test_browser import ARGS, CHROMIUM, log_in, shoot
from tests.fake_telegram import FakeBotAPI

REJECTED = "555:AAHrevokedTokenForTests_0000000000000"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium"),
]


@pytest.fixture
async def node(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    """A node whose Telegram gateway may reach the fake Bot API on loopback."""
    started = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"telegram"}))
    await started.start()
    yield started
    await started.stop()


@pytest.fixture
async def page(node: Node) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = await chromium.new_context(base_url=web.url, viewport={"width": 1280, "height": 900})
        yield await context.new_page()
        await context.close()
        await chromium.close()


async def test_a_rejected_token_shows_as_token_rejected_on_the_dashboard_and_config(page: Any, node: Node) -> None:
    async with FakeBotAPI() as fake:  # it knows its own token only: any other is answered 401
        probe = await Probe().listen(STATUS_TOPIC).start()
        await node.state.config.set("telegram.api_base_url", fake.base_url.removesuffix("/bot"), actor="test")
        await node.state.config.set("telegram.bot_token", REJECTED, actor="test")
        await probe.receive(lambda m: isinstance(m, GatewayStatus) and m.state == "token rejected", timeout=30)
        await probe.stop()
        await log_in(page)
        status = page.locator("#telegram-status")
        assert (await status.inner_text()).startswith("token rejected")
        assert "connected" not in await status.inner_text()
        tree_row = page.locator('tr[data-path="alexclaw/gateways/telegram"]')
        assert "shutdown: token rejected" in await tree_row.inner_text()
        await shoot(page, "dashboard_rejected_token")
        await page.click("text=Config")
        panel = await page.inner_text("#telegram-status")
        assert panel.startswith("token rejected") and "Telegram refused the bot token" in panel
