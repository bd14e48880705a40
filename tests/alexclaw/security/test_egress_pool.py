"""The egress client's kept-alive connections, against a real HTTP/1.1
server on 127.0.0.1 that counts its connections and sees each one close:
reuse only for the exact target the guard chose, the guard's checks still
per request (a rebinding refused with a pooled connection open), the
bounds, idle connections closed, everything closed at stop, and the one
retry a broken pooled connection gets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import pytest

from actors import call
from alexclaw.security import (
    Credential,
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    EgressPool,
    Endpoint,
    egress_stream,
)
from alexclaw.security._egress_keeper import EgressPoolKeeper, _Sweep

TOKEN = "tok-0123456789abcdef"


@dataclass
class Conn:
    requests: list[str] = field(default_factory=list)  # "METHOD /path" as they arrived
    closed: asyncio.Event = field(default_factory=asyncio.Event)  # the client closed it


@dataclass
class KeepAliveServer:
    """HTTP/1.1 with keep-alive; the next ``drop`` requests arriving on a
    connection that already served one (any connection with ``drop_any``)
    are answered by closing it (a connection that went stale in the
    client's pool); ``hold``: answers wait for it."""

    port: int = 0
    conns: list[Conn] = field(default_factory=list)
    drop: int = 0
    drop_any: bool = False
    hold: asyncio.Event | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    server: asyncio.Server | None = None
    writers: list[asyncio.StreamWriter] = field(default_factory=list)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = Conn()
        self.conns.append(conn)
        self.writers.append(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode().split("\r\n")
                length = next((int(h.split(":")[1]) for h in lines if h.lower().startswith("content-length")), 0)
                body = await reader.readexactly(length)
                said = lines[0].rsplit(" ", 1)[0]  # "POST /v1/x"
                conn.requests.append(said)
                self.arrived.set()
                if self.drop and (len(conn.requests) > 1 or self.drop_any):
                    self.drop -= 1
                    break
                if self.hold is not None:
                    await self.hold.wait()
                text = f"{said} {body.decode()} #{len(self.conns)}".encode()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s" % (len(text), text)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client closed it
        finally:
            conn.closed.set()
            writer.close()

    def served(self) -> list[int]:
        """Requests per connection, in the order the connections opened."""
        return [len(c.requests) for c in self.conns]


@pytest.fixture
async def server() -> AsyncIterator[KeepAliveServer]:
    served = KeepAliveServer()
    served.server = await asyncio.start_server(served.handle, "127.0.0.1", 0)
    served.port = served.server.sockets[0].getsockname()[1]
    yield served
    served.server.close()
    for writer in served.writers:
        writer.close()
    await served.server.wait_closed()


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def pool(clock: Clock) -> AsyncIterator[EgressPool]:
    made = EgressPool(per_host=2, total=3, idle_seconds=20.0, clock=clock)
    yield made
    await made.aclose()


ANSWERS = {"a.test": ["127.0.0.1"], "b.test": ["127.0.0.1"], "c.test": ["127.0.0.1"]}


def client(pool: EgressPool, answers: dict[str, list[str]] | None = None) -> EgressClient:
    dns = answers if answers is not None else ANSWERS
    return EgressClient(lambda name: TOKEN if name == "svc.key" else None, resolver=lambda h, p: dns[h], pool=pool)


def policy(skill: str = "fetcher", **changes: object) -> EgressPolicy:
    endpoints = tuple(Endpoint(h, "/", frozenset({"GET", "POST"}), allow_http=True) for h in ANSWERS)
    base = {"skill": skill, "endpoints": endpoints, "credentials": (Credential("a.test", "svc.key"),)}
    return EgressPolicy(**{**base, "allow_loopback": True, **changes})  # type: ignore[arg-type]


async def until(event: Callable[[], asyncio.Event]) -> None:
    async with asyncio.timeout(5):  # a safety net; the wait is on the server's own event
        await event().wait()


async def test_n_requests_to_one_target_travel_on_one_connection(server: KeepAliveServer, pool: EgressPool) -> None:
    egress = client(pool)
    for n in range(5):
        reply = await egress.request(policy(), "POST", f"http://a.test:{server.port}/v1/x", body=f"n={n}".encode())
        assert reply.status == 200 and reply.text == f"POST /v1/x n={n} #1"
    assert server.served() == [5]
    stats = pool.stats()
    assert (stats.open, stats.idle, stats.opened, stats.reused) == (1, 1, 1, 4)


async def test_streamed_calls_reuse_the_connection_and_one_left_unread_is_closed(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress, url = client(pool), f"http://a.test:{server.port}/v1/stream"
    for _ in range(3):
        async with egress_stream(egress, policy(), "POST", url, body=b"go") as answer:
            assert (await answer.read()).startswith(b"POST /v1/stream go")
    assert server.served() == [3]
    async with egress_stream(egress, policy(), "POST", url, body=b"go") as answer:
        assert answer.status == 200  # and the caller stops here: the body is never read
    await until(lambda: server.conns[0].closed)
    assert pool.stats().open == 0
    await egress.request(policy(), "GET", url)
    assert server.served() == [4, 1]


async def test_another_name_behind_the_same_address_gets_its_own_connection(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress = client(pool)
    for host in ("a.test", "b.test", "a.test", "b.test"):
        await egress.request(policy(), "GET", f"http://{host}:{server.port}/v1/x")
    assert server.served() == [2, 2]


async def test_another_skill_gets_its_own_connection_and_never_the_credential(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress = client(pool)
    await egress.request(policy("first"), "GET", f"http://a.test:{server.port}/v1/x")
    uncredentialed = policy("second", credentials=())
    await egress.request(uncredentialed, "GET", f"http://a.test:{server.port}/v1/x")
    await egress.request(policy("first", allow_private=True), "GET", f"http://a.test:{server.port}/v1/x")
    assert server.served() == [1, 1, 1]  # the grants are part of the key too


async def test_a_name_rebound_to_a_private_address_is_refused_with_its_pooled_connection_open(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    answers = {"a.test": ["127.0.0.1"]}
    egress = client(pool, answers)
    await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
    assert pool.stats().idle == 1
    answers["a.test"] = ["10.0.0.5"]  # the attacker's DNS answers differently now
    with pytest.raises(EgressDenied, match=r"a.test resolves to 10.0.0.5, which is private"):
        await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
    answers["a.test"] = ["127.0.0.1", "169.254.169.254"]
    with pytest.raises(EgressDenied, match=r"cloud metadata"):
        await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
    assert server.served() == [1]  # nothing reached the server on the open connection


async def test_a_host_takes_at_most_per_host_connections_and_the_next_request_waits_for_one(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress, url = client(pool), f"http://a.test:{server.port}/v1/x"
    server.hold = asyncio.Event()
    calls = [asyncio.ensure_future(egress.request(policy(), "GET", url)) for _ in range(3)]
    while sum(server.served()) < 2:
        server.arrived.clear()
        await until(lambda: server.arrived)
    assert len(server.conns) == 2 and not any(c.done() for c in calls)
    server.hold.set()
    replies = await asyncio.gather(*calls)
    assert [r.status for r in replies] == [200, 200, 200]
    assert sorted(server.served()) == [1, 2] and pool.stats().open == 2


async def test_past_the_total_the_longest_idle_connection_of_another_host_is_closed(
    server: KeepAliveServer, pool: EgressPool, clock: Clock
) -> None:
    egress = client(pool)
    for host in ("a.test", "b.test", "c.test"):
        await egress.request(policy(), "GET", f"http://{host}:{server.port}/v1/x")
        clock.now += 1
    await egress.request(policy(), "GET", f"http://b.test:{server.port}/v1/x")  # b is now the most recent
    await egress.request(policy("other"), "GET", f"http://c.test:{server.port}/v1/x")  # a fourth key
    await until(lambda: server.conns[0].closed)  # a.test's: idle the longest
    assert pool.stats().open == 3
    assert [c.closed.is_set() for c in server.conns] == [True, False, False, False]


async def test_idle_connections_are_closed_after_the_idle_timeout(
    server: KeepAliveServer, pool: EgressPool, clock: Clock
) -> None:
    egress = client(pool)
    await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
    clock.now += 19
    assert await pool.sweep() == 0 and pool.stats().idle == 1
    clock.now += 1
    assert await pool.sweep() == 1
    await until(lambda: server.conns[0].closed)
    assert pool.stats().open == 0


async def test_a_connection_idle_past_its_time_is_not_reused_even_before_a_sweep(
    server: KeepAliveServer, pool: EgressPool, clock: Clock
) -> None:
    egress = client(pool)
    await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
    clock.now += 25
    await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
    await until(lambda: server.conns[0].closed)
    assert server.served() == [1, 1]


async def test_the_keeper_sweeps_on_its_timer_and_closes_every_connection_when_it_stops(
    server: KeepAliveServer, pool: EgressPool, clock: Clock
) -> None:
    keeper = await EgressPoolKeeper(pool, interval=3600).start()
    egress = client(pool)
    try:
        await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")
        await egress.request(policy(), "GET", f"http://b.test:{server.port}/v1/x")
        clock.now += 5
        await egress.request(policy(), "GET", f"http://b.test:{server.port}/v1/x")
        clock.now += 16  # a.test's has been idle 21 s, b.test's 16 s
        assert await call(keeper, _Sweep()) == 1
        await until(lambda: server.conns[0].closed)
        assert not server.conns[1].closed.is_set() and pool.stats().open == 1
    finally:
        await keeper.stop()
    await until(lambda: server.conns[1].closed)
    assert pool.stats().open == 0
    with pytest.raises(EgressFailed, match="pool is closed"):
        await egress.request(policy(), "GET", f"http://a.test:{server.port}/v1/x")


async def test_a_broken_pooled_connection_is_retried_once_on_a_fresh_one_for_an_idempotent_request(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress, url = client(pool), f"http://a.test:{server.port}/v1/x"
    await egress.request(policy(), "GET", url)
    server.drop = 1  # the next request on that connection finds it dead
    reply = await egress.request(policy(), "GET", url)
    assert reply.status == 200 and server.served() == [2, 1]


async def test_a_post_on_a_broken_pooled_connection_is_not_sent_again(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress, url = client(pool), f"http://a.test:{server.port}/v1/x"
    await egress.request(policy(), "POST", url, body=b"once")
    server.drop = 1
    with pytest.raises(EgressFailed, match="RemoteProtocolError"):
        await egress.request(policy(), "POST", url, body=b"charge the card")
    assert server.served() == [2] and pool.stats().open == 0


async def test_a_pooled_connection_its_server_closed_is_replaced_before_anything_is_sent(
    server: KeepAliveServer, pool: EgressPool
) -> None:
    egress, url = client(pool), f"http://a.test:{server.port}/v1/x"
    await egress.request(policy(), "POST", url, body=b"first")
    server.writers[0].close()  # the server ends the idle connection (its keep-alive timeout)
    await until(lambda: server.conns[0].closed)
    reply = await egress.request(policy(), "POST", url, body=b"second")
    assert reply.text == "POST /v1/x second #2" and server.served() == [1, 1]


async def test_a_fresh_connection_that_breaks_is_not_retried(server: KeepAliveServer, pool: EgressPool) -> None:
    egress, url = client(pool), f"http://a.test:{server.port}/v1/x"
    server.drop, server.drop_any = 1, True
    with pytest.raises(EgressFailed, match="RemoteProtocolError"):
        await egress.request(policy(), "GET", url)  # the first connection: nothing to fall back on
    await egress.request(policy(), "GET", url)
    server.drop = 2  # the pooled connection and the fresh one both fail
    with pytest.raises(EgressFailed, match="RemoteProtocolError"):
        await egress.request(policy(), "GET", url)
    assert server.served() == [1, 2, 1]
