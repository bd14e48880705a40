"""Where a resource may point: the egress guard's address rules, applied
when the resource is saved (the page, the command line and an import all
save through ``save_resource``), so a feed on ``169.254.169.254`` is refused
with its reason then, not when a run first reads it.

The rules are the guard's own (``blocked_reason``, ``literal_address``, the
same legacy IPv4 and IPv6-embedding spellings): every address the host
resolves to must be public. A loopback, RFC 1918 or unique-local address is
allowed only by the resource's allow-private grant, and only for the host
the grant was given to; link-local, cloud metadata, CGNAT and the reserved
ranges never. Plain http only to such a granted private address (https
everywhere else, as the guard's default). A name that does not resolve now
is not refused: nothing is known about it, and the guard judges it again on
every request."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from alexclaw.security import blocked_reason, literal_address, private_grantable, resolve_async

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
RESOLVE_SECONDS: Final = 5.0

GRANT_HINT = (
    "a resource on a private or loopback address needs the allow-private grant "
    "(on the Resources page, or: alexclaw resource allow-private NAME)"
)


@dataclass(frozen=True, slots=True)
class UrlVerdict:
    """``problem`` None: the URL may be saved; ``private``: it reaches a
    private or loopback address (so it was allowed by the grant)."""

    problem: str | None
    host: str = ""
    private: bool = False


def url_host(url: str | None) -> str:
    """The URL's host, lower case without a trailing dot ("" if none)."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _shape(url: str) -> tuple[str | None, str, str, int]:
    """What is wrong with the URL itself (no network), its scheme, host and port."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"malformed URL: {exc}", "", "", 0
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        return "must start with http:// or https://", scheme, "", 0
    if parts.username is not None or "@" in parts.netloc:
        return "credentials in the URL (userinfo) are not allowed; an api resource has a credential field", "", "", 0
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        return "the URL has no host", scheme, "", 0
    return None, scheme, host, port or (443 if scheme == "https" else 80)


async def check_resource_url(url: str, *, granted_host: str = "", resolver: Resolver = resolve_async) -> UrlVerdict:
    """May a resource point at ``url``? ``granted_host`` is the host its
    allow-private grant was given to ("" without a grant)."""
    problem, scheme, host, port = _shape(url)
    if problem:
        return UrlVerdict(problem, host)
    literal = literal_address(host)
    if literal is not None:
        answers: Sequence[str] = [str(literal)]
    else:
        try:
            async with asyncio.timeout(RESOLVE_SECONDS):  # a save never hangs on a slow resolver
                answers = await resolver(host, port)
        except (OSError, UnicodeError, TimeoutError):
            answers = []  # unknown now: the guard judges it on every request
    granted = bool(granted_host) and granted_host == host
    private = False
    for answer in answers:
        address = ipaddress.ip_address(answer.split("%")[0])
        why = blocked_reason(address)
        if why is None:
            continue
        named = f"{address} is {why}" if literal is not None else f"{host} resolves to {address}, which is {why}"
        if not private_grantable(why):
            return UrlVerdict(f"{named}: never reachable", host)
        if not granted:
            return UrlVerdict(f"{named}; {GRANT_HINT}", host)
        private = True
    if scheme == "http" and not private:
        return UrlVerdict("must be https (plain http only for a granted private or loopback address)", host)
    return UrlVerdict(None, host, private)
