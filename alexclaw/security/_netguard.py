"""SSRF guard: one IP classifier, legacy IPv4 spellings parsed the way a
resolver would, and the URL decision ``check-url`` prints. The egress
client (next step of the content-security work) connects only to an
address this module allowed, and re-checks every redirect hop."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_V4_BLOCKED: Final = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("0.0.0.0/8", "this-network"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local (cloud metadata lives here)"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "IETF protocol assignments"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "6to4 relay anycast"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("255.255.255.255/32", "broadcast"),
    )
)
_V6_BLOCKED: Final = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("fc00::/7", "unique local"),
        ("ff00::/8", "multicast"),
        ("2001:db8::/32", "documentation"),
        ("100::/64", "discard-only"),
        ("fd00:ec2::254/128", "cloud metadata"),
    )
)
_METADATA: Final = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped/compatible, NAT64, 6to4 or
    Teredo IPv6 address."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    packed = address.packed
    if packed[:12] == bytes(12) and packed[12:] != bytes(4) and int(address) > 1:
        return ipaddress.IPv4Address(packed[12:])  # IPv4-compatible ::a.b.c.d
    if address in ipaddress.ip_network("64:ff9b::/96") or address in ipaddress.ip_network("64:ff9b:1::/48"):
        return ipaddress.IPv4Address(packed[12:])
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


def blocked_reason(address: IPAddress) -> str | None:
    """Why connecting to ``address`` is refused, or None if it is public."""
    if address in _METADATA:
        return "cloud metadata endpoint"
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            why = blocked_reason(inner)
            return f"IPv6 address embedding {inner} ({why})" if why else None
        for network, why in _V6_BLOCKED:
            if address in network:
                return why
        return None
    for network, why in _V4_BLOCKED:
        if address in network:
            return why
    return None


_V4_PART = re.compile(r"^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$")


def parse_legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """``inet_aton`` rules: 1 to 4 parts, each decimal, octal (leading 0) or hex
    (0x); the last part fills the remaining bytes. ``127.1``, ``0x7f.1``,
    ``2130706433`` and ``017700000001`` are all 127.0.0.1."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_V4_PART.match(p) for p in parts):
        return None
    values = []
    for part in parts:
        if part.lower().startswith("0x"):
            values.append(int(part[2:] or "0", 16))
        elif part.startswith("0") and len(part) > 1:
            values.append(int(part, 8))
        else:
            values.append(int(part))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None
    number = 0
    for value in head:
        number = number * 256 + value
    number = number * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(number)


def literal_address(host: str) -> IPAddress | None:
    """An IP literal in any spelling, or None for a name."""
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        return ipaddress.ip_address(bare.split("%")[0])
    except ValueError:
        return parse_legacy_ipv4(bare)


@dataclass(frozen=True)
class UrlDecision:
    allowed: bool
    reason: str  # the first of ``reasons`` when denied (kept for callers that show one)
    addresses: tuple[str, ...] = field(default=())
    reasons: tuple[str, ...] = field(default=())  # every reason that applies, when denied


def _denied(reasons: list[str], addresses: Sequence[str] = ()) -> UrlDecision:
    return UrlDecision(False, reasons[0], tuple(addresses), tuple(reasons))


def resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def _request_reasons(url: str, method: str, allow_http: bool, methods: Iterable[str]) -> tuple[list[str], str, int]:
    """What is wrong with the request itself, and its host and port ("" if
    it has none). No network."""
    reasons = []
    if method.upper() not in {m.upper() for m in methods}:
        reasons.append(f"method {method} is not allowed")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return [*reasons, f"malformed URL: {exc}"], "", 0
    scheme = parts.scheme.lower()
    if scheme not in {"https", "http"}:
        reasons.append(f"scheme {scheme or '(none)'} is not allowed")
    if scheme == "http" and not allow_http:
        reasons.append("plain http is not allowed (https only)")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        reasons.append("credentials in the URL (userinfo) are not allowed")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        reasons.append("the URL has no host")
    return reasons, host, port or (443 if scheme == "https" else 80)


def check_url(
    url: str,
    *,
    method: str = "GET",
    allow_http: bool = False,
    pinned: Mapping[str, Sequence[str]] | None = None,
    methods: Iterable[str] = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"),
) -> UrlDecision:
    """May a skill fetch ``url``? Every address the host resolves to must be
    public (one bad answer among good ones denies: the client would pin the
    address it checked, but an allowlist decision must hold for all).

    A denial lists every reason that applies (``http://169.254.169.254/``
    is both plain http and the metadata endpoint), but a host name is not
    resolved for a URL already refused: no DNS query, which could carry
    data out, for a request that will not be made."""
    reasons, host, port = _request_reasons(url, method, allow_http, methods)
    if not host:
        return _denied(reasons)
    literal = literal_address(host)
    if literal is not None:
        why = blocked_reason(literal)
        if why:
            reasons.append(f"{literal} is {why}")
        if reasons:
            return _denied(reasons, (str(literal),))
        return UrlDecision(True, "public address", (str(literal),))
    if pinned is not None and host in pinned:
        answers = list(pinned[host])
    elif reasons:
        return _denied(reasons)
    else:
        try:
            answers = resolve(host, port)
        except (OSError, UnicodeError) as exc:
            return _denied([f"{host} does not resolve: {exc}"])
    if not answers:
        return _denied([*reasons, f"{host} has no address"])
    for answer in answers:
        try:
            address = ipaddress.ip_address(answer.split("%")[0])
        except ValueError:
            reasons.append(f"{host} resolved to something that is not an address: {answer!r}")
            continue
        why = blocked_reason(address)
        if why:
            reasons.append(f"{host} resolves to {address}, which is {why}")
    if reasons:
        return _denied(reasons, answers)
    return UrlDecision(True, "every address is public", tuple(answers))
