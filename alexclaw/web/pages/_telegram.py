"""Telegram: the webhook endpoint (the secret header checked in constant
time by the gateway, behind the shared per-source "wrong secret" limiter:
a blocked source gets 429 and its secret is not looked at), and the Telegram panel of the Config page — whether
the gateway runs and why not, a test message, and the pending chats the
operator may adopt as the one chat the bot answers (2FA when on)."""

from __future__ import annotations

import logging
from typing import Any

from quart import Blueprint, flash, redirect, request, url_for

from actors import CallTimeout, NoProcess, ProcessExited, Refused, call, whereis
from alexclaw.dispatcher import ChatOperations, pending_chats
from alexclaw.inputs import InputError, read_json
from alexclaw.security import (
    TELEGRAM_TEST_SENT,
    WEBHOOK_REFUSED,
    record_audit,
    source_key,
    tally_refusal,
)
from alexclaw.web._common import acting, actor, answer, approver
from alexclaw.web._guard import client_ip
from alexclaw.web._state import WebState
from gateways import GatewayStatus
from gateways.telegram import TELEGRAM_NAME, SendToOperator, TelegramSettings, WebhookUpdate

log = logging.getLogger("alexclaw.web")
MAX_UPDATE_BYTES = 256 * 1024


def telegram_status(state: WebState) -> GatewayStatus:
    """What the gateway published, unless it is gone without saying why."""
    status = state.telegram_status.read()
    if whereis(TELEGRAM_NAME) is None and not status.final and status.state != "standby":
        return GatewayStatus("off", "not running (see the log)", status.mode)
    return status


async def telegram_panel(state: WebState) -> dict[str, Any]:
    """What the Config page shows about Telegram."""
    settings = TelegramSettings.read(state.services.gateway_settings)
    running = whereis(TELEGRAM_NAME) is not None
    status = telegram_status(state)
    return {
        "running": running,
        "status": status,
        "why_not": None if running else status.detail or settings.why_not(state.node_name) or "not started",
        "mode": settings.mode,
        "chat_id": settings.chat_id,
        "owner_user_id": settings.owner_user_id,
        "pending": await pending_chats(state.database) if state.database.available else [],
    }


def build(state: WebState) -> Blueprint:
    bp = Blueprint("telegram_pages", __name__)

    @bp.post("/webhooks/telegram")
    async def webhook() -> Any:
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if (request.content_length or 0) > MAX_UPDATE_BYTES:
            return {"ok": False, "error": "update too large"}, 413
        body = await request.get_data(cache=False)
        if len(body) > MAX_UPDATE_BYTES:  # a chunked body has no declared length
            return {"ok": False, "error": "update too large"}, 413
        try:  # the one reader of untrusted JSON (nesting, NaN, NUL)
            update = read_json(body, "update", max_bytes=MAX_UPDATE_BYTES, strings="chat")
        except InputError as exc:
            return {"ok": False, "error": str(exc)}, 400
        if not isinstance(update, dict):
            return {"ok": False, "error": "expected a JSON object (a Telegram Update)"}, 400
        if whereis(TELEGRAM_NAME) is None:
            return {"ok": False, "error": "the Telegram gateway is not running on this node"}, 404
        ip = client_ip(state)

        refused: list[Refused] = []

        async def right() -> bool:
            accepted = await call(TELEGRAM_NAME, WebhookUpdate(update, secret), timeout=10)
            if isinstance(accepted, Refused):  # only after the secret matched: a storage failure
                refused.append(accepted)
                return True
            return bool(accepted)

        try:
            attempt = await state.limiter.attempt(
                source_key(ip), right, actor=f"ip:{ip}", what="Telegram webhook secret"
            )
        except NoProcess:
            return {"ok": False, "error": "the Telegram gateway is not running on this node"}, 404
        except (CallTimeout, ProcessExited):  # restarting or busy: Telegram retries the update later
            return {"ok": False, "error": "the Telegram gateway is not ready; retry later"}, 503
        if refused:  # the secret was right but the update was not stored: Telegram retries on a 5xx
            return {"ok": False, "error": refused[0].reason}, 503
        if not attempt.checked:
            return {"ok": False, "error": "too many wrong secrets"}, 429, {"Retry-After": str(attempt.retry_after)}
        if not attempt.passed:
            log.warning("a Telegram webhook call with a wrong or missing secret was refused")
            tally_refusal(WEBHOOK_REFUSED, f"ip:{ip}", request.path)
            return {"ok": False, "error": "forbidden"}, 403
        return {"ok": True}

    @bp.post("/telegram/test")
    async def test_message() -> Any:
        back = url_for("config_pages.config") + "#telegram"
        outcome = "failed"
        try:
            sent = await call(
                TELEGRAM_NAME, SendToOperator(f"Test message from AlexClaw on {state.node_name}."), timeout=60
            )
        except NoProcess:
            await flash("The Telegram gateway is not running on this node.", "error")
        except (CallTimeout, ProcessExited) as exc:
            await flash(f"The Telegram gateway did not answer: {exc}", "error")
        else:
            if isinstance(sent, Refused):
                outcome = "refused"
                await flash(f"Not sent: {sent.reason}", "error")
            else:
                outcome = "ok"
                await flash(f"Test message sent ({sent} message).", "success")
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), TELEGRAM_TEST_SENT, "telegram", outcome=outcome)
        return redirect(back)

    def operations() -> ChatOperations:
        return ChatOperations(approver(state), state.config)

    @bp.post("/telegram/pending/<chat_id>/adopt")
    async def adopt(chat_id: str) -> Any:
        adopted = await operations().adopt(acting(state), chat_id)
        return await answer(state, adopted, url_for("config_pages.config") + "#telegram")

    @bp.post("/telegram/pending/<chat_id>/dismiss")
    async def dismiss(chat_id: str) -> Any:
        dismissed = await operations().dismiss(acting(state), chat_id)
        await flash(dismissed.message, "success")
        return redirect(url_for("config_pages.config") + "#telegram")

    return bp
