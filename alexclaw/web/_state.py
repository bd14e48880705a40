"""What the web layer reads about the node: published by the application
(plain attributes, set on the loop thread), never fetched from an actor."""

from __future__ import annotations

import asyncio
import socket
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from actors import Process, Snapshot
from alexclaw.config import ConfigHandle
from alexclaw.memory import Embedder, ThrottleStats
from alexclaw.security import (
    Authorizer,
    BreakGlass,
    BreakGlassWindow,
    Challenges,
    EgressClient,
    Policy,
    SecretLimiter,
    ShieldGuard,
    limiter_policies,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.web._sessions import SessionCache, ShownOnce
from alexclaw.workflows import ActiveRun, Runs, ScheduledEntry
from gateways import GatewayStatus
from skills import Registered, Skills

VERSION = "0.1.0"


@dataclass
class NodeState:
    database: DatabaseHandle = field(default_factory=DatabaseHandle)
    config: ConfigHandle = field(default_factory=ConfigHandle)
    challenges: Challenges = field(default_factory=Challenges)
    sessions: SessionCache = field(default_factory=SessionCache)
    recovery_shown: ShownOnce = field(default_factory=ShownOnce)  # new recovery codes, until their one showing
    break_glass: BreakGlass = field(default_factory=BreakGlass)
    break_glass_window: Snapshot[BreakGlassWindow | None] = field(default_factory=lambda: Snapshot(None))
    shield: ShieldGuard | None = None  # set by the node once it knows its key
    egress: EgressClient | None = None  # set by the node: the one HTTP client out (skills, the shield proxy)
    proxy_outcomes: Counter[str] = field(default_factory=Counter)  # shield proxy requests by outcome
    policies: Snapshot[tuple[Policy, ...]] = field(default_factory=lambda: Snapshot(()))
    authorizer: Authorizer | None = None  # set by the node once it knows its key
    skill_snapshot: Snapshot[Mapping[str, Registered]] = field(default_factory=lambda: Snapshot(MappingProxyType({})))

    active_runs: Snapshot[Mapping[int, ActiveRun]] = field(default_factory=lambda: Snapshot(MappingProxyType({})))
    schedule: Snapshot[tuple[ScheduledEntry, ...]] = field(default_factory=lambda: Snapshot(()))
    # Published by the Telegram gateway and its start function: connecting,
    # connected as @bot, token rejected, refused, unreachable, stopped, off.
    telegram_status: Snapshot[GatewayStatus] = field(default_factory=lambda: Snapshot(GatewayStatus()))
    runs: Runs | None = None  # set by the node once the database handle exists
    # The embedding throttle's counts (running, queued, embedded, failed, dropped).
    memory_stats: Snapshot[ThrottleStats] = field(default_factory=lambda: Snapshot(ThrottleStats()))
    embedder: Embedder | None = None  # set by the node: the local model on its thread (search queries)

    @property
    def skills(self) -> Skills:
        return Skills(self.skill_snapshot)

    root: Process | None = None
    tree_started: bool = False
    ready_hint: bool = False  # last /readyz verdict, for the metrics gauge
    admin_password: str | None = field(default=None, repr=False)
    cookie_key: bytes = field(default=b"", repr=False)  # signs the pre-login cookie
    session_key: bytes = field(default=b"", repr=False)  # binds sessions to the password and 2FA state
    node_name: str = field(default_factory=socket.gethostname)
    version: str = VERSION
    started_at: float = field(default_factory=time.time)
    app: Any = None  # the Quart app serving this state (tests drive it directly)
    closing: asyncio.Event = field(default_factory=asyncio.Event)  # set when the endpoint stops: streams end
    # The one "wrong secret presented" limiter (TOTP codes, passwords,
    # endpoint secrets), over this state's database and settings.
    limiter: SecretLimiter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.limiter = SecretLimiter(self.database, limiter_policies(self.config))
