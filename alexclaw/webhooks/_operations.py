"""Binding a workflow to a repository's events, and undoing it: domain
operations the GitHub page calls with its ``Acting``, each validated and
audited in the transaction that writes it. A workflow that requires 2FA
cannot be bound: a webhook cannot answer a challenge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from alexclaw.security import WEBHOOK_BOUND, WEBHOOK_UNBOUND, Acting, Done, Invalid, Pools, record_audit
from alexclaw.webhooks._github import check_binding
from alexclaw.webhooks._store import delete_binding, save_binding
from alexclaw.workflows import get_workflow


@dataclass(frozen=True, slots=True)
class WebhookOperations:
    database: Pools

    async def bind(
        self, acting: Acting, workflow_id: int, repository: str, events: Sequence[str], branches: Sequence[str]
    ) -> Done[None] | Invalid:
        repository, branches = repository.strip(), [b.strip() for b in branches if b.strip()]
        errors = check_binding(repository, events, branches)
        async with self.database.pool().acquire() as conn, conn.transaction():
            workflow = await get_workflow(conn, workflow_id)
            if workflow is None:
                errors.append(f"workflow: no workflow {workflow_id}")
            elif workflow.asks_code_to_start:
                errors.append(f"workflow: {workflow.name} requires 2FA, which a webhook delivery cannot give")
            if errors or workflow is None:
                return Invalid.of(errors)
            await save_binding(conn, workflow_id, repository, events, branches)
            detail = {"repository": repository, "events": list(events), "branches": branches}
            await record_audit(conn, acting.actor, WEBHOOK_BOUND, f"workflow:{workflow.name}", detail=detail)
        return Done(f"{workflow.name} now runs on {', '.join(events)} of {repository}.", None)

    async def unbind(self, acting: Acting, workflow_id: int) -> Done[None] | Invalid:
        async with self.database.pool().acquire() as conn, conn.transaction():
            if not await delete_binding(conn, workflow_id):
                return Invalid.of(f"workflow {workflow_id} is not bound to a repository")
            await record_audit(conn, acting.actor, WEBHOOK_UNBOUND, f"workflow:{workflow_id}")
        return Done("The webhook binding was removed.", None)
