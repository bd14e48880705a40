"""DNS discovery: the A/AAAA records of ``ALEXCLAW_CLUSTER_DNS_NAME`` are
the peers (a Kubernetes headless service), each dialled on this node's
cluster port. Looked up at start and every ``DNS_EVERY`` seconds; a failed
lookup is logged and tried again, never a crash. The resolver is a plain
function, so tests hand in their own."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from actors import AsyncActor
from cluster._link import Schedule
from cluster._settings import Seed

log = logging.getLogger("cluster")

DNS_EVERY: Final = 30.0

Resolver = Callable[[str], Awaitable[Sequence[str]]]
AddAddress = Callable[[Seed], Awaitable[None]]


async def resolve_addresses(name: str) -> Sequence[str]:
    """The name's A and AAAA addresses, each once, in the resolver's order."""
    infos = await asyncio.get_running_loop().getaddrinfo(name, None, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _canon, sockaddr in infos:
        seen.setdefault(str(sockaddr[0]), None)
    return list(seen)


@dataclass(frozen=True)
class _Look:
    pass


class DnsDiscovery(AsyncActor):
    """Dials every address ``dns_name`` resolves to, except this node's own.

    ``handle_info`` (its timer's ``_Look``): resolves the name and hands each
    new address to ``add``; a failed lookup is logged and kept as
    ``last_error``, never raised."""

    def __init__(
        self,
        dns_name: str,
        port: int,
        *,
        own_host: str,
        add: AddAddress,
        schedule: Schedule,
        resolver: Resolver = resolve_addresses,
        every: float = DNS_EVERY,
    ) -> None:
        super().__init__()
        self.dns_name = dns_name
        self.port = port
        self.own_host = own_host
        self.add = add
        self.schedule = schedule
        self.resolver = resolver
        self.every = every
        self.found: tuple[str, ...] = ()
        self.last_error: str | None = None

    async def init(self) -> None:
        self.schedule(self, _Look(), 0.0)

    async def handle_info(self, message: Any) -> None:
        if not isinstance(message, _Look):
            return
        try:
            addresses = await self.resolver(self.dns_name)
        except OSError as exc:
            self.last_error = f"{type(exc).__name__}: {exc}"[:200]
            log.warning("cluster DNS lookup of %s failed: %s", self.dns_name, self.last_error,
                        extra={"event": "cluster.dns_failed", "dns_name": self.dns_name})  # fmt: skip
        else:
            self.last_error = None
            self.found = tuple(a for a in addresses if a != self.own_host)
            for address in self.found:
                await self.add(Seed(address, self.port))
        self.schedule(self, _Look(), self.every)
