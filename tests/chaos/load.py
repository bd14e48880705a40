"""The bounded load a node is under while the chaos kills its processes:
one loop per way in, each at most one request in flight, every request
with a client-side timeout (a timeout is a *hang*, counted, never waited
out). Each loop remembers what the node accepted, for the invariants."""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from alexclaw import Node
from alexclaw.workflows import RunTicket
from tests.fake_telegram import FakeBotAPI

TIMEOUT = 15.0  # a request the node does not answer (or refuse) within this has hung
RUN_START_TIMEOUT = 35.0  # Runs.start_manual's own call timeout is 30 s: beyond it, a hang
PAGES = ("/", "/workflows", "/runs", "/config", "/services", "/audit", "/logs", "/llm", "/memory")
CONFIG_KEY = "automation.screenshots_kept"  # ordinary (no 2FA), harmless, an integer we can make unique
HTML = {"Accept": "text/html"}
WORKFLOWS = ("chaos fast", "chaos slow", "chaos failing")


@dataclass
class ConfigWrite:
    value: str
    accepted: bool | None  # None: no answer (connection dropped, a hang): it may or may not have happened


@dataclass
class Load:
    """What every loop did, by way in and outcome."""

    node: Node
    url: str
    password: str
    rng: random.Random
    telegram: FakeBotAPI
    proxy_key: str
    mcp_key: str
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)
    hangs: list[str] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)  # every 500: a defect, never an outcome of a kill
    tickets: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    config_writes: list[ConfigWrite] = field(default_factory=list)
    telegram_tokens: dict[str, int] = field(default_factory=dict)  # unique text → update id
    ready_at: list[float] = field(default_factory=list)  # each /readyz 200, monotonic
    stopping: asyncio.Event = field(default_factory=asyncio.Event)

    def count(self, way: str, outcome: str) -> None:
        self.outcomes[(way, outcome)] += 1

    def requests_by_way(self) -> Counter[str]:
        done: Counter[str] = Counter()
        for (way, _outcome), n in self.outcomes.items():
            done[way] += n
        return done

    async def _pause(self, mean: float) -> None:
        """The load's own pace between requests (bounded load), not a wait for anything."""
        await asyncio.sleep(self.rng.uniform(0.5, 1.5) * mean)

    async def _http(
        self, way: str, client: httpx.AsyncClient, method: str, path: str, **kw: Any
    ) -> httpx.Response | None:
        try:
            response = await client.request(method, path, **kw)
        except httpx.TimeoutException:
            self.hangs.append(f"{way} {method} {path}")
            self.count(way, "hang")
            return None
        except httpx.TransportError:  # the web child restarting: refused at once, not hung
            self.count(way, "refused")
            return None
        if response.status_code == 500:
            self.server_errors.append(f"{way}: {method} {path}")
        self.count(way, f"{response.status_code // 100}xx" if response.status_code != 500 else "500")
        return response

    # -- the web: logged in as the operator, pages and a config write ------

    async def _login(self, client: httpx.AsyncClient) -> bool:
        page = await self._http("web login", client, "GET", "/login", headers=HTML)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text) if page is not None else None
        if token is None:
            return False
        form = {"password": self.password, "csrf_token": token.group(1), "next": "/"}
        answer = await self._http("web login", client, "POST", "/login", data=form, headers=HTML)
        return answer is not None and answer.status_code in (302, 303)

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.url, timeout=TIMEOUT, follow_redirects=False)

    async def web_reader(self) -> None:
        async with self._client() as client:
            logged_in = False
            while not self.stopping.is_set():
                if not logged_in:
                    logged_in = await self._login(client)
                else:
                    page = await self._http("web page", client, "GET", self.rng.choice(PAGES), headers=HTML)
                    if page is not None and page.status_code in (302, 303) and "/login" in page.headers["Location"]:
                        logged_in = False
                await self._pause(0.1)

    async def config_writer(self) -> None:
        async with self._client() as client:
            logged_in, n = False, 100
            while not self.stopping.is_set():
                await self._pause(0.3)
                if not logged_in:
                    logged_in = await self._login(client)
                    continue
                page = await self._http("web config write", client, "GET", "/config", headers=HTML)
                token = re.search(r'name="csrf_token" value="([^"]+)"', page.text) if page is not None else None
                if token is None:
                    logged_in = page is None or page.status_code not in (302, 303)
                    continue
                n += 1
                write = ConfigWrite(str(n), None)
                self.config_writes.append(write)
                form = {"value": write.value, "csrf_token": token.group(1)}
                answer = await self._http(
                    "web config write", client, "POST", f"/config/{CONFIG_KEY}", data=form, headers=HTML
                )
                if answer is None or answer.status_code not in (302, 303):
                    # A 4xx is a refusal; a 5xx (an actor killed after the commit,
                    # before the answer) or no answer may or may not have happened.
                    write.accepted = False if answer is not None and answer.status_code < 500 else None
                    continue
                shown = await self._http("web config write", client, "GET", answer.headers["Location"], headers=HTML)
                if shown is None or shown.status_code != 200:
                    continue  # the answer was lost with the page: unknown
                write.accepted = "flash success" in shown.text or f"{CONFIG_KEY} saved" in shown.text

    # -- workflow runs of mixed skills, started and sometimes cancelled ----

    async def runs(self) -> None:
        runs = self.node.state.runs
        while not self.stopping.is_set():
            await self._pause(0.05)
            try:
                ticket = await asyncio.wait_for(
                    runs.start_manual(self.rng.choice(WORKFLOWS), actor="chaos", origin="chaos"), RUN_START_TIMEOUT
                )
            except TimeoutError:
                self.hangs.append("run start")
                self.count("workflow run", "hang")
                continue
            except Exception as exc:  # the manager killed mid-call, the database away: refused
                self.count("workflow run", f"refused ({type(exc).__name__})")
                continue
            if isinstance(ticket, RunTicket):
                self.tickets.append(ticket.run_id)
                self.count("workflow run", "accepted")
                if self.rng.random() < 0.1:
                    try:
                        if await asyncio.wait_for(runs.cancel(ticket.run_id), TIMEOUT):
                            self.cancelled.append(ticket.run_id)
                    except Exception as exc:
                        self.count("workflow cancel", f"refused ({type(exc).__name__})")
            else:
                self.count("workflow run", "challenge")

    # -- Telegram through the fake Bot API --------------------------------

    async def telegram_updates(self, chat: int) -> None:
        n = 0
        while not self.stopping.is_set():
            await self._pause(0.3)
            n += 1
            token = f"chaos-{n:05d}"
            self.telegram_tokens[token] = self.telegram.push_message(chat, f"/run {token}")
            self.count("telegram update", "sent")

    # -- the shield proxy and MCP ------------------------------------------

    async def shield_proxy(self) -> None:
        headers = {"Authorization": f"Bearer {self.proxy_key}"}
        async with self._client() as client:
            n = 0
            while not self.stopping.is_set():
                await self._pause(0.3)
                n += 1
                body = {"model": "fake-model", "messages": [{"role": "user", "content": f"Question {n}?"}]}
                await self._http("shield proxy", client, "POST", "/v1/chat/completions", json=body, headers=headers)

    async def mcp(self) -> None:
        headers = {
            "Authorization": f"Bearer {self.mcp_key}",
            "Accept": "application/json, text/event-stream",
        }
        hello = {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "chaos", "version": "1"},
            },
        }
        async with self._client() as client:
            while not self.stopping.is_set():
                await self._pause(1.5)  # under mcp.rate_limit_per_minute
                await self._http("mcp", client, "POST", "/mcp", json=hello, headers=headers)

    # -- readiness, watched from outside -----------------------------------

    async def readiness(self) -> None:
        async with self._client() as client:
            while not self.stopping.is_set():
                answer = await self._http("readyz", client, "GET", "/readyz")
                if answer is not None and answer.status_code == 200:
                    self.ready_at.append(time.monotonic())
                await self._pause(0.05)


async def ready_within(url: str, bound: float) -> float:
    """Seconds until ``/readyz`` answers 200 (each ask with a client
    timeout), or ``bound`` plus the last answer in the AssertionError."""
    start = time.monotonic()
    last: object = None
    async with httpx.AsyncClient(base_url=url, timeout=5) as client:
        while time.monotonic() - start < bound:
            try:
                answer = await client.get("/readyz")
            except httpx.HTTPError as exc:
                last = exc
            else:
                if answer.status_code == 200:
                    return time.monotonic() - start
                last = answer.text
            await asyncio.sleep(0.1)  # asking again from outside: the node's recovery is its own
    raise AssertionError(f"not ready within {bound} s after the last kill: {last!r}")
