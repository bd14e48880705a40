"""The egress client against a real HTTP server on 127.0.0.1 (Hypercorn).
Reaching loopback is granted explicitly in each policy here (the way local
LLM providers are), never by an environment switch."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextvars import ContextVar

import pytest
from quart import Quart, Response, redirect, request

from alexclaw.security import (
    Credential,
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    EgressPool,
    Endpoint,
)
from alexclaw.security._egress import check_path, host_matches, path_matches
from alexclaw.web import WebEndpoint

TOKEN = "tok-0123456789abcdef"
LEAK = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"


def server_app() -> Quart:
    app = Quart("egress-test")

    @app.get("/data")
    async def data() -> str:
        return "hello"

    @app.route("/whoami", methods=["GET", "POST"])
    async def whoami() -> dict[str, object]:
        return {
            "method": request.method,
            "host": request.headers.get("Host"),
            "authorized": request.headers.get("Authorization") == f"Bearer {TOKEN}",
            "key_param": request.args.get("key") == TOKEN,
            "body": (await request.get_data(as_text=True)),
        }

    @app.get("/hop/<int:n>")
    async def hop(n: int) -> Response:
        return redirect(f"/hop/{n - 1}" if n > 0 else "/data")  # type: ignore[return-value]

    @app.get("/to-private")
    async def to_private() -> Response:
        return redirect("http://10.0.0.1/data")  # type: ignore[return-value]

    @app.get("/to-other-host")
    async def to_other() -> Response:
        return redirect("http://other.test:{}/whoami".format(request.host.rsplit(":", 1)[1]))  # type: ignore[return-value]

    @app.post("/post-redirect")
    async def post_redirect() -> Response:
        return redirect("/data", 307)  # type: ignore[return-value]

    @app.get("/huge")
    async def huge() -> Response:
        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(700):
                yield b"x" * 10_000

        return Response(chunks(), content_type="application/octet-stream")

    @app.get("/slow")
    async def slow() -> Response:
        async def chunks() -> AsyncIterator[bytes]:
            yield b"start"
            await asyncio.Event().wait()  # never finishes: the client's time cap must end it
            yield b"never"

        return Response(chunks(), content_type="text/plain")

    @app.get("/leaky")
    async def leaky() -> str:
        return f"config dump: token={LEAK} done"

    @app.get("/bare/<int:status>")
    async def bare(status: int) -> Response:
        """A redirect status without Location (or any status) that echoes
        what it was sent: the query and the Authorization header."""
        echoed = f"{request.query_string.decode()} {request.headers.get('Authorization', '')}"
        body = f"moved? {echoed} and a leaked {LEAK}"
        return Response(body, status, headers={"X-Echo": echoed, "Content-Type": "text/plain"})

    return app


@pytest.fixture
async def server() -> AsyncIterator[int]:
    endpoint = await WebEndpoint(server_app(), "127.0.0.1", 0, graceful_timeout=0.5).start()
    yield endpoint.port
    await endpoint.stop()


def resolver(host: str, port: int) -> list[str]:
    return {"api.test": ["127.0.0.1"], "other.test": ["127.0.0.1"], "mixed.test": ["127.0.0.1", "10.0.0.7"]}[host]


def policy(**changes: object) -> EgressPolicy:
    base = {
        "skill": "test_skill",
        "endpoints": (Endpoint("api.test", "/", frozenset({"GET", "POST"}), allow_http=True),),
        "credentials": (Credential("api.test", "svc.api_key"),),
        "allow_loopback": True,
    }
    return EgressPolicy(**{**base, **changes})  # type: ignore[arg-type]


POOL: ContextVar[EgressPool | None] = ContextVar("pool", default=None)


@pytest.fixture(autouse=True, params=["own connection", "pooled"])
async def pooling(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """Every rule here holds both ways: a connection per request, and the
    node's way, on kept-alive connections (closed when the test ends)."""
    pool = EgressPool() if request.param == "pooled" else None
    token = POOL.set(pool)
    yield
    POOL.reset(token)
    if pool is not None:
        await pool.aclose()


def client(**options: object) -> EgressClient:
    secret = lambda name: TOKEN if name == "svc.api_key" else None  # noqa: E731
    return EgressClient(secret, resolver=resolver, pool=POOL.get(), **options)  # type: ignore[arg-type]


async def test_an_allowed_request_reaches_the_pinned_address_with_the_host_name_kept(server: int) -> None:
    response = await client().request(policy(), "GET", f"http://api.test:{server}/whoami")
    body = response.text
    assert response.status == 200 and '"host":"api.test:' in body.replace(" ", "")


async def test_credentials_are_injected_at_the_boundary_and_a_skill_cannot_override_them(server: int) -> None:
    response = await client().request(
        policy(), "GET", f"http://api.test:{server}/whoami", headers={"Authorization": "Bearer forged"}
    )
    assert '"authorized":true' in response.text.replace(" ", "")


async def test_a_query_credential_goes_in_the_url(server: int) -> None:
    query = policy(credentials=(Credential("api.test", "svc.api_key", kind="query", name="key"),))
    response = await client().request(query, "GET", f"http://api.test:{server}/whoami")
    assert '"key_param":true' in response.text.replace(" ", "")


async def test_a_missing_secret_disables_the_call(server: int) -> None:
    missing = policy(credentials=(Credential("api.test", "not.set"),))
    with pytest.raises(EgressDenied, match=r"not.set is not set"):
        await client().request(missing, "GET", f"http://api.test:{server}/data")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://evil.test/data", "not in the endpoint allowlist"),
        ("http://user:pw@api.test/data", "userinfo"),
        ("http://api.test/a/../etc", "dot segment"),
        ("http://api.test/a/%2e%2e/etc", "dot segment"),
        ("http://api.test/a%2Fb", "slash"),
        ("http://api.test/a%zz", "malformed"),
    ],
)
async def test_requests_outside_the_rules_are_refused_before_any_io(url: str, reason: str) -> None:
    with pytest.raises(EgressDenied, match=reason):
        await client().request(policy(), "GET", url)


async def test_https_only_unless_the_endpoint_says_otherwise() -> None:
    strict = policy(endpoints=(Endpoint("api.test"),))
    with pytest.raises(EgressDenied, match="https only"):
        await client().request(strict, "GET", "http://api.test/data")


async def test_a_method_the_endpoint_does_not_allow_is_refused() -> None:
    with pytest.raises(EgressDenied, match="method DELETE"):
        await client().request(policy(), "DELETE", "http://api.test/data")


async def test_loopback_needs_the_explicit_grant(server: int) -> None:
    with pytest.raises(EgressDenied, match="loopback"):
        await client().request(policy(allow_loopback=False), "GET", f"http://api.test:{server}/data")


async def test_one_private_address_among_the_answers_denies_the_host(server: int) -> None:
    mixed = policy(endpoints=(Endpoint("mixed.test", allow_http=True),))
    with pytest.raises(EgressDenied, match=r"10.0.0.7"):
        await client().request(mixed, "GET", f"http://mixed.test:{server}/data")


async def test_redirects_are_followed_hop_by_hop_up_to_three(server: int) -> None:
    response = await client().request(policy(), "GET", f"http://api.test:{server}/hop/2")
    assert response.text == "hello" and len(response.hops) == 4
    with pytest.raises(EgressDenied, match="more than 3 redirects"):
        await client().request(policy(), "GET", f"http://api.test:{server}/hop/3")


async def test_a_redirect_to_a_private_address_is_refused(server: int) -> None:
    wider = policy(endpoints=(*policy().endpoints, Endpoint("10.0.0.1", allow_http=True)))
    with pytest.raises(EgressDenied, match=r"10.0.0.1, which is private"):
        await client().request(wider, "GET", f"http://api.test:{server}/to-private")


async def test_a_redirect_to_another_host_gets_no_credentials(server: int) -> None:
    wider = policy(endpoints=(*policy().endpoints, Endpoint("other.test", allow_http=True)))
    response = await client().request(wider, "GET", f"http://api.test:{server}/to-other-host")
    assert '"authorized":false' in response.text.replace(" ", "")


async def test_a_redirect_after_post_is_not_followed(server: int) -> None:
    with pytest.raises(EgressDenied, match="redirect after POST"):
        await client().request(policy(), "POST", f"http://api.test:{server}/post-redirect", body=b"x")


async def test_a_huge_body_is_cut_off_at_the_cap(server: int) -> None:
    with pytest.raises(EgressFailed, match="cap"):
        await client().request(policy(), "GET", f"http://api.test:{server}/huge")


async def test_a_body_that_never_ends_hits_the_time_cap(server: int) -> None:
    with pytest.raises(EgressFailed, match=r"within 0.5s"):
        await client(timeout=0.5).request(policy(), "GET", f"http://api.test:{server}/slow")


async def test_a_credential_in_the_request_is_never_sent(server: int) -> None:
    for kwargs in ({"body": f"token={LEAK}".encode()}, {"headers": {"X-Note": LEAK}}):
        with pytest.raises(EgressDenied, match="github_token"):
            await client().request(policy(), "POST", f"http://api.test:{server}/whoami", **kwargs)
    with pytest.raises(EgressDenied, match="URL"):
        await client().request(policy(), "GET", f"http://api.test:{server}/whoami?t={LEAK}")


async def test_a_credential_in_the_response_is_redacted_before_the_skill_sees_it(server: int) -> None:
    response = await client().request(policy(), "GET", f"http://api.test:{server}/leaky")
    assert LEAK not in response.text and "[REDACTED:github_token]" in response.text and response.redacted


@pytest.mark.parametrize(
    ("pattern", "host", "matches"),
    [
        ("api.test", "api.test", True),
        ("api.test", "API.test.", True),
        ("*.example.com", "a.example.com", True),
        ("*.example.com", "a.b.example.com", False),
        ("*.example.com", "example.com", False),
        ("*.example.com", "evilexample.com", False),
    ],
)
def test_host_patterns(pattern: str, host: str, matches: bool) -> None:
    assert host_matches(pattern, host) is matches


@pytest.mark.parametrize(
    ("prefix", "path", "matches"),
    [("/v1", "/v1", True), ("/v1", "/v1/x", True), ("/v1", "/v10", False), ("/", "/anything", True)],
)
def test_path_prefixes_match_per_segment(prefix: str, path: str, matches: bool) -> None:
    assert path_matches(prefix, path) is matches


def test_clean_paths_pass_the_path_check() -> None:
    assert check_path("/v1/users/42") is None


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308, 200, 404])
@pytest.mark.parametrize("kind", ["query", "bearer"])
async def test_no_response_carries_an_injected_credential_and_every_response_is_screened(
    server: int, status: int, kind: str
) -> None:
    injected = policy(credentials=(Credential("api.test", "svc.api_key", kind=kind, name="key"),))  # type: ignore[arg-type]
    response = await client().request(injected, "GET", f"http://api.test:{server}/bare/{status}?page=2")
    assert response.status == status
    carried = [response.url, *response.hops, *response.headers.keys(), *response.headers.values(), response.text]
    assert not [where for where in carried if TOKEN in where]
    assert response.url == f"http://api.test:{server}/bare/{status}?page=2"
    assert "[REDACTED:injected_credential]" in response.headers["x-echo"]
    assert LEAK not in response.text and "[REDACTED:github_token]" in response.text and response.redacted


async def test_a_redirect_without_location_reaches_a_skill_without_the_credential(server: int) -> None:
    from alexclaw.wiring import WebAdapter

    query = policy(credentials=(Credential("api.test", "svc.api_key", kind="query", name="key"),))
    web = WebAdapter(client(), lambda skill: ("http://api.test/",), max_text_bytes=lambda: 10_000)
    web.policy = lambda skill: query  # type: ignore[method-assign]  # the grant and the credential of this test
    fetched = await web.fetch("test_skill", f"http://api.test:{server}/bare/302", None)
    assert fetched["status"] == 302 and TOKEN not in repr(fetched)
    assert fetched["url"] == f"http://api.test:{server}/bare/302"
