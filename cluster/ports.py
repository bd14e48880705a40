"""What the cluster needs from the application, as Protocols;
``alexclaw.wiring`` implements them and the tree hands them in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from cluster._membership import ClusterPeer


class NodesStore(Protocol):
    """The persisted peer table (``cluster_nodes``), for the pages and for
    registration, which outlives a link."""

    async def load(self) -> Sequence[ClusterPeer]:
        """Every node seen before, with its registration."""
        ...

    async def record(self, peer: ClusterPeer) -> None:
        """Insert or update a node's row; keeps its registration."""
        ...

    async def forget(self, name: str) -> None: ...


@dataclass(frozen=True)
class DispatchAnswer:
    """The target's answer to a remote dispatch: the run it started, or
    the reason it refused (``workflow_not_found``, ``no_receive_gate``,
    ``not_registered``, ...)."""

    ok: bool
    reason: str = ""
    run_id: int = 0


class DispatchPort(Protocol):
    async def receive(self, sender: str, workflow: str, input: Any) -> DispatchAnswer:
        """A peer whose link verified the name ``sender`` asks to start
        ``workflow`` here with ``input``. Every check (registration, the
        gate, ``allowed_nodes``, 2FA and privileged steps) is the
        application's, before any run row exists; it audits either way."""
        ...
