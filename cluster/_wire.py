"""A framed connection and the handshake over it.

``Wire`` reads frames through ``FrameDecoder`` (so the size cap holds on the
socket too) and writes encoded messages. ``initiate`` and ``respond`` run
the cookie handshake of ``_handshake`` over a wire with a time limit; what
fails is a ``HandshakeRefused`` value, logged by the caller, and the wire is
closed by whoever owns it.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

from cluster._frames import FrameDecoder, FrameError, Message, encode
from cluster._handshake import (
    ClusterKey,
    HandshakeRefused,
    answer_challenge,
    answer_hello,
    check_response,
    fresh_nonce,
)
from cluster._settings import ClusterSettings

HANDSHAKE_TIMEOUT: Final = 5.0
READ_CHUNK: Final = 65536


class Wire:
    """One TCP (or TLS) connection carrying frames."""

    __slots__ = ("_decoder", "_ready", "address", "reader", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self._decoder = FrameDecoder()
        self._ready: deque[Message] = deque()
        peer = writer.get_extra_info("peername")
        self.address = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)

    async def receive(self) -> Message | FrameError | None:
        """The next message; a ``FrameError`` on garbage; None at the end."""
        while not self._ready:
            try:
                data = await self.reader.read(READ_CHUNK)
            except (ConnectionError, OSError, ssl.SSLError):
                return None
            if not data:
                return None
            decoded = self._decoder.feed(data)
            if isinstance(decoded, FrameError):
                return decoded
            self._ready.extend(decoded)
        return self._ready.popleft()

    def send(self, type_: str, **fields: Any) -> None:
        if not self.writer.is_closing():
            self.writer.write(encode(type_, **fields))

    async def drain(self) -> None:
        try:
            await self.writer.drain()
        except (ConnectionError, OSError, ssl.SSLError):
            pass  # the reader sees the end

    def close(self) -> None:
        self.writer.close()


@dataclass(frozen=True)
class Handshaken:
    """A wire whose peer proved it holds the cookie, under this verified name."""

    peer: str
    initiator: str


async def _expect(wire: Wire) -> Message | HandshakeRefused:
    received = await wire.receive()
    if received is None:
        return HandshakeRefused("the peer closed the connection")
    if isinstance(received, FrameError):
        return HandshakeRefused(f"bad frame: {received.reason}")
    return received


async def initiate(
    wire: Wire, key: ClusterKey, own_name: str, timeout: float = HANDSHAKE_TIMEOUT
) -> Handshaken | HandshakeRefused:
    """This node dialled: hello → challenge → response → welcome."""
    try:
        async with asyncio.timeout(timeout):
            nonce = fresh_nonce()
            wire.send("hello", name=own_name, nonce=nonce)
            await wire.drain()
            challenge = await _expect(wire)
            if isinstance(challenge, HandshakeRefused):
                return challenge
            checked = answer_challenge(key, own_name, nonce, challenge)
            if isinstance(checked, HandshakeRefused):
                if challenge.type == "refused":
                    return checked
                return await _refuse(wire, checked)  # the responder learns why, too
            peer, response = checked
            wire.send("response", **response)
            await wire.drain()
            verdict = await _expect(wire)
            if isinstance(verdict, HandshakeRefused):
                return verdict
            if verdict.type == "refused":
                return HandshakeRefused(f"refused by {peer}: {str(verdict.fields['reason'])[:200]}")
            if verdict.type != "welcome":
                return HandshakeRefused(f"expected welcome, got {verdict.type}")
            return Handshaken(peer, own_name)
    except TimeoutError:
        return HandshakeRefused(f"no handshake within {timeout} s")


Admit = Callable[[str], Awaitable[str | None]]
"""Asked with the verified peer name; None admits, a text refuses (a name already connected)."""


async def respond(
    wire: Wire, key: ClusterKey, own_name: str, admit: Admit, timeout: float = HANDSHAKE_TIMEOUT
) -> Handshaken | HandshakeRefused:
    """A peer dialled this node: answer its hello, check its response, admit it."""
    try:
        async with asyncio.timeout(timeout):
            hello = await _expect(wire)
            if isinstance(hello, HandshakeRefused):
                return hello
            nonce = fresh_nonce()
            answered = answer_hello(key, own_name, hello, nonce)
            if isinstance(answered, HandshakeRefused):
                return await _refuse(wire, answered)
            peer, challenge = answered
            wire.send("challenge", **challenge)
            await wire.drain()
            response = await _expect(wire)
            if isinstance(response, HandshakeRefused):
                return response
            if response.type == "refused":
                return HandshakeRefused(f"refused by {peer}: {str(response.fields['reason'])[:200]}")
            failed = check_response(
                key, own_name, response, peer=peer, peer_nonce=str(hello.fields["nonce"]), own_nonce=nonce
            )
            if failed is not None:
                return await _refuse(wire, failed)
            refusal = await admit(peer)
            if refusal is not None:
                return await _refuse(wire, HandshakeRefused(refusal))
            wire.send("welcome")
            await wire.drain()
            return Handshaken(peer, peer)
    except TimeoutError:
        return HandshakeRefused(f"no handshake within {timeout} s")


async def _refuse(wire: Wire, refused: HandshakeRefused) -> HandshakeRefused:
    wire.send("refused", reason=refused.reason)
    await wire.drain()
    return refused


def tls_contexts(settings: ClusterSettings) -> tuple[ssl.SSLContext | None, ssl.SSLContext | None]:
    """(server, client) contexts for mutual TLS from the operator's files, or
    (None, None): TLS is optional, the handshake authenticates either way."""
    if not (settings.tls_cert and settings.tls_key and settings.tls_ca):
        return None, None
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=settings.tls_ca)
    server.load_cert_chain(settings.tls_cert, settings.tls_key)
    server.verify_mode = ssl.CERT_REQUIRED
    client = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.tls_ca)
    client.load_cert_chain(settings.tls_cert, settings.tls_key)
    client.check_hostname = False  # peers are named by the handshake, not by DNS
    return server, client
