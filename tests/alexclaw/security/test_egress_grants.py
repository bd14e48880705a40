"""The allow-private grant (an LLM provider on the operator's LAN) and the
streamed request: the same rules as ``EgressClient.request``."""

from __future__ import annotations

import pytest

from alexclaw.security import EgressDenied, EgressFailed, EgressPolicy, Endpoint, egress_stream
from tests.alexclaw.security.test_egress import client, policy, server  # noqa: F401

GITHUB_TOKEN = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"


def lan(host: str) -> EgressPolicy:
    return EgressPolicy("llm:lan", (Endpoint(host, "/", frozenset({"POST"}), allow_http=True),), allow_private=True)


@pytest.mark.parametrize("address", ["10.0.0.7", "192.168.1.20", "172.16.0.5", "127.0.0.1", "fd12::1"])
def test_the_private_grant_admits_loopback_and_lan_addresses(address: str) -> None:
    host = f"[{address}]" if ":" in address else address
    _rule, _host, vetted = client()._vet(lan(address), "POST", f"http://{host}:9/v1")
    assert vetted == [address]


@pytest.mark.parametrize(
    ("address", "reason"),
    [("169.254.169.254", "metadata"), ("169.254.10.1", "link-local"), ("100.64.0.1", "carrier-grade NAT")],
)
def test_the_private_grant_never_admits_metadata_link_local_or_cgnat(address: str, reason: str) -> None:
    with pytest.raises(EgressDenied, match=reason):
        client()._vet(lan(address), "POST", f"http://{address}/v1")


def test_without_the_grant_a_lan_address_is_refused() -> None:
    plain = EgressPolicy("llm:x", (Endpoint("10.0.0.7", "/", frozenset({"POST"}), allow_http=True),))
    with pytest.raises(EgressDenied, match="private"):
        client()._vet(plain, "POST", "http://10.0.0.7/v1")


async def test_a_stream_gets_the_credential_at_the_edge_and_reads_as_it_arrives(server: int) -> None:  # noqa: F811
    async with egress_stream(client(), policy(), "GET", f"http://api.test:{server}/whoami") as reply:
        body = await reply.read()
    assert reply.status == 200 and b'"authorized":true' in body.replace(b" ", b"")


async def test_a_stream_is_refused_by_the_same_rules_before_any_io() -> None:
    with pytest.raises(EgressDenied, match="not in the endpoint allowlist"):
        async with egress_stream(client(), policy(), "POST", "http://evil.test/x", body=b"{}"):
            pass
    with pytest.raises(EgressDenied, match="contains a credential"):
        async with egress_stream(client(), policy(), "POST", "http://api.test/x", body=f"key {GITHUB_TOKEN}".encode()):
            pass


async def test_a_stream_over_the_cap_fails(server: int) -> None:  # noqa: F811
    with pytest.raises(EgressFailed, match="cap"):
        async with egress_stream(client(max_bytes=10), policy(), "GET", f"http://api.test:{server}/whoami") as reply:
            await reply.read()
