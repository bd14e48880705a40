"""The announcer: turns what happens on the node into words for the
operator, published on the ``announcements`` topic that every active chat
gateway sends on — a 2FA code wanted (so a web challenge can be answered
from a phone), a recovery code used, a circuit breaker opening or closing, break-glass opened,
and the start and end of workflows that notify. It also keeps the two
facts the dispatcher reads: restarts in the last hour, the latest challenge."""

from __future__ import annotations

import logging
import time
from typing import Any, Final

from actors import AsyncActor, publish, subscribe
from alexclaw.dispatcher._dispatcher import Watch
from alexclaw.security import (
    CHALLENGES_TOPIC,
    OPERATOR_KEY,
    RECOVERY_LOW,
    RECOVERY_TOPIC,
    SECRET_LOCKS_TOPIC,
    SHIELD_TOPIC,
    SOURCE_PREFIX,
    BreakGlassWindow,
    ChallengeCreated,
    RecoveryCodeUsed,
    SecretLocked,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import RUNS_TOPIC, WORKFLOWS_TOPIC, RunChanged, WorkflowsChanged, get_run, get_workflow
from cluster import CLUSTER_TOPIC, NodeDown, NodeUp
from gateways import ANNOUNCE_TOPIC, Announcement
from skills import BREAKERS_TOPIC, BreakerChanged
from supervisors import SUPERVISORS_TOPIC, ChildRestarted

log = logging.getLogger("alexclaw.dispatcher")

ANNOUNCER_NAME: Final = "alexclaw.dispatcher.announcer"
NOTIFY_SKILLS: Final = frozenset({"telegram_notify", "discord_notify"})


class Announcer(AsyncActor):
    """Tells the operator's chat what happened: 2FA codes needed, breakers,
    break-glass, locked secrets, recovery codes, workflow starts and ends,
    cluster nodes going down and coming back.

    ``handle_info``
        Turns each event into an ``Announcement`` on ``ANNOUNCE_TOPIC`` (the
        gateways send it). Looking a run up is best effort: a failure is logged
        and that announcement skipped — never a crash.

    It answers no calls; an unexpected raise crashes it, the restart
    subscribes again, and what was published meanwhile is not announced."""

    def __init__(self, database: DatabaseHandle, watch: Watch) -> None:
        super().__init__()
        self.database = database
        self.watch = watch
        # workflow id → does it notify: read once per workflow, dropped on any
        # workflow change, so a run of a quiet workflow costs no query.
        self._notifies: dict[int, bool] = {}

    async def init(self) -> None:
        topics = (CHALLENGES_TOPIC, BREAKERS_TOPIC, RUNS_TOPIC, SUPERVISORS_TOPIC, SHIELD_TOPIC, WORKFLOWS_TOPIC)
        for topic in (*topics, SECRET_LOCKS_TOPIC, RECOVERY_TOPIC, CLUSTER_TOPIC):
            subscribe(topic, self)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, WorkflowsChanged):
            self._notifies.clear()
        elif isinstance(message, ChildRestarted):
            self.watch.restarts.append(time.monotonic())
        elif isinstance(message, ChallengeCreated):
            view = message.challenge
            self.watch.latest_challenge = view.id
            if view.origin not in {"telegram", "discord"}:  # a chat that asked was told already
                seconds = max(0, int(view.expires_at - time.time()))
                self._say(
                    f"2FA code needed: {view.description}. Reply with the 6-digit code within {seconds} s.", "2fa"
                )
        elif isinstance(message, SecretLocked):
            self._say(locked_text(message), "security")
        elif isinstance(message, RecoveryCodeUsed):
            self._say(recovery_text(message), "security")
        elif isinstance(message, BreakerChanged):
            if message.state == "open":
                self._say(
                    f"Circuit breaker OPEN for skill {message.skill} after {message.failures} failures "
                    f"({message.last_error or 'no error text'}); next try in {message.retry_in:.0f} s.",
                    "breaker",
                )
            elif message.state == "closed":
                self._say(f"Circuit breaker closed again for skill {message.skill}.", "breaker")
        elif isinstance(message, BreakGlassWindow):
            self._say(
                f"Break-glass is OPEN: the shield only observes until it ends. Reason: {message.reason}", "shield"
            )
        elif isinstance(message, NodeDown):
            self._say(f"Cluster node {message.name} is down: {message.reason}.", "cluster")
        elif isinstance(message, NodeUp):
            self._say(f"Cluster node {message.name} is up ({message.address}).", "cluster")
        elif isinstance(message, RunChanged) and message.status in {"running", "finished"}:
            await self._run_news(message)

    async def _run_news(self, event: RunChanged) -> None:
        if event.workflow_id is None:
            return
        try:
            async with self.database.pool().acquire() as conn:
                notifies = self._notifies.get(event.workflow_id)
                if notifies is None:
                    workflow = await get_workflow(conn, event.workflow_id)
                    notifies = workflow is not None and any(s.skill in NOTIFY_SKILLS for s in workflow.steps)
                    self._notifies[event.workflow_id] = notifies
                run = await get_run(conn, event.run_id) if notifies else None
        except Exception:  # news is best effort; the run itself is recorded
            log.exception("could not look up run %s for an announcement", event.run_id)
            return
        if run is None:
            return
        name = run.workflow_name
        if event.status == "running":
            self._say(f"Workflow {name} started (run {run.id}, {run.trigger}).", "workflow")
        elif run.status == "completed":
            self._say(f"Workflow {name} completed (run {run.id}).", "workflow")
        elif run.status in {"recovered", "failed", "cancelled", "interrupted"}:
            self._say(f"Workflow {name} {run.status} (run {run.id}): {run.error or ''}".rstrip(": "), "workflow")

    def _say(self, text: str, kind: str) -> None:
        publish(ANNOUNCE_TOPIC, Announcement(text, kind))


def locked_text(event: SecretLocked) -> str:
    """The operator's warning: someone (maybe they) presented wrong secrets."""
    if event.key == OPERATOR_KEY:
        return (
            f"2FA is locked for {event.seconds} s after {event.failures} wrong codes in a row. If that was not you, "
            "someone with access to a session or this chat is guessing codes: revoke sessions and check the audit."
        )
    who = event.key.removeprefix(SOURCE_PREFIX)
    return (
        f"Address {who} is blocked for {event.seconds} s after {event.failures} wrong secrets in a row ({event.what})."
    )


def recovery_text(event: RecoveryCodeUsed) -> str:
    """The operator hears of every recovery code used, and when few are left."""
    text = f"A two-factor recovery code was just used; {event.remaining} left. If that was not you, act now."
    if event.remaining < RECOVERY_LOW:
        text += " Fewer than 3 remain: generate new codes on the Security page (or /recovery 2fa)."
    return text
