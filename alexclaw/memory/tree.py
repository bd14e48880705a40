"""The memory subtree, one_for_one:

    memory
    ├── embedder   ThreadActor: the local model (CPU work off the event loop)
    ├── throttle   at most 3 embeddings at once, a queue of 100, drops counted
    └── pruner     deletes expired entries (search already hides them)

Each child stands alone: a crashed throttle loses only its queue (the sweep
finds those rows again: they have no vector), a crashed pruner prunes at
its next start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from actors import Snapshot
from alexclaw.memory._actors import PRUNER_NAME, THROTTLE_NAME, EmbeddingThrottle, MemoryPruner, ThrottleStats
from alexclaw.memory._embedding import Embedder, EmbedWorker, LocalModel, WorkerEmbedder
from alexclaw.storage import DatabaseHandle
from supervisors import ChildSpec, Strategy, Supervisor

EMBEDDER_NAME: Final = "alexclaw.memory.embedder"


def memory_spec(
    database: DatabaseHandle,
    *,
    tasks: str,
    stats: Snapshot[ThrottleStats],
    clock: Callable[[], datetime],
    local: LocalModel | None = None,
    embedder: Embedder | None = None,
) -> ChildSpec:
    """``embedder`` is what the throttle embeds with (the node's
    ``ChosenEmbedder``); by default the local model on the embedder thread."""
    model = local or LocalModel()

    async def start_embedder() -> Any:
        return await EmbedWorker(model).start(name=EMBEDDER_NAME)

    async def start_throttle() -> Any:
        chosen = embedder or WorkerEmbedder(EMBEDDER_NAME, model)
        return await EmbeddingThrottle(database, chosen, tasks, stats).start(name=THROTTLE_NAME)

    async def start_pruner() -> Any:
        return await MemoryPruner(database, clock).start(name=PRUNER_NAME)

    children = [
        ChildSpec("embedder", start_embedder, shutdown=10.0, info="ThreadActor, local model (all-MiniLM-L6-v2 int8)"),
        ChildSpec("throttle", start_throttle, info="≤ 3 embeddings at once, queue 100, drops counted"),
        ChildSpec("pruner", start_pruner, info="deletes expired memory entries"),
    ]
    # 5 in 30 s: each child's crash is cheap (state is in the database), so
    # only a burst that says "broken" goes up to the root.
    return Supervisor.child_spec("memory", children, strategy=Strategy.ONE_FOR_ONE, intensity=5, period=30.0)
