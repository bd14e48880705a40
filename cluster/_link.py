"""A link: one actor per connection to a peer.

The link's reader (a ``TaskProcess`` linked to it) runs the handshake —
claiming the verified name with membership before the peer is welcomed —
and then turns every frame into a message to the link. The link answers
pings, measures round trips with its own, counts heartbeats: a peer silent
for ``MISSED_LIMIT`` heartbeats is down and the link ends. Remote dispatch
rides on it: ``Dispatch`` asks the peer, and a peer's ``dispatch`` is handed
to the ``DispatchPort`` with the link's verified peer name as the sender —
never a name written in the message.
"""

from __future__ import annotations

import itertools
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from actors import NOREPLY, AsyncActor, Caller, Process, TaskProcess, Timer, call, cast, reply, send, send_after
from cluster._frames import FrameError, Message
from cluster._handshake import ClusterKey, HandshakeRefused
from cluster._membership import Claim, Closing, Refuse, Seen
from cluster._wire import Handshaken, Wire, initiate, respond
from cluster.ports import DispatchAnswer, DispatchPort

log = logging.getLogger("cluster")

MISSED_LIMIT: Final = 3
DISPATCH_TIMEOUT: Final = 5.0

Schedule = Callable[[Process, Any, float], Timer | None]
"""``send_after`` in a node; tests hand in their own to drive the heartbeat."""


@dataclass(frozen=True)
class LinkOptions:
    own_name: str
    key: ClusterKey
    membership: Process
    dispatch: DispatchPort
    heartbeat: float
    schedule: Schedule = send_after
    clock: Callable[[], float] = time.monotonic


@dataclass(frozen=True)
class Tick:
    """Time for a heartbeat."""


@dataclass(frozen=True)
class Dispatch:
    """Ask the peer to start ``workflow`` with ``input``: a ``DispatchAnswer``."""

    workflow: str
    input: Any
    timeout: float = DISPATCH_TIMEOUT


@dataclass(frozen=True)
class PingNow:
    """Ping the peer now; answers with the round trip in milliseconds."""


@dataclass(frozen=True)
class _Up:
    handshaken: Handshaken


@dataclass(frozen=True)
class _Ended:
    reason: str


@dataclass(frozen=True)
class _Expired:
    id: str


@dataclass(frozen=True)
class _Answered:
    id: str
    answer: DispatchAnswer


class Link(AsyncActor):
    """One connection to a peer (``role`` says who dialled).

    ``handle_call``: ``Dispatch`` → ``DispatchAnswer`` (a refusal value when
    the link is not up or the peer does not answer in time); ``PingNow`` →
    milliseconds, or None when not up. ``handle_info``: frames, ``Tick``,
    the reader's end. Everything a peer can get wrong ends the link with a
    logged reason; nothing it sends raises here.

    ``terminate``: every caller still waiting gets ``node_unreachable`` (a
    ping: None), the socket is closed and the reader stopped."""

    def __init__(self, wire: Wire, role: str, options: LinkOptions) -> None:
        super().__init__()
        self.wire = wire
        self.role = role
        self.options = options
        self.peer: str | None = None
        self.missed = 0
        self._seq = itertools.count(1)
        self._pings: dict[int, tuple[float, Caller | None]] = {}
        self._waiting: dict[str, Caller] = {}
        self._reader: TaskProcess[None] | None = None

    async def init(self) -> None:
        self._reader = await TaskProcess(self._read).start()

    # -- the reader (its own process) -------------------------------------

    async def _read(self) -> None:
        opts = self.options
        if self.role == "initiator":
            done = await initiate(self.wire, opts.key, opts.own_name)
            if isinstance(done, Handshaken):
                refused = await call(opts.membership, Claim(done.peer, self.wire.address, done.initiator, self))
                if refused is not None:
                    done = HandshakeRefused(str(refused.reason))
        else:
            done = await respond(self.wire, opts.key, opts.own_name, self._admit)
        if isinstance(done, HandshakeRefused):
            cast(opts.membership, Refuse(self.wire.address, done.reason))
            send(self, _Ended(f"handshake: {done.reason}"))
            return
        send(self, _Up(done))
        while True:
            received = await self.wire.receive()
            if received is None:
                send(self, _Ended("the connection closed"))
                return
            if isinstance(received, FrameError):
                send(self, _Ended(f"bad frame: {received.reason}"))
                return
            send(self, received)

    async def _admit(self, peer: str) -> str | None:
        refused = await call(self.options.membership, Claim(peer, self.wire.address, peer, self))
        return None if refused is None else str(refused.reason)

    # -- the link ----------------------------------------------------------

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, Dispatch):
            if self.peer is None:
                return DispatchAnswer(False, "node_unreachable")
            id_ = uuid.uuid4().hex
            self._waiting[id_] = caller
            self.wire.send("dispatch", id=id_, workflow=message.workflow, input=message.input)
            self.options.schedule(self, _Expired(id_), message.timeout)
            return NOREPLY
        if isinstance(message, PingNow):
            if self.peer is None:
                return None
            self._ping(caller)
            return NOREPLY
        raise ValueError(f"unexpected call {message!r}")

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Message):
            self.missed = 0
            await self._frame(message)
        elif isinstance(message, Tick):
            self._tick()
        elif isinstance(message, _Up):
            self.peer = message.handshaken.peer
            self.options.schedule(self, Tick(), self.options.heartbeat)
        elif isinstance(message, _Answered):
            self.wire.send(
                "dispatch_reply",
                id=message.id,
                ok=message.answer.ok,
                reason=message.answer.reason,
                run_id=message.answer.run_id,
            )
        elif isinstance(message, _Expired):
            caller = self._waiting.pop(message.id, None)
            if caller is not None:
                reply(caller, DispatchAnswer(False, "timeout"))
        elif isinstance(message, _Ended):
            self._end(message.reason)

    async def _frame(self, message: Message) -> None:
        fields = message.fields
        if message.type == "ping":
            self.wire.send("pong", seq=fields["seq"])
        elif message.type == "pong":
            sent = self._pings.pop(fields["seq"], None)
            if sent is not None:
                rtt_ms = (self.options.clock() - sent[0]) * 1000
                cast(self.options.membership, Seen(self.peer or "", self, rtt_ms))
                if sent[1] is not None:
                    reply(sent[1], rtt_ms)
        elif message.type == "dispatch" and self.peer is not None:
            await self._serve_dispatch(str(fields["id"]), str(fields["workflow"]), fields["input"])
        elif message.type == "dispatch_reply":
            caller = self._waiting.pop(str(fields["id"]), None)
            if caller is not None:
                answer = DispatchAnswer(bool(fields["ok"]), str(fields["reason"]), int(fields["run_id"]))
                reply(caller, answer)
        elif message.type == "bye":
            self._end("the peer said goodbye")
        else:
            self._end(f"unexpected {message.type} on an established link")

    async def _serve_dispatch(self, id_: str, workflow: str, input_: Any) -> None:
        sender = self.peer or ""
        port = self.options.dispatch
        link = self

        async def answer() -> None:
            try:
                result = await port.receive(sender, workflow, input_)
            except Exception:
                log.exception("remote dispatch of %s from %s failed", workflow, sender)
                result = DispatchAnswer(False, "error")
            send(link, _Answered(id_, result))

        # Linked to the link: it ends with it, and it never blocks the heartbeat.
        await TaskProcess(answer).start()

    def _tick(self) -> None:
        if self.peer is None:
            return
        if self.missed >= MISSED_LIMIT:
            self._end(f"silent for {MISSED_LIMIT} heartbeats")
            return
        self.missed += 1
        self._ping(None)
        self.options.schedule(self, Tick(), self.options.heartbeat)

    def _ping(self, caller: Caller | None) -> None:
        seq = next(self._seq)
        self._pings[seq] = (self.options.clock(), caller)
        if len(self._pings) > 2 * MISSED_LIMIT:  # unanswered pings are not kept forever
            self._pings.pop(next(iter(self._pings)))
        self.wire.send("ping", seq=seq)

    def _end(self, reason: str) -> None:
        log.info(
            "cluster link to %s ended: %s",
            self.peer or self.wire.address,
            reason,
            extra={"event": "cluster.link_ended", "peer": self.peer or "", "reason": reason},
        )
        cast(self.options.membership, Closing(self, reason))
        self.stop_self()

    async def terminate(self, reason: Any) -> None:
        for caller in self._waiting.values():
            reply(caller, DispatchAnswer(False, "node_unreachable"))
        for _, pinger in self._pings.values():
            if pinger is not None:
                reply(pinger, None)
        self.wire.close()
        if self._reader is not None and self._reader.alive:
            self.unlink(self._reader)
            await self._reader.stop()
