"""The Telegram gateway: one actor per node that runs it.

A task linked to the actor (they share fate) connects: ``getMe`` first —
the status says connecting, connected as @bot, token rejected, refused
(the egress guard's address rules) or unreachable with the last error —
then, in polling mode, long-polls ``getUpdates`` from the persisted offset
and, in one transaction, stores what arrived in the inbox and advances the
offset; only then does the actor handle the stored updates, in order: each
is marked started before it is dispatched and handled after its replies
went out. A crash of either restarts both from the database: no update is
lost, and one whose dispatch had begun is not dispatched again — the
operator is told it may or may not have run. In webhook mode the web
endpoint hands each POST to the actor, which checks the secret in constant
time and stores it the same way (Telegram's retries are deduplicated by
update id).

An update is input from outside: one that cannot be read (wrong types,
missing fields, too deep or too big) is set aside at once, and one whose
handling keeps failing is set aside after ``MAX_ATTEMPTS`` — recorded in
the inbox with the error's class, audited, skipped (the offset moves on),
and the operator told. A token Telegram rejects or an address the guard
refuses ends the gateway itself (``Shutdown`` with the cause: the tree
shows it as the last exit) until its settings change; it never
escalates. Every outbound connection goes through the application's
egress transport (``EgressPort``).

Only the owner user (``telegram.owner_user_id``) inside the operator's
chat (``telegram.chat_id``) is answered; with either unset nobody is.
Anyone else is ignored silently — logged at most once a minute per chat
and sender — and a chat that is not the operator's, or the operator's
chat while no owner is set, is listed as pending with its sender, for the
operator to adopt.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from telegram import Bot
from telegram.error import TelegramError
from telegram.request import HTTPXRequest

from actors import AsyncActor, Caller, ExitReason, Refused, Shutdown, Snapshot, TaskProcess, send, send_after, subscribe
from gateways._contract import (
    ANNOUNCE_TOPIC,
    Announcement,
    GatewayStatus,
    InboundMessage,
    InboxItem,
    Reply,
)
from gateways.ports import DispatcherPort, EgressPort, InboxPort
from gateways.telegram._connection import (
    GATEWAY,
    READ_TIMEOUT,
    Connection,
    Drain,
    Ended,
    describe,
    set_aside,
    show_status,
)
from gateways.telegram._send import TelegramSender
from gateways.telegram._settings import TelegramSettings
from gateways.telegram._updates import Incoming, read_message, shape_problem, update_id_of

log = logging.getLogger("gateways.telegram")

TELEGRAM_NAME: Final = "gateways.telegram.gateway"
POLL_TIMEOUT: Final = 25
FOREIGN_LOG_SECONDS: Final = 60.0
FOREIGN_LOG_KEYS: Final = 1000
MAX_ATTEMPTS: Final = 3  # a handling failure is retried this often, then the update is set aside


@dataclass(frozen=True, slots=True)
class SendToOperator:
    """Answered with the number of messages sent, or ``Refused``."""

    text: str
    markdown: bool = False


@dataclass(frozen=True, slots=True)
class WebhookUpdate:
    payload: Mapping[str, Any]
    secret: str


class TelegramGateway(AsyncActor):
    """The Telegram transport for this node: polling or webhook, the inbox
    drain, replies and announcements to the operator's chat.

    ``init``
        Starts the connection task (``getMe``, then polling or ``setWebhook``)
        and drains what the inbox kept from an earlier run. A raise is a start
        failure, which the subtree's start function turns into an ignored child
        with the reason in ``GatewayStatus`` (never a restart loop).
    ``handle_call``
        ``SendToOperator`` answers the number of messages sent, or ``Refused``
        (code ``not_configured`` without a chat id; Telegram's own refusal);
        ``WebhookUpdate`` answers whether the secret matched, or ``Refused``
        (code ``unavailable``) when the update could not be stored. Callers
        (the Config page, ``telegram_notify``, the webhook route) match it.
    ``handle_info``
        ``Drain`` handles stored updates; an inbox (database) failure is logged
        and retried with backoff, a handling failure retried then set aside —
        never a crash. ``Ended`` (token rejected, address refused) stops the
        gateway with ``Shutdown``: the child is transient, so it stays down
        until its settings change. An announcement Telegram refuses is logged.
    ``terminate``
        Stops the connection task and closes the bot's HTTP client; a failure to
        close is logged, not raised.

    An unexpected raise in a handler crashes it: the supervisor restarts it,
    and after ``CRASH_LIMIT`` crashes a minute its start ignores it."""

    def __init__(
        self,
        settings: TelegramSettings,
        dispatcher: DispatcherPort,
        inbox: InboxPort,
        egress: EgressPort,
        status: Snapshot[GatewayStatus],
        *,
        poll_timeout: int = POLL_TIMEOUT,
        backoff: float = 1.0,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.status = status
        self.poll_timeout = poll_timeout
        self.backoff = backoff
        self.bot = Bot(
            settings.token,
            base_url=settings.bot_base_url,
            base_file_url=settings.bot_file_url,
            request=self._request(egress, READ_TIMEOUT),
            get_updates_request=self._request(egress, READ_TIMEOUT),
        )
        self.sender = TelegramSender(self.bot)
        self._foreign_logged: dict[tuple[str, str], float] = {}
        self._connector: TaskProcess[None] | None = None
        self._retry_pending = False
        self._inbox_failures = 0

    @staticmethod
    def _request(egress: EgressPort, read_timeout: float) -> HTTPXRequest:
        # The guard's transport replaces httpx's own: every connection is
        # vetted and pinned; no proxy from the environment.
        return HTTPXRequest(
            read_timeout=read_timeout, httpx_kwargs={"transport": egress.transport(), "trust_env": False}
        )

    def _publish(self, state: str, detail: str = "") -> None:
        show_status(self.status, GatewayStatus(state, detail, self.settings.mode, self.settings.fingerprint))

    async def _set_aside(
        self, update_id: int, error: str, excerpt: str, payload: Mapping[str, Any] | None = None, attempts: int = 1
    ) -> None:
        await set_aside(self.inbox, update_id, error, excerpt, payload=payload, attempts=attempts)

    async def init(self) -> None:
        self._publish("connecting")
        subscribe(ANNOUNCE_TOPIC, self)
        connection = Connection(
            self, self.bot, self.settings, self.inbox, self.status, poll_timeout=self.poll_timeout, backoff=self.backoff
        )
        self._connector = await TaskProcess(connection.run).start()  # unnamed: a killed predecessor may linger
        send(self, Drain())  # what an earlier run stored but did not handle
        log.info("Telegram gateway started (%s)", self.settings.mode)

    # -- requests ----------------------------------------------------------

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, SendToOperator):
            return await self._send_to_operator(message)
        if isinstance(message, WebhookUpdate):
            return await self._webhook(message)
        return await super().handle_call(message, caller)

    async def _send_to_operator(self, message: SendToOperator) -> int | Refused:
        if not self.settings.chat_id:
            return Refused("telegram.chat_id is not set: there is no operator chat to send to", "not_configured")
        try:
            return await self.sender.text(self.settings.chat_id, message.text, markdown=message.markdown)
        except TelegramError as exc:
            return Refused(f"Telegram did not take the message: {describe(exc, self.settings.token)}")

    async def _webhook(self, message: WebhookUpdate) -> bool | Refused:
        expected = self.settings.webhook_secret.encode()
        if self.settings.mode != "webhook" or not hmac.compare_digest(message.secret.encode(), expected):
            return False
        payload = message.payload
        update_id = update_id_of(payload)
        if update_id is None:
            log.warning("a webhook update without a usable update_id was dropped")
            return True
        problem = shape_problem(payload)
        try:
            if problem is not None:
                await self._set_aside(update_id, "MalformedUpdate", problem, {"update_id": update_id})
            else:
                await self.inbox.receive(GATEWAY, [(update_id, payload)], None)
                send(self, Drain())
        except Exception as exc:  # the database: not stored, so Telegram must send it again
            log.warning("could not store a webhook update (%s)", describe(exc, self.settings.token))
            return Refused("the update could not be stored; send it again later", "unavailable")
        return True

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, Drain):
            self._retry_pending = False
            try:
                await self._drain()
            except Exception as exc:  # the inbox (the database) failed: the updates wait there
                self._inbox_failures += 1
                log.error("could not read the inbox (%s); trying again", describe(exc, self.settings.token))
                self._drain_later(min(self.backoff * 2 ** min(self._inbox_failures - 1, 6), 60.0))
            else:
                self._inbox_failures = 0
        elif isinstance(message, Ended):
            self._publish(message.state, message.detail)
            log.error("Telegram gateway stops until its settings change: %s: %s", message.state, message.detail)
            self.stop_self(Shutdown(f"{message.state}: {message.detail}"))
        elif isinstance(message, Announcement):
            if self.settings.chat_id:
                try:
                    await self.sender.text(self.settings.chat_id, message.text, markdown=False)
                except TelegramError as exc:
                    log.error("could not announce to the operator's chat: %s", describe(exc, self.settings.token))
        else:
            await super().handle_info(message)

    # -- handling stored updates -------------------------------------------

    async def _drain(self) -> None:
        """Handle what the inbox holds, each update marked handled as soon as
        its replies went out (a batch mark would widen the window in which a
        crash makes a read be answered twice). One that cannot be read is set
        aside; one whose handling fails is tried again later, in order, and
        set aside after ``MAX_ATTEMPTS``."""
        for item in await self.inbox.unhandled(GATEWAY):
            try:
                incoming = read_message(item.payload, self.bot)
            except Exception as exc:  # any shape Telegram does not send: wrong types, missing fields
                excerpt = describe(exc, self.settings.token, named=False)
                await self._set_aside(item.update_id, type(exc).__name__, excerpt)
                continue
            try:
                if incoming is not None:
                    await self._handle(item, incoming)
            except Exception as exc:  # a failure while handling: retried, then set aside
                error, excerpt = type(exc).__name__, describe(exc, self.settings.token, named=False)
                log.warning("handling Telegram update %s failed (%s: %s)", item.update_id, error, excerpt)
                attempts = await self.inbox.record_failure(GATEWAY, item.update_id, error, excerpt)
                if attempts >= MAX_ATTEMPTS:
                    await self._set_aside(item.update_id, error, excerpt, attempts=attempts)
                    continue
                self._drain_later(self.backoff * 2 ** (attempts - 1))
                return  # later updates wait: the order is kept
            await self.inbox.mark_handled(GATEWAY, [item.update_id])

    def _drain_later(self, delay: float) -> None:
        if not self._retry_pending:
            self._retry_pending = True
            send_after(self, Drain(), delay)

    def _refusal(self, incoming: Incoming) -> str | None:
        """Why this sender is not answered, or None for the owner in the operator's chat."""
        chat_id, owner = self.settings.chat_id, self.settings.owner_user_id
        if not chat_id:
            return "no operator chat is configured"
        if incoming.chat_id != chat_id:
            return "not the operator's chat"
        if not owner:
            return "no owner user is configured (telegram.owner_user_id)"
        if incoming.user_id != owner:
            return "not the owner user"
        return None

    async def _handle(self, item: InboxItem, incoming: Incoming) -> None:
        why = self._refusal(incoming)
        if why is not None:
            await self._foreign(incoming, why)
            return
        text = incoming.text
        if not text:
            return
        if item.started:  # its dispatch began before a crash: never run a command twice
            notice = (
                f"I restarted while handling “{text[:100]}”; it may or may not have run. Check before repeating it."
            )
            await self._reply(incoming.chat_id, Reply(notice, markdown=False))
            return
        masked = item.payload.get("alexclaw_redacted") or ()
        redacted = tuple(str(name) for name in masked) if isinstance(masked, list) else ()
        inbound = InboundMessage(GATEWAY, incoming.chat_id, text, incoming.user_name, incoming.message_id, redacted)
        if not self.dispatcher.repeatable(inbound):  # a read may simply run again after a crash
            await self.inbox.mark_started(GATEWAY, item.update_id)
        replies: Sequence[Reply] = await self.dispatcher.handle(inbound)
        for reply in replies:
            await self._reply(incoming.chat_id, reply)

    async def _reply(self, chat_id: str, reply: Reply) -> None:
        try:
            if reply.photo is not None:
                await self.sender.photo(chat_id, reply.photo, reply.text)
            else:
                await self.sender.text(chat_id, reply.text, markdown=reply.markdown)
        except TelegramError as exc:  # after retries: the update is still handled, the reply is lost (logged)
            log.error("reply to chat %s failed: %s", chat_id, describe(exc, self.settings.token))

    async def _foreign(self, incoming: Incoming, why: str) -> None:
        now = time.monotonic()
        key = (incoming.chat_id, incoming.user_id)
        if len(self._foreign_logged) > FOREIGN_LOG_KEYS:  # many senders: forget the ones past their minute
            self._foreign_logged = {k: t for k, t in self._foreign_logged.items() if now - t < FOREIGN_LOG_SECONDS}
        if now - self._foreign_logged.get(key, -FOREIGN_LOG_SECONDS) >= FOREIGN_LOG_SECONDS:
            self._foreign_logged[key] = now
            log.warning("ignored a message from chat %s, sender %s (%s)", incoming.chat_id, incoming.user_id, why)
        if why == "not the owner user":
            return  # another member of the operator's group: ignored, not offered for adoption
        await self.inbox.note_pending(
            GATEWAY,
            incoming.chat_id,
            incoming.chat_title,
            incoming.chat_username,
            user_id=incoming.user_id,
            user_name=incoming.user_name,
        )

    async def terminate(self, reason: ExitReason) -> None:
        if self._connector is not None and self._connector.alive:
            await self._connector.stop()
        try:
            await self.bot.shutdown()
        except Exception as exc:  # closing an HTTP client must not turn a stop into a crash
            log.debug("bot shutdown: %s", exc)
