"""Security: two-factor setup, replacement and removal, recovery codes,
active sessions, login blocks."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from quart import Blueprint, flash, g, redirect, request, url_for

from alexclaw.security import (
    BlockOperations,
    CodeResult,
    PendingSecrets,
    ShowCodes,
    TwoFactorOperations,
    codes_left,
    prove_new_secret,
    provisioning_uri,
    qr_svg,
    record_audit,
    secret_in_force,
)
from alexclaw.web._common import acting, actor, answer, approver, two_factor_on
from alexclaw.web._render import render
from alexclaw.web._sessions import active_sessions, delete_session_by_prefix
from alexclaw.web._state import WebState


def build(state: WebState) -> Blueprint:
    bp = Blueprint("security_pages", __name__)
    pending = PendingSecrets()  # per web session: a new secret shown, not yet proven

    def two_factor() -> TwoFactorOperations:
        return TwoFactorOperations(approver(state), state.config, lambda: secret_in_force(state.config))

    def shown_on_this_page() -> ShowCodes:
        """New codes wait (in memory) for this session's next Security page."""
        session_id = g.web_session.id_hash

        def show(codes: Sequence[str]) -> str:
            state.recovery_shown.keep(session_id, tuple(codes))
            return f"Save your {len(codes)} new recovery codes below: they are shown this once."

        return show

    @bp.get("/security")
    async def security() -> Any:
        async with state.database.pool().acquire() as conn:
            sessions = await active_sessions(conn)
            recovery_left = await codes_left(conn, secret_in_force(state.config))
        blocks = await state.limiter.current()
        return await render(
            "security.html",
            two_factor=two_factor_on(state),
            recovery_left=recovery_left,
            recovery_codes=state.recovery_shown.take(g.web_session.id_hash),
            sessions=sessions,
            current=g.web_session.id_hash,
            blocks=blocks,
            now=time.time(),
        )

    async def setup_page(secret: str, error: str | None = None) -> str:
        uri = provisioning_uri(secret, account=f"admin@{state.node_name}")
        return await render(
            "totp_setup.html", secret=secret, qr=qr_svg(uri), error=error, replacing=two_factor_on(state)
        )

    @bp.get("/security/totp")
    async def totp_setup() -> Any:
        return await setup_page(pending.begin(g.web_session.id_hash))

    @bp.post("/security/totp")
    async def totp_confirm() -> Any:
        key = g.web_session.id_hash
        secret = pending.get(key)
        if secret is None:
            await flash("The setup expired; scan the new code.", "error")
            return redirect(url_for("security_pages.totp_setup"))
        code = str((await request.form).get("code", ""))
        check = await prove_new_secret(state.limiter, secret, code, actor=actor(state))
        if not check.valid:
            error = check.message() + (" Enter the current code from your app." if not check.retry_after else "")
            status = 429 if check.result is CodeResult.LOCKED else 400
            return await setup_page(secret, error), status
        pending.drop(key)
        # While two-factor is on, replacing the secret needs a code from the
        # current one: a second session cannot enrol its own.
        enabled = await two_factor().enable(acting(state), secret, show=shown_on_this_page())
        return await answer(state, enabled, url_for("security_pages.security"))

    @bp.post("/security/totp/disable")
    async def totp_disable() -> Any:
        if not two_factor_on(state):
            return redirect(url_for("security_pages.security"))
        return await answer(state, await two_factor().disable(acting(state)), url_for("security_pages.security"))

    @bp.post("/security/recovery-codes")
    async def recovery_codes() -> Any:
        if not two_factor_on(state):
            return redirect(url_for("security_pages.security"))
        regenerated = await two_factor().regenerate(acting(state), show=shown_on_this_page())
        return await answer(state, regenerated, url_for("security_pages.security"))

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
        ip = str((await request.form).get("ip", ""))[:100]  # "" lifts nothing (never every block)
        # Lifting a block weakens the brute-force control: a code while 2FA is on.
        lifted = await BlockOperations(approver(state), state.limiter.forget).lift(acting(state), ip)
        return await answer(state, lifted, "/security")

    return bp
