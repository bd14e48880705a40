"""The cluster's two skills, as in AlexClaw.

``send_to_workflow`` [on_sent, on_error] asks another node to start one of
its workflows with this step's input (``cluster_dispatch``: over the link
to ``target_node``, the answer within ``timeout`` seconds) and passes its
input on. ``receive_from_workflow`` [on_success, on_error] is the gate a
workflow must have as its FIRST step to be started from another node; who
may start it is its ``allowed_nodes`` (empty: nobody), checked by the
target node against the sender's link-verified name before any run row
exists. Run, the gate passes its input through.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Final

from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome

ON_SENT: Final = "on_sent"
DEFAULT_TIMEOUT: Final = 5.0


class SendToWorkflow:
    name: ClassVar[str] = "send_to_workflow"
    description: ClassVar[str] = "Start a workflow on another cluster node with this input; pass the input on"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"cluster_dispatch"})
    branches: ClassVar[Mapping[str, str]] = {ON_SENT: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("target_node", "string", "The node's name (ALEXCLAW_NODE_NAME there)", required=True),
        ConfigField("target_workflow", "string", "The workflow's name on that node", required=True),
        ConfigField(
            "timeout", "number", "Seconds to wait for the node's answer", DEFAULT_TIMEOUT, minimum=0.5, maximum=60
        ),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        node = str(args.config.get("target_node") or "").strip()
        workflow = str(args.config.get("target_workflow") or "").strip()
        if not node or not workflow:
            return SkillOutcome.error("config: target_node and target_workflow are required")
        try:
            timeout = min(max(float(args.config.get("timeout") or DEFAULT_TIMEOUT), 0.5), 60.0)
        except (TypeError, ValueError):
            return SkillOutcome.error("config.timeout: a number of seconds")
        if args.api is None:
            return SkillOutcome.error("send_to_workflow runs inside a workflow (it needs the SkillAPI)")
        try:
            answer = await args.api.cluster_dispatch(node, workflow, args.input, timeout)
        except Exception as exc:  # refused by policy, no cluster on this node
            return SkillOutcome.error(f"not sent: {exc}")
        if not answer.get("ok"):
            return SkillOutcome.error(f"{node} refused {workflow}: {answer.get('reason') or 'no reason'}")
        return SkillOutcome(args.input, ON_SENT)


class ReceiveFromWorkflow:
    name: ClassVar[str] = "receive_from_workflow"
    description: ClassVar[str] = "The gate of a workflow other nodes may start (it must be the first step)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("allowed_nodes", "any", "The node names that may start this workflow (a list; empty: none)", []),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        # Who may start the workflow was checked on admission, before the run
        # existed (the node's remote gate); a run started here by hand passes
        # too. What is left is that the gate is readable as its admission read it.
        allowed = args.config.get("allowed_nodes", [])
        if not isinstance(allowed, list | str):
            return SkillOutcome.error("config.allowed_nodes: a list of node names")
        return SkillOutcome(args.input)
