"""``WebState``: what only the web layer holds (the session secret's keys,
the admin password, server-side sessions, the serving app), next to the
node's ``Services`` it acts through. Built by the application before the
tree starts, complete from then on; the pages read the services under
their own names (``state.runs`` is ``state.services.runs``)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from actors import Process, Snapshot
from alexclaw.backup import BackupOperations, BackupStatus, DataOperations
from alexclaw.config import ConfigHandle
from alexclaw.conversations import ConversationOperations
from alexclaw.google import GoogleOperations
from alexclaw.llm import GuardedModel, Provider, ProviderOperations, UsageSnapshot
from alexclaw.log_buffer import LogRing
from alexclaw.mcp import McpHub
from alexclaw.memory import Embedder, ThrottleStats
from alexclaw.posture import PostureAudit
from alexclaw.reasoning import ReasoningDesk
from alexclaw.security import (
    Authorizer,
    BreakGlass,
    BreakGlassWindow,
    Challenges,
    EgressClient,
    Policy,
    SecretBox,
    SecretLimiter,
    ShieldGuard,
    derive_key,
)
from alexclaw.services import Services
from alexclaw.settings import Settings
from alexclaw.storage import DatabaseHandle
from alexclaw.web._sessions import SessionCache, ShownOnce
from alexclaw.webhooks import GithubWebhooks
from alexclaw.workflows import ActiveRun, Runs, ScheduledEntry
from gateways import GatewayStatus
from skills import Registered, Skills

VERSION = "0.1.0"
T = TypeVar("T")


class _Service(Generic[T]):
    """A service of the node, read (never replaced) through the web state
    under the name it has in ``Services``."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, state: WebState, owner: type | None = None) -> T:
        return cast(T, getattr(state.services, self._name))


@dataclass
class WebState:
    services: Services
    admin_password: str | None = field(repr=False)
    cookie_key: bytes = field(repr=False)  # signs the pre-login cookie
    session_key: bytes = field(repr=False)  # binds sessions to the password and 2FA state
    secret_box: SecretBox = field(repr=False)  # encrypts what a page stores as a secret (a resource's credential)
    mcp: McpHub = field(repr=False)  # the MCP server /mcp serves, and what it keeps between requests
    sessions: SessionCache = field(default_factory=SessionCache)
    recovery_shown: ShownOnce = field(default_factory=ShownOnce)  # new recovery codes, until their one showing
    mcp_key_shown: ShownOnce = field(default_factory=ShownOnce)  # a new MCP key, until its one showing
    proxy_outcomes: Counter[str] = field(default_factory=Counter)  # shield proxy requests by outcome
    ready_hint: bool = False  # last /readyz verdict, for the metrics gauge
    version: str = VERSION
    app: Any = None  # the Quart app serving this state (made when the web child starts; tests drive it)
    closing: asyncio.Event = field(default_factory=asyncio.Event)  # set when the endpoint stops: streams end

    @classmethod
    def of(cls, services: Services, settings: Settings) -> WebState:
        key = settings.secret_key_base
        return cls(
            services,
            admin_password=settings.admin_password,
            cookie_key=derive_key(key, "alexclaw web cookie v1"),
            session_key=derive_key(key, "alexclaw session binding v1"),
            secret_box=SecretBox(key),
            mcp=McpHub(services, key, host=settings.http_host, port=settings.http_port),
        )

    node_name = _Service[str]()
    started_at = _Service[float]()
    database = _Service[DatabaseHandle]()
    config = _Service[ConfigHandle]()
    challenges = _Service[Challenges]()
    limiter = _Service[SecretLimiter]()
    break_glass = _Service[BreakGlass]()
    break_glass_window = _Service[Snapshot[BreakGlassWindow | None]]()
    policies = _Service[Snapshot[tuple[Policy, ...]]]()
    skill_snapshot = _Service[Snapshot[Mapping[str, Registered]]]()
    active_runs = _Service[Snapshot[Mapping[int, ActiveRun]]]()
    schedule = _Service[Snapshot[tuple[ScheduledEntry, ...]]]()
    telegram_status = _Service[Snapshot[GatewayStatus]]()
    discord_status = _Service[Snapshot[GatewayStatus]]()
    authorizer = _Service[Authorizer]()
    shield = _Service[ShieldGuard]()
    egress = _Service[EgressClient]()
    llm_providers = _Service[Snapshot[tuple[Provider, ...]]]()
    llm_usage = _Service[Snapshot[UsageSnapshot]]()
    llm = _Service[GuardedModel]()
    llm_operations = _Service[ProviderOperations]()
    embedder = _Service[Embedder]()
    memory_stats = _Service[Snapshot[ThrottleStats]]()
    log_ring = _Service[LogRing]()
    posture = _Service[PostureAudit]()
    runs = _Service[Runs]()
    github_webhooks = _Service[GithubWebhooks]()
    conversations = _Service[ConversationOperations]()
    skills = _Service[Skills]()
    google = _Service[GoogleOperations]()
    backups = _Service[BackupOperations]()
    backup_status = _Service[Snapshot[BackupStatus]]()
    data = _Service[DataOperations]()
    reasoning = _Service[ReasoningDesk]()  # the Chat page's Reasoning mode

    @property
    def root(self) -> Process | None:
        """The running root supervisor (None before start and after stop)."""
        return self.services.root.process()

    @property
    def tree_started(self) -> bool:
        return self.services.root.serving
