"""Telegram: the webhook endpoint (the secret header checked in constant
time by the gateway), and the Telegram panel of the Config page — whether
the gateway runs and why not, a test message, and the pending chats the
operator may adopt as the one chat the bot answers (2FA when on)."""

from __future__ import annotations

import logging
from typing import Any

from quart import Blueprint, flash, redirect, request, url_for

from actors import NoProcess, call, whereis
from alexclaw.dispatcher import forget_pending, pending_chats
from alexclaw.security import (
    TELEGRAM_CHAT_DISMISSED,
    TELEGRAM_TEST_SENT,
    WEBHOOK_REFUSED,
    record_audit,
    tally_refusal,
)
from alexclaw.web._common import actor, challenge_or_run
from alexclaw.web._guard import client_ip
from alexclaw.web._state import NodeState
from alexclaw.wiring import SettingsReader
from gateways.telegram import TELEGRAM_NAME, NotConfigured, SendToOperator, TelegramSettings, WebhookUpdate

log = logging.getLogger("alexclaw.web")
MAX_UPDATE_BYTES = 256 * 1024


async def telegram_panel(state: NodeState) -> dict[str, Any]:
    """What the Config page shows about Telegram."""
    settings = TelegramSettings.read(SettingsReader(state.config))
    running = whereis(TELEGRAM_NAME) is not None
    return {
        "running": running,
        "why_not": None if running else settings.why_not(state.node_name) or "not started (see the log)",
        "mode": settings.mode,
        "chat_id": settings.chat_id,
        "pending": await pending_chats(state.database) if state.database.available else [],
    }


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("telegram_pages", __name__)

    @bp.post("/webhooks/telegram")
    async def webhook() -> Any:
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if (request.content_length or 0) > MAX_UPDATE_BYTES:
            return {"ok": False, "error": "update too large"}, 413
        update = await request.get_json(silent=True)
        if not isinstance(update, dict):
            return {"ok": False, "error": "expected a JSON object (a Telegram Update)"}, 400
        try:
            accepted = await call(TELEGRAM_NAME, WebhookUpdate(update, secret), timeout=10)
        except NoProcess:
            return {"ok": False, "error": "the Telegram gateway is not running on this node"}, 404
        if not accepted:
            log.warning("a Telegram webhook call with a wrong or missing secret was refused")
            tally_refusal(WEBHOOK_REFUSED, f"ip:{client_ip(state)}", request.path)
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
        except NotConfigured as exc:
            await flash(str(exc), "error")
        except Exception as exc:  # Telegram's own answer, shown to the operator
            await flash(f"Telegram refused the test message: {exc}", "error")
        else:
            outcome = "ok"
            await flash(f"Test message sent ({sent} message).", "success")
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), TELEGRAM_TEST_SENT, "telegram", outcome=outcome)
        return redirect(back)

    @bp.post("/telegram/pending/<chat_id>/adopt")
    async def adopt(chat_id: str) -> Any:
        who = actor(state)

        async def run() -> str:
            await state.config.set("telegram.chat_id", chat_id, actor=who)
            await forget_pending(state.database, chat_id)
            async with state.database.pool().acquire() as conn:
                await record_audit(conn, who, "telegram.chat_adopted", f"chat:{chat_id}")
            return f"Chat {chat_id} is now the operator's chat; the gateway restarts with it."

        back = url_for("config_pages.config") + "#telegram"
        return await challenge_or_run(state, "telegram.adopt", f"Answer Telegram chat {chat_id}", run, back)

    @bp.post("/telegram/pending/<chat_id>/dismiss")
    async def dismiss(chat_id: str) -> Any:
        await forget_pending(state.database, chat_id)
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), TELEGRAM_CHAT_DISMISSED, f"chat:{chat_id}")
        await flash(f"Chat {chat_id} removed from the pending list.", "success")
        return redirect(url_for("config_pages.config") + "#telegram")

    return bp
