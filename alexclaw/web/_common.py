"""What the admin pages share: who is acting, whether 2FA is on, and how a
sensitive action is run at once or parked behind a TOTP challenge."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from quart import flash, redirect, url_for

from alexclaw.security import secret_in_force
from alexclaw.web._guard import client_ip
from alexclaw.web._state import NodeState


def actor(state: NodeState) -> str:
    return f"web:admin@{client_ip(state)}"


def two_factor_on(state: NodeState) -> bool:
    return secret_in_force(state.config) is not None


async def challenge_or_run(
    state: NodeState, action: str, description: str, run: Callable[[], Awaitable[str]], back: str
) -> Any:
    """Run at once, or park behind a TOTP challenge when 2FA is on. The
    action returns the message to show; it may run outside the request (a
    code answered from another channel), so it must not touch it."""
    if not two_factor_on(state):
        await flash(await run(), "success")
        return redirect(back)
    view = await state.challenges.create(action, description, run, actor=actor(state), origin="web")
    return redirect(url_for("config_pages.challenge", challenge_id=view.id, next=back))
