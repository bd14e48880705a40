"""Recipes played in Debian's headless Chromium by the ``browser`` backend
(a child process per play) against a page server on 127.0.0.1: a granted
recipe fills a form, clicks, waits, extracts and takes a screenshot, while
the page's own requests to a metadata address, a private address and an
ungranted loopback name are aborted and reported; a selector that never
appears names its step; downloads are refused; the time budget ends a
play with its report."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from quart import Quart, Response, redirect

from alexclaw.automation import AutomationBackend, load_screenshot
from alexclaw.config import AutomationSettings
from alexclaw.security import Acting, Approver, Challenges, Done, SecretBox
from alexclaw.storage import DatabaseHandle
from alexclaw.web import WebEndpoint
from alexclaw.workflows import Resource, ResourceAccess
from skills.ports import BrowserRequest
from tests.alexclaw.security.conftest import database

__all__ = ["database"]

CHROMIUM = "/usr/bin/chromium"
WEB = Acting.web("192.0.2.7")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium"),
]


def site(port: list[int]) -> Quart:
    app = Quart("recipe-site")

    @app.get("/form")
    async def form() -> Response:
        return Response(
            "<html><body><h1>Search</h1><input id='q'><button id='go'>Go</button><div id='out'></div>"
            "<img src='http://169.254.169.254/latest/meta-data/'><img src='http://10.1.2.3/x.png'>"
            f"<img src='http://localhost:{port[0]}/pixel'><iframe src='/hop'></iframe>"
            "<script>try { new WebSocket('ws://10.9.8.7/feed'); } catch (e) {}</script>"
            "<script>document.getElementById('go').onclick = () => {"
            " setTimeout(() => { const p = document.createElement('p'); p.id = 'answer';"
            " p.textContent = 'You searched for ' + document.getElementById('q').value;"
            " document.getElementById('out').appendChild(p); }, 50); };</script></body></html>",
            content_type="text/html",
        )

    @app.get("/files")
    async def files() -> Response:
        return Response("<html><body><a id='get' href='/report.csv'>report</a></body></html>", content_type="text/html")

    @app.get("/report.csv")
    async def report() -> Response:
        return Response("a,b\n1,2\n", content_type="text/csv", headers={"Content-Disposition": "attachment"})

    @app.get("/hop")
    async def hop() -> Any:
        return redirect(f"http://localhost:{port[0]}/secret")

    @app.get("/secret")
    async def secret() -> Response:
        return Response("the LAN's secret", content_type="text/plain")

    @app.get("/pixel")
    async def pixel() -> Response:
        return Response("", content_type="image/png")

    return app


@pytest.fixture
async def port() -> AsyncIterator[int]:
    holder: list[int] = []
    endpoint = await WebEndpoint(site(holder), "127.0.0.1", 0, graceful_timeout=0.5).start()
    holder.append(endpoint.port)
    yield endpoint.port
    await endpoint.stop()


def backend(database: DatabaseHandle, budget: int = 30) -> AutomationBackend:
    settings = AutomationSettings(CHROMIUM, budget, 2_000_000, 5)
    return AutomationBackend(database, lambda: settings, lambda: 10_000)


async def granted_recipe(database: DatabaseHandle, port: int, name: str, steps: str) -> None:
    """A recipe on the page server's loopback host, with the allow-private
    grant for that host (as an operator gives it on the Resources page)."""
    access = ResourceAccess(Approver(Challenges(), database, lambda: False), SecretBox("k" * 48))
    resource = Resource(None, name, "automation", f"http://127.0.0.1:{port}/form", steps.replace("PORT", str(port)))
    assert isinstance(await access.save_granted(WEB, resource), Done)


async def test_a_granted_recipe_fills_clicks_waits_extracts_and_keeps_a_screenshot_while_private_requests_are_aborted(
    database: DatabaseHandle, port: int
) -> None:
    await granted_recipe(
        database,
        port,
        "search",
        """[
        {"action": "goto", "url": "http://127.0.0.1:PORT/form"},
        {"action": "fill", "selector": "#q", "value": "{{input}}"},
        {"action": "click", "selector": "#go"},
        {"action": "wait_for", "selector": "#answer", "timeout_ms": 5000},
        {"action": "extract_text", "selector": "#answer", "name": "answer"},
        {"action": "screenshot", "name": "after", "full_page": true}
    ]""",
    )
    report = await backend(database).play("web_automation", BrowserRequest(recipe="search", input="otters"))
    assert report.outcome == "ok", report.error
    assert [s.ok for s in report.steps] == [True] * 6
    assert report.texts == {"answer": "You searched for otters"}
    shot = report.screenshots["after"]
    image = await load_screenshot(database, int(shot.rsplit("/", 1)[1]))
    assert image is not None and image.startswith(b"\x89PNG")
    blocked = "\n".join(report.blocked)
    assert "169.254.169.254" in blocked and "never reachable" in blocked
    assert "10.1.2.3" in blocked and "private" in blocked
    assert "ws://10.9.8.7/feed — 10.9.8.7 is private" in blocked  # websockets pass the same check
    assert f"localhost:{port}/pixel" in blocked  # another name of the granted machine is not the granted host
    assert f"localhost:{port}/secret" in blocked  # nor is a redirect there


async def test_a_selector_that_never_appears_names_its_step_and_a_download_is_refused(
    database: DatabaseHandle, port: int
) -> None:
    await granted_recipe(
        database,
        port,
        "files",
        """[
        {"action": "goto", "url": "http://127.0.0.1:PORT/files"},
        {"action": "click", "selector": "#get"},
        {"action": "wait_for", "selector": "#never", "timeout_ms": 300},
        {"action": "extract_text", "selector": "body", "name": "body"}
    ]""",
    )
    report = await backend(database).play("web_automation", BrowserRequest(recipe="files"))
    assert report.outcome == "error"
    assert report.error == "step 3 (wait_for): '#never' did not appear within 300 ms"
    assert [s.position for s in report.steps] == [1, 2, 3]  # nothing after the failed step ran
    assert any("report.csv" in b and "download refused" in b for b in report.blocked)


async def test_the_time_budget_ends_a_play_with_its_report(database: DatabaseHandle, port: int) -> None:
    await granted_recipe(
        database,
        port,
        "slow",
        """[
        {"action": "goto", "url": "http://127.0.0.1:PORT/form"},
        {"action": "wait_for", "selector": "#answer", "timeout_ms": 60000}
    ]""",
    )
    report = await backend(database, budget=3).play("web_automation", BrowserRequest(recipe="slow"))
    assert report.outcome == "timeout"
    # Where it ends depends on the machine's speed: in a step (the browser's own
    # budget, with the steps so far) or, on a loaded machine still starting,
    # by the node killing the browser's process group. Either way: a timeout.
    assert "time budget" in report.error
    assert all(step.ok for step in report.steps)


async def test_inline_steps_without_a_grant_cannot_open_a_loopback_page(database: DatabaseHandle, port: int) -> None:
    steps = ({"action": "goto", "url": f"http://127.0.0.1:{port}/form"},)
    report = await backend(database).play("web_automation", BrowserRequest(steps=steps))
    assert report.outcome == "error"
    assert "step 1 (goto)" in report.error and "loopback" in report.error
