"""The cluster subtree, rest_for_one:

    cluster
    ├── membership   the peer table: claims, snapshot, nodeup/nodedown
    ├── links        dynamic: one Link per connection, temporary
    ├── listener     accepts peers on ALEXCLAW_CLUSTER_HOST:PORT
    ├── dialers      one Dialer per static seed (and per discovered address)
    ├── zeroconf     with zeroconf discovery: announces and browses on the listener's interface
    └── dns          with dns discovery: dials what ALEXCLAW_CLUSTER_DNS_NAME resolves to

IGNORE when the cluster is off (no cookie, or a weak one): nothing listens
and nothing dials. rest_for_one because every link claimed its name with
this membership: when membership restarts, the links (and the listener and
dialers that make them) restart after it, so the table and the links agree.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from actors import IGNORE, Process, Snapshot, call, cast, resolve, send_after, whereis
from cluster._discovery import DnsDiscovery, Resolver, resolve_addresses
from cluster._handshake import ClusterKey
from cluster._link import Dispatch, LinkOptions, PingNow, Schedule
from cluster._membership import ClusterView, Forget, LinkOf, Membership, Registered
from cluster._network import Dialer, Listener
from cluster._settings import SERVICE_TYPE, ClusterSettings, Seed
from cluster._wire import tls_contexts
from cluster._zeroconf import ZeroconfDiscovery
from cluster.ports import DispatchAnswer, DispatchPort, NodesStore
from supervisors import ChildSpec, ChildType, DynamicSupervisor, Strategy, Supervisor, start_child

log = logging.getLogger("cluster")

CLUSTER_NAME: Final = "cluster"


@dataclass(frozen=True)
class ClusterNames:
    """Registered names of one node's cluster processes (a test runs several
    nodes' clusters in one process under different prefixes)."""

    prefix: str = CLUSTER_NAME

    @property
    def membership(self) -> str:
        return f"{self.prefix}.membership"

    @property
    def links(self) -> str:
        return f"{self.prefix}.links"

    @property
    def listener(self) -> str:
        return f"{self.prefix}.listener"

    @property
    def dialers(self) -> str:
        return f"{self.prefix}.dialers"

    @property
    def zeroconf(self) -> str:
        return f"{self.prefix}.zeroconf"

    @property
    def discovery(self) -> str:
        return f"{self.prefix}.discovery"


class Cluster:
    """What the application holds: the view snapshot and the requests a
    page, the CLI or a skill makes of the running cluster. Every request
    answers a value when the cluster is off or the peer is not linked."""

    def __init__(self, settings: ClusterSettings, node_name: str, names: ClusterNames = ClusterNames()) -> None:
        self.settings = settings
        self.node_name = node_name
        self.names = names
        self.options: LinkOptions | None = None
        self._dialled: set[Seed] = set()
        self.view: Snapshot[ClusterView] = Snapshot(
            ClusterView(
                node_name,
                settings.listening if settings.enabled else None,
                settings.discovery if settings.enabled else (),
            )
        )

    def status(self) -> dict[str, Any]:
        """This node's view for ``alexclaw cluster status``: ``{node,
        listening, peers: [{name, address, status, rtt_ms, last_seen}]}``."""
        view = self.view.read().as_json()
        view["listening"] = self.listening()
        return view

    def listening(self) -> str | None:
        listener = whereis(self.names.listener)
        if isinstance(listener, Listener):
            return f"{listener.host}:{listener.port}"
        return None

    async def _link(self, peer: str) -> Process | None:
        if whereis(self.names.membership) is None:
            return None
        link: Process | None = await call(self.names.membership, LinkOf(peer))
        return link

    async def dispatch(self, peer: str, workflow: str, input_: Any, timeout: float = 5.0) -> DispatchAnswer:
        """Ask ``peer`` to start ``workflow``: its answer, or why not."""
        if not self.settings.enabled:
            return DispatchAnswer(False, "cluster_off")
        link = await self._link(peer)
        if link is None:
            return DispatchAnswer(False, "node_unreachable")
        answer: DispatchAnswer = await call(link, Dispatch(workflow, input_, timeout), timeout=timeout + 1.0)
        return answer

    async def ping(self, peer: str) -> float | None:
        """Round trip to ``peer`` in milliseconds; None when not linked."""
        link = await self._link(peer)
        if link is None:
            return None
        rtt: float | None = await call(link, PingNow())
        return rtt

    async def forget(self, peer: str) -> None:
        if whereis(self.names.membership) is not None:
            await call(self.names.membership, Forget(peer))

    def registered(self, peer: str, registered: bool) -> None:
        membership = whereis(self.names.membership)
        if membership is not None:
            cast(membership, Registered(peer, registered))

    async def add_address(self, seed: Seed) -> None:
        """A discovered address: dial it (one dialer per address)."""
        dialers = whereis(self.names.dialers)
        if dialers is None or self.options is None or seed in self._dialled:
            return
        self._dialled.add(seed)
        await start_child(dialers, self.dialer_spec(seed, self.options))

    def link_options(self, dispatch: DispatchPort, schedule: Schedule, clock: Callable[[], float]) -> LinkOptions:
        """What every link of this node is made with (membership resolved now,
        so after a restart of the subtree the links talk to the new one)."""
        self.options = LinkOptions(
            self.node_name,
            ClusterKey(self.settings.cookie or ""),
            resolve(self.names.membership),
            dispatch,
            self.settings.heartbeat_seconds,
            schedule,
            clock,
        )
        return self.options

    def dialer_spec(self, seed: Seed, options: LinkOptions) -> ChildSpec:
        _, client_tls = tls_contexts(self.settings)

        async def start() -> Dialer:
            dialer: Dialer = await Dialer(seed, self.names.links, options, client_tls).start()
            return dialer

        return ChildSpec(f"dial:{seed}", start, info=f"dials {seed}")


def cluster_spec(
    cluster: Cluster,
    store: NodesStore,
    dispatch: DispatchPort,
    *,
    schedule: Schedule = send_after,
    clock: Callable[[], float] = time.monotonic,
    resolver: Resolver = resolve_addresses,
) -> ChildSpec:
    """The subtree; its start returns IGNORE when the cluster is off."""
    settings = cluster.settings
    names = cluster.names

    async def start_membership() -> Membership:
        membership: Membership = await Membership(cluster.node_name, store, cluster.view).start(name=names.membership)
        return membership

    async def start_listener() -> Listener:
        server_tls, _ = tls_contexts(settings)
        options = cluster.link_options(dispatch, schedule, clock)
        listener: Listener = await Listener(settings.host, settings.port, names.links, options, server_tls).start(
            name=names.listener
        )
        return listener

    async def start_dialers() -> Supervisor:
        options = cluster.link_options(dispatch, schedule, clock)
        cluster._dialled = set(settings.seeds)
        children = [cluster.dialer_spec(seed, options) for seed in settings.seeds]
        # A dialer only crashes on a bug (a failed dial is a retry, not a crash).
        sup = Supervisor(children, strategy=Strategy.ONE_FOR_ONE, intensity=5, period=60.0, label="dialers")
        started: Supervisor = await sup.start(name=names.dialers)
        return started

    async def start_dns() -> DnsDiscovery:
        assert settings.dns_name is not None  # the settings refuse dns discovery without a name
        dns = DnsDiscovery(
            settings.dns_name,
            settings.port,
            own_host=settings.host,
            add=cluster.add_address,
            schedule=schedule,
            resolver=resolver,
        )
        started: DnsDiscovery = await dns.start(name=names.discovery)
        return started

    async def start_zeroconf() -> Any:
        listener = whereis(names.listener)
        port = listener.port if isinstance(listener, Listener) else settings.port
        zc = ZeroconfDiscovery(cluster.node_name, settings.host, port, cluster.add_address)
        return await zc.start(name=names.zeroconf)

    children = [
        ChildSpec("membership", start_membership, info="the peer table: claims, snapshot, nodeup/nodedown"),
        # Links are temporary children: a crash of one is the end of that
        # connection (its dialer redials), never a restart to count on.
        DynamicSupervisor.child_spec("links", intensity=100, period=10.0, name=names.links),
        ChildSpec("listener", start_listener, info="accepts peers on ALEXCLAW_CLUSTER_HOST:PORT"),
        ChildSpec("dialers", start_dialers, info="one dialer per seed or discovered address"),
    ]
    if "zeroconf" in settings.discovery:
        children.append(ChildSpec("zeroconf", start_zeroconf, info=f"announces and browses {SERVICE_TYPE}"))
    if "dns" in settings.discovery:
        children.append(ChildSpec("dns", start_dns, info="dials the A/AAAA records of ALEXCLAW_CLUSTER_DNS_NAME"))

    async def start() -> Any:
        if not settings.enabled:
            log.info("cluster off: %s", settings.problem, extra={"event": "cluster.off"})
            return IGNORE
        sup = Supervisor(children, strategy=Strategy.REST_FOR_ONE, intensity=3, period=30.0, label=names.prefix)
        return await sup.start(name=names.prefix)

    return ChildSpec(
        CLUSTER_NAME,
        start,
        type=ChildType.SUPERVISOR,
        info="rest_for_one, intensity 3/30s; IGNORE without a CLUSTER_COOKIE",
        children=tuple(children),
    )
