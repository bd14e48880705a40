"""One GitHub delivery, end to end: the secret configured (none: every
delivery 401), the signature over the raw body (a wrong one counts toward
the same per-address block as a wrong password), the content type, the
delivery id never seen before (a replay is 409), the event read, and the
workflows bound to it started with the event's essentials as input.
Every delivery is recorded with what became of it; the answer is a value
the route sends as it is."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from alexclaw.inputs import InputError, read_json
from alexclaw.security import (
    GITHUB_DELIVERY_REFUSED,
    Acting,
    Done,
    Invalid,
    SecretLimiter,
    source_key,
    tally_refusal,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.webhooks._github import (
    DELIVERY_ID,
    MAX_DELIVERY_BYTES,
    GithubEvent,
    InvalidDelivery,
    matches,
    read_event,
    signature_ok,
)
from alexclaw.webhooks._store import claim_delivery, finish_delivery, list_bindings, record_refusal
from alexclaw.workflows import RunOperations, Runs

UNCONFIGURED: Final = "github.webhook_secret is not set: every delivery is refused"


@dataclass(frozen=True, slots=True)
class WebhookAnswer:
    status: int
    body: Mapping[str, Any]
    headers: Mapping[str, str] = field(default_factory=dict)


def _error(status: int, message: str, **headers: str) -> WebhookAnswer:
    return WebhookAnswer(status, {"ok": False, "error": message}, headers)


@dataclass(frozen=True, slots=True)
class GithubWebhooks:
    database: DatabaseHandle
    secret: Callable[[], str]  # github.webhook_secret in force ("" = off)
    limiter: SecretLimiter
    runs: Callable[[], Runs | None]

    async def deliver(self, *, ip: str, headers: Mapping[str, str], body: bytes) -> WebhookAnswer:
        if not self.database.available or self.runs() is None:
            return _error(503, "the node is starting; GitHub retries later", **{"Retry-After": "30"})
        event = headers.get("X-GitHub-Event", "")[:60]
        delivery = headers.get("X-GitHub-Delivery", "")
        secret = self.secret()
        if not secret:
            tally_refusal(GITHUB_DELIVERY_REFUSED, f"ip:{ip}", "no secret")
            return await self._refuse(delivery, event, 401, UNCONFIGURED)
        signature = headers.get("X-Hub-Signature-256", "")

        async def right() -> bool:
            return bool(signature) and signature_ok(secret, body, signature)

        attempt = await self.limiter.attempt(source_key(ip), right, actor=f"ip:{ip}", what="GitHub webhook signature")
        if not attempt.checked:
            return _error(429, "too many wrong signatures", **{"Retry-After": str(attempt.retry_after)})
        if not attempt.passed:
            tally_refusal(GITHUB_DELIVERY_REFUSED, f"ip:{ip}", "signature")
            why = "no X-Hub-Signature-256 header" if not signature else "the signature does not match the body"
            return await self._refuse(delivery, event, 401, why)
        kind = headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if kind != "application/json":
            why = f"content type {kind or 'none'!r}: set the webhook's content type to application/json"
            return await self._refuse(delivery, event, 415, why)
        if not event or not DELIVERY_ID.match(delivery):
            return await self._refuse(delivery, event, 400, "X-GitHub-Event and X-GitHub-Delivery are required")
        try:
            payload = read_json(body, "delivery", max_bytes=MAX_DELIVERY_BYTES, strings="chat")
        except InputError as exc:
            return await self._refuse(delivery, event, 400, str(exc))
        return await self._handle(delivery, event, payload)

    async def _refuse(self, delivery: str, event: str, status: int, reason: str) -> WebhookAnswer:
        async with self.database.pool().acquire() as conn:
            await record_refusal(conn, delivery, event, status, reason)
        return _error(status, reason)

    async def _handle(self, delivery: str, event: str, payload: Any) -> WebhookAnswer:
        async with self.database.pool().acquire() as conn:
            row = await claim_delivery(conn, delivery, event)
        if row is None:
            return await self._refuse(delivery, event, 409, f"delivery {delivery} was received before (a replay)")
        if event == "ping":
            await self._finish(row, "accepted", 200, "ping")
            return WebhookAnswer(200, {"ok": True, "event": "ping"})
        try:
            read = read_event(event, payload)
        except InvalidDelivery as exc:
            await self._finish(row, "refused", 400, str(exc))
            return _error(400, str(exc))
        if isinstance(read, str):
            await self._finish(row, "ignored", 200, read)
            return WebhookAnswer(200, {"ok": True, "ignored": read})
        started, skipped = await self._start(read, delivery)
        reason = "; ".join(skipped)
        if not started and not skipped:
            reason = f"no workflow is bound to {read.event} on {read.repository} ({read.branch})"
        await self._finish(row, "accepted", 202, reason, repository=read.repository, runs=started)
        return WebhookAnswer(202, {"ok": True, "started": started, "skipped": skipped, "reason": reason})

    async def _start(self, event: GithubEvent, delivery: str) -> tuple[list[int], list[str]]:
        runs = self.runs()
        assert runs is not None
        async with self.database.pool().acquire() as conn:
            bound = [b for b in await list_bindings(conn) if matches(b, event)]
        started: list[int] = []
        skipped: list[str] = []
        acting = Acting.webhook("github")
        for binding in bound:
            if not binding.enabled:
                skipped.append(f"{binding.workflow} is disabled")
                continue
            outcome = await RunOperations(self.database).start(
                acting, runs, binding.workflow_id, {**event.input, "delivery": delivery}
            )
            if isinstance(outcome, Done):
                started.append(outcome.value.ticket.run_id)
            elif isinstance(outcome, Invalid):  # refused (2FA, a full queue): said, never run unproven
                skipped.append(f"{binding.workflow}: {outcome.message()}")
            else:  # a challenge from a webhook would be a bug in the privileged table: never run, say so
                skipped.append(f"{binding.workflow}: needs a 2FA code, which a webhook cannot give")
        return started, skipped

    async def _finish(
        self, row: int, outcome: str, status: int, reason: str, *, repository: str = "", runs: list[int] | None = None
    ) -> None:
        async with self.database.pool().acquire() as conn:
            await finish_delivery(
                conn, row, outcome=outcome, status=status, reason=reason, repository=repository, runs=runs or ()
            )
