"""The llm subtree: the provider table, then the usage tracker (one_for_one:
each owns its own snapshot and neither needs the other)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from actors import Snapshot
from alexclaw.llm._actors import PROVIDERS_NAME, USAGE_NAME, ProviderTable, UsageSnapshot, UsageTracker
from alexclaw.llm._model import Provider
from alexclaw.secret_store import SecretStore
from alexclaw.security import SecretBox
from alexclaw.storage import DatabaseHandle
from supervisors import ChildSpec, Strategy, Supervisor


def llm_spec(
    database: DatabaseHandle,
    providers: Snapshot[tuple[Provider, ...]],
    usage: Snapshot[UsageSnapshot],
    clock: Callable[[], float],
    *,
    seeds: Callable[[], Mapping[str, str]],
    box: Callable[[], SecretBox | SecretStore],
) -> ChildSpec:
    """``seeds``: the ``llm.*_api_key`` settings in clear, read at the
    provider table's start (the config subtree starts first)."""

    async def start_providers() -> Any:
        return await ProviderTable(database, providers, seeds, box()).start(name=PROVIDERS_NAME)

    async def start_usage() -> Any:
        return await UsageTracker(database, usage, clock).start(name=USAGE_NAME)

    children = [
        ChildSpec("providers", start_providers, info="LLM providers: a snapshot for the router"),
        ChildSpec("usage", start_usage, info="calls and tokens per provider per UTC day"),
    ]
    return Supervisor.child_spec(
        "llm", children, strategy=Strategy.ONE_FOR_ONE, intensity=5, period=10.0, name="alexclaw.llm"
    )
