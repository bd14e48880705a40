"""The pinned transport a chat library's own HTTP client goes through:
against a real HTTP server on 127.0.0.1 (Hypercorn). A refused address is
refused before any connection; a granted loopback is reached at the vetted
address with the name kept in Host."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import httpx
import pytest
from quart import Quart, request

from alexclaw.security import EgressDenied, PinnedTransport
from alexclaw.web import WebEndpoint


def server_app(seen: list[str]) -> Quart:
    app = Quart("pinned-test")

    @app.get("/whoami")
    async def whoami() -> dict[str, object]:
        seen.append(request.headers.get("Host", ""))
        return {"host": request.headers.get("Host")}

    return app


@pytest.fixture
async def served() -> AsyncIterator[tuple[WebEndpoint, list[str]]]:
    seen: list[str] = []
    endpoint = WebEndpoint(server_app(seen), "127.0.0.1", 0, graceful_timeout=0.5)
    await endpoint.start()
    yield endpoint, seen
    await endpoint.stop()


def resolving_to(*addresses: str) -> object:
    async def resolve(host: str, port: int) -> Sequence[str]:
        return list(addresses)

    return resolve


async def fetch(transport: PinnedTransport, url: str) -> httpx.Response:
    async with httpx.AsyncClient(transport=transport, trust_env=False) as client:
        return await client.get(url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://169.254.169.254/latest/meta-data", "169.254.169.254 is cloud metadata endpoint"),
        ("https://10.0.0.8/bot", "10.0.0.8 is private"),
        ("https://[::ffff:169.254.169.254]/", "IPv6 address embedding 169.254.169.254"),
        ("https://0x7f.1/bot", "explicit grant"),
        ("https://100.64.1.1/", "carrier-grade NAT"),
        ("https://[fe80::1]/", "link-local"),
        ("ftp://api.telegram.org/", "scheme ftp is not allowed"),
    ],
)
async def test_a_refused_address_is_refused_before_any_connection(url: str, reason: str) -> None:
    with pytest.raises(EgressDenied, match=r"refused by the egress guard|is not allowed") as refused:
        await fetch(PinnedTransport(), url)
    assert reason in str(refused.value)


async def test_a_name_resolving_to_metadata_is_refused_and_nothing_connects(
    served: tuple[WebEndpoint, list[str]],
) -> None:
    transport = PinnedTransport(allow_loopback=True, resolver=resolving_to("127.0.0.1", "169.254.169.254"))  # type: ignore[arg-type]
    with pytest.raises(EgressDenied, match=r"api\.example resolves to 169\.254\.169\.254, which is cloud metadata"):
        await fetch(transport, f"http://api.example:{served[0].port}/whoami")
    assert served[1] == []


async def test_loopback_without_the_grant_is_refused(served: tuple[WebEndpoint, list[str]]) -> None:
    with pytest.raises(EgressDenied, match=r"loopback .*explicit grant"):
        await fetch(PinnedTransport(), f"{served[0].url}/whoami")
    assert served[1] == []


async def test_a_granted_loopback_is_reached_at_the_vetted_address_with_the_name_in_host(
    served: tuple[WebEndpoint, list[str]],
) -> None:
    endpoint, seen = served
    transport = PinnedTransport(allow_loopback=True, resolver=resolving_to("127.0.0.1"))  # type: ignore[arg-type]
    answer = await fetch(transport, f"http://bot-api.example:{endpoint.port}/whoami")
    assert answer.json() == {"host": f"bot-api.example:{endpoint.port}"}
    assert seen == [f"bot-api.example:{endpoint.port}"]


async def test_plain_http_to_a_public_address_is_refused() -> None:
    transport = PinnedTransport(resolver=resolving_to("93.184.216.34"))  # type: ignore[arg-type]
    with pytest.raises(EgressDenied, match="plain http is allowed only to a granted loopback address"):
        await fetch(transport, "http://api.example/bot")


async def test_a_name_that_does_not_resolve_is_unreachable_not_refused() -> None:
    async def fails(host: str, port: int) -> Sequence[str]:
        raise OSError("Name or service not known")

    with pytest.raises(httpx.ConnectError, match="does not resolve"):
        await fetch(PinnedTransport(resolver=fails), "https://nowhere.example/")
