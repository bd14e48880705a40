"""``Services``: everything a way into the node (web pages, chat gateways,
the CLI's control socket, later MCP) acts through, built by wiring from the
boot settings BEFORE the tree starts.

Nothing in it is optional and nothing is "set by the node later": every
service can be built from the settings alone, because what only exists once
the tree runs (an actor's process) is reached through a handle that
resolves by registered name (``ConfigHandle``, ``DatabaseHandle``,
``RootHandle``) or through a ``Snapshot`` the owning actor publishes into.
So a caller never checks for ``None`` and a half-built node cannot be
handed out. Frozen: the application wires it once; the web layer keeps what
only it holds in its own ``WebState``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from actors import Process, Snapshot, whereis
from alexclaw.backup import BackupOperations, BackupStatus, DataOperations, seal_key, stop_the_world
from alexclaw.config import (
    ConfigHandle,
    ConversationSettings,
    EgressSettings,
    MemorySettings,
    SanitizerSettings,
    ShieldSettings,
    WorkflowSettings,
)
from alexclaw.conversations import ConversationOperations
from alexclaw.dispatcher import Dispatcher, Watch
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.llm import (
    GuardedModel,
    Provider,
    ProviderClient,
    ProviderEmbeddings,
    ProviderOperations,
    Router,
    UsageSnapshot,
    count_usage,
    llm_overview,
    provider_keys,
    reload_providers,
    utc_day,
)
from alexclaw.log_buffer import LogRing
from alexclaw.memory import (
    EMBEDDER_NAME,
    ChosenEmbedder,
    Embedder,
    LocalModel,
    Rag,
    ThrottleStats,
    WorkerEmbedder,
    choose,
)
from alexclaw.security import (
    Approver,
    Authorizer,
    BreakGlass,
    BreakGlassWindow,
    CapabilityTokens,
    Challenges,
    EgressClient,
    EgressPool,
    Policy,
    PolicyEngine,
    SecretBox,
    SecretLimiter,
    ShieldGuard,
    Thresholds,
    limiter_policies,
    secret_in_force,
)
from alexclaw.settings import Settings
from alexclaw.storage import DatabaseHandle
from alexclaw.webhooks import GithubWebhooks
from alexclaw.wiring import (
    AuthorizerAdapter,
    BackupBackend,
    ConfigAdapter,
    KnowledgeBackend,
    LlmBackend,
    LlmRewriter,
    MemoryBackend,
    ProviderEmbedder,
    RagBackend,
    ResourcesBackend,
    SettingsReader,
    TelegramBackend,
    TokensAdapter,
    WebAdapter,
    credential_target,
    output_sanitizer,
    resource_credentials,
)
from alexclaw.workflows import ActiveRun, Runs, ScheduledEntry
from gateways import GatewayStatus
from skills import Backends, Registered, Skills

__all__ = ["RootHandle", "Services", "build_services"]


class RootHandle:
    """The node's root supervisor, reached by its registered name: it
    exists only while the tree runs, the handle from before it starts.
    ``serving`` is the application's word that the tree finished starting
    and is not stopping (a root that is still stopping its children is
    alive but must not be reported ready)."""

    __slots__ = ("_serving", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._serving = Snapshot(False)

    def process(self) -> Process | None:
        return whereis(self.name)

    @property
    def alive(self) -> bool:
        root = self.process()
        return root is not None and root.alive

    @property
    def serving(self) -> bool:
        return self._serving.read() and self.alive

    def mark_serving(self, serving: bool) -> None:
        """Owner only (the application, after start / before stop)."""
        self._serving.publish(serving)


@dataclass(frozen=True, slots=True)
class Services:
    """The node's services. Snapshots are published by the actor owning
    each (registry, policy cache, run manager, scheduler, gateway); handles
    resolve their actor by name per call."""

    node_name: str  # run rows carry it; a boot interrupts only its own
    started_at: float  # wall clock, for the uptime pages show
    root: RootHandle
    database: DatabaseHandle
    config: ConfigHandle
    gateway_settings: SettingsReader  # settings as a chat gateway reads them (bound credentials checked)
    challenges: Challenges
    limiter: SecretLimiter  # the one "wrong secret presented" limiter (codes, passwords, endpoint secrets)
    break_glass: BreakGlass
    break_glass_window: Snapshot[BreakGlassWindow | None]
    policies: Snapshot[tuple[Policy, ...]]
    skill_snapshot: Snapshot[Mapping[str, Registered]]
    active_runs: Snapshot[Mapping[int, ActiveRun]]
    schedule: Snapshot[tuple[ScheduledEntry, ...]]
    # Published by the Telegram gateway and its start function: connecting,
    # connected as @bot, token rejected, refused, unreachable, stopped, off.
    telegram_status: Snapshot[GatewayStatus]
    authorizer: Authorizer
    shield: ShieldGuard
    egress: EgressClient  # the one HTTP client out (skills, the shield proxy)
    egress_pool: EgressPool  # its kept-alive connections (and the model's), closed at the node's stop
    llm_providers: Snapshot[tuple[Provider, ...]]  # published by the provider table's owner
    llm_usage: Snapshot[UsageSnapshot]  # today's calls and tokens per provider
    llm: GuardedModel  # the one way to ask a model (router + shield + egress)
    llm_operations: ProviderOperations  # add / change / remove providers (validated, audited, 2FA where due)
    # The local embedding model (loaded on first use, on the memory subtree's
    # embedder thread), the embedder the pages search through, and the
    # throttle's counts (running, queued, embedded, failed, dropped).
    local_model: LocalModel
    embedder: Embedder
    memory_stats: Snapshot[ThrottleStats]
    invoker: Invoker  # the one way to run a skill (policy, token, breaker, timeout, sanitizer, record)
    runs: Runs
    conversations: ConversationOperations  # the chat's free text and the Chat page
    watch: Watch  # what the announcer observes for the dispatcher
    dispatcher: Dispatcher  # where every chat gateway hands its messages
    github_webhooks: GithubWebhooks  # signed GitHub deliveries start the workflows bound to them
    booted_at: float  # monotonic, for the dispatcher's uptime and the boot time logged
    # The last log records for the Logs page (appended by the log buffer's handler, read as a snapshot).
    log_ring: LogRing
    backups: BackupOperations  # back up, list, restore (2FA), export and import the node's data
    backup_status: Snapshot[BackupStatus]  # the last backup's outcome, for the Services page
    data: DataOperations  # the node's own data as JSON: export, import (2FA)

    @property
    def skills(self) -> Skills:
        return Skills(self.skill_snapshot)


def build_services(settings: Settings, *, root_name: str) -> Services:
    """Wire the node's services from its boot settings (nothing starts)."""
    key = settings.secret_key_base
    database, config = DatabaseHandle(), ConfigHandle()
    challenges = Challenges()
    limiter = SecretLimiter(database, limiter_policies(config))
    window: Snapshot[BreakGlassWindow | None] = Snapshot(None)
    policies: Snapshot[tuple[Policy, ...]] = Snapshot(())
    registered: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    active: Snapshot[Mapping[int, ActiveRun]] = Snapshot(MappingProxyType({}))
    skills = Skills(registered)
    tokens = CapabilityTokens(key)
    authorizer = Authorizer(PolicyEngine(policies.read, tokens), database)
    shield = ShieldGuard(
        database,
        lambda: ShieldSettings.read(config).mode,
        SecretBox(key),
        window,
        time.time,
        thresholds=lambda: _thresholds(ShieldSettings.read(config)),
    )
    # One pool for the node's egress clients: its keys keep each skill's
    # (and each provider's) connections apart; its bounds are the node's.
    egress_pool = EgressPool()
    egress = EgressClient(
        lambda name: _text_or_none(config.get(name)),
        max_bytes=lambda: EgressSettings.read(config).max_bytes,
        timeout=lambda: float(EgressSettings.read(config).timeout_seconds),
        pool=egress_pool,
    )
    providers: Snapshot[tuple[Provider, ...]] = Snapshot(())
    usage: Snapshot[UsageSnapshot] = Snapshot(UsageSnapshot(utc_day(time.time())))
    # The model's own egress client: the same rules and caps, with the
    # provider keys (decrypted from the row in force, per call) as its secrets.
    llm_egress = EgressClient(
        provider_keys(providers.read, SecretBox(key)),
        max_bytes=lambda: EgressSettings.read(config).max_bytes,
        pool=egress_pool,
    )
    local_model = LocalModel()
    router = Router(providers.read, usage.read, count_usage, ProviderClient(llm_egress), time.time)
    # The embedder memory.embedder chooses, per call: the local model on the
    # memory subtree's thread, or a provider's embeddings API.
    embedder = ChosenEmbedder(
        lambda: choose(MemorySettings.read(config)),
        WorkerEmbedder(EMBEDDER_NAME, local_model),
        ProviderEmbedder(ProviderEmbeddings(providers.read, usage.read, count_usage, router.client, time.time)),
    )
    memory, knowledge = MemoryBackend(database, embedder), KnowledgeBackend(database, embedder)
    llm = GuardedModel(shield, router)
    llm_operations = ProviderOperations(
        Approver(challenges, database, lambda: secret_in_force(config) is not None), SecretBox(key), reload_providers
    )
    resources = ResourcesBackend(database)
    web = WebAdapter(
        egress,
        lambda name: r.meta.egress if (r := skills.get(name)) else None,
        max_text_bytes=lambda: SanitizerSettings.read(config).max_bytes,
        private_hosts=resources.private_hosts,  # a resource's allow-private grant, for its host only
        core=lambda name: bool((r := skills.get(name)) and r.meta.core),
        credential_target=credential_target(config),
        resource_credential=resource_credentials(database, SecretBox(key)),
    )
    backup_status: Snapshot[BackupStatus] = Snapshot(BackupStatus())
    backups = _backups(
        settings,
        database=database,
        config=config,
        challenges=challenges,
        root_name=root_name,
        status=backup_status,
    )
    invoker = Invoker(
        skills,
        AuthorizerAdapter(authorizer),
        TokensAdapter(tokens),
        output_sanitizer(lambda: [m.name for m in skills.all()], lambda: SanitizerSettings.read(config).max_bytes),
        AuditedInvocations(database),
        config=ConfigAdapter(config),
        web=web,
        backends=Backends(
            llm=LlmBackend(llm, lambda: ConversationSettings.read(config).identity_prompt),
            telegram_send=TelegramBackend(),
            memory_read=memory,
            memory_write=memory,
            knowledge_read=knowledge,
            knowledge_write=knowledge,
            rag=RagBackend(Rag(database, embedder, LlmRewriter(llm))),
            resources_read=resources,
            db_backup=BackupBackend(backups),
        ),
        # A token outlives the step it is minted for by a minute, no more.
        token_ttl_seconds=lambda: WorkflowSettings.read(config).step_timeout_ms / 1000 + 60,
    )
    runs = Runs(database, active, challenges=challenges, two_factor_on=lambda: secret_in_force(config) is not None)
    watch = Watch()
    conversations = ConversationOperations(database, config, invoker, llm, providers.read)
    booted_at = time.monotonic()
    return Services(
        node_name=settings.node_name,
        started_at=time.time(),
        root=RootHandle(root_name),
        database=database,
        config=config,
        gateway_settings=SettingsReader(config),
        challenges=challenges,
        limiter=limiter,
        break_glass=BreakGlass(),
        break_glass_window=window,
        policies=policies,
        skill_snapshot=registered,
        active_runs=active,
        schedule=Snapshot(()),
        telegram_status=Snapshot(GatewayStatus()),
        authorizer=authorizer,
        shield=shield,
        egress=egress,
        egress_pool=egress_pool,
        llm_providers=providers,
        llm_usage=usage,
        llm=llm,
        llm_operations=llm_operations,
        local_model=local_model,
        embedder=embedder,
        memory_stats=Snapshot(ThrottleStats()),
        invoker=invoker,
        runs=runs,
        conversations=conversations,
        watch=watch,
        dispatcher=Dispatcher(
            node_name=lambda: settings.node_name,
            started_at=booted_at,
            database=database,
            config=config,
            challenges=challenges,
            limiter=limiter,
            skills=skills,
            runs=lambda: runs,
            watch=watch,
            llm_overview=lambda: llm_overview(providers.read(), usage.read(), utc_day(time.time())),
            conversations=conversations,
            invoker=invoker,
        ),
        github_webhooks=GithubWebhooks(
            database, lambda: str(config.get("github.webhook_secret") or ""), limiter, lambda: runs
        ),
        booted_at=booted_at,
        log_ring=LogRing(),
        backups=backups,
        backup_status=backup_status,
        data=DataOperations(
            Approver(challenges, database, lambda: secret_in_force(config) is not None),
            database,
            SecretBox(key),
            settings.node_name,
        ),
    )


def _backups(
    settings: Settings,
    *,
    database: DatabaseHandle,
    config: ConfigHandle,
    challenges: Challenges,
    root_name: str,
    status: Snapshot[BackupStatus],
) -> BackupOperations:
    """Restore from a page stops the node's parts that hold database state
    around the restore (``stop_the_world``) and starts them again."""

    def root() -> Process | None:
        found = whereis(root_name)
        return found if isinstance(found, Process) else None

    return BackupOperations(
        Approver(challenges, database, lambda: secret_in_force(config) is not None),
        database,
        database.dsn,
        config,
        seal_key(settings.secret_key_base),
        status,
        quiesce=lambda work: stop_the_world(root, database.pool, work),
    )


def _thresholds(shield: ShieldSettings) -> Thresholds:
    return Thresholds(shield.block_score, shield.review_score)


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
