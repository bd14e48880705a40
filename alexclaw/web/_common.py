"""What the admin pages share: who is acting, whether 2FA is on, and how a
sensitive action is run at once or parked behind a TOTP challenge."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from quart import flash, redirect, url_for

from alexclaw.security import Approval, ChallengeView, Entry, NotAllowed, approve_or_run, secret_in_force
from alexclaw.web._auth import renew_session
from alexclaw.web._guard import client_ip
from alexclaw.web._state import NodeState


def actor(state: NodeState) -> str:
    return f"web:admin@{client_ip(state)}"


def two_factor_on(state: NodeState) -> bool:
    return secret_in_force(state.config) is not None


async def challenge_or_run(
    state: NodeState, action: str, description: str, run: Callable[[Approval], Awaitable[str]], back: str
) -> Any:
    """A privileged action from the web (``PRIVILEGED`` in ``alexclaw.security._approval``):
    run at once with the approval the table allows, or park it behind a
    TOTP challenge when it needs a code and 2FA is on. The action returns
    the message to show; it may run outside the request (a code answered
    from another channel), so it must not touch it."""
    outcome = await approve_or_run(
        state.challenges, state.database, two_factor_on=two_factor_on(state), action=action, entry=Entry.WEB,
        actor=actor(state), description=description, run=run,
    )  # fmt: skip
    if isinstance(outcome, ChallengeView):
        return redirect(url_for("config_pages.challenge", challenge_id=outcome.id, next=back))
    if isinstance(outcome, NotAllowed):
        await flash(f"Refused: {outcome.reason}.", "error")
        return redirect(back)
    await flash(outcome.value, "success")
    response = redirect(back)
    await renew_session(state, response)  # if the action changed 2FA, this session goes on under the new state
    return response
