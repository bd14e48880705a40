"""Discord: the panel of the Config page — whether the gateway runs and
why not (connecting, connected as <bot>, token rejected, unreachable, with
the last error), what it dropped, a test message, and the pending channels
the operator may adopt as the one channel the bot answers (2FA when on)."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, flash, redirect, url_for

from actors import CallTimeout, NoProcess, ProcessExited, Refused, call, whereis
from alexclaw.dispatcher import ChatOperations, pending_chats
from alexclaw.security import DISCORD_TEST_SENT, record_audit
from alexclaw.web._common import acting, actor, answer, approver
from alexclaw.web._state import WebState
from gateways import GatewayStatus
from gateways.discord import DISCORD_NAME, Counters, Counts, DiscordSettings, SendToChannel


def discord_status(state: WebState) -> GatewayStatus:
    """What the gateway published, unless it is gone without saying why."""
    status = state.discord_status.read()
    if whereis(DISCORD_NAME) is None and not status.final and status.state != "standby":
        return GatewayStatus("off", "not running (see the log)", status.mode)
    return status


async def discord_panel(state: WebState) -> dict[str, Any]:
    """What the Config page shows about Discord."""
    settings = DiscordSettings.read(state.services.gateway_settings)
    running = whereis(DISCORD_NAME) is not None
    counters = Counters()
    if running:
        try:
            answered = await call(DISCORD_NAME, Counts(), timeout=2)
            counters = answered if isinstance(answered, Counters) else counters
        except (NoProcess, CallTimeout, ProcessExited):  # stopping or busy: the counts wait for the next view
            pass
    return {
        "running": running,
        "status": discord_status(state),
        "guild_id": settings.guild_id,
        "channel_id": settings.channel_id,
        "owner_user_id": settings.owner_user_id,
        "allow_dm": settings.allow_dm,
        "counters": counters,
        "pending": await pending_chats(state.database, "discord") if state.database.available else [],
    }


def build(state: WebState) -> Blueprint:
    bp = Blueprint("discord_pages", __name__)

    def back() -> str:
        return url_for("config_pages.config") + "#discord"

    @bp.post("/discord/test")
    async def test_message() -> Any:
        outcome = "failed"
        try:
            sent = await call(DISCORD_NAME, SendToChannel(f"Test message from AlexClaw on {state.node_name}."), 60)
        except NoProcess:
            await flash("The Discord gateway is not running on this node.", "error")
        except (CallTimeout, ProcessExited) as exc:
            await flash(f"The Discord gateway did not answer: {exc}", "error")
        else:
            if isinstance(sent, Refused):
                outcome = "refused"
                await flash(f"Not sent: {sent.reason}", "error")
            else:
                outcome = "ok"
                await flash(f"Test message sent ({sent} message).", "success")
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), DISCORD_TEST_SENT, "discord", outcome=outcome)
        return redirect(back())

    def operations() -> ChatOperations:
        return ChatOperations(approver(state), state.config)

    @bp.post("/discord/pending/<guild_id>/<channel_id>/adopt")
    async def adopt(guild_id: str, channel_id: str) -> Any:
        adopted = await operations().adopt_discord(acting(state), f"{guild_id}/{channel_id}")
        return await answer(state, adopted, back())

    @bp.post("/discord/pending/<guild_id>/<channel_id>/dismiss")
    async def dismiss(guild_id: str, channel_id: str) -> Any:
        dismissed = await operations().dismiss_discord(acting(state), f"{guild_id}/{channel_id}")
        await flash(dismissed.message, "success")
        return redirect(back())

    return bp
