"""``WebEndpoint``: Hypercorn serving the Quart app inside our loop.

``init`` binds and listens on the socket itself, so a taken port is a clear
start failure and the endpoint accepts connections (queued in the backlog)
as soon as ``init`` returns. Hypercorn's ``serve`` runs as a task process
linked to the endpoint: if it dies, the endpoint dies and is restarted.
``terminate`` triggers Hypercorn's graceful shutdown.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any, Final

from hypercorn.asyncio import serve
from hypercorn.config import Config
from quart import Quart

from actors import AsyncActor, ExitReason, TaskProcess, publish

log = logging.getLogger("alexclaw.web")

WEB_TOPIC: Final = "web"  # "closing": published first on stop, so long-lived streams end at once


# The server task serving each configured address (host, port ≠ 0). A killed
# endpoint never runs ``terminate``: its server task drains with the socket
# still open, and the next incarnation's bind failed at once ("address
# already in use") — two failed starts in milliseconds exhausted the root's
# intensity (found by the chaos suite). The next incarnation waits for it.
_SERVING: dict[tuple[str, int], TaskProcess[Any]] = {}


class WebBindError(OSError):
    """The endpoint cannot listen on the configured address."""


def bind_listening_socket(host: str, port: int, backlog: int = 128) -> socket.socket:
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise WebBindError(f"cannot resolve ALEXCLAW_HTTP_HOST {host!r}: {exc}") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(backlog)
    except OSError as exc:
        sock.close()
        raise WebBindError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.setblocking(False)
    return sock


class WebEndpoint(AsyncActor):
    """Hypercorn serving the Quart app, as a process (the root's last child).

    ``init``
        Waits for the server task of a killed predecessor on the same address
        to let the socket go, binds the socket (a taken port raises: a start
        failure, so the node's start fails and stops what it started) and
        starts the server task, linked to it.
    ``terminate``
        Publishes ``closing`` on ``WEB_TOPIC`` (event streams end at once),
        asks Hypercorn to drain, and kills the server task if it has not ended
        ``graceful_timeout`` + 2 s later.

    It answers no calls. A request that fails is Quart's 500, not a crash; if
    the server task dies, the link brings the endpoint down and the root
    restarts it."""

    def __init__(
        self,
        app: Quart | Any,  # the Quart app, or an ASGI app in front of it (``machine.FrontDoor``)
        host: str,
        port: int,
        *,
        graceful_timeout: float = 5.0,
        closing: asyncio.Event | None = None,
    ) -> None:
        super().__init__()
        self.closing = closing  # set first on stop, so long-lived streams end and the drain is quick
        self.app = app
        self.host = host
        self.port = port
        self.graceful_timeout = graceful_timeout
        self._shutdown = asyncio.Event()
        self._server: TaskProcess[Any] | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def init(self) -> None:
        address = (self.host, self.port)
        previous = _SERVING.pop(address, None) if self.port else None
        if previous is not None and previous.alive:
            try:
                await previous.wait_exited(self.graceful_timeout + 2)
            except TimeoutError:
                previous.kill()
                await previous.wait_exited()
        sock = bind_listening_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        config = Config()
        config.bind = [f"fd://{sock.detach()}"]
        config.accesslog = None
        config.errorlog = logging.getLogger("hypercorn.error")
        config.graceful_timeout = self.graceful_timeout
        config.include_server_header = False

        async def run() -> None:
            await serve(self.app, config, shutdown_trigger=self._shutdown.wait)

        # Linked: if the endpoint is killed, the exit signal reaches the
        # server task, whose on_stop starts Hypercorn's graceful shutdown.
        server = TaskProcess(run, on_stop=self._shutdown.set, stop_grace=self.graceful_timeout)
        self._server = await server.start()
        if address[1]:
            _SERVING[address] = self._server
        log.info("web endpoint listening on %s", self.url, extra={"event": "web.listening", "url": self.url})

    async def terminate(self, reason: ExitReason) -> None:
        if self.closing is not None:
            self.closing.set()
            publish(WEB_TOPIC, "closing")
        self._shutdown.set()
        if self._server is not None:
            self.unlink(self._server)
            try:
                await self._server.wait_exited(self.graceful_timeout + 2)
            except TimeoutError:
                self._server.kill()
                await self._server.wait_exited()
