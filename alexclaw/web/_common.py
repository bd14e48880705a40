"""What the admin pages share: who is acting, whether 2FA is on, and how a
sensitive action is run at once or parked behind a TOTP challenge."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from quart import flash, redirect, url_for

from alexclaw.config import SqlSettings
from alexclaw.connections import SqlStepCheck
from alexclaw.security import (
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    Ran,
    secret_in_force,
)
from alexclaw.web._auth import renew_session
from alexclaw.web._guard import client_ip
from alexclaw.web._state import WebState


def acting(state: WebState) -> Acting:
    """The web's principal: the admin, at the request's address (the one
    place the web builds an ``Acting``)."""
    return Acting.web(client_ip(state))


def actor(state: WebState) -> str:
    return acting(state).actor


def two_factor_on(state: WebState) -> bool:
    return secret_in_force(state.config) is not None


def approver(state: WebState) -> Approver:
    return Approver(state.challenges, state.database, lambda: two_factor_on(state))


def step_check(state: WebState) -> SqlStepCheck:
    """What a step that reaches a database passes when a page saves it."""
    return SqlStepCheck(state.database, state.secret_box, lambda: SqlSettings.read(state.config).max_timeout_ms)


Answer = Done[Any] | Invalid | ChallengeView | NotAllowed


async def answer(state: WebState, outcome: Answer, back: str, *, refused: str = "Refused: ") -> Any:
    """An operation's answer as a page's: to the challenge, or back with
    what happened flashed (a refusal prefixed with ``refused``)."""
    if isinstance(outcome, ChallengeView):
        return redirect(url_for("config_pages.challenge", challenge_id=outcome.id, next=back))
    if isinstance(outcome, NotAllowed):
        await flash(f"Refused: {outcome.reason}.", "error")
        return redirect(back)
    if isinstance(outcome, Invalid):
        await flash(outcome.message(refused), "error")
        return redirect(back)
    await flash(outcome.message, "success")
    response = redirect(back)
    await renew_session(state, response)  # if the action changed 2FA, this session goes on under the new state
    return response


async def challenge_or_run(
    state: WebState, action: str, description: str, run: Callable[[Approval], Awaitable[str]], back: str
) -> Any:
    """A privileged action from the web (``PRIVILEGED`` in ``alexclaw.security._approval``):
    run at once with the approval the table allows, or park it behind a
    TOTP challenge when it needs a code and 2FA is on. The action returns
    the message to show; it may run outside the request (a code answered
    from another channel), so it must not touch it."""
    outcome = await approver(state)(acting(state), action, description, run)
    return await answer(state, Done(outcome.value, None) if isinstance(outcome, Ran) else outcome, back)
