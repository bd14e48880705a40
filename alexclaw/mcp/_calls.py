"""A tool call, from its arguments to its answer: a skill through the
Invoker exactly as a workflow step runs (caller type ``mcp``), a workflow
through ``Runs.start_manual`` (the one front door of every run) — and the
``mcp.called`` audit row, target ``mcp:<tool>``, for every call.

Expected refusals are answers, not exceptions: a policy's deny, an open
breaker, a skill's error branch and a workflow refused for 2FA come back as
a tool result with ``isError`` and the reason; only a call that is not a
call (an unknown tool, arguments outside the schema) is an MCP error,
raised by the server module.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.config import McpSettings, WorkflowSettings
from alexclaw.mcp._keys import McpKey
from alexclaw.mcp._tools import ToolSpec, privileged_steps
from alexclaw.security import ChallengeView, Entry, record_audit
from alexclaw.services import Services
from alexclaw.workflows import FINISHED, RunRefused, get_run, get_workflow
from skills import ORIGIN_MCP, BranchKind, InvokeStatus, SkillCaller

MCP_CALLED: Final = "mcp.called"


@dataclass(frozen=True, slots=True)
class Answer:
    """What a call answers: a JSON value and whether it is an error."""

    value: Mapping[str, Any]
    error: bool = False

    @property
    def text(self) -> str:
        return json.dumps(self.value, default=str, ensure_ascii=False)


RunWaiter = Callable[[int, float], Awaitable[bool]]  # (run id, seconds) → True once it finished


def principal(key: McpKey) -> str:
    return f"mcp:{key.name}"


async def _audit(services: Services, key: McpKey, tool: str, outcome: str, detail: dict[str, Any]) -> None:
    async with services.database.pool().acquire() as conn:
        await record_audit(conn, principal(key), MCP_CALLED, f"mcp:{tool}", outcome=outcome,
                           detail={"key_id": key.id} | detail)  # fmt: skip


async def call_skill(services: Services, key: McpKey, tool: ToolSpec, input: Any, config: dict[str, Any]) -> Answer:
    caller = SkillCaller(principal(key), ORIGIN_MCP, tool=tool.name)
    timeout = WorkflowSettings.read(services.config).step_timeout_ms / 1000
    invocation = await services.invoker.invoke(caller, tool.target, input, config=config, timeout=timeout)
    outcome = invocation.outcome
    status = invocation.status
    error = not invocation.ran or invocation.kind is BranchKind.ERROR
    verdict = "ok" if not error else ("denied" if status is InvokeStatus.DENIED else "error")
    await _audit(services, key, tool.name, verdict, {"status": status.value, "branch": outcome.branch})
    return Answer({"status": status.value, "branch": outcome.branch, "result": outcome.result}, error)


async def call_workflow(services: Services, key: McpKey, tool: ToolSpec, input: Any, wait: RunWaiter) -> Answer:
    """Start the run (or refuse it before it starts) and wait for it up to
    ``mcp.call_timeout_seconds``. A workflow that requires 2FA, or has a
    privileged step, gets a challenge sent to the operator's chats (the run
    starts when it is answered) — refused plainly while 2FA is off."""
    async with services.database.pool().acquire() as conn:
        workflow = await get_workflow(conn, int(tool.target))
    if workflow is None or not workflow.enabled:
        await _audit(services, key, tool.name, "error", {"reason": "gone"})
        return Answer({"status": "refused", "error": f"the workflow behind {tool.name} is gone or disabled"}, True)
    metas = {m.name: m for m in services.skills.all()}
    privileged = privileged_steps(workflow, metas)
    try:
        started = await services.runs.start_manual(
            workflow.id or 0, actor=principal(key), origin=ORIGIN_MCP, input=input, entry=Entry.MCP,
            needs_code=bool(privileged),
        )  # fmt: skip
    except RunRefused as exc:
        await _audit(services, key, tool.name, "denied", {"reason": str(exc), "privileged_steps": privileged})
        return Answer({"status": "refused", "error": str(exc)}, True)
    if isinstance(started, ChallengeView):
        why = f"its steps {', '.join(privileged)} are privileged" if privileged else "it requires 2FA"
        message = (
            f"{workflow.name} was not started: {why}. A 2FA challenge was sent to the operator's chats; "
            "the run starts once it is answered (call again afterwards to start another run)."
        )
        await _audit(services, key, tool.name, "denied", {"reason": "2fa challenge sent", "challenge": started.id})
        return Answer({"status": "needs_2fa", "challenge": started.id, "error": message}, True)
    finished = await wait(started.run_id, float(McpSettings.read(services.config).call_timeout_seconds))
    async with services.database.pool().acquire() as conn:
        run = await get_run(conn, started.run_id)
    status = run.status if run else started.status
    await _audit(services, key, tool.name, "ok", {"run": started.run_id, "status": status})
    if not finished or run is None or run.status not in FINISHED:
        return Answer({"run_id": started.run_id, "status": status, "poll": f"alexclaw://runs/{started.run_id}"})
    return Answer({"run_id": run.id, "status": run.status, "result": run.result, "error": run.error},
                  run.status == "failed")  # fmt: skip
