"""The audit trail: who did what to which target, and how it went — never
a secret value. Every writer goes through ``record_audit``; the table is
hash-chained, append-only and anchored (migrations 0005 and 0010).

Action names are ``<subject>.<what happened>`` in the past tense. The names
below are written from more than one place (web and CLI, web and chat, or
the node and a flood counter): one constant each, so two paths cannot name
the same act differently."""

from __future__ import annotations

import json
import socket
from typing import Any, Final

from alexclaw.storage import Connection

NODE = socket.gethostname()

WORKFLOW_IMPORTED: Final = "workflow.imported"  # web and CLI
WORKFLOW_CREATED: Final = "workflow.created"
WORKFLOW_UPDATED: Final = "workflow.updated"  # web, and enable/disable from the CLI
WORKFLOW_DELETED: Final = "workflow.deleted"
WORKFLOW_GUARDED_CHANGE: Final = "workflow.guarded_change_approved"  # a 2FA workflow's save, with its proof
STEP_SAVED: Final = "workflow.step_saved"
STEP_REMOVED: Final = "workflow.step_removed"
STEP_MOVED: Final = "workflow.step_moved"
STEP_RATED: Final = "workflow.step_rated"
RUN_CANCELLED: Final = "workflow.run_cancelled"  # web and chat
RUNS_CLEARED: Final = "workflow.runs_cleared"
RESOURCE_SAVED: Final = "resource.saved"
RESOURCE_DELETED: Final = "resource.deleted"
RESOURCE_PRIVATE_GRANTED: Final = "resource.private_granted"  # web and CLI, with the proof and the host
RESOURCE_PRIVATE_REVOKED: Final = "resource.private_revoked"
RESOURCE_CREDENTIAL_SET: Final = "resource.credential_set"  # set or cleared; never the value
RESOURCE_DISCOVERED: Final = "resource.discovered"  # an OpenAPI spec read, with the operation count
TELEGRAM_CHAT_ADOPTED: Final = "telegram.chat_adopted"
POLICY_DELETED: Final = "policy.deleted"
BLOCK_REMOVED: Final = "block.removed"  # web and CLI
WORKFLOW_DUPLICATED: Final = "workflow.duplicated"
RUN_STARTED: Final = "workflow.run_started"  # web, chat, MCP and the scheduler: origin in the detail
RUN_RESUMED: Final = "workflow.run_resumed"
RESOURCE_ATTACHED: Final = "resource.attached"
RESOURCE_DETACHED: Final = "resource.detached"
TELEGRAM_CHAT_DISMISSED: Final = "telegram.chat_dismissed"
TELEGRAM_TEST_SENT: Final = "telegram.test_sent"
DISCORD_CHANNEL_ADOPTED: Final = "discord.channel_adopted"
DISCORD_CHANNEL_DISMISSED: Final = "discord.channel_dismissed"
DISCORD_TEST_SENT: Final = "discord.test_sent"
PROXY_KEY_REFUSED: Final = "proxy.key_refused"  # a wrong bearer key (each also counts towards the IP block)
PROXY_KEY_MISSING: Final = "proxy.key_missing"  # no key, or the proxy off: counted per minute
PROXY_BLOCKED: Final = "proxy.blocked"  # requests from a blocked address: counted per minute
METRICS_TOKEN_REFUSED: Final = "metrics.token_refused"  # noqa: S105 (an action name; each wrong token also counts towards the IP block)
WEBHOOK_REFUSED: Final = "webhook.secret_refused"  # counted per minute
CSRF_REFUSED: Final = "csrf.refused"  # counted per minute
GITHUB_DELIVERY_REFUSED: Final = "webhook.github_refused"  # no secret, a wrong signature: counted per minute
WEBHOOK_BOUND: Final = "webhook.bound"
WEBHOOK_UNBOUND: Final = "webhook.unbound"
MEMORY_DELETED: Final = "memory.deleted"
KNOWLEDGE_INGESTED: Final = "knowledge.ingested"  # web and CLI, with the chunk count
KNOWLEDGE_DELETED: Final = "knowledge.deleted"
DB_CONNECTION_SAVED: Final = "db_connection.saved"  # with the host and, for a guarded change, its proof
DB_CONNECTION_DELETED: Final = "db_connection.deleted"
DB_CONNECTION_TESTED: Final = "db_connection.tested"  # whether it answered; never the password


async def record_audit(
    conn: Connection,
    actor: str,
    action: str,
    target: str = "",
    *,
    outcome: str = "ok",
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one row (inside the caller's transaction when there is one)."""
    await conn.execute(
        "INSERT INTO audit_log (actor, action, target, outcome, detail, node) VALUES ($1, $2, $3, $4, $5::jsonb, $6)",
        actor,
        action,
        target,
        outcome,
        json.dumps(detail or {}),
        NODE,
    )
