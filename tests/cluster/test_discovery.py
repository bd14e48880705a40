"""DNS discovery: the name's addresses are the peers, dialled on the
cluster port; this node's own address is skipped; a failed lookup is
logged and retried, never a crash."""

from __future__ import annotations

import socket
from collections.abc import Sequence

from actors import whereis
from actors.testing import wait_until
from cluster import CONNECTED
from cluster._discovery import DnsDiscovery, resolve_addresses
from tests.cluster.support import start_node


def free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


async def test_the_addresses_a_name_resolves_to_are_dialled_on_the_cluster_port() -> None:
    port = free_port("127.0.0.2")  # the same port on another loopback address, as pods of one service
    asked: list[str] = []

    async def headless_service(name: str) -> Sequence[str]:
        asked.append(name)
        return ["127.0.0.1", "127.0.0.2"]  # alpha's own address among them, as in a headless service

    beta = await start_node("beta", host="127.0.0.2", port=port)
    alpha = await start_node("alpha", port=port, dns=("alexclaw-headless.default.svc", headless_service))
    try:
        await wait_until(lambda: alpha.status("beta") == CONNECTED and beta.status("alpha") == CONNECTED)
        assert asked[0] == "alexclaw-headless.default.svc"
        assert alpha.cluster.status()["peers"][0]["address"] == f"127.0.0.2:{port}"
    finally:
        await alpha.process.stop()
        await beta.process.stop()


async def test_a_failed_lookup_is_logged_and_the_node_serves_on() -> None:
    async def broken(name: str) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    alpha = await start_node("alpha", dns=("nowhere.invalid", broken))
    try:
        process = whereis(alpha.cluster.names.discovery)
        assert isinstance(process, DnsDiscovery)
        await wait_until(lambda: process.last_error is not None)
        assert "Name or service not known" in (process.last_error or "") and process.alive
    finally:
        await alpha.process.stop()


async def test_the_system_resolver_answers_each_address_once() -> None:
    assert await resolve_addresses("localhost") in (["127.0.0.1"], ["::1", "127.0.0.1"], ["127.0.0.1", "::1"])


async def test_two_nodes_find_each_other_by_zeroconf_on_loopback_with_no_secret_in_the_announcement() -> None:
    from cluster import SERVICE_TYPE
    from cluster._zeroconf import ZeroconfDiscovery

    alpha = await start_node("alpha", zeroconf=True)
    beta = await start_node("beta", zeroconf=True)
    try:
        await wait_until(lambda: alpha.status("beta") == CONNECTED and beta.status("alpha") == CONNECTED, timeout=20)
        announcer = whereis(alpha.cluster.names.zeroconf)
        assert isinstance(announcer, ZeroconfDiscovery) and announcer._zc is not None
        info = await announcer._zc.async_get_service_info(SERVICE_TYPE, f"beta.{SERVICE_TYPE}", 3000)
        assert info is not None and info.properties == {b"v": b"1"}  # the version; no cookie, no key, no name
        assert info.parsed_addresses() == ["127.0.0.1"] and info.port == beta.port
    finally:
        await alpha.process.stop()
        await beta.process.stop()
