"""The Discord gateway: one actor per node that runs it.

A task linked to the actor (they share fate) connects (``_connection``)
and stores each message in the inbox; only then does the actor handle the
stored messages, in order: each is marked started before it is dispatched
and handled after its replies went out. A crash of either restarts both
from the database: no stored message is lost, and one whose dispatch had
begun is not dispatched again — the operator is told it may or may not
have run. A message that cannot be handled is retried, then set aside
after ``MAX_ATTEMPTS`` (recorded, audited, the operator told).

Only the owner user (``discord.owner_user_id``) inside the operator's
channel (``discord.channel_id``) of the operator's guild
(``discord.guild_id``) is answered — all three must match, and with any of
them unset nobody is — plus the owner's direct messages when
``discord.allow_dm`` is on. Bots are never answered. Everyone else is
dropped silently and counted; a channel that is not the operator's (or the
operator's while no owner is set) is listed as pending with its sender,
for the operator to adopt behind 2FA.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from actors import (
    AsyncActor,
    Caller,
    ExitReason,
    Refused,
    Shutdown,
    Snapshot,
    TaskProcess,
    publish,
    send,
    send_after,
    subscribe,
)
from gateways._contract import ANNOUNCE_TOPIC, Announcement, GatewayStatus, InboundMessage, InboxItem, Reply
from gateways.discord._connection import GATEWAY, Connection, Counters, Drain, Ended, redacted, show_status
from gateways.discord._messages import Incoming, from_stored, snowflake
from gateways.discord._rest import DiscordError, DiscordRest, Unreachable
from gateways.discord._send import DiscordSender
from gateways.discord._settings import DiscordSettings
from gateways.ports import DispatcherPort, EgressPort, InboxPort

log = logging.getLogger("gateways.discord")

DISCORD_NAME: Final = "gateways.discord.gateway"
MAX_ATTEMPTS: Final = 3
FOREIGN_LOG_SECONDS: Final = 60.0
QR_FILENAME: Final = "alexclaw-2fa.png"
ABOUT_DISCORD: Final = "gateway:discord"  # an announcement about this gateway: not sent on it


@dataclass(frozen=True, slots=True)
class SendToChannel:
    """Answered with the number of messages sent, or ``Refused``;
    ``channel_id`` "" is the operator's channel."""

    text: str
    channel_id: str = ""


@dataclass(frozen=True, slots=True)
class Counts:
    """Answered with a copy of the gateway's ``Counters``."""


def pending_key(guild_id: str, channel_id: str) -> str:
    """A pending channel's id on the pending list: guild and channel, so
    adopting it sets both."""
    return f"{guild_id}/{channel_id}"


def refusal(settings: DiscordSettings, incoming: Incoming) -> str | None:
    """Why this message is not answered, or None for the owner in the
    operator's channel and guild (or, when allowed, the owner's DM)."""
    owner = settings.owner_user_id
    if incoming.direct:
        if not settings.allow_dm:
            return "direct messages are off (discord.allow_dm)"
        return None if owner and incoming.user_id == owner else "a direct message not from the owner user"
    if not settings.channel_id or not settings.guild_id:
        return "no operator channel is configured"
    if incoming.channel_id != settings.channel_id or incoming.guild_id != settings.guild_id:
        return "not the operator's channel"
    if not owner:
        return "no owner user is configured (discord.owner_user_id)"
    return None if incoming.user_id == owner else "not the owner user"


class DiscordGateway(AsyncActor):
    """The Discord transport for this node: the websocket session, the
    inbox drain, replies and announcements to the operator's channel.

    ``init``
        Starts the connection task and drains what the inbox kept from an
        earlier run. A raise is a start failure (the subtree's start function
        turns it into an ignored child with the reason in the status).
    ``handle_call``
        ``SendToChannel`` answers the number of messages sent, or ``Refused``
        (code ``not_configured`` without a channel; Discord's own refusal);
        ``Counts`` answers the drop counters.
    ``handle_info``
        ``Drain`` handles stored messages (an inbox failure is retried with
        backoff, a handling failure retried then set aside — never a crash);
        ``Ended`` stops the gateway with ``Shutdown`` until its settings
        change; an ``Announcement`` goes to the operator's channel.
    ``terminate``
        Stops the connection task and closes the HTTP client."""

    def __init__(
        self,
        settings: DiscordSettings,
        dispatcher: DispatcherPort,
        inbox: InboxPort,
        egress: EgressPort,
        status: Snapshot[GatewayStatus],
        *,
        backoff: float = 1.0,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.status = status
        self.backoff = backoff
        self.egress = egress
        self.rest = DiscordRest(settings.token, settings.api_base_url, egress)
        self.sender = DiscordSender(self.rest)
        self.counters = Counters()
        self._connector: TaskProcess[None] | None = None
        self._retry_pending = False
        self._inbox_failures = 0
        self._foreign_logged: dict[tuple[str, str], float] = {}

    def _publish(self, state: str, detail: str = "") -> None:
        show_status(self.status, GatewayStatus(state, detail, "gateway", self.settings.fingerprint))

    def _describe(self, error: BaseException) -> str:
        return redacted(f"{type(error).__name__}: {error}", self.settings.token)

    async def init(self) -> None:
        self._publish("connecting")
        subscribe(ANNOUNCE_TOPIC, self)
        connection = Connection(
            self,
            self.rest,
            self.settings,
            self.inbox,
            self.status,
            egress=self.egress,
            counters=self.counters,
            backoff=self.backoff,
        )
        self._connector = await TaskProcess(connection.run).start()  # unnamed: a killed predecessor may linger
        send(self, Drain())
        log.info("Discord gateway started")

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, SendToChannel):
            return await self._send_to_channel(message)
        if isinstance(message, Counts):
            return replace(self.counters)
        return await super().handle_call(message, caller)

    async def _send_to_channel(self, message: SendToChannel) -> int | Refused:
        channel = message.channel_id or self.settings.channel_id
        if not channel:
            return Refused("discord.channel_id is not set: there is no operator channel to send to", "not_configured")
        if not snowflake(channel):
            return Refused(f"{channel!r} is not a Discord channel id", "invalid")
        try:
            return await self.sender.text(channel, message.text)
        except (DiscordError, Unreachable) as exc:
            return Refused(f"Discord did not take the message: {self._describe(exc)}")

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Drain):
            self._retry_pending = False
            try:
                await self._drain()
            except Exception as exc:  # the inbox (the database) failed: the messages wait there
                self._inbox_failures += 1
                log.error("could not read the Discord inbox (%s); trying again", self._describe(exc))
                self._drain_later(min(self.backoff * 2 ** min(self._inbox_failures - 1, 6), 60.0))
            else:
                self._inbox_failures = 0
        elif isinstance(message, Ended):
            self._publish(message.state, message.detail)
            log.error("Discord gateway stops until its settings change: %s: %s", message.state, message.detail)
            if message.state == "token rejected":  # heard on the other gateways (Telegram), not on this one
                text = f"The Discord gateway stopped: {message.detail}. Set a valid discord.bot_token."
                publish(ANNOUNCE_TOPIC, Announcement(text, ABOUT_DISCORD))
            self.stop_self(Shutdown(f"{message.state}: {message.detail}"))
        elif isinstance(message, Announcement):
            if message.kind == ABOUT_DISCORD:
                return  # about this gateway: it cannot be heard here
            if self.settings.channel_id:
                try:
                    await self.sender.text(self.settings.channel_id, message.text)
                except (DiscordError, Unreachable) as exc:
                    log.error("could not announce to the operator's channel: %s", self._describe(exc))
        else:
            await super().handle_info(message)

    async def _drain(self) -> None:
        for item in await self.inbox.unhandled(GATEWAY):
            try:
                incoming = from_stored(item.payload)
            except Exception as exc:  # a record this gateway did not write
                await self.inbox.set_aside(GATEWAY, item.update_id, type(exc).__name__, str(exc)[:160])
                continue
            try:
                await self._handle(item, incoming)
            except Exception as exc:  # a failure while handling: retried, then set aside
                error, excerpt = type(exc).__name__, self._describe(exc)
                log.warning("handling Discord message %s failed (%s)", item.update_id, excerpt)
                attempts = await self.inbox.record_failure(GATEWAY, item.update_id, error, excerpt)
                if attempts >= MAX_ATTEMPTS:
                    await self.inbox.set_aside(GATEWAY, item.update_id, error, excerpt)
                    skipped = f"I skipped Discord message {item.update_id}: it could not be handled ({error})."
                    publish(ANNOUNCE_TOPIC, Announcement(skipped, "gateway"))
                    continue
                self._drain_later(self.backoff * 2 ** (attempts - 1))
                return  # later messages wait: the order is kept
            await self.inbox.mark_handled(GATEWAY, [item.update_id])

    def _drain_later(self, delay: float) -> None:
        if not self._retry_pending:
            self._retry_pending = True
            send_after(self, Drain(), delay)

    async def _handle(self, item: InboxItem, incoming: Incoming) -> None:
        why = refusal(self.settings, incoming)
        if why is not None:
            await self._foreign(incoming, why)
            return
        if not incoming.text:
            return  # embeds or attachments with no text: nothing to answer
        if item.started:  # its dispatch began before a crash: never run a command twice
            notice = f"I restarted while handling “{incoming.text[:100]}”; it may or may not have run. "
            await self._reply(incoming.channel_id, Reply(notice + "Check before repeating it.", markdown=False))
            return
        masked = item.payload.get("alexclaw_redacted") or ()
        redacted_kinds = tuple(str(name) for name in masked) if isinstance(masked, list) else ()
        inbound = InboundMessage(
            GATEWAY, incoming.channel_id, incoming.text, incoming.user_name, str(incoming.message_id), redacted_kinds
        )
        if not self.dispatcher.repeatable(inbound):
            await self.inbox.mark_started(GATEWAY, item.update_id)
        replies: Sequence[Reply] = await self.dispatcher.handle(inbound)
        for reply in replies:
            await self._reply(incoming.channel_id, reply)

    async def _reply(self, channel_id: str, reply: Reply) -> None:
        try:
            if reply.photo is not None:
                await self.sender.file(channel_id, reply.photo, QR_FILENAME, reply.text)
            else:
                await self.sender.text(channel_id, reply.text)
        except (DiscordError, Unreachable) as exc:  # a deleted channel, Discord down: the reply is lost (logged)
            log.error("reply to Discord channel %s failed: %s", channel_id, self._describe(exc))

    async def _foreign(self, incoming: Incoming, why: str) -> None:
        if incoming.direct:
            self.counters.direct += 1
        else:
            self.counters.strangers += 1
        now = time.monotonic()
        key = (incoming.channel_id, incoming.user_id)
        if now - self._foreign_logged.get(key, -FOREIGN_LOG_SECONDS) >= FOREIGN_LOG_SECONDS:
            if len(self._foreign_logged) > 1000:
                self._foreign_logged.clear()
            self._foreign_logged[key] = now
            log.warning("ignored a Discord message in %s from %s (%s)", incoming.channel_id, incoming.user_id, why)
        if incoming.direct or why == "not the owner user":
            return  # a DM, or another member of the operator's channel: ignored, not offered for adoption
        await self.inbox.note_pending(
            GATEWAY,
            pending_key(incoming.guild_id, incoming.channel_id),
            f"guild {incoming.guild_id}, channel {incoming.channel_id}",
            "",
            user_id=incoming.user_id,
            user_name=incoming.user_name,
        )

    async def terminate(self, reason: ExitReason) -> None:
        if self._connector is not None and self._connector.alive:
            await self._connector.stop()
        try:
            await self.rest.close()
        except Exception as exc:  # closing an HTTP client must not turn a stop into a crash
            log.debug("Discord client close: %s", exc)
