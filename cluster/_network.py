"""The listener (peers dial in) and the dialers (this node dials out, one
per known address, reconnecting with backoff). Both start each connection
as a ``Link`` under the links ``DynamicSupervisor``."""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from actors import AsyncActor, Down, ExitReason, MonitorRef, Process
from cluster._link import Link, LinkOptions
from cluster._settings import Seed
from cluster._wire import Wire
from supervisors import ChildSpec, Restart, start_child

log = logging.getLogger("cluster")

BACKOFF_FIRST: Final = 0.5
BACKOFF_MAX: Final = 30.0
CONNECT_TIMEOUT: Final = 5.0


def backoff(attempt: int, jitter: Callable[[], float] = random.random) -> float:
    """Seconds before redial number ``attempt`` (0 = the first retry):
    doubling from ``BACKOFF_FIRST`` up to ``BACKOFF_MAX``, with up to a
    quarter of jitter so nodes that lost each other do not redial in step."""
    base: float = min(BACKOFF_MAX, BACKOFF_FIRST * 2.0 ** min(attempt, 16))
    return base * (0.75 + 0.25 * jitter())


def link_spec(wire: Wire, role: str, options: LinkOptions) -> ChildSpec:
    async def start() -> Link:
        link: Link = await Link(wire, role, options).start()
        return link

    # Temporary: a link that ends is not restarted; its dialer dials again.
    return ChildSpec(f"link:{wire.address}", start, restart=Restart.TEMPORARY, shutdown=2.0)


class Listener(AsyncActor):
    """Accepts peers on the configured address (loopback unless the operator
    named one); each connection becomes a responder ``Link``.

    ``terminate``: closes the listening socket (the links it made live on under their supervisor)."""

    def __init__(
        self, host: str, port: int, links: Process | str, options: LinkOptions, tls: ssl.SSLContext | None
    ) -> None:
        super().__init__()
        self.host = host
        self.port = port
        self.links = links
        self.options = options
        self.tls = tls
        self._server: asyncio.Server | None = None

    async def init(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, self.port, ssl=self.tls)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info(
            "cluster listening on %s:%s",
            self.host,
            self.port,
            extra={"event": "cluster.listening", "host": self.host, "port": self.port},
        )

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        wire = Wire(reader, writer)
        try:
            await start_child(self.links, link_spec(wire, "responder", self.options))
        except Exception:
            log.exception("could not start a cluster link for %s", wire.address)
            wire.close()

    async def terminate(self, reason: ExitReason) -> None:
        if self._server is not None:
            self._server.close()


@dataclass(frozen=True)
class _Dial:
    pass


class Dialer(AsyncActor):
    """Keeps one outgoing link to ``seed`` up: dials, watches the link, and
    dials again after it ends, with ``backoff`` between failures (reset once
    a link came up). ``schedule`` is ``send_after`` in a node.

    ``handle_info``: ``_Dial`` dials; the ``Down`` of its link schedules the
    next dial (soon again if the link had come up)."""

    def __init__(
        self,
        seed: Seed,
        links: Process | str,
        options: LinkOptions,
        tls: ssl.SSLContext | None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        super().__init__()
        self.seed = seed
        self.links = links
        self.options = options
        self.tls = tls
        self.jitter = jitter
        self.attempt = 0
        self.current: Process | None = None
        self._ref: MonitorRef | None = None
        self.last_error: str | None = None

    async def init(self) -> None:
        self.options.schedule(self, _Dial(), 0.0)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Dial):
            await self._dial()
        elif isinstance(message, Down) and message.ref == self._ref:
            self.current = self._ref = None
            if _was_up(message.process):
                self.attempt = 0  # it was up: the next try is soon again
            self._retry()

    async def _dial(self) -> None:
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                reader, writer = await asyncio.open_connection(
                    self.seed.host, self.seed.port, ssl=self.tls, server_hostname="" if self.tls else None
                )
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            self.last_error = f"{type(exc).__name__}: {exc}"[:200]
            log.debug("cluster dial to %s failed: %s", self.seed, self.last_error)
            self._retry()
            return
        link = await start_child(self.links, link_spec(Wire(reader, writer), "initiator", self.options))
        if not isinstance(link, Process):
            writer.close()
            self._retry()
            return
        self.current = link
        self._ref = self.monitor(link)

    def _retry(self) -> None:
        delay = backoff(self.attempt, self.jitter)
        self.attempt += 1
        self.options.schedule(self, _Dial(), delay)


def _was_up(link: Process) -> bool:
    return isinstance(link, Link) and link.peer is not None
