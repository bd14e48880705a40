"""Kept-alive connections for the egress client, never shared across
decisions the guard made separately.

A connection is reused only for the exact tuple it was opened for:
scheme, host name, port, the pinned address, the TLS server name and the
policy that allowed it (the skill and its grants). The guard's checks stay
per request, before the pool is asked: the URL, the allowlist, the name
resolved and every address vetted — a name that now resolves to a private
address is refused, whatever connection is open to its old address, and a
new address is a new key. A connection opened for one name is never handed
to another name behind the same address, nor to another skill.

Bounded: ``per_host`` connections per key and ``total`` in all (an idle
connection of another key is closed to make room; past both limits a
request waits for one to come back, up to its pool timeout). An idle
connection is closed after ``idle_seconds`` (``sweep``, driven by the
security subtree's keeper, and at checkout) or as soon as the server closed
it (seen at checkout: the socket reads as closed). ``aclose`` closes every
connection (node stop). A pooled connection that breaks is retried once,
on a fresh connection, only when the method is idempotent or nothing of
the request was sent; a fresh connection is never retried.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import httpcore
import httpx

PER_HOST: Final = 8
TOTAL: Final = 64
IDLE_SECONDS: Final = 20.0
IDEMPOTENT: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# What a connection that went stale while it waited in the pool raises on
# its next use (the server closed it, a reset): worth one fresh try.
_BROKEN: Final = (httpcore.NetworkError, httpcore.RemoteProtocolError, httpcore.ConnectionNotAvailable)
_CORE_ERRORS: Final = (
    httpcore.ConnectionNotAvailable,
    httpcore.ProtocolError,
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.UnsupportedProtocol,
)


@dataclass(frozen=True, slots=True)
class PoolKey:
    """What a connection was opened for; reused only for exactly this."""

    scheme: str
    host: str  # the name asked for (Host header)
    port: int
    address: str  # the vetted address it is pinned to
    server_name: str  # TLS SNI ("" for plain http)
    grant: str  # the policy that allowed it: skill and grants


@dataclass(frozen=True, slots=True)
class EgressPoolStats:
    open: int  # connections open now (busy and idle)
    idle: int
    opened: int  # connections opened since the pool was made
    reused: int  # requests served on a connection opened earlier


@dataclass(eq=False, slots=True)
class _Pooled:
    key: PoolKey
    conn: httpcore.AsyncHTTPConnection
    idle_since: float | None = None  # None: lent to a request
    reused: bool = False


def as_httpx_error(exc: Exception) -> httpx.HTTPError:
    """httpcore's exception as httpx's of the same name (as httpx's own
    transport maps them), so the egress client's one ``except`` holds."""
    kind = getattr(httpx, type(exc).__name__, None)
    if isinstance(kind, type) and issubclass(kind, httpx.TransportError):
        return kind(str(exc))
    return httpx.TransportError(f"{type(exc).__name__}: {exc}")


@dataclass
class _Sent:
    """Whether any of the request went on the wire (httpcore's trace)."""

    headers: bool = False

    async def trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event.endswith("send_request_headers.started"):
            self.headers = True


class EgressPool:
    def __init__(
        self,
        *,
        per_host: int = PER_HOST,
        total: int = TOTAL,
        idle_seconds: float = IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_host < 1 or total < per_host:
            raise ValueError("the pool needs per_host >= 1 and total >= per_host")
        self.per_host = per_host
        self.total = total
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._conns: dict[PoolKey, list[_Pooled]] = {}
        self._closed = False
        self._freed: asyncio.Event | None = None  # set when a connection comes back or closes
        self._opened = 0
        self._reused = 0

    def transport(self, key: PoolKey, tls: Callable[[], ssl.SSLContext]) -> httpx.AsyncBaseTransport:
        """A transport for one request (or one hop) to ``key``; closing it
        closes nothing: the pool owns the connections."""
        return _Lease(self, key, tls)

    def stats(self) -> EgressPoolStats:
        every = [p for conns in self._conns.values() for p in conns]
        idle = sum(1 for p in every if p.idle_since is not None)
        return EgressPoolStats(len(every), idle, self._opened, self._reused)

    def reopen(self) -> None:
        """Serve again after ``aclose`` (the keeper restarted)."""
        self._closed = False

    async def aclose(self) -> None:
        """Close every connection, lent ones included (the node is
        stopping: a request still running fails), and refuse new ones
        until ``reopen``."""
        self._closed = True
        every = [p for conns in self._conns.values() for p in conns]
        self._conns.clear()
        for pooled in every:
            await pooled.conn.aclose()
        self._wake()

    async def sweep(self) -> int:
        """Close the connections idle for ``idle_seconds`` or closed by
        their server; how many."""
        now = self._clock()
        stale = [
            p
            for conns in self._conns.values()
            for p in conns
            if p.idle_since is not None and (now - p.idle_since >= self.idle_seconds or p.conn.has_expired())
        ]
        for pooled in stale:
            await self._drop(pooled)
        return len(stale)

    # -- one request ---------------------------------------------------------------

    async def send(self, key: PoolKey, tls: Callable[[], ssl.SSLContext], request: httpx.Request) -> httpx.Response:
        sent = _Sent()
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions={**request.extensions, "trace": sent.trace},
        )
        wait = float((request.extensions.get("timeout") or {}).get("pool") or 0) or None
        pooled = await self._checkout(key, core, tls, fresh=False, wait=wait)
        try:
            answer = await pooled.conn.handle_async_request(core)
        except _BROKEN as exc:
            await self._drop(pooled)
            if not pooled.reused or not (request.method in IDEMPOTENT or not sent.headers):
                raise as_httpx_error(exc) from exc
            pooled = await self._checkout(key, core, tls, fresh=True, wait=wait)
            try:
                answer = await pooled.conn.handle_async_request(core)
            except BaseException as again:
                await self._drop(pooled)
                if isinstance(again, _CORE_ERRORS):
                    raise as_httpx_error(again) from again
                raise
        except BaseException as exc:  # a timeout, a cancellation, a bug: the connection is not reused
            await self._drop(pooled)
            if isinstance(exc, _CORE_ERRORS):
                raise as_httpx_error(exc) from exc
            raise
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_Lent(self, pooled, answer.stream),
            extensions=answer.extensions,
        )

    async def _checkout(
        self,
        key: PoolKey,
        core: httpcore.Request,
        tls: Callable[[], ssl.SSLContext],
        *,
        fresh: bool,
        wait: float | None,
    ) -> _Pooled:
        """An idle connection for ``key`` (unless ``fresh``), else a new one
        within the limits, else wait for one to come back."""
        while True:
            if self._closed:
                raise httpx.ConnectError("the egress pool is closed (the node is stopping)")
            conns = self._conns.get(key, [])
            for pooled in reversed(conns):  # the most recently used first: the least likely to be stale
                if pooled.idle_since is None:
                    continue
                if fresh or pooled.conn.has_expired() or not pooled.conn.is_available() or self._too_old(pooled):
                    await self._drop(pooled)  # fresh: its siblings went stale together (a server restart)
                    break  # the list changed: look again
                pooled.idle_since, pooled.reused = None, True
                self._reused += 1
                return pooled
            else:
                if len(conns) < self.per_host:
                    if self._count() < self.total:
                        return self._open(key, core, tls)
                    if await self._evict_one():
                        continue  # closing it awaited: look again, another request may have taken the room
                await self._wait(wait)

    def _open(self, key: PoolKey, core: httpcore.Request, tls: Callable[[], ssl.SSLContext]) -> _Pooled:
        conn = httpcore.AsyncHTTPConnection(
            origin=core.url.origin, ssl_context=tls() if key.scheme == "https" else None, keepalive_expiry=None
        )
        pooled = _Pooled(key, conn)
        self._conns.setdefault(key, []).append(pooled)
        self._opened += 1
        return pooled

    async def _checkin(self, pooled: _Pooled) -> None:
        """A response was closed: its connection goes back idle if it can
        serve another request, else it is closed."""
        if self._closed or not pooled.conn.is_idle() or pooled not in self._conns.get(pooled.key, ()):
            await self._drop(pooled)
            return
        pooled.idle_since = self._clock()
        self._wake()

    async def _drop(self, pooled: _Pooled) -> None:
        conns = self._conns.get(pooled.key)
        if conns is not None and pooled in conns:
            conns.remove(pooled)
            if not conns:
                del self._conns[pooled.key]
        await pooled.conn.aclose()
        self._wake()

    async def _evict_one(self) -> bool:
        """Room for one more: the longest idle connection of any key closed."""
        idle = [p for conns in self._conns.values() for p in conns if p.idle_since is not None]
        if not idle:
            return False
        await self._drop(min(idle, key=lambda p: p.idle_since or 0.0))
        return True

    def _count(self) -> int:
        return sum(len(conns) for conns in self._conns.values())

    def _too_old(self, pooled: _Pooled) -> bool:
        return pooled.idle_since is not None and self._clock() - pooled.idle_since >= self.idle_seconds

    def _wake(self) -> None:
        if self._freed is not None:
            self._freed.set()
            self._freed = None

    async def _wait(self, wait: float | None) -> None:
        if self._freed is None:
            self._freed = asyncio.Event()
        try:
            async with asyncio.timeout(wait):
                await self._freed.wait()
        except TimeoutError:
            raise httpx.PoolTimeout(f"no egress connection became free within {wait}s") from None


class _Lease(httpx.AsyncBaseTransport):
    def __init__(self, pool: EgressPool, key: PoolKey, tls: Callable[[], ssl.SSLContext]) -> None:
        self._pool = pool
        self._key = key
        self._tls = tls

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.send(self._key, self._tls, request)

    async def aclose(self) -> None:
        return None  # the pool's connections outlive the request


class _Lent(httpx.AsyncByteStream):
    """A response body read from a pooled connection; closing it hands the
    connection back (or closes it, when the body was not read to its end)."""

    def __init__(self, pool: EgressPool, pooled: _Pooled, stream: Any) -> None:
        self.pool = pool
        self.pooled = pooled
        self.stream = stream
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self.stream:
                yield part
        except _CORE_ERRORS as exc:
            raise as_httpx_error(exc) from exc

    async def aclose(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            await self.stream.aclose()
        finally:
            await self.pool._checkin(self.pooled)
