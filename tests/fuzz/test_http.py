"""Every route of a real node (Hypercorn on 127.0.0.1), fed generated
requests: path ids huge, negative, non-numeric and not UTF-8, query
strings, form, JSON, multipart and raw bodies under true and lying content
types, headers huge or in no encoding, the right secret or a wrong one,
with a session and its CSRF token (so handlers are reached), without the
token, and anonymous. Invariants: no 5xx (but the shield proxy's 502/503/504
from its unreachable upstream), an answer within the timeout, /healthz
after every route, no child of the tree restarted, and no secret — plain,
base64 or hex — in any answer or log line."""

from __future__ import annotations

import asyncio

import httpx
from hypothesis import reject

from alexclaw.logs import RedactSecrets
from tests.fuzz.http import STREAMS, TOKEN, Request, Route, requests_for, routes
from tests.fuzz.node import (
    GITHUB_SECRET,
    METRICS_TOKEN,
    PROXY_KEY,
    TELEGRAM_SECRET,
    FuzzNode,
    captured_logs,
    restarted,
    restarts,
)  # fmt: skip
from tests.fuzz.support import Record, count, fuzz

UPSTREAM_STATUSES = frozenset({502, 503, 504})  # the shield proxy's upstream listens nowhere
ENDINGS = ("/delete", "/logout", "/revoke", "/disable", "/clear")  # last: what they end hides nothing after them


class Walker:
    """One logged-in client and one anonymous client, driven from a worker
    thread while the node serves on the test's loop."""

    def __init__(self, fuzzed: FuzzNode) -> None:
        self.fuzzed = fuzzed
        self.session = fuzzed.client()
        self.anonymous = fuzzed.client()
        self.logged_out = True
        self.statuses: dict[int, int] = {}

    def close(self) -> None:
        self.session.close()
        self.anonymous.close()

    def send(self, request: Request) -> None:
        if request.session != "anonymous" and self.logged_out:
            self.fuzzed.login(self.session)
            self.logged_out = False
        client = self.anonymous if request.session == "anonymous" else self.session
        token = self.fuzzed.token
        headers = [
            (k.encode(), v.replace(TOKEN, token).encode() if isinstance(v, str) else v)
            for k, v in request.headers.items()
        ]
        url = request.path + (f"?{request.query}" if request.query else "")
        try:
            with client.stream(request.method, url, content=request.body.replace(TOKEN.encode(), token.encode()),
                               headers=headers) as response:  # fmt: skip
                streaming = response.headers.get("content-type", "").startswith("text/event-stream")
                body = b"" if streaming or request.route.stream else response.read()
        except httpx.LocalProtocolError:
            reject()  # the client would not send it (a header h11 refuses): not an input
        except httpx.RemoteProtocolError as exc:
            raise AssertionError(f"the connection closed without an answer: {request!r}") from exc
        except httpx.TimeoutException as exc:
            raise AssertionError(f"no answer within {self.fuzzed.client().timeout.read} s: {request!r}") from exc
        status = response.status_code
        self.statuses[status] = self.statuses.get(status, 0) + 1
        text = body.decode("utf-8", "replace") + "\n" + "\n".join(f"{k}: {v}" for k, v in response.headers.items())
        assert status < 500 or (status in UPSTREAM_STATUSES and request.path.startswith("/v1/")), (
            f"{status} for {request!r}: {text[:1500]}"
        )
        leaked = self.fuzzed.secrets.found_in(text)
        assert not leaked, f"{leaked} in the answer to {request!r}"
        location = response.headers.get("location", "")
        if request.session != "anonymous" and (status == 401 or location.startswith("/login")):
            self.logged_out = True  # logged out by the input (logout, a revoked session): in again next time

    def still_serving(self) -> None:
        assert self.anonymous.get("/healthz").status_code == 200


def walk(fuzzed: FuzzNode, every: list[Route], right: dict[str, str]) -> tuple[int, dict[int, int]]:
    walker = Walker(fuzzed)
    tried = 0
    try:
        for route in sorted(every, key=lambda r: (r.rule.endswith(ENDINGS), r.rule, r.method)):
            strategy = requests_for(route, fuzzed.site.args, right)
            tried += fuzz(f"http {route.method} {route.rule}", None, walker.send, strategy, short=2, long=12)
            walker.still_serving()
    finally:
        walker.close()
    return tried, walker.statuses


async def test_no_generated_request_to_any_route_is_a_5xx_a_hang_a_restart_or_a_leak(
    fuzzed: FuzzNode, record_property: Record
) -> None:
    every = routes(fuzzed.node.state.app.url_map)
    assert len(every) > 100 and any(r.rule == "/mcp" for r in every) and any(r.rule.startswith(STREAMS) for r in every)
    right = {"proxy": PROXY_KEY, "metrics": METRICS_TOKEN, "mcp": fuzzed.mcp_key, "telegram": TELEGRAM_SECRET,
             "github": GITHUB_SECRET}  # fmt: skip
    before = restarts(fuzzed.node)
    with captured_logs() as logs:
        logs.addFilter(RedactSecrets())  # the node's handler masks what it knows; the rest must not be there
        tried, statuses = await asyncio.to_thread(walk, fuzzed, every, right)
    assert restarted(before, restarts(fuzzed.node)) == {}
    leaks = {line[:300]: fuzzed.secrets.found_in(line) for line in logs.lines if fuzzed.secrets.found_in(line)}
    assert not leaks, leaks
    errors = [line[:500] for line in logs.lines if '"levelname": "ERROR"' in line and "unhandled" in line]
    assert not errors, errors
    spread = ", ".join(f"{s} x{n}" for s, n in sorted(statuses.items()))
    count(
        record_property,
        "http (real server, every route of the url_map)",
        tried,
        f"{len(every)} route-methods; {spread}",
    )
