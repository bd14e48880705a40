"""Config (validated edits, secrets never sent back, 2FA where required) and
the page that answers a 2FA challenge."""

from __future__ import annotations

import time
from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from actors import ProcessExited
from alexclaw.config import ConfigError, canonical
from alexclaw.security import Outcome
from alexclaw.web._auth import safe_next
from alexclaw.web._common import actor, challenge_or_run, two_factor_on
from alexclaw.web._page_telegram import telegram_panel
from alexclaw.web._render import render
from alexclaw.web._state import NodeState

# Settings the Config page does not edit: they are the Security page's.
MANAGED_ELSEWHERE = {"auth.totp_secret", "auth.totp_enabled", "shield.mode"}


def build(state: NodeState) -> Blueprint:
    bp = Blueprint("config_pages", __name__)

    def grouped() -> dict[str, list[Any]]:
        groups: dict[str, list[Any]] = {}
        for setting in sorted(state.config.snapshot().values(), key=lambda s: s.key):
            if setting.key not in MANAGED_ELSEWHERE:
                groups.setdefault(setting.category, []).append(setting)
        return groups

    @bp.get("/config")
    async def config() -> Any:
        return await render(
            "config.html", groups=grouped(), errors={}, two_factor=two_factor_on(state),
            telegram=await telegram_panel(state),
        )  # fmt: skip

    @bp.post("/config/<key>")
    async def config_set(key: str) -> Any:
        setting = state.config.setting(key)
        if setting is None or key in MANAGED_ELSEWHERE:
            abort(404)
        form = await request.form
        value = str(form.get("value", ""))
        back = url_for("config_pages.config") + f"#{key}"
        if setting.sensitive and value == "":
            await flash(f"{key} unchanged (an empty field keeps a secret).", "info")
            return redirect(back)
        try:
            canonical(key, setting.type, value, sensitive=setting.sensitive)  # refuse before asking for a code
        except ConfigError as exc:
            body = await render(
                "config.html", groups=grouped(), errors={key: str(exc)}, two_factor=two_factor_on(state)
            )
            return body, 400

        who = actor(state)

        async def run() -> str:
            await state.config.set(key, value, actor=who, keep_if_empty=True)
            return f"{key} saved."

        if setting.sensitive or key.startswith("auth."):
            return await challenge_or_run(state, "config.set", f"Change setting {key}", run, back)
        try:
            await flash(await run(), "success")
        except ConfigError as exc:
            await flash(str(exc), "error")
        return redirect(back)

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
            return redirect(back)
        if answer.outcome is Outcome.WRONG_CODE:
            view = await state.challenges.get(challenge_id)
            if view is not None:
                error = f"Wrong code. {answer.attempts_left} attempts left."
                seconds = int(view.expires_at - time.time())
                body = await render("challenge.html", view=view, next=back, error=error, seconds=seconds)
                return body, 400
        messages = {
            Outcome.TOO_MANY_ATTEMPTS: "Too many wrong codes: the action was cancelled.",
            Outcome.EXPIRED: "That confirmation expired. Please start again.",
            Outcome.NOT_ENABLED: "Two-factor authentication is not set up.",
        }
        await flash(messages.get(answer.outcome, "The action was cancelled."), "error")
        return redirect(back)

    return bp
