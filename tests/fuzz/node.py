"""A node for fuzzing, on 127.0.0.1 behind its real Hypercorn endpoint,
seeded with one of every secret it holds (so the scans can look for each)
and furnished with one of everything a page can show (the bad-input
crawl's site), plus what a synchronous HTTP client in a worker thread
needs to reach the handlers: a logged-in session and its CSRF token."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyotp

from actors import whereis
from alexclaw import Node
from alexclaw.logs import JsonFormatter
from alexclaw.web import WEB_NAME, WebEndpoint
from cluster import ClusterSettings
from supervisors import SupervisorBase, which_children
from tests.alexclaw.mcp.fuzz_support import create_key
from tests.alexclaw.web.conftest import KEY, PASSWORD, make_settings
from tests.alexclaw.web.crawl import Site, furnished_site
from tests.fuzz.support import Secrets

PROVIDER_KEY = "sk-ant-api03-" + "f" * 90
COOKIE = "fuzz-cluster-cookie-" + "c" * 40
TOTP_SECRET = pyotp.random_base32()
PROXY_KEY = "fuzz-proxy-key-" + "p" * 30
METRICS_TOKEN = "fuzz-metrics-token-" + "t" * 30
GITHUB_SECRET = "fuzz-github-secret-" + "g" * 30
TELEGRAM_SECRET = "fuzz-telegram-secret-" + "s" * 30
UPSTREAM_KEY = "fuzz-upstream-key-" + "u" * 30
REQUEST_TIMEOUT = 30.0  # a request that takes longer hung


@dataclass
class FuzzNode:
    node: Node
    site: Site
    url: str
    secrets: Secrets
    mcp_key: str
    token: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def client(self) -> httpx.Client:
        # A connection per request: a kept-alive one the server closed while
        # idle would read as "closed without an answer" on its next use.
        limits = httpx.Limits(max_keepalive_connections=0)
        return httpx.Client(base_url=self.url, timeout=REQUEST_TIMEOUT, follow_redirects=False, limits=limits)

    def login(self, http: httpx.Client) -> None:
        """A session for ``http`` and its CSRF token (the guard's per-session one)."""
        http.cookies.clear()
        page = http.get("/login", headers={"Accept": "text/html"})
        form = {"password": PASSWORD, "csrf_token": csrf_in(page.text), "next": "/"}
        done = http.post("/login", data=form, headers={"Accept": "text/html"})
        assert done.status_code == 302 and not done.headers["Location"].startswith("/login"), done.text[:300]
        self.token = csrf_in(http.get("/", headers={"Accept": "text/html"}).text)


def csrf_in(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


async def fuzz_node(database_url: str, tmp_path: Path) -> AsyncIterator[FuzzNode]:
    settings = dataclasses.replace(
        make_settings(database_url, tmp_path),
        config_seeds={"ANTHROPIC_API_KEY": PROVIDER_KEY},
        cluster=ClusterSettings(cookie=COOKIE, host="127.0.0.1", port=0, heartbeat_seconds=30.0),
    )
    node = Node(settings)
    await node.start()
    try:
        config = node.state.config
        for key, value in (
            ("auth.totp_secret", TOTP_SECRET),
            ("auth.login_requires_code", "false"),  # the password alone opens a session; actions still ask
            ("shield.proxy_api_key", PROXY_KEY),
            ("shield.proxy_upstream_url", "http://127.0.0.1:9/v1"),  # nothing listens: the proxy's 502
            ("shield.proxy_upstream_api_key", UPSTREAM_KEY),
            ("metrics.token", METRICS_TOKEN),
            ("github.webhook_secret", GITHUB_SECRET),
            ("telegram.webhook_secret", TELEGRAM_SECRET),
        ):
            await config.set(key, value, actor="test")
        site = await furnished_site(node.state.app.test_client(), node)
        # Every wrong secret the fuzzer sends counts toward 127.0.0.1's block: none in its way.
        await config.set("auth.rate_limit.max_attempts", "1000000", actor="test")
        async with node.state.database.pool().acquire() as conn:
            _, mcp_key = await create_key(
                conn, node.state.mcp.fp_key, "fuzz", frozenset({"tools", "resources"}), None, actor="test"
            )
        web = whereis(WEB_NAME)
        assert isinstance(web, WebEndpoint)
        secrets = Secrets(
            {
                "ADMIN_PASSWORD": PASSWORD, "SECRET_KEY_BASE": KEY, "provider API key": PROVIDER_KEY,
                "cluster cookie": COOKIE, "TOTP secret": TOTP_SECRET, "shield proxy key": PROXY_KEY,
                "metrics token": METRICS_TOKEN, "GitHub webhook secret": GITHUB_SECRET,
                "Telegram webhook secret": TELEGRAM_SECRET, "upstream key": UPSTREAM_KEY, "MCP key": mcp_key,
            }
        )  # fmt: skip
        yield FuzzNode(node, site, web.url, secrets, mcp_key)
    finally:
        await node.stop()


def restarts(node: Node) -> dict[tuple[str, str], int]:
    """Every supervised child's restart count, by (supervisor, child)."""
    counts: dict[tuple[str, str], int] = {}

    def walk(sup: SupervisorBase) -> None:
        for row in which_children(sup):
            counts[(sup.label, str(row.id))] = row.restarts
            if isinstance(row.process, SupervisorBase) and row.process.alive:
                walk(row.process)

    root = node.state.root
    assert isinstance(root, SupervisorBase)
    walk(root)
    return counts


def restarted(before: dict[tuple[str, str], int], after: dict[tuple[str, str], int]) -> dict[str, int]:
    """Children (present before and after) that restarted in between."""
    return {f"{s}/{c}": after[(s, c)] - n for (s, c), n in before.items() if after.get((s, c), n) != n}


class Captured(logging.Handler):
    """Every log line written while fuzzing, as the node writes it (JSON,
    with its traceback)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def captured_logs() -> Iterator[Captured]:
    handler = Captured()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
