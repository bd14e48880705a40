"""The gateway's link to the Bot API, run as a task linked to the gateway
actor: ``getMe`` first (is the token real?), then the webhook registration
or the poll loop. It publishes the gateway's status as it goes —
connecting, connected as @bot, unreachable with the last error — and
tells the actor when something retrying cannot fix happened (the token
rejected, the address refused by the egress guard) so that it ends itself.

Polling asks ``getUpdates`` for the raw updates (the library's own parsing
raises on one malformed update and fails the whole batch): each needs a
usable id before it is stored, one too deep or too big is set aside, and
the rest go to the inbox with the new offset in one transaction. The
database being down is waited for with backoff, never a crash loop: what
was not stored is not confirmed, so Telegram sends it again."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from telegram import Bot
from telegram.error import EndPointNotFound, InvalidToken, TelegramError

from actors import Process, Snapshot, publish, send
from gateways._contract import ANNOUNCE_TOPIC, STATUS_TOPIC, Announcement, EgressRefused, GatewayStatus
from gateways.ports import InboxPort
from gateways.telegram._settings import TelegramSettings
from gateways.telegram._updates import shape_problem, update_id_of

log = logging.getLogger("gateways.telegram")

GATEWAY: Final = "telegram"
READ_TIMEOUT: Final = 10.0
EXCERPT: Final = 160
MAX_WAIT: Final = 60.0


class Drain:
    """To the gateway: the inbox holds updates to handle."""


@dataclass(frozen=True, slots=True)
class Ended:
    """To the gateway: the connection met something retrying cannot fix."""

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


async def set_aside(
    inbox: InboxPort, update_id: int, error: str, excerpt: str, *, payload: Mapping[str, Any] | None, attempts: int
) -> None:
    """Record a poisoned update (the inbox audits it) and tell the operator."""
    await inbox.set_aside(GATEWAY, update_id, error, excerpt, payload)
    log.error("Telegram update %s was set aside after %d attempt(s): %s", update_id, attempts, error)
    publish(
        ANNOUNCE_TOPIC,
        Announcement(
            f"I skipped Telegram update {update_id}: it could not be handled ({error}, {attempts} attempt(s)). "
            "It is recorded in the audit trail; the gateway goes on.",
            "gateway",
        ),
    )


class Connection:
    def __init__(
        self,
        gateway: Process,
        bot: Bot,
        settings: TelegramSettings,
        inbox: InboxPort,
        status: Snapshot[GatewayStatus],
        *,
        poll_timeout: int,
        backoff: float,
    ) -> None:
        self.gateway = gateway
        self.bot = bot
        self.settings = settings
        self.inbox = inbox
        self.status = status
        self.poll_timeout = poll_timeout
        self.backoff = backoff

    def publish(self, state: str, detail: str = "") -> None:
        show_status(self.status, GatewayStatus(state, detail, self.settings.mode, self.settings.fingerprint))

    def _describe(self, error: BaseException) -> str:
        return describe(error, self.settings.token)

    async def _wait(self, failures: int) -> None:
        await asyncio.sleep(min(self.backoff * 2 ** min(failures - 1, 6), MAX_WAIT))

    async def run(self) -> None:
        failures = 0
        while True:
            try:
                await self.bot.initialize()  # getMe: is the token real?
                break
            except (InvalidToken, EndPointNotFound):
                send(self.gateway, Ended("token rejected", "Telegram refused the bot token (telegram.bot_token)"))
                return
            except TelegramError as exc:
                if (why := egress_refusal(exc)) is not None:
                    send(self.gateway, Ended("refused", why))
                    return
                failures += 1
                self.publish("unreachable", self._describe(exc))
                log.warning("Telegram is not reachable (%s); will keep trying", self._describe(exc))
                await self._wait(failures)
        self.publish("connected", f"@{self.bot.username}")
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
                self.publish("unreachable", f"setWebhook failed: {self._describe(exc)}")
                log.error("setWebhook failed (%s); retrying", self._describe(exc))
                await self._wait(failures)

    async def _next_offset(self) -> int | None:
        failures = 0
        while True:
            try:
                return await self.inbox.next_offset(GATEWAY)
            except Exception as exc:  # the database is down: wait for it, do not crash-loop
                failures += 1
                log.warning("the inbox is unavailable (%s); retrying", self._describe(exc))
                await self._wait(failures)

    async def _get_updates(self, offset: int | None) -> object:
        params: dict[str, Any] = {"timeout": self.poll_timeout, "allowed_updates": ["message"]}
        if offset is not None:
            params["offset"] = offset
        with warnings.catch_warnings():  # PTB prefers get_updates, which parses (and fails on) every update
            warnings.simplefilter("ignore")
            return await self.bot.do_api_request(
                "get_updates", api_kwargs=params, read_timeout=self.poll_timeout + READ_TIMEOUT
            )

    async def _poll(self) -> None:
        offset = await self._next_offset()
        try:
            await self.bot.delete_webhook()  # getUpdates is refused while a webhook is set
        except TelegramError as exc:
            log.warning("deleteWebhook failed (%s)", self._describe(exc))
        failures = 0
        while True:
            try:
                raw = await self._get_updates(offset)
                offset, problem = await self._store(raw, offset)
            except (InvalidToken, EndPointNotFound):
                send(self.gateway, Ended("token rejected", "Telegram refused the bot token while polling"))
                return
            except TelegramError as exc:
                if (why := egress_refusal(exc)) is not None:
                    send(self.gateway, Ended("refused", why))
                    return
                problem = self._describe(exc)
            except Exception as exc:  # an unreadable answer, or the database: nothing was confirmed
                problem = f"updates not stored: {self._describe(exc)}"
            if problem is None:
                if failures:
                    self.publish("connected", f"@{self.bot.username}")
                failures = 0
                continue
            failures += 1
            if not problem.startswith("updates not stored"):
                self.publish("unreachable", problem)
            log.warning("getUpdates: %s; retrying", problem)
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
                await set_aside(
                    self.inbox, update_id, "MalformedUpdate", problem, payload={"update_id": update_id}, attempts=1
                )
            else:
                usable.append((update_id, item))
        if not ids:
            return offset, "getUpdates answered updates without a usable update_id" if raw else None
        next_offset = max(ids) + 1
        await self.inbox.receive(GATEWAY, usable, next_offset)
        send(self.gateway, Drain())
        return next_offset, None
