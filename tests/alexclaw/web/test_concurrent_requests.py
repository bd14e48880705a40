"""The Quart app is shared by concurrent requests: nothing one request
decides may be written where another reads it (issue 14: ``app.config``
was written on every request)."""

from __future__ import annotations

import asyncio

from quart import Quart, Response, request

from alexclaw import Node
from tests.alexclaw.web.conftest import HTML


def flash_cookie(response: Response) -> str:
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("alexclaw_flash=")]
    return cookie


async def test_an_http_request_in_between_does_not_strip_secure_from_an_https_requests_cookie(node: Node) -> None:
    app: Quart = node.state.app
    https_handled, release = asyncio.Event(), asyncio.Event()

    @app.after_request
    async def hold_the_https_request(response: Response) -> Response:
        # Runs after the page (which put the login CSRF token in the cookie
        # session) and before the session is saved: the moment a flag
        # written by another request would be read for this one.
        if request.scheme == "https":
            https_handled.set()
            await release.wait()
        return response

    over_https = asyncio.ensure_future(app.test_client().get("/login", headers=HTML, scheme="https"))
    await https_handled.wait()
    over_http = await app.test_client().get("/login", headers=HTML)  # starts, runs and ends in between
    release.set()
    secure = await over_https

    assert "Secure" in flash_cookie(secure)
    assert "Secure" not in flash_cookie(over_http)
