"""The handshake over a real loopback TCP connection."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from cluster._handshake import ClusterKey, HandshakeRefused
from cluster._wire import Admit, Handshaken, Wire, initiate, respond

COOKIE = "s" * 40


async def admit_all(peer: str) -> str | None:
    return None


@asynccontextmanager
async def responder(
    key: ClusterKey, name: str, admit: Admit = admit_all, timeout: float = 5.0
) -> AsyncIterator[tuple[int, asyncio.Future[Handshaken | HandshakeRefused]]]:
    """A listener answering one connection; yields its port and its verdict."""
    verdict: asyncio.Future[Handshaken | HandshakeRefused] = asyncio.get_running_loop().create_future()
    wires: list[Wire] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        wire = Wire(reader, writer)
        wires.append(wire)
        result = await respond(wire, key, name, admit, timeout=timeout)
        if isinstance(result, HandshakeRefused):
            wire.close()  # as the listener does: a refused wire is closed at once
        verdict.set_result(result)

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1], verdict
    finally:
        for wire in wires:
            wire.close()
        server.close()
        await server.wait_closed()


async def dial(port: int, then: Callable[[Wire], Awaitable[object]]) -> object:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    wire = Wire(reader, writer)
    try:
        return await then(wire)
    finally:
        wire.close()
        await writer.wait_closed()


async def test_two_nodes_with_the_cookie_each_learn_the_others_verified_name() -> None:
    async with responder(ClusterKey(COOKIE), "beta") as (port, verdict):
        mine = await dial(port, lambda wire: initiate(wire, ClusterKey(COOKIE), "alpha"))
        assert mine == Handshaken("beta", "alpha")
        assert await verdict == Handshaken("alpha", "alpha")


async def test_a_wrong_cookie_is_refused_by_the_listener_and_the_dialer_hears_it() -> None:
    async with responder(ClusterKey(COOKIE), "beta") as (port, verdict):
        mine = await dial(port, lambda wire: initiate(wire, ClusterKey("w" * 40), "alpha"))
        assert mine == HandshakeRefused("the peer does not hold the cluster cookie")
        # the dialer gave up before sending its response: the listener saw the end
        assert isinstance(await verdict, HandshakeRefused)


async def test_a_name_already_connected_is_refused_by_the_admit_check() -> None:
    async def taken(peer: str) -> str | None:
        return f"a node named {peer} is already connected"

    async with responder(ClusterKey(COOKIE), "beta", taken) as (port, verdict):
        mine = await dial(port, lambda wire: initiate(wire, ClusterKey(COOKIE), "alpha"))
        assert mine == HandshakeRefused("refused by beta: a node named alpha is already connected")
        assert await verdict == HandshakeRefused("a node named alpha is already connected")


async def test_an_oversized_frame_ends_the_handshake_without_buffering_it() -> None:
    async def garbage(wire: Wire) -> object:
        wire.writer.write(struct.pack(">I", 10_000_000))
        await wire.drain()
        return await wire.receive()

    async with responder(ClusterKey(COOKIE), "beta") as (port, verdict):
        await dial(port, garbage)
        refused = await verdict
        assert isinstance(refused, HandshakeRefused) and "cap" in refused.reason


async def test_a_silent_dialer_is_dropped_after_the_time_limit() -> None:
    gate = asyncio.Event()

    async def silent(wire: Wire) -> object:
        await gate.wait()
        return None

    async with responder(ClusterKey(COOKIE), "beta", timeout=0.2) as (port, verdict):
        dialer = asyncio.ensure_future(dial(port, silent))
        assert await verdict == HandshakeRefused("no handshake within 0.2 s")
        gate.set()
        await dialer
