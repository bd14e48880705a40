"""A vetted, pinned httpx transport: the egress guard's address rules for
clients that are not the skills' ``EgressClient`` (a chat library's own
HTTP client, such as python-telegram-bot's).

Per request, before any connection: https only (plain http only to a
granted loopback address); the host is resolved and every address it
resolves to must pass ``blocked_reason`` — private, link-local, cloud
metadata, CGNAT and IPv4-mapped forms are refused, loopback only by an
explicit grant of the application; then the request goes to the vetted
address itself (pinned: no second lookup an attacker's DNS could answer
differently), with the Host header and TLS SNI (and so the certificate
check) kept on the name. A refusal raises ``denied(reason)``; a name that
does not resolve is an ``httpx.ConnectError`` (the service is unreachable,
nothing was refused).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Sequence

import httpx

from alexclaw.security._egress import EgressDenied
from alexclaw.security._netguard import IPAddress, blocked_reason, literal_address

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]


async def resolve_async(host: str, port: int) -> Sequence[str]:
    """``getaddrinfo`` off the loop (the loop's executor), every address."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def address_refusal(address: IPAddress, *, allow_loopback: bool) -> str | None:
    """Why the guard refuses connecting to ``address`` (the kind of
    address it is), or None."""
    why = blocked_reason(address)
    if why is None or (allow_loopback and address.is_loopback):
        return None
    if address.is_loopback:
        return f"{why} (reachable only by an explicit grant, which this connection does not have)"
    return why


class PinnedTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        *,
        allow_loopback: bool = False,
        denied: Callable[[str], Exception] = EgressDenied,
        resolver: Resolver = resolve_async,
    ) -> None:
        self.allow_loopback = allow_loopback
        self._denied = denied
        self._resolver = resolver
        self._inner: httpx.AsyncHTTPTransport | None = None
        self._tls: ssl.SSLContext | None = None

    def _transport(self) -> httpx.AsyncHTTPTransport:
        # Built on first use and again after a close: a library that closes
        # its client and builds a new one with the same kwargs keeps working.
        if self._inner is None:
            if self._tls is None:
                self._tls = httpx.create_ssl_context(trust_env=False)
            self._inner = httpx.AsyncHTTPTransport(verify=self._tls, trust_env=False)
        return self._inner

    async def vet(self, url: httpx.URL) -> str:
        """The address to connect to for ``url``; raises ``denied`` or
        ``httpx.ConnectError``."""
        scheme, host = url.scheme.lower(), url.host.rstrip(".")
        if scheme not in {"https", "http"}:
            raise self._denied(f"scheme {scheme or '(none)'} is not allowed")
        if url.userinfo:
            raise self._denied("credentials in the URL (userinfo) are not allowed")
        if not host:
            raise self._denied("the URL has no host")
        literal = literal_address(host)
        if literal is not None:
            answers: Sequence[str] = [str(literal)]
        else:
            try:
                answers = await self._resolver(host, url.port or (443 if scheme == "https" else 80))
            except (OSError, UnicodeError) as exc:
                raise httpx.ConnectError(f"{host} does not resolve: {exc}") from None
            if not answers:
                raise httpx.ConnectError(f"{host} has no address")
        addresses = [ipaddress.ip_address(answer.split("%")[0]) for answer in answers]
        for address in addresses:  # one bad answer among good ones refuses: the guard's rule
            why = address_refusal(address, allow_loopback=self.allow_loopback)
            if why:
                named = f"{address} is" if literal is not None else f"{host} resolves to {address}, which is"
                raise self._denied(f"refused by the egress guard: {named} {why}")
        if scheme == "http" and not all(a.is_loopback for a in addresses):
            raise self._denied("plain http is allowed only to a granted loopback address (https only)")
        return str(addresses[0])

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        address = await self.vet(request.url)
        pinned = httpx.Request(
            request.method,
            request.url.copy_with(host=address),
            headers=request.headers,  # carries Host: the name, not the address
            stream=request.stream,
            extensions={**request.extensions, "sni_hostname": host},
        )
        return await self._transport().handle_async_request(pinned)

    async def aclose(self) -> None:
        inner, self._inner = self._inner, None
        if inner is not None:
            await inner.aclose()
