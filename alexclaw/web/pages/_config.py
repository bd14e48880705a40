"""Config (validated edits, secrets never sent back, 2FA where required) and
the page that answers a 2FA challenge."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from actors import ProcessExited
from alexclaw.config import Setting, SettingsOperations
from alexclaw.security import Approval, Invalid, Outcome
from alexclaw.web._auth import renew_session, safe_next
from alexclaw.web._common import acting, answer, approver, two_factor_on
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web.pages._config_view import MANAGED_ELSEWHERE, coming, sections
from alexclaw.web.pages._discord import discord_panel
from alexclaw.web.pages._telegram import telegram_panel


def build(state: WebState) -> Blueprint:
    bp = Blueprint("config_pages", __name__)

    async def page(errors: Mapping[str, str] | None = None, status: int = 200) -> Any:
        saved = request.args.get("saved", "") if request.method == "GET" else ""
        if saved and state.config.setting(saved) is None:
            saved = ""  # no such row: the result shows at the top as usual
        body = await render(
            "config.html", sections=sections(state.config.snapshot()), coming=coming(), errors=errors or {},
            saved=saved, flashes_in_place=bool(saved), two_factor=two_factor_on(state),
            telegram=await telegram_panel(state),
            discord=await discord_panel(state),
        )  # fmt: skip
        return body, status

    @bp.get("/config")
    async def config() -> Any:
        return await page()

    def saved_at(key: str) -> str:
        """Back to the row that was saved, its result shown there."""
        return url_for("config_pages.config", saved=key) + f"#{key}"

    async def change(key: str, value: str, *, clear: bool) -> Any:
        setting = state.config.setting(key)
        if setting is None or key in MANAGED_ELSEWHERE:
            abort(404)
        back = saved_at(key)
        if setting.sensitive and value == "" and not clear:
            await flash(f"{key} unchanged (an empty field keeps a secret).", "info")
            return redirect(back)
        # Checked before a code is asked for; the setting's class decides the proof.
        changed = await SettingsOperations(approver(state), write).set(
            acting(state), key, value, value_type=setting.type, sensitive=setting.sensitive, clear=clear
        )
        if isinstance(changed, Invalid):
            return await page({key: changed.message()}, 400)
        return await answer(state, changed, back)

    async def write(key: str, value: str, *, actor: str, clear: bool, approval: Approval) -> Setting:
        return await state.config.set(key, value, actor=actor, keep_if_empty=not clear, approval=approval)

    @bp.post("/config/<key>")
    async def config_set(key: str) -> Any:
        values = (await request.form).getlist("value")
        # A checkbox sends its hidden "false" first and "true" after it when ticked.
        return await change(key, str(values[-1]) if values else "", clear=False)

    @bp.post("/config/<key>/clear")
    async def config_clear(key: str) -> Any:
        setting = state.config.setting(key)
        if setting is None or not setting.sensitive:
            abort(404)
        return await change(key, "", clear=True)

    @bp.get("/challenge/<challenge_id>")
    async def challenge(challenge_id: str) -> Any:
        view = await state.challenges.get(challenge_id)
        back = safe_next(request.args.get("next"))
        if view is None:
            await flash("That confirmation expired. Please start again.", "error")
            return redirect(back)
        return await render(
            "challenge.html", view=view, next=back, error=None, seconds=int(view.expires_at - time.time())
        )

    @bp.post("/challenge/<challenge_id>")
    async def challenge_answer(challenge_id: str) -> Any:
        form = await request.form
        back = safe_next(str(form.get("next", "")) or request.args.get("next"))
        answer = await state.challenges.answer(challenge_id, str(form.get("code", "")), "web")
        if answer.outcome is Outcome.PASSED and answer.task is not None:
            try:
                message = await answer.task.join(timeout=30)
                await flash(str(message or "Done."), "success")
            except (ProcessExited, TimeoutError) as exc:
                reason = getattr(exc, "reason", exc)
                await flash(f"Confirmed, but the action failed: {reason}", "error")
            response = redirect(back)
            await renew_session(state, response)  # the action turned 2FA off: this session goes on
            return response
        if answer.outcome in {Outcome.WRONG_CODE, Outcome.ALREADY_USED, Outcome.LOCKED, Outcome.UNAVAILABLE}:
            view = await state.challenges.get(challenge_id)
            if view is not None:
                error = {
                    Outcome.WRONG_CODE: f"Wrong code. {answer.attempts_left} attempts left.",
                    Outcome.ALREADY_USED: answer.said
                    or "That code was already used: enter the next one from your authenticator.",
                    Outcome.LOCKED: f"Too many wrong codes: 2FA is locked for {answer.retry_after} s.",
                    Outcome.UNAVAILABLE: "The database is not answering: enter the code again in a moment.",
                }[answer.outcome]
                if answer.outcome is Outcome.WRONG_CODE and answer.retry_after:
                    error += f" 2FA is locked for {answer.retry_after} s."
                seconds = int(view.expires_at - time.time())
                body = await render("challenge.html", view=view, next=back, error=error, seconds=seconds)
                status = {Outcome.LOCKED: 429, Outcome.UNAVAILABLE: 503}.get(answer.outcome, 400)
                return body, status
        messages = {
            Outcome.TOO_MANY_ATTEMPTS: "Too many wrong codes: the action was cancelled."
            + (f" 2FA is locked for {answer.retry_after} s." if answer.retry_after else ""),
            Outcome.EXPIRED: "That confirmation expired. Please start again.",
            Outcome.NOT_ENABLED: "Two-factor authentication is not set up.",
        }
        await flash(messages.get(answer.outcome, "The action was cancelled."), "error")
        return redirect(back)

    return bp
