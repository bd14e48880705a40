"""Security: two-factor setup and removal, active sessions, login blocks."""

from __future__ import annotations

import time
from typing import Any

from quart import Blueprint, flash, g, redirect, request, url_for

from alexclaw.security import new_secret, provisioning_uri, qr_svg, record_audit, verify_once
from alexclaw.web._common import actor, challenge_or_run, two_factor_on
from alexclaw.web._limiter import clear, current_blocks
from alexclaw.web._render import render
from alexclaw.web._sessions import active_sessions, delete_session_by_prefix
from alexclaw.web._state import NodeState

PENDING_TOTP_SECONDS = 600


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("security_pages", __name__)
    pending_totp: dict[str, tuple[str, float]] = {}  # session → (secret, created)

    @bp.get("/security")
    async def security() -> Any:
        async with state.database.pool().acquire() as conn:
            sessions = await active_sessions(conn)
            blocks = await current_blocks(conn)
        return await render(
            "security.html",
            two_factor=two_factor_on(state),
            sessions=sessions,
            current=g.web_session.id_hash,
            blocks=blocks,
            now=time.time(),
        )

    @bp.get("/security/totp")
    async def totp_setup() -> Any:
        if two_factor_on(state):
            await flash("Two-factor authentication is already on. Disable it first to change the secret.", "info")
            return redirect(url_for("security_pages.security"))
        key = g.web_session.id_hash
        secret, created = pending_totp.get(key, ("", 0.0))
        if not secret or time.time() - created > PENDING_TOTP_SECONDS:
            secret = new_secret()
            pending_totp[key] = (secret, time.time())
        uri = provisioning_uri(secret, account=f"admin@{state.node_name}")
        return await render("totp_setup.html", secret=secret, qr=qr_svg(uri), error=None)

    @bp.post("/security/totp")
    async def totp_confirm() -> Any:
        key = g.web_session.id_hash
        secret, created = pending_totp.get(key, ("", 0.0))
        if not secret or time.time() - created > PENDING_TOTP_SECONDS:
            await flash("The setup expired; scan the new code.", "error")
            return redirect(url_for("security_pages.totp_setup"))
        code = str((await request.form).get("code", ""))
        async with state.database.pool().acquire() as conn:
            valid = await verify_once(conn, secret, code)
            await record_audit(conn, actor(state), "totp.setup_attempt", "auth", outcome="ok" if valid else "denied")
        if not valid:
            uri = provisioning_uri(secret, account=f"admin@{state.node_name}")
            error = "That code is not valid (or was already used). Enter the current code from your app."
            return await render("totp_setup.html", secret=secret, qr=qr_svg(uri), error=error), 400
        await state.config.set("auth.totp_secret", secret, actor=actor(state))
        await state.config.set("auth.totp_enabled", "true", actor=actor(state))
        pending_totp.pop(key, None)
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), "totp.enabled", "auth")
        await flash("Two-factor authentication is on. Sensitive actions now ask for a code.", "success")
        return redirect(url_for("security_pages.security"))

    @bp.post("/security/totp/disable")
    async def totp_disable() -> Any:
        if not two_factor_on(state):
            return redirect(url_for("security_pages.security"))
        who = actor(state)

        async def run() -> str:
            await state.config.set("auth.totp_enabled", "false", actor=who)
            await state.config.set("auth.totp_secret", "", actor=who)
            async with state.database.pool().acquire() as conn:
                await record_audit(conn, who, "totp.disabled", "auth")
            return "Two-factor authentication is off."

        return await challenge_or_run(
            state, "totp.disable", "Disable two-factor authentication", run, url_for("security_pages.security")
        )

    @bp.post("/security/sessions/<short_id>/revoke")
    async def revoke(short_id: str) -> Any:
        async with state.database.pool().acquire() as conn, conn.transaction():
            done = await delete_session_by_prefix(conn, short_id)
            state.sessions.evict(short_id[:12])
            if done:
                await record_audit(conn, actor(state), "session.revoked", short_id[:12])
        await flash("Session revoked." if done else "No such session.", "success" if done else "error")
        return redirect(url_for("security_pages.security"))

    @bp.post("/security/blocks/unblock")
    async def unblock() -> Any:
        ip = str((await request.form).get("ip", ""))
        async with state.database.pool().acquire() as conn, conn.transaction():
            done = await clear(conn, ip)
            if done:
                await record_audit(conn, actor(state), "block.removed", ip)
        await flash(f"{ip} unblocked." if done else "No such block.", "success" if done else "error")
        return redirect(url_for("security_pages.security"))

    return bp
