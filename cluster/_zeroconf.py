"""zeroconf discovery: this node announces ``_alexclaw._tcp.local.`` on
the interface of its cluster listener only (never all interfaces) and dials
every other node it sees announced there. The TXT record holds the
protocol version and nothing else: no name beyond the service's, no secret.
An announcement proves nothing: whoever answers still has to pass the
cookie handshake."""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass
from typing import Any

from zeroconf import IPVersion, ServiceInfo, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncZeroconf

from actors import IGNORE, AsyncActor, ExitReason, Ignore, send
from cluster._discovery import AddAddress
from cluster._frames import PROTOCOL_VERSION
from cluster._settings import SERVICE_TYPE, Seed

log = logging.getLogger("cluster")

LOOKUP_MS = 3000


@dataclass(frozen=True)
class _Announced:
    service: str


class ZeroconfDiscovery(AsyncActor):
    """Registers this node's service and browses for the others' on the
    listener's interface; each one seen is handed to ``add`` (a dialer).

    ``handle_info``: an announced service is looked up and each new address
    handed to ``add``. ``terminate``: cancels the browser, unregisters this
    node's service and closes zeroconf."""

    def __init__(self, node_name: str, host: str, port: int, add: AddAddress) -> None:
        super().__init__()
        self.node_name = node_name
        self.host = host
        self.port = port
        self.add = add
        self.own_service = f"{node_name}.{SERVICE_TYPE}"
        self.seen: set[Seed] = set()
        self._zc: AsyncZeroconf | None = None
        self._browser: AsyncServiceBrowser | None = None

    async def init(self) -> Ignore | None:
        address = ipaddress.ip_address(self.host)
        if address.is_unspecified:
            log.warning("zeroconf discovery needs the listener on one address, not %s: off", self.host,
                        extra={"event": "cluster.zeroconf_off"})  # fmt: skip
            return IGNORE
        version = IPVersion.V4Only if address.version == 4 else IPVersion.V6Only
        self._zc = AsyncZeroconf(interfaces=[self.host], ip_version=version)
        info = ServiceInfo(
            SERVICE_TYPE, self.own_service, addresses=[address.packed], port=self.port,
            properties={"v": str(PROTOCOL_VERSION)}, server=f"{self.node_name}.local.",
        )  # fmt: skip
        await self._zc.async_register_service(info)
        self._browser = AsyncServiceBrowser(self._zc.zeroconf, SERVICE_TYPE, handlers=[self._changed])
        return None

    def _changed(self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange) -> None:
        if state_change in {ServiceStateChange.Added, ServiceStateChange.Updated} and name != self.own_service:
            send(self, _Announced(name))

    async def handle_info(self, message: Any) -> None:
        if not isinstance(message, _Announced) or self._zc is None:
            return
        info = await self._zc.async_get_service_info(SERVICE_TYPE, message.service, LOOKUP_MS)
        if info is None or info.port is None:
            return
        for address in info.parsed_addresses():
            seed = Seed(address, info.port)
            if seed not in self.seen and seed != Seed(self.host, self.port):
                self.seen.add(seed)
                await self.add(seed)

    async def terminate(self, reason: ExitReason) -> None:
        if self._browser is not None:
            await self._browser.async_cancel()
        if self._zc is not None:
            await self._zc.async_unregister_all_services()
            await self._zc.async_close()
