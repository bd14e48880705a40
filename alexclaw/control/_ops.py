"""What the control socket can be asked: a table of ops, each a plain
function of (the node's ports, the peer, the checked arguments).

The table is the whole surface: an op not in it is refused. A later op
(``cluster.status``) is one more entry: ``ControlServer(ops={**OPS, ...})``.
Each op takes the same path the web takes for the same action, so the
checks, the approvals and the audit rows are the same ones.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from alexclaw.control._protocol import (
    BAD_REQUEST,
    REFUSED,
    STOPPING,
    BadRequest,
    int_arg,
    ok,
    only_args,
    text_arg,
)
from alexclaw.inputs import InputError
from alexclaw.security import Acting, Approver, Challenges, ChallengeView, Invalid
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import MAX_INPUT_CHARS, RunOperations, Runs, WorkflowOperations, get_run, run_input


@dataclass(frozen=True, slots=True)
class Peer:
    """Who is asking: the node's own user, as the kernel reported it."""

    uid: int
    actor: str  # "cli:<user name>", for the audit

    def acting(self) -> Acting:
        """The command line's principal (the control socket is the CLI's
        way to the running node: the host's user, approved by the host)."""
        return Acting.cli(self.actor.removeprefix("cli:"))


@dataclass(frozen=True, slots=True)
class ControlPorts:
    """What the ops reach of the node."""

    database: DatabaseHandle
    runs: Callable[[], Runs | None]
    node_name: Callable[[], str]
    # Returns once run ``run_id`` is no longer queued or running.
    wait_for_end: Callable[[int], Awaitable[None]]
    # This node's view of the cluster ({node, listening, peers}); None when no cluster is wired.
    cluster_status: Callable[[], Mapping[str, Any]] | None = None


Op = Callable[[ControlPorts, Peer, Mapping[str, Any]], Awaitable[dict[str, Any]]]


async def ping(ports: ControlPorts, _peer: Peer, args: Mapping[str, Any]) -> dict[str, Any]:
    only_args(args)
    return ok(node=ports.node_name(), ops=sorted(OPS))


async def workflow_run(ports: ControlPorts, peer: Peer, args: Mapping[str, Any]) -> dict[str, Any]:
    """Run now, as the host's operator: the web's path (enabled, pinned
    node, concurrency); a workflow that requires 2FA is refused, since the
    command line cannot answer a challenge (the privileged table says so)."""
    only_args(args, "name", "input")
    name = text_arg(args, "name")
    text = text_arg(args, "input", required=False, max_chars=MAX_INPUT_CHARS) or ""
    assert name is not None
    runs = ports.runs()
    if runs is None:
        raise BadRequest("the node is not started", STOPPING)
    try:
        given = run_input(text)
    except InputError as exc:
        raise BadRequest(str(exc), BAD_REQUEST) from None
    started = await RunOperations(ports.database).start(peer.acting(), runs, name, given)
    if isinstance(started, Invalid):
        raise BadRequest(started.message("not started: "), REFUSED)
    if isinstance(started, ChallengeView):  # the table gives cli no proof: start_manual refuses first
        raise BadRequest(f"not started: {name} needs a 2FA code, which the command line cannot give", REFUSED)
    # Audited by the run manager as it admits the run (workflow.run_started, origin cli).
    ticket = started.value.ticket
    return ok(run_id=ticket.run_id, status=ticket.status, workflow=name)


async def run_wait(ports: ControlPorts, _peer: Peer, args: Mapping[str, Any]) -> dict[str, Any]:
    """Wait for a run to end (woken by the run manager's events, not a
    poll); its final status, result and error."""
    only_args(args, "run_id")
    run_id = int_arg(args, "run_id")
    await ports.wait_for_end(run_id)
    async with ports.database.pool().acquire() as conn:
        run = await get_run(conn, run_id)
    if run is None:
        raise BadRequest(f"there is no run {run_id}", REFUSED)
    return ok(run_id=run.id, status=run.status, result=run.result, error=run.error, workflow=run.workflow_name)


async def _set_enabled(ports: ControlPorts, peer: Peer, args: Mapping[str, Any], enabled: bool) -> dict[str, Any]:
    """The web's save, approved as the host's operator (``cli``): enabling
    a workflow that requires 2FA is allowed from here and audited with why."""
    only_args(args, "name")
    name = text_arg(args, "name")
    assert name is not None
    # The host approves it; a challenge is never created from here.
    operations = WorkflowOperations(Approver(Challenges(), ports.database, lambda: False), ports.node_name())
    changed = await operations.set_enabled(peer.acting(), name, enabled)
    if isinstance(changed, Invalid):
        raise BadRequest(changed.message(), REFUSED)
    return ok(workflow=name, enabled=enabled, changed=changed.value)


async def workflow_enable(ports: ControlPorts, peer: Peer, args: Mapping[str, Any]) -> dict[str, Any]:
    return await _set_enabled(ports, peer, args, True)


async def workflow_disable(ports: ControlPorts, peer: Peer, args: Mapping[str, Any]) -> dict[str, Any]:
    return await _set_enabled(ports, peer, args, False)


async def cluster_status(ports: ControlPorts, _peer: Peer, args: Mapping[str, Any]) -> dict[str, Any]:
    """This node's view of its peers, from the membership snapshot (no
    database): ``{node, listening, peers: [{name, address, status, rtt_ms, last_seen}]}``."""
    only_args(args)
    if ports.cluster_status is None:
        return ok(node=ports.node_name(), listening=None, peers=[])
    return ok(**ports.cluster_status())


OPS: Final[Mapping[str, Op]] = MappingProxyType(
    {
        "ping": ping,
        "workflow.run": workflow_run,
        "run.wait": run_wait,
        "workflow.enable": workflow_enable,
        "workflow.disable": workflow_disable,
        "cluster.status": cluster_status,
    }
)
