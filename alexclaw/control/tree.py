"""The control socket's child spec, for the root (DESIGN §4)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from alexclaw.control._server import CONTROL_NAME, ControlServer
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import Runs
from supervisors import ChildSpec


def control_spec(
    data_dir: Callable[[], Path],
    database: DatabaseHandle,
    *,
    runs: Callable[[], Runs | None],
    node_name: Callable[[], str],
    cluster_status: Callable[[], Mapping[str, Any]] | None = None,
) -> ChildSpec:
    async def start() -> Any:
        server = ControlServer(data_dir(), database, runs=runs, node_name=node_name, cluster_status=cluster_status)
        return await server.start(name=CONTROL_NAME)

    # A worker of the root (3/10 s), like web. Its init only checks the
    # directory and binds the socket; a request that fails (bad input, the
    # database away, a bug in an op) is an error answer, never a crash, so
    # only a bug in the actor's own handlers restarts it. A restart closes
    # the connections in flight (their commands exit 2: no node answered)
    # and rebinds the socket it left. A control directory open to others is
    # a start failure with the reason: the node does not repair it.
    return ChildSpec(
        "control", start, shutdown=5.0, info="unix socket <data dir>/control/control.sock: CLI → running node"
    )
