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

import asyncio
import hmac
import logging
import time
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from telegram import Bot
from telegram.error import EndPointNotFound, InvalidToken, TelegramError
from telegram.request import HTTPXRequest

from actors import AsyncActor, Caller, ExitReason, Shutdown, Snapshot, TaskProcess, publish, send, send_after, subscribe
from gateways._contract import (
    ANNOUNCE_TOPIC,
    STATUS_TOPIC,
    Announcement,
    EgressRefused,
    GatewayStatus,
    InboundMessage,
    InboxItem,
    Refused,
    Reply,
)
from gateways.ports import DispatcherPort, EgressPort, InboxPort
from gateways.telegram._send import TelegramSender
from gateways.telegram._settings import TelegramSettings
from gateways.telegram._updates import Incoming, read_message, shape_problem, update_id_of

log = logging.getLogger("gateways.telegram")

GATEWAY: Final = "telegram"
TELEGRAM_NAME: Final = "gateways.telegram"
POLL_TIMEOUT: Final = 25
READ_TIMEOUT: Final = 10.0
FOREIGN_LOG_SECONDS: Final = 60.0
MAX_ATTEMPTS: Final = 3  # a handling failure is retried this often, then the update is set aside
EXCERPT: Final = 160


@dataclass(frozen=True, slots=True)
class SendToOperator:
    """Answered with the number of messages sent, or ``Refused``."""

    text: str
    markdown: bool = False


@dataclass(frozen=True, slots=True)
class WebhookUpdate:
    payload: Mapping[str, Any]
    secret: str


class _Drain:
    pass


@dataclass(frozen=True, slots=True)
class _Final:
    """The connect task met something retrying cannot fix."""

    state: str
    detail: str


def show_status(snapshot: Snapshot[GatewayStatus], status: GatewayStatus) -> None:
    """Publish a gateway's status: the snapshot for the pages, the topic for
    whoever waits on a change."""
    snapshot.publish(status)
    publish(STATUS_TOPIC, status)


def describe(error: BaseException, token: str = "", *, named: bool = True) -> str:
    """A short, token-free account of an error for the status and records
    (``named``: led by the error's class)."""
    cause = error.__cause__
    if isinstance(cause, EgressRefused):
        text = str(cause)
    else:
        text = f"{type(error).__name__}: {error}" if named else str(error)
    if token:
        text = text.replace(token, "[token]")
    return text[:EXCERPT]


def egress_refusal(error: BaseException) -> str | None:
    """The guard's reason when ``error`` is its refusal ("by the egress
    guard: 169.254.169.254 is cloud metadata endpoint"), else None."""
    cause = error.__cause__
    if not isinstance(cause, EgressRefused):
        return None
    return "by " + str(cause).removeprefix("refused by ")


class TelegramGateway(AsyncActor):
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

    @staticmethod
    def _request(egress: EgressPort, read_timeout: float) -> HTTPXRequest:
        # The guard's transport replaces httpx's own: every connection is
        # vetted and pinned; no proxy from the environment.
        return HTTPXRequest(
            read_timeout=read_timeout, httpx_kwargs={"transport": egress.transport(), "trust_env": False}
        )

    def _publish(self, state: str, detail: str = "") -> None:
        show_status(self.status, GatewayStatus(state, detail, self.settings.mode, self.settings.fingerprint))

    async def init(self) -> None:
        self._publish("connecting")
        subscribe(ANNOUNCE_TOPIC, self)
        self._connector = await TaskProcess(self._connect).start()  # unnamed: a killed predecessor may linger
        send(self, _Drain())  # what an earlier run stored but did not handle
        log.info("Telegram gateway started (%s)", self.settings.mode)

    # -- the connect task: getMe, then the webhook or the poll loop -------

    async def _wait(self, failures: int) -> None:
        await asyncio.sleep(min(self.backoff * 2 ** min(failures - 1, 6), 60.0))

    async def _connect(self) -> None:
        failures = 0
        while True:
            try:
                await self.bot.initialize()  # getMe: is the token real?
                break
            except (InvalidToken, EndPointNotFound):
                send(self, _Final("token rejected", "Telegram refused the bot token (telegram.bot_token)"))
                return
            except TelegramError as exc:
                if (why := egress_refusal(exc)) is not None:
                    send(self, _Final("refused", why))
                    return
                failures += 1
                self._publish("unreachable", describe(exc, self.settings.token))
                log.warning("Telegram is not reachable (%s); will keep trying", describe(exc, self.settings.token))
                await self._wait(failures)
        self._publish("connected", f"@{self.bot.username}")
        if self.settings.mode == "webhook":
            await self._set_webhook()
        else:
            await self._poll()

    async def _set_webhook(self) -> None:
        url = f"{self.settings.webhook_url}/webhooks/telegram"
        failures = 0
        while True:
            try:
                await self.bot.set_webhook(url, secret_token=self.settings.webhook_secret, allowed_updates=["message"])
                return
            except TelegramError as exc:
                failures += 1
                self._publish("unreachable", f"setWebhook failed: {describe(exc, self.settings.token)}")
                log.error("setWebhook failed (%s); retrying", describe(exc, self.settings.token))
                await self._wait(failures)

    async def _poll(self) -> None:
        offset = await self.inbox.next_offset(GATEWAY)
        try:
            await self.bot.delete_webhook()  # getUpdates is refused while a webhook is set
        except TelegramError as exc:
            log.warning("deleteWebhook failed (%s)", describe(exc, self.settings.token))
        failures = 0
        while True:
            params: dict[str, Any] = {"timeout": self.poll_timeout, "allowed_updates": ["message"]}
            if offset is not None:
                params["offset"] = offset
            problem: str | None = None
            try:
                with warnings.catch_warnings():  # PTB prefers get_updates, which parses (and crashes on) every update
                    warnings.simplefilter("ignore")
                    raw = await self.bot.do_api_request(
                        "get_updates", api_kwargs=params, read_timeout=self.poll_timeout + READ_TIMEOUT
                    )
            except (InvalidToken, EndPointNotFound):
                send(self, _Final("token rejected", "Telegram refused the bot token while polling"))
                return
            except TelegramError as exc:
                if (why := egress_refusal(exc)) is not None:
                    send(self, _Final("refused", why))
                    return
                problem = describe(exc, self.settings.token)
            except Exception as exc:  # an answer the library cannot read: the service misbehaves
                problem = f"unreadable answer from the Bot API ({type(exc).__name__})"
            else:
                offset, problem = await self._store(raw, offset)
            if problem is None:
                if failures:
                    self._publish("connected", f"@{self.bot.username}")
                failures = 0
                continue
            failures += 1
            self._publish("unreachable", problem)
            log.warning("getUpdates failed (%s); retrying", problem)
            await self._wait(failures)

    async def _store(self, raw: object, offset: int | None) -> tuple[int | None, str | None]:
        """Store a getUpdates answer; returns the next offset, or why not."""
        if not isinstance(raw, list):
            return offset, "getUpdates did not answer a list"
        usable: list[tuple[int, Mapping[str, Any]]] = []
        ids: list[int] = []
        for item in raw:
            update_id = update_id_of(item)
            if update_id is None:
                continue  # no id to record it under; the offset below moves past it
            ids.append(update_id)
            problem = shape_problem(item)
            if problem is not None:
                await self._set_aside(update_id, "MalformedUpdate", problem, {"update_id": update_id})
            else:
                usable.append((update_id, item))
        if not ids:
            return offset, "getUpdates answered updates without a usable update_id" if raw else None
        next_offset = max(ids) + 1
        await self.inbox.receive(GATEWAY, usable, next_offset)
        send(self, _Drain())
        return next_offset, None

    # -- requests ----------------------------------------------------------

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, SendToOperator):
            return await self._send_to_operator(message)
        if isinstance(message, WebhookUpdate):
            return await self._webhook(message)
        return await super().handle_call(message, caller)

    async def _send_to_operator(self, message: SendToOperator) -> int | Refused:
        if not self.settings.chat_id:
            return Refused("telegram.chat_id is not set: there is no operator chat to send to")
        try:
            return await self.sender.text(self.settings.chat_id, message.text, markdown=message.markdown)
        except TelegramError as exc:
            return Refused(f"Telegram did not take the message: {describe(exc, self.settings.token)}")

    async def _webhook(self, message: WebhookUpdate) -> bool:
        expected = self.settings.webhook_secret.encode()
        if self.settings.mode != "webhook" or not hmac.compare_digest(message.secret.encode(), expected):
            return False
        payload = message.payload
        update_id = update_id_of(payload)
        if update_id is None:
            log.warning("a webhook update without a usable update_id was dropped")
            return True
        problem = shape_problem(payload)
        if problem is not None:
            await self._set_aside(update_id, "MalformedUpdate", problem, {"update_id": update_id})
        else:
            await self.inbox.receive(GATEWAY, [(update_id, payload)], None)
            send(self, _Drain())
        return True

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Drain):
            self._retry_pending = False
            await self._drain()
        elif isinstance(message, _Final):
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
                if not self._retry_pending:
                    self._retry_pending = True
                    send_after(self, _Drain(), self.backoff * 2 ** (attempts - 1))
                return  # later updates wait: the order is kept
            await self.inbox.mark_handled(GATEWAY, [item.update_id])

    async def _set_aside(
        self, update_id: int, error: str, excerpt: str, payload: Mapping[str, Any] | None = None, attempts: int = 1
    ) -> None:
        await self.inbox.set_aside(GATEWAY, update_id, error, excerpt, payload)
        log.error("Telegram update %s was set aside after %d attempt(s): %s", update_id, attempts, error)
        publish(
            ANNOUNCE_TOPIC,
            Announcement(
                f"I skipped Telegram update {update_id}: it could not be handled ({error}, {attempts} attempt(s)). "
                "It is recorded in the audit trail; the gateway goes on.",
                "gateway",
            ),
        )

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
