"""What other packages' tests may ask of the workflows package's insides
(its tests own its private modules; everyone else goes through these)."""

from __future__ import annotations

from alexclaw.storage import Connection
from alexclaw.workflows._run_store import create_run


async def interrupted_run(conn: Connection, *, workflow_id: int, workflow_name: str, node: str) -> int:
    """A run row left ``interrupted`` (as a node that died leaves it), to resume."""
    run_id = await create_run(
        conn, workflow_id=workflow_id, workflow_name=workflow_name, status="interrupted", trigger="manual",
        actor="test", node=node,
    )  # fmt: skip
    assert run_id is not None
    return run_id
