"""The Hypercorn endpoint on 127.0.0.1 serving probes and metrics."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from actors import StartError, whereis
from actors.testing import Probe
from alexclaw import Node, Settings
from alexclaw.web import WebEndpoint, WebState, create_app
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, ChildSpec, Supervisor


def unstarted() -> WebState:
    """The web state of a node whose tree never started: no root, no database."""
    return Node(Settings(secret_key_base="endpoint-test-key-" + "e" * 40)).state


@pytest.fixture
async def endpoint() -> AsyncIterator[WebEndpoint]:
    web = await WebEndpoint(create_app(unstarted()), "127.0.0.1", 0).start()
    yield web
    await web.stop()


async def test_the_endpoint_listens_on_loopback_and_answers_probes(endpoint: WebEndpoint) -> None:
    async with httpx.AsyncClient(base_url=endpoint.url) as client:
        health = await client.get("/healthz")
        ready = await client.get("/readyz")
    # No root supervisor and no database in this state: not alive, not ready.
    assert health.status_code == 503
    assert ready.status_code == 503
    assert ready.json()["checks"] == {"tree": "starting", "database": "unavailable"}


async def test_responses_carry_the_security_headers(endpoint: WebEndpoint) -> None:
    async with httpx.AsyncClient(base_url=endpoint.url) as client:
        response = await client.get("/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "server" not in response.headers


async def test_unknown_paths_need_a_session_and_wrong_methods_get_json_errors(endpoint: WebEndpoint) -> None:
    async with httpx.AsyncClient(base_url=endpoint.url) as client:
        missing = await client.get("/nope")
        wrong = await client.post("/healthz")
    # Without a session nothing says which private paths exist.
    assert (missing.status_code, missing.json()) == (401, {"error": "authentication required"})
    assert (wrong.status_code, wrong.json()) == (405, {"error": "method not allowed"})


async def test_metrics_are_served_in_the_prometheus_text_format(endpoint: WebEndpoint) -> None:
    async with httpx.AsyncClient(base_url=endpoint.url) as client:
        response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert "alexclaw_live_processes" in response.text
    assert "process_resident_memory_bytes" in response.text


async def test_a_taken_port_is_a_clear_start_failure() -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        with pytest.raises(StartError, match=f"cannot listen on 127.0.0.1:{port}"):
            await WebEndpoint(create_app(unstarted()), "127.0.0.1", port).start()
    finally:
        busy.close()


async def test_after_stop_the_port_is_closed() -> None:
    web = await WebEndpoint(create_app(unstarted()), "127.0.0.1", 0).start()
    port = web.port
    await web.stop()
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", port))


async def test_a_killed_endpoint_is_restarted_on_the_same_port_without_a_failed_start() -> None:
    # Found by the chaos suite: the killed endpoint's server task still held
    # the socket while it drained, so the restart failed to bind, twice in
    # milliseconds, and the root gave up.
    with socket.socket() as probe_port:
        probe_port.bind(("127.0.0.1", 0))
        port = probe_port.getsockname()[1]
    state = unstarted()
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()

    async def start() -> Any:  # a fresh app per incarnation, as the node's web child does
        return await WebEndpoint(create_app(state), "127.0.0.1", port).start(name="web-under-test")

    sup = await Supervisor([ChildSpec("web", start)], intensity=1, period=60.0).start()
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        assert (await client.get("/healthz")).status_code == 503  # served (no root here: not alive)
        first = whereis("web-under-test")
        assert first is not None
        first.kill()
        event = await probe.receive(ChildRestarted, timeout=30)
        assert (event.child_id, event.restarts) == ("web", 1)
        assert (await client.get("/healthz")).status_code == 503  # the same port, served again
    assert sup.alive
    await sup.stop()
    await probe.stop()
