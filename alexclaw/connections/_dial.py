"""Reaching a database: the egress guard's address rules for its host, and
one connection per use, pinned to the addresses that were vetted.

Every address the host resolves to must be public, or loopback/RFC
1918/unique-local with the connection's allow-private grant for that host
(the providers' and resources' rule, ``private_grantable``); link-local,
cloud metadata, CGNAT and the reserved ranges never. The connection then
goes to the vetted address itself, so a name that resolves elsewhere a
moment later is not followed; with ``verify-full`` the certificate is
still checked against the name (``_NamedContext``). No pool: each run gets
a fresh session and closes it, so nothing a query set survives it."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import asyncpg

from alexclaw.connections._model import DbConnection
from alexclaw.security import blocked_reason, literal_address, private_grantable, resolve_async

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
RESOLVE_SECONDS: Final = 5.0
CONNECT_SECONDS: Final = 5.0
GRANT_HINT: Final = (
    "a database on a private or loopback address needs the allow-private grant "
    "(on the Connections page, with a 2FA code)"
)


@dataclass(frozen=True, slots=True)
class Vetted:
    """``problem`` None: ``addresses`` may be dialled; ``private``: one of
    them is private or loopback (allowed by the grant)."""

    problem: str | None
    addresses: tuple[str, ...] = ()
    private: bool = False


async def vet_host(host: str, port: int, *, granted: bool, resolver: Resolver = resolve_async) -> Vetted:
    """May the node connect to ``host``? ``granted``: the connection holds
    the allow-private grant for this host."""
    literal = literal_address(host)
    if literal is not None:
        answers: Sequence[str] = [str(literal)]
    else:
        try:
            async with asyncio.timeout(RESOLVE_SECONDS):
                answers = await resolver(host, port)
        except (OSError, UnicodeError, TimeoutError) as exc:
            return Vetted(f"{host} does not resolve: {exc}")
    if not answers:
        return Vetted(f"{host} does not resolve")
    private = False
    for answer in answers:
        address = ipaddress.ip_address(answer.split("%")[0])
        why = blocked_reason(address)
        if why is None:
            continue
        named = f"{address} is {why}" if literal is not None else f"{host} resolves to {address}, which is {why}"
        if not private_grantable(why):
            return Vetted(f"{named}: never reachable")
        if not granted:
            return Vetted(f"{named}; {GRANT_HINT}")
        private = True
    return Vetted(None, tuple(answers), private)


class _NamedContext(ssl.SSLContext):
    """A TLS context that checks the certificate against the connection's
    host name while the socket goes to the vetted address (asyncpg names
    the address it was given as the server)."""

    expected_name: str = ""

    def wrap_bio(  # type: ignore[override]
        self, incoming: ssl.MemoryBIO, outgoing: ssl.MemoryBIO, server_side: bool = False,
        server_hostname: str | None = None, session: ssl.SSLSession | None = None,
    ) -> ssl.SSLObject:  # fmt: skip
        return super().wrap_bio(incoming, outgoing, server_side, self.expected_name or server_hostname, session)


def tls_context(mode: str, host: str) -> ssl.SSLContext | bool:
    """``disable``: plain; ``require``: encrypted, the certificate not
    checked; ``verify-full``: the system's CAs and the host's name."""
    if mode == "disable":
        return False
    context = _NamedContext(ssl.PROTOCOL_TLS_CLIENT)
    if mode == "require":
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    context.load_default_certs()
    context.expected_name = host
    return context


class DialRefused(Exception):
    """The address rules refused the host (the reason is the message)."""


async def dial(
    connection: DbConnection, password: str, *, timeout: float = CONNECT_SECONDS, resolver: Resolver = resolve_async
) -> asyncpg.Connection:
    """A new session on the connection's database, through the address
    rules. Raises ``DialRefused``, or asyncpg's/OSError's own errors."""
    vetted = await vet_host(connection.host_key, connection.port, granted=connection.granted_here, resolver=resolver)
    if vetted.problem is not None:
        raise DialRefused(vetted.problem)
    last: BaseException | None = None
    for address in vetted.addresses:
        try:
            # password never None: asyncpg would read PGPASSWORD or ~/.pgpass for a host the operator named
            opened: asyncpg.Connection = await asyncpg.connect(
                host=address, port=connection.port, user=connection.user, password=password,
                database=connection.database, ssl=tls_context(connection.tls, connection.host_key),
                timeout=timeout, statement_cache_size=0, server_settings={"application_name": "alexclaw sql_query"},
            )  # fmt: skip
        except (OSError, TimeoutError) as exc:
            last = exc  # the next address, as a client would
            continue
        return opened
    assert last is not None
    raise last


def without_secret(message: str, password: str) -> str:
    """A server's or driver's message with the password taken out, should
    anything ever echo it."""
    return message.replace(password, "***") if password else message


def error_text(exc: BaseException, password: str) -> str:
    """What went wrong, as the server or the driver said it."""
    text: Any = str(exc) or type(exc).__name__
    if isinstance(exc, TimeoutError):
        text = "no answer in time (connecting)"
    return without_secret(str(text), password)
