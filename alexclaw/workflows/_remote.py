"""The application's side of the cluster: the peer table's store and the
gate a peer's dispatch passes before any run row exists.

A dispatch from ``sender`` (the link's verified name, never a field the
sender wrote) starts ``workflow`` here only when every rule holds, checked
in this order, each refusal a reason the sender hears and an audit row here:

1. the sender is registered on this node's Cluster page (``not_registered``);
2. the workflow exists (``workflow_not_found``) and is enabled (``workflow_disabled``);
3. its first step is ``receive_from_workflow`` (``no_receive_gate``);
4. the gate's ``allowed_nodes`` names the sender — an empty list admits
   nobody (``node_not_allowed``);
5. it needs no code to start: no ``requires_2fa``, no privileged step
   (``requires_2fa``), and it is not pinned to another node (``pinned_elsewhere``).

Then it starts as a run with trigger ``remote`` and origin ``node:<sender>``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from alexclaw.security import (
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    approved,
    record_audit,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows._model import Workflow
from alexclaw.workflows._runs import RunRefused, Runs
from alexclaw.workflows._store import get_workflow
from cluster import CONNECTED, ClusterPeer
from cluster.ports import DispatchAnswer
from cluster.tree import Cluster

log = logging.getLogger("alexclaw.workflows")

RECEIVE_GATE: Final = "receive_from_workflow"
DISPATCH_RECEIVED: Final = "cluster.dispatch_received"
DISPATCH_SENT: Final = "cluster.dispatch_sent"
NODE_REGISTERED: Final = "cluster.node_registered"


def allowed_nodes(workflow: Workflow) -> tuple[str, ...]:
    """The gate step's ``allowed_nodes`` (a list, or a comma-separated text)."""
    first = min(workflow.steps, key=lambda s: s.position, default=None)
    if first is None:
        return ()
    raw = first.config.get("allowed_nodes", ())
    items = raw.split(",") if isinstance(raw, str) else raw if isinstance(raw, list | tuple) else ()
    return tuple(str(n).strip() for n in items if str(n).strip())


def gate_refusal(workflow: Workflow | None, sender: str, here: str) -> str | None:
    """Why ``sender`` may not start ``workflow`` here, or None (rules 2-5)."""
    if workflow is None:
        return "workflow_not_found"
    if not workflow.enabled:
        return "workflow_disabled"
    first = min(workflow.steps, key=lambda s: s.position, default=None)
    if first is None or first.skill != RECEIVE_GATE:
        return "no_receive_gate"
    if sender not in allowed_nodes(workflow):
        return "node_not_allowed"
    if workflow.asks_code_to_start:
        return "requires_2fa"
    if workflow.node not in {None, here}:
        return "pinned_elsewhere"
    return None


class RemoteGate:
    """``cluster.ports.DispatchPort``: a peer's dispatch, checked and started."""

    def __init__(self, database: DatabaseHandle, runs: Runs, node_name: Callable[[], str]) -> None:
        self.database = database
        self.runs = runs
        self.node_name = node_name

    async def receive(self, sender: str, workflow: str, input: Any) -> DispatchAnswer:
        here = self.node_name()
        actor = f"node:{sender}"
        async with self.database.pool().acquire() as conn:
            registered = await conn.fetchval(
                "SELECT registered FROM cluster_nodes WHERE seen_by = $1 AND name = $2", here, sender
            )
            target = await get_workflow(conn, workflow) if registered else None
            reason = "not_registered" if not registered else gate_refusal(target, sender, here)
            if reason is not None:
                await record_audit(conn, actor, DISPATCH_RECEIVED, f"workflow:{workflow[:100]}", outcome="denied",
                                   detail={"sender": sender, "workflow": workflow[:100], "reason": reason})  # fmt: skip
                return DispatchAnswer(False, reason)
        assert target is not None and target.id is not None
        try:
            ticket = await self.runs.start_remote(target, sender=sender, input=input)
        except RunRefused as exc:
            return DispatchAnswer(False, str(exc)[:200])
        async with self.database.pool().acquire() as conn:
            await record_audit(conn, actor, DISPATCH_RECEIVED, f"workflow:{target.id}",
                               detail={"sender": sender, "workflow": target.name, "run_id": ticket.run_id})  # fmt: skip
        return DispatchAnswer(True, run_id=ticket.run_id)


class PgNodes:
    """``cluster.ports.NodesStore`` over ``cluster_nodes``, this node's rows."""

    def __init__(self, database: DatabaseHandle, node_name: str) -> None:
        self.database = database
        self.node_name = node_name

    async def load(self) -> Sequence[ClusterPeer]:
        async with self.database.pool().acquire() as conn:
            rows = await conn.fetch("SELECT * FROM cluster_nodes WHERE seen_by = $1 ORDER BY name", self.node_name)
        return [
            ClusterPeer(
                r["name"],
                r["address"],
                r["status"],
                last_seen=r["last_seen"].timestamp() if r["last_seen"] else None,
                rtt_ms=r["rtt_ms"],
                version=r["version"],
                registered=r["registered"],
            )
            for r in rows
        ]

    async def record(self, peer: ClusterPeer) -> None:
        seen = datetime.fromtimestamp(peer.last_seen, UTC) if peer.last_seen else None
        async with self.database.pool().acquire() as conn:
            await conn.execute(
                """INSERT INTO cluster_nodes (seen_by, name, address, status, last_seen, rtt_ms, version)
                   VALUES ($1, $2, $3, $4, $5, $6, $7)
                   ON CONFLICT (seen_by, name) DO UPDATE SET address = EXCLUDED.address,
                       status = EXCLUDED.status, last_seen = COALESCE(EXCLUDED.last_seen, cluster_nodes.last_seen),
                       rtt_ms = EXCLUDED.rtt_ms, version = EXCLUDED.version""",
                self.node_name, peer.name, peer.address, peer.status, seen, peer.rtt_ms, peer.version,
            )  # fmt: skip

    async def forget(self, name: str) -> None:
        async with self.database.pool().acquire() as conn:
            await conn.execute("DELETE FROM cluster_nodes WHERE seen_by = $1 AND name = $2", self.node_name, name)


async def set_registered(conn: Any, here: str, name: str, registered: bool, actor: str) -> bool:
    """Register (or unregister) a peer this node has seen; False when it has
    not seen it. The caller has the approval; this writes row and audit."""
    async with conn.transaction():
        done = await conn.fetchval(
            """UPDATE cluster_nodes SET registered = $3, registered_at = CASE WHEN $3 THEN now() END
               WHERE seen_by = $1 AND name = $2 RETURNING true""",
            here, name, registered,
        )  # fmt: skip
        if done:
            await record_audit(conn, actor, NODE_REGISTERED, f"node:{name}", detail={"registered": registered})
    return bool(done)


class ClusterBackend:
    """``skills.ports.ClusterDispatchPort`` (``send_to_workflow``): the
    dispatch over the link, audited here as the other side audits it."""

    def __init__(self, cluster: Cluster, database: DatabaseHandle) -> None:
        self.cluster = cluster
        self.database = database

    async def dispatch(self, node: str, workflow: str, input: Any, timeout: float) -> Mapping[str, Any]:
        answer = await dispatch_audited(
            self.cluster, self.database, "workflow", node, workflow, input=input, timeout=timeout
        )
        return {"ok": answer.ok, "reason": answer.reason, "run_id": answer.run_id}


async def dispatch_audited(
    cluster: Cluster, database: DatabaseHandle, actor: str, node: str, workflow: str, *, input: Any, timeout: float
) -> DispatchAnswer:
    """Ask ``node`` to start ``workflow`` over its link, and record what it
    answered (``cluster.dispatch_sent``, as the target records what it received)."""
    answer = await cluster.dispatch(node, workflow, input, timeout)
    async with database.pool().acquire() as conn:
        await record_audit(
            conn,
            actor,
            DISPATCH_SENT,
            f"node:{node[:100]}",
            outcome="ok" if answer.ok else "denied",
            detail={"workflow": workflow[:100], "reason": answer.reason, "run_id": answer.run_id},
        )
    return answer


CLUSTER_REGISTER: Final = "cluster.register"  # the PRIVILEGED action
NODE_FORGOTTEN: Final = "cluster.node_forgotten"


class ClusterOperations:
    """The Cluster page's acts, for every front end. Registering a peer lets
    it start workflows here: a privileged act (a 2FA code while two-factor
    is on). Unregistering and forgetting only narrow: no code, audited."""

    def __init__(self, approver: Approver, database: DatabaseHandle, cluster: Cluster) -> None:
        self.approver = approver
        self.database = database
        self.cluster = cluster

    async def register(self, acting: Acting, name: str) -> Done[None] | Invalid | ChallengeView | NotAllowed:
        here, database, cluster = self.cluster.node_name, self.database, self.cluster
        peer = cluster.view.read().peer(name)
        if peer is None:
            return Invalid.of([f"no node {name[:100]} has arrived here"])

        async def run(approval: Approval) -> str:
            async with database.pool().acquire() as conn:
                done = await set_registered(conn, here, name, True, approval.actor)
            if not done:
                return f"{name} is not in this node's table any more."
            cluster.registered(name, True)
            return f"{name} is registered: it may start workflows whose gate allows it."

        return approved(await self.approver(acting, CLUSTER_REGISTER, f"Register the cluster node {name}", run))

    async def unregister(self, acting: Acting, name: str) -> Done[bool]:
        async with self.database.pool().acquire() as conn:
            done = await set_registered(conn, self.cluster.node_name, name, False, acting.actor)
        if done:
            self.cluster.registered(name, False)
        return Done(f"{name} is no longer registered." if done else f"No node {name} here.", done)

    async def forget(self, acting: Acting, name: str) -> Done[bool]:
        """Drop the peer's row (its registration with it) and close its link;
        if it holds the cookie it may arrive again, unregistered."""
        await self.cluster.forget(name)
        async with self.database.pool().acquire() as conn:
            await record_audit(conn, acting.actor, NODE_FORGOTTEN, f"node:{name[:100]}")
        return Done(f"{name} is forgotten.", True)

    async def run_on_node(
        self, acting: Acting, node: str, workflow: str, input: Any, timeout: float = 5.0
    ) -> Done[int | None] | Invalid:
        """Run on node: start ``workflow`` on the peer ``node`` over its link —
        the same dispatch as ``send_to_workflow``, so the target's gate
        decides (this node registered there, the workflow enabled, its first
        step ``receive_from_workflow`` allowing this node, no code needed).
        Refused here before anything is sent when the cluster is off or the
        node is not a linked peer; audited ``cluster.dispatch_sent`` under
        the acting principal either way once sent."""
        cluster = self.cluster
        if not cluster.settings.enabled:
            return Invalid.of("the cluster is off (no CLUSTER_COOKIE): there is no other node to run it on")
        if node == cluster.node_name:
            return Invalid.of(f"{node} is this node: use Run now")
        peer = cluster.view.read().peer(node)
        if peer is None or peer.status != CONNECTED:
            return Invalid.of(f"node {node[:100]} is not linked to this node (see the Cluster page)")
        answer = await dispatch_audited(
            cluster, self.database, acting.actor, node, workflow, input=input, timeout=timeout
        )
        if answer.ok:
            return Done(f"Started {workflow} on {node}: run {answer.run_id} there.", answer.run_id)
        return Done(f"{node} did not start {workflow}: {answer.reason}", None)

    async def ping(self, name: str) -> Done[float | None]:
        rtt = await self.cluster.ping(name)
        text = f"{name} answered in {rtt:.1f} ms." if rtt is not None else f"{name} is not linked."
        return Done(text, rtt)
