"""One way to run a skill: ``Invoker.invoke`` (policy decision → capability
token → breaker → execution with its timeout → sanitizer on external
output → record). Workflow steps, skills calling skills and every way in
that arrives later (chat, MCP, remote nodes) run skills through it."""

from alexclaw.invoke._invoke import SKILL_INVOKE, InvocationLog, Invoker
from alexclaw.invoke._log import SKILL_INVOKED, AuditedInvocations

__all__ = ["SKILL_INVOKE", "SKILL_INVOKED", "AuditedInvocations", "InvocationLog", "Invoker"]
