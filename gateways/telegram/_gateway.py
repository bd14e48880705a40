"""The Telegram gateway: one actor per node that runs it.

Polling runs as a task linked to the actor (they share fate): it long-polls
``getUpdates`` from the persisted offset and, in one transaction, stores
what arrived in the inbox and advances the offset; only then does the actor
handle the stored updates, in order: each is marked started before it is
dispatched and handled after its replies went out. A crash of either
restarts both from the database: no update is lost, and one whose dispatch
had begun is not dispatched again — the operator is told it may or may not
have run (a repeated /run would start a second run). In webhook mode the web endpoint hands each POST to
the actor, which checks the secret in constant time and stores it the same
way (Telegram's retries are deduplicated by update id).

Only ``telegram.chat_id`` is answered. Anyone else is ignored silently —
logged at most once a minute per chat — and listed as a pending chat the
operator may adopt; with no chat id configured nobody is answered.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError

from actors import IGNORE, AsyncActor, Caller, ExitReason, Ignore, TaskProcess, send, subscribe
from gateways._contract import ANNOUNCE_TOPIC, Announcement, InboundMessage, InboxItem, Reply
from gateways.ports import DispatcherPort, InboxPort
from gateways.telegram._send import TelegramSender
from gateways.telegram._settings import TelegramSettings

log = logging.getLogger("gateways.telegram")

GATEWAY: Final = "telegram"
TELEGRAM_NAME: Final = "gateways.telegram"
POLL_TIMEOUT: Final = 25
FOREIGN_LOG_SECONDS: Final = 60.0


@dataclass(frozen=True, slots=True)
class SendToOperator:
    text: str
    markdown: bool = False


@dataclass(frozen=True, slots=True)
class WebhookUpdate:
    payload: Mapping[str, Any]
    secret: str


class _Drain:
    pass


class NotConfigured(RuntimeError):
    """The operator's chat is not set: there is nobody to send to."""


class TelegramGateway(AsyncActor):
    def __init__(
        self,
        settings: TelegramSettings,
        dispatcher: DispatcherPort,
        inbox: InboxPort,
        *,
        poll_timeout: int = POLL_TIMEOUT,
        backoff: float = 1.0,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.poll_timeout = poll_timeout
        self.backoff = backoff
        self.bot = Bot(settings.token, base_url=settings.bot_base_url, base_file_url=settings.bot_file_url)
        self.sender = TelegramSender(self.bot)
        self._foreign_logged: dict[str, float] = {}
        self._poller: TaskProcess[None] | None = None

    async def init(self) -> Ignore | None:
        try:
            await self.bot.initialize()  # getMe: is the token real?
        except InvalidToken:
            log.error("Telegram refused the bot token; the gateway stays off until telegram.bot_token changes")
            await self._shutdown_bot()
            return IGNORE
        except NetworkError as exc:  # Telegram unreachable now: the poll loop keeps trying
            log.warning("Telegram is not reachable yet (%s); will keep trying", exc)
        subscribe(ANNOUNCE_TOPIC, self)
        if self.settings.mode == "webhook":
            await self._set_webhook()
        else:
            self._poller = await TaskProcess(self._poll).start(name=f"{TELEGRAM_NAME}.poll")
        send(self, _Drain())  # what an earlier run stored but did not handle
        log.info("Telegram gateway started (%s)", self.settings.mode)
        return None

    async def _set_webhook(self) -> None:
        url = f"{self.settings.webhook_url}/webhooks/telegram"
        try:
            await self.bot.set_webhook(url, secret_token=self.settings.webhook_secret, allowed_updates=["message"])
        except TelegramError as exc:
            log.error("setWebhook failed (%s); updates will not arrive until it succeeds", exc)

    async def _poll(self) -> None:
        offset = await self.inbox.next_offset(GATEWAY)
        try:
            await self.bot.delete_webhook()  # getUpdates is refused while a webhook is set
        except TelegramError as exc:
            log.warning("deleteWebhook failed (%s)", exc)
        failures = 0
        while True:
            try:
                updates = await self.bot.get_updates(
                    offset=offset, timeout=self.poll_timeout, allowed_updates=["message"]
                )
                failures = 0
            except InvalidToken:
                log.error("Telegram refused the bot token while polling; polling stops")
                return
            except (NetworkError, Conflict) as exc:
                failures += 1
                wait = min(self.backoff * 2 ** min(failures - 1, 6), 60.0)
                log.warning("getUpdates failed (%s); retrying in %.1fs", exc, wait)
                await asyncio.sleep(wait)
                continue
            if not updates:
                continue
            offset = updates[-1].update_id + 1
            await self.inbox.receive(GATEWAY, [(u.update_id, u.to_dict()) for u in updates], offset)
            send(self, _Drain())

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, SendToOperator):
            if not self.settings.chat_id:
                raise NotConfigured("telegram.chat_id is not set: there is no operator chat to send to")
            return await self.sender.text(self.settings.chat_id, message.text, markdown=message.markdown)
        if isinstance(message, WebhookUpdate):
            return await self._webhook(message)
        return await super().handle_call(message, caller)

    async def _webhook(self, message: WebhookUpdate) -> bool:
        expected = self.settings.webhook_secret.encode()
        if self.settings.mode != "webhook" or not hmac.compare_digest(message.secret.encode(), expected):
            return False
        update_id = message.payload.get("update_id")
        if isinstance(update_id, int) and not isinstance(update_id, bool):
            await self.inbox.receive(GATEWAY, [(update_id, message.payload)], None)
            send(self, _Drain())
        return True

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Drain):
            await self._drain()
        elif isinstance(message, Announcement):
            if self.settings.chat_id:
                try:
                    await self.sender.text(self.settings.chat_id, message.text, markdown=False)
                except TelegramError as exc:
                    log.error("could not announce to the operator's chat: %s", exc)
        else:
            await super().handle_info(message)

    async def _drain(self) -> None:
        """Handle what the inbox holds, each update marked handled as soon as
        its replies went out (a batch mark would widen the window in which a
        crash makes a read be answered twice)."""
        for item in await self.inbox.unhandled(GATEWAY):
            await self._handle(item)
            await self.inbox.mark_handled(GATEWAY, [item.update_id])

    async def _handle(self, item: InboxItem) -> None:
        update = Update.de_json(dict(item.payload), self.bot)
        message = update.effective_message if update else None
        if message is None or message.chat is None:
            return
        chat_id = str(message.chat.id)
        if not self.settings.chat_id or chat_id != self.settings.chat_id:
            await self._foreign(chat_id, message.chat.title or message.chat.full_name or "", message.chat.username)
            return
        text = message.text or message.caption or ""
        if not text:
            return
        if item.started:  # its dispatch began before a crash: never run a command twice
            notice = (
                f"I restarted while handling “{text[:100]}”; it may or may not have run. Check before repeating it."
            )
            await self._reply(chat_id, Reply(notice, markdown=False))
            return
        user = message.from_user.full_name if message.from_user else ""
        masked = item.payload.get("alexclaw_redacted") or ()
        redacted = tuple(str(name) for name in masked) if isinstance(masked, list) else ()
        inbound = InboundMessage(GATEWAY, chat_id, text, user, str(message.message_id), redacted)
        if not self.dispatcher.repeatable(inbound):  # a read may simply run again after a crash
            await self.inbox.mark_started(GATEWAY, item.update_id)
        for reply in await self.dispatcher.handle(inbound):
            await self._reply(chat_id, reply)

    async def _reply(self, chat_id: str, reply: Reply) -> None:
        try:
            if reply.photo is not None:
                await self.sender.photo(chat_id, reply.photo, reply.text)
            else:
                await self.sender.text(chat_id, reply.text, markdown=reply.markdown)
        except TelegramError as exc:  # after retries: the update is still handled, the reply is lost (logged)
            log.error("reply to chat %s failed: %s", chat_id, exc)

    async def _foreign(self, chat_id: str, title: str, username: str | None) -> None:
        now = time.monotonic()
        if now - self._foreign_logged.get(chat_id, -FOREIGN_LOG_SECONDS) >= FOREIGN_LOG_SECONDS:
            self._foreign_logged[chat_id] = now
            reason = "no operator chat is configured" if not self.settings.chat_id else "not the operator's chat"
            log.warning("ignored a message from chat %s (%s)", chat_id, reason)
        await self.inbox.note_pending(GATEWAY, chat_id, title, username or "")

    async def terminate(self, reason: ExitReason) -> None:
        if self._poller is not None and self._poller.alive:
            await self._poller.stop()
        await self._shutdown_bot()

    async def _shutdown_bot(self) -> None:
        try:
            await self.bot.shutdown()
        except Exception as exc:  # closing an HTTP client must not turn a stop into a crash
            log.debug("bot shutdown: %s", exc)
