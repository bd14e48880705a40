"""The gateway's link to Discord, run as a task linked to the gateway
actor: ``GET /gateway/bot`` first (is the token real? where is the
websocket?), then one websocket session after another — HELLO, IDENTIFY
(or RESUME after a drop), heartbeats on the HELLO's interval (a missing
ACK means a dead link: reconnect and resume), and the MESSAGE_CREATE
dispatches stored in the inbox before the actor handles them. It
publishes the status as it goes — connecting, connected as <bot>,
unreachable with the last error — and tells the actor when something
retrying cannot fix happened (401, close code 4004: token rejected;
4013/4014: intents refused; the egress guard's refusal) so that it ends
itself instead of retrying in a loop.

The heartbeat runs inside the receive loop (a receive with a deadline),
so a session is one coroutine: no task of its own to leak. After a fresh
IDENTIFY the operator's channel is read back from the last stored message
id, so what was written while the node was down is not lost (the inbox
ignores what it already holds)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from actors import Process, Snapshot, publish, send
from gateways._contract import ANNOUNCE_TOPIC, STATUS_TOPIC, Announcement, EgressRefused, GatewayStatus
from gateways.discord._messages import MalformedMessage, inbox_record, read_dispatch, snowflake
from gateways.discord._rest import DiscordError, DiscordRest, TokenRejected, Unreachable
from gateways.discord._settings import DiscordSettings
from gateways.ports import EgressPort, InboxPort

log = logging.getLogger("gateways.discord")

GATEWAY: Final = "discord"
MAX_WAIT: Final = 60.0
MAX_FRAME: Final = 4 * 1024 * 1024  # READY of a bot in one guild is a few KB; more is not Discord
# Intents: GUILDS, GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT (privileged: enabled in the portal).
INTENTS: Final = (1 << 0) | (1 << 9) | (1 << 12) | (1 << 15)
TOKEN_CLOSE: Final = 4004
FINAL_CLOSES: Final = {
    4010: "Discord refused the shard setup (4010)",
    4011: "the bot needs sharding (4011): too many guilds for one connection",
    4012: "Discord refused the gateway API version (4012)",
    4013: "Discord refused the intents (4013)",
    4014: "Discord refused the privileged intents (4014): enable the Message Content intent for the bot",
}
NEW_SESSION_CLOSES: Final = {4007, 4009}  # invalid sequence, session timed out: IDENTIFY again


class Drain:
    """To the gateway: the inbox holds messages to handle."""


@dataclass(frozen=True, slots=True)
class Ended:
    """To the gateway: the connection met something retrying cannot fix."""

    state: str
    detail: str


@dataclass
class Counters:
    """What was dropped without an answer, for the panel (one loop: no lock)."""

    bots: int = 0
    strangers: int = 0
    direct: int = 0
    malformed: int = 0
    reconnects: int = 0


@dataclass
class Session:
    """What RESUME needs: kept across websocket connections of one run."""

    session_id: str = ""
    sequence: int | None = None
    resume_url: str = ""
    bot_name: str = ""
    ready: bool = False  # this connection reached READY or RESUMED


class Reconnect(Exception):
    """This websocket is done; connect again (resuming when ``resume``)."""

    def __init__(self, why: str, *, resume: bool = True) -> None:
        super().__init__(why)
        self.resume = resume


def show_status(snapshot: Snapshot[GatewayStatus], status: GatewayStatus) -> None:
    snapshot.publish(status)
    publish(STATUS_TOPIC, status)


def redacted(text: str, token: str) -> str:
    return (text.replace(token, "[token]") if token else text)[:200]


def websocket_url(url: str, settings: DiscordSettings) -> str | None:
    """The URL to open, or None when it is not one this gateway may open:
    wss only (ws only while the REST API is plain http on loopback)."""
    parts = urlsplit(url)
    allowed = {"wss", "ws"} if settings.plain_websocket_allowed else {"wss"}
    if parts.scheme not in allowed or not parts.hostname or parts.username or parts.password:
        return None
    return f"{parts.scheme}://{parts.netloc}{parts.path or '/'}?v=10&encoding=json"


class Connection:
    def __init__(
        self,
        gateway: Process,
        rest: DiscordRest,
        settings: DiscordSettings,
        inbox: InboxPort,
        status: Snapshot[GatewayStatus],
        *,
        egress: EgressPort,
        counters: Counters,
        backoff: float,
    ) -> None:
        self.gateway = gateway
        self.rest = rest
        self.egress = egress
        self.settings = settings
        self.inbox = inbox
        self.status = status
        self.counters = counters
        self.backoff = backoff
        self.session = Session()

    def publish(self, state: str, detail: str = "") -> None:
        show_status(self.status, GatewayStatus(state, detail, "gateway", self.settings.fingerprint))

    async def _wait(self, failures: int) -> None:
        await asyncio.sleep(min(self.backoff * 2 ** min(failures - 1, 6), MAX_WAIT))

    def _end(self, state: str, detail: str) -> None:
        send(self.gateway, Ended(state, detail))

    async def run(self) -> None:
        url = await self._gateway_url()
        if url is None:
            return
        failures = 0
        while True:
            target = self.session.resume_url or url if self.session.session_id else url
            self.session.ready = False
            try:
                await self._connect(target)
            except Reconnect as exc:
                served = self.session.ready
                if not exc.resume:
                    self.session = Session(bot_name=self.session.bot_name)
                log.info("Discord gateway reconnects (%s)", exc)
                if served:  # a connection that served: reconnect at once
                    failures = 0
                else:  # dropped before READY/RESUMED: back off, never a tight loop
                    failures += 1
                    await self._wait(failures)
            except _Final as exc:
                self._end(exc.state, exc.detail)
                return
            except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
                failures += 1
                detail = redacted(f"{type(exc).__name__}: {exc}", self.settings.token)
                self.publish("unreachable", detail)
                log.warning("the Discord gateway is not reachable (%s); will keep trying", detail)
                await self._wait(failures)
                continue
            self.counters.reconnects += 1

    async def _gateway_url(self) -> str | None:
        failures = 0
        while True:
            try:
                answer = await self.rest.gateway_bot()
                break
            except TokenRejected:
                self._end("token rejected", "Discord refused the bot token (discord.bot_token)")
                return None
            except EgressRefused as exc:
                self._end("refused", "by " + str(exc).removeprefix("refused by "))
                return None
            except (Unreachable, DiscordError) as exc:
                failures += 1
                self.publish("unreachable", redacted(str(exc), self.settings.token))
                log.warning("Discord is not reachable (%s); will keep trying", exc)
                await self._wait(failures)
        url = websocket_url(str(answer["url"]), self.settings)
        if url is None:
            self._end("refused", "Discord's gateway URL is not a wss:// address")
        return url

    async def _connect(self, url: str) -> None:
        try:
            # The websocket dials the address the egress guard vetted (the
            # name still goes in SNI, the certificate check and Host): the
            # URL comes from Discord's answer, and a gateway URL naming a
            # private or metadata address must not be followed.
            address = await self.egress.address(url)
        except EgressRefused as exc:
            raise _Final("refused", "by " + str(exc).removeprefix("refused by ")) from None
        try:
            async with connect(
                url, host=address, proxy=None, max_size=MAX_FRAME, open_timeout=15, ping_interval=None
            ) as ws:
                await self._serve(ws)
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else None
            if code == TOKEN_CLOSE:
                raise _Final("token rejected", "Discord closed the gateway: authentication failed (4004)") from None
            if code in FINAL_CLOSES:
                raise _Final("refused", FINAL_CLOSES[code]) from None
            raise Reconnect(f"closed with {code}", resume=code not in NEW_SESSION_CLOSES) from None

    async def _serve(self, ws: ClientConnection) -> None:
        hello = await self._receive(ws, 30.0)
        if hello.get("op") != 10 or not isinstance(hello.get("d"), Mapping):
            raise Reconnect("no HELLO", resume=bool(self.session.session_id))
        interval = max(float(hello["d"].get("heartbeat_interval", 41250)) / 1000, 0.05)
        if self.session.session_id:
            resume = {"token": self.settings.token, "session_id": self.session.session_id}
            await self._send(ws, 6, resume | {"seq": self.session.sequence})
        else:
            await self._send(ws, 2, self._identify())
        next_beat, acked = time.monotonic() + interval * random.random(), True  # noqa: S311 - jitter, not a secret
        while True:
            now = time.monotonic()
            if now >= next_beat:
                if not acked:  # the last heartbeat was never acknowledged: a zombie link
                    await ws.close(4000, "heartbeat not acknowledged")
                    raise Reconnect("heartbeat not acknowledged")
                await self._send(ws, 1, self.session.sequence)
                next_beat, acked = now + interval, False
                continue
            try:
                payload = await self._receive(ws, next_beat - now)
            except TimeoutError:
                continue
            acked = await self._on_payload(ws, payload) or acked

    def _identify(self) -> dict[str, Any]:
        return {
            "token": self.settings.token,
            "intents": INTENTS,
            "properties": {"os": "linux", "browser": "alexclaw", "device": "alexclaw"},
        }

    async def _send(self, ws: ClientConnection, op: int, data: Any) -> None:
        await ws.send(json.dumps({"op": op, "d": data}))

    async def _receive(self, ws: ClientConnection, timeout: float) -> Mapping[str, Any]:
        async with asyncio.timeout(timeout):
            raw = await ws.recv()
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = None
        if not isinstance(payload, Mapping):
            log.warning("the Discord gateway sent a frame that is not a JSON object; ignored")
            return {}
        return payload

    async def _on_payload(self, ws: ClientConnection, payload: Mapping[str, Any]) -> bool:
        """Handle one frame; True when it acknowledged our heartbeat."""
        op = payload.get("op")
        if op == 11:
            return True
        if op == 1:
            await self._send(ws, 1, self.session.sequence)
        elif op == 7:
            raise Reconnect("Discord asked to reconnect")
        elif op == 9:
            raise Reconnect("invalid session", resume=payload.get("d") is True)
        elif op == 0:
            sequence = payload.get("s")
            if isinstance(sequence, int) and not isinstance(sequence, bool):
                self.session.sequence = sequence
            await self._dispatch(str(payload.get("t")), payload.get("d"))
        return False

    async def _dispatch(self, kind: str, data: Any) -> None:
        if kind == "READY" and isinstance(data, Mapping):
            user = data.get("user")
            user = user if isinstance(user, Mapping) else {}
            self.session.session_id = str(data.get("session_id") or "")
            resume = data.get("resume_gateway_url")
            self.session.resume_url = websocket_url(str(resume), self.settings) or "" if resume else ""
            name = str(user.get("username") or "bot")
            self.session.bot_name, self.session.ready = name, True
            self.publish("connected", name)
            log.info("Discord gateway connected as %s", name)
            await self._catch_up()
        elif kind == "RESUMED":
            self.session.ready = True
            self.publish("connected", self.session.bot_name)
        elif kind == "MESSAGE_CREATE":
            await self._store([data])

    async def _catch_up(self) -> None:
        """Messages the operator's channel received while no session was
        open (a node down, a session lost): read back from the last id
        stored, at most 100."""
        channel = self.settings.channel_id
        after = await self.inbox.next_offset(GATEWAY)
        if not channel or after is None:
            return
        try:
            missed = await self.rest.messages_after(channel, after)
        except (DiscordError, Unreachable, EgressRefused) as exc:  # best effort: the live stream goes on
            log.warning("could not read back channel %s (%s)", channel, redacted(str(exc), self.settings.token))
            return
        if missed:
            log.info("read back %d message(s) written while the gateway was away", len(missed))
            await self._store(missed)

    async def _store(self, messages: list[Any]) -> None:
        usable: list[tuple[int, Mapping[str, Any]]] = []
        for data in messages:
            try:
                incoming = read_dispatch(data)
            except MalformedMessage as exc:
                await self._set_aside(data, exc)
                continue
            if incoming.bot:  # our own replies come back too; other bots are never answered
                self.counters.bots += 1
                continue
            usable.append((incoming.message_id, inbox_record(incoming)))
        if not usable:
            return
        offset = max((i for i, m in usable if _in_operator_channel(m, self.settings)), default=None)
        await self.inbox.receive(GATEWAY, usable, offset)
        send(self.gateway, Drain())

    async def _set_aside(self, data: Any, error: MalformedMessage) -> None:
        self.counters.malformed += 1
        message_id = snowflake(data.get("id")) if isinstance(data, Mapping) else ""
        log.error("a Discord message could not be read (%s)", error)
        if not message_id:
            return  # nothing to record it under
        await self.inbox.set_aside(GATEWAY, int(message_id), "MalformedMessage", str(error)[:160])
        publish(
            ANNOUNCE_TOPIC,
            Announcement(f"I skipped Discord message {message_id}: it could not be read ({error}).", "gateway"),
        )


def _in_operator_channel(record: Mapping[str, Any], settings: DiscordSettings) -> bool:
    message = record.get("message")
    return isinstance(message, Mapping) and message.get("channel_id") == settings.channel_id != ""


class _Final(Exception):
    def __init__(self, state: str, detail: str) -> None:
        super().__init__(f"{state}: {detail}")
        self.state, self.detail = state, detail
