"""The config child: after storage (it needs the pool), before everything
that reads settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alexclaw.config._actor import ConfigActor
from alexclaw.config._handle import CONFIG_NAME, ConfigHandle
from alexclaw.secret_store import node_store
from alexclaw.security import SecretBox
from alexclaw.settings import Settings
from alexclaw.storage import DatabaseHandle
from supervisors import ChildSpec


def config_spec(settings: Callable[[], Settings], database: DatabaseHandle, handle: ConfigHandle) -> ChildSpec:
    async def start() -> Any:
        current = settings()
        actor = ConfigActor(
            database, handle, SecretBox(current.secret_key_base), current.config_seeds, node_store(current)
        )
        return await actor.start(name=CONFIG_NAME)

    # A worker of the root (3/10 s): its init waits for the database with
    # backoff (30 s) and its handlers never crash on an outage (the snapshot
    # stays, the LISTEN reconnects with backoff), so only a bug counts there.
    return ChildSpec("config", start, info="settings snapshot, AES-256-GCM secrets, LISTEN/NOTIFY")
