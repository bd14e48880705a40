"""The policy operations: save and delete an authorization policy, from
any way in the privileged table allows ("policy.save", "policy.delete":
the web after a code, the command line as the host). Validation comes
before a code is asked for; the cache reloads after the change."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from alexclaw.security._acting import Acting, Approver, Done, Invalid, approved
from alexclaw.security._approval import Approval, NotAllowed
from alexclaw.security._audit import POLICY_DELETED, record_audit
from alexclaw.security._challenges import ChallengeView
from alexclaw.security._policy import PolicyConfigError, validate_rule
from alexclaw.security._policy_cache import delete_policy, save_policy


@dataclass(frozen=True, slots=True)
class PolicyOperations:
    approver: Approver
    refresh: Callable[[], Awaitable[None]]  # the policy cache reloads now, not on the NOTIFY

    async def save(
        self, acting: Acting, fields: Mapping[str, Any], policy_id: int | None = None
    ) -> Done[None] | Invalid | ChallengeView | NotAllowed:
        """``fields``: name, rule_type, config, priority, enabled."""
        name = str(fields.get("name", ""))
        try:
            validate_rule(str(fields.get("rule_type", "")), fields.get("config", {}))  # refused before a code
        except PolicyConfigError as exc:
            return Invalid.of(str(exc))
        if not 1 <= len(name.strip()) <= 100:
            return Invalid.of("name: 1 to 100 characters")

        async def run(_: Approval) -> str:
            async with self.approver.database.pool().acquire() as conn:
                try:
                    saved = await save_policy(conn, **fields, policy_id=policy_id, actor=acting.actor)
                except PolicyConfigError as exc:
                    return f"Not saved: {exc}"
            await self.refresh()
            return f"Policy {name} saved (#{saved})."

        return approved(await self.approver(acting, "policy.save", f"Save policy {name!r}", run))

    async def delete(self, acting: Acting, policy_id: int) -> Done[None] | ChallengeView | NotAllowed:
        async def run(_: Approval) -> str:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                deleted = await delete_policy(conn, policy_id)
                await record_audit(conn, acting.actor, POLICY_DELETED, f"policy:{policy_id}")
            await self.refresh()
            return "Policy deleted." if deleted else "No such policy."

        return approved(await self.approver(acting, "policy.delete", f"Delete policy #{policy_id}", run))
