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
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from actors import Process, Snapshot, whereis
from alexclaw.automation import AutomationBackend
from alexclaw.backup import BackupOperations, BackupStatus, DataOperations, seal_key, stop_the_world
from alexclaw.config import (
    AutomationSettings,
    ConfigHandle,
    ConversationSettings,
    EgressSettings,
    MemorySettings,
    ReasoningSettings,
    SanitizerSettings,
    ShieldSettings,
    SqlSettings,
    WorkflowSettings,
)
from alexclaw.conversations import ConversationOperations
from alexclaw.dispatcher import Dispatcher, Watch
from alexclaw.dynamic_skills import AutoWorkflows, DynamicSkillOperations, GeneratedFiles
from alexclaw.google import CALLBACK_PATH, GoogleClient, GoogleOperations, GoogleStatus
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
from alexclaw.posture import PostureAudit
from alexclaw.reasoning import ReasoningDesk, ReasoningOperations, ReasoningPorts, whitelist_of
from alexclaw.secret_store import node_store
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
    review_sources,
    secret_in_force,
)
from alexclaw.settings import Settings, read_environment
from alexclaw.storage import DatabaseHandle
from alexclaw.webhooks import GithubWebhooks
from alexclaw.wiring import (
    AuthorizerAdapter,
    BackupBackend,
    ConfigAdapter,
    GatewayBackend,
    GoogleBackend,
    KnowledgeBackend,
    LlmBackend,
    LlmRewriter,
    MemoryBackend,
    ProviderEmbedder,
    RagBackend,
    ReasoningDelivery,
    ResourcesBackend,
    SettingsReader,
    SqlBackend,
    TelegramBackend,
    TokensAdapter,
    WebAdapter,
    credential_target,
    output_sanitizer,
    resource_credentials,
)
from alexclaw.workflows import ActiveRun, ClusterBackend, Runs, ScheduledEntry
from cluster.tree import Cluster
from gateways import GatewayStatus, LeaseView
from skills import PERMISSIONS, Backends, Registered, Skills
from skills.builtin import CORE_SKILLS
from skills.dynamic import NEVER_GRANTED, SANDBOXES_NAME, Sandbox
from skills.web import WEB_SKILLS

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
    # Published by the Discord gateway and its start function, the same states.
    discord_status: Snapshot[GatewayStatus]
    # Published by each gateway's lease actor in a cluster: which node runs it (the Dashboard warns when none).
    telegram_lease: Snapshot[LeaseView]
    discord_lease: Snapshot[LeaseView]
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
    posture: PostureAudit  # the security posture audit the Posture page runs (doctor's, over the node's pool)
    # Google Calendar and Tasks: connect, the callback, disconnect, check; its status is
    # published by the token manager (alexclaw.google.tokens).
    google: GoogleOperations
    # The cluster: its peer table snapshot and the requests made of it (dispatch, ping, forget);
    # every request answers a value when the cluster is off (no CLUSTER_COOKIE).
    cluster: Cluster
    dynamic_skills: DynamicSkillOperations  # stage, and behind a code load/reload/unload; the boot check
    backups: BackupOperations  # back up, list, restore (2FA), export and import the node's data
    backup_status: Snapshot[BackupStatus]  # the last backup's outcome, for the Services page
    data: DataOperations  # the node's own data as JSON: export, import (2FA)
    reasoning: ReasoningDesk  # reasoning sessions: start, control, view, the resumable timeline (the Chat page)
    reasoning_sessions: ReasoningOperations  # the node's own desk: its ports start the sessions' subtree; /reason

    @property
    def skills(self) -> Skills:
        return Skills(self.skill_snapshot)


def build_services(
    settings: Settings,
    *,
    root_name: str,
    loopback_grants: frozenset[str] = frozenset(),
    reasoning: ReasoningDesk | None = None,
) -> Services:
    """Wire the node's services from its boot settings (nothing starts).
    ``loopback_grants``: who may reach this machine's loopback (``google``:
    the tests' fake Google), a grant made in code. ``reasoning``: a desk
    given in code (the UI tests' scripted one) instead of the node's own."""
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
        # A JSON list, not a typed field: unset (None) and anything unreadable allow nothing, as the catalog's [].
        review_allowed=lambda: review_sources(config.get("shield.review_allowed_sources")),
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
        provider_keys(providers.read, node_store(settings)),
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
        Approver(challenges, database, lambda: secret_in_force(config) is not None),
        node_store(settings),
        reload_providers,
    )
    resources = ResourcesBackend(database)
    cluster = Cluster(settings.cluster, settings.node_name)
    web = WebAdapter(
        egress,
        lambda name: r.meta.egress if (r := skills.get(name)) else None,
        max_text_bytes=lambda: SanitizerSettings.read(config).max_bytes,
        private_hosts=resources.private_hosts,  # a resource's allow-private grant, for its host only
        core=lambda name: bool((r := skills.get(name)) and r.meta.core),
        credential_target=credential_target(config),
        resource_credential=resource_credentials(database, node_store(settings)),
    )
    # Google's own egress client: Google's hosts only, each request's token given per call.
    google_client = GoogleClient(
        EgressClient(_no_secret, max_bytes=lambda: EgressSettings.read(config).max_bytes, pool=egress_pool),
        settings.google,
        allow_loopback="google" in loopback_grants,
    )
    google = GoogleOperations(
        database, config, node_store(settings), google_client, Snapshot(GoogleStatus()),
        default_redirect=_default_redirect(settings), clock=lambda: datetime.now(UTC),
    )  # fmt: skip
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
            gateway_send=GatewayBackend(),
            memory_read=memory,
            memory_write=memory,
            knowledge_read=knowledge,
            knowledge_write=knowledge,
            rag=RagBackend(Rag(database, embedder, LlmRewriter(llm))),
            resources_read=resources,
            sql_query=SqlBackend(database, node_store(settings), lambda: SqlSettings.read(config).max_timeout_ms),
            google=GoogleBackend(google, google_client),
            cluster_dispatch=ClusterBackend(cluster, database),
            # Recipes in headless Chromium, in a child process; every request through the address rules.
            browser=AutomationBackend(
                database, lambda: AutomationSettings.read(config), lambda: SanitizerSettings.read(config).max_bytes
            ),
            skill_write=GeneratedFiles(lambda: settings.skills_dir),  # the coder: kept, staged, never loaded
            workflow_manage=AutoWorkflows(database),  # the coder: a disabled "Auto: <skill>" workflow
            db_backup=BackupBackend(backups),
        ),
        # A token outlives the step it is minted for by a minute, no more.
        token_ttl_seconds=lambda: WorkflowSettings.read(config).step_timeout_ms / 1000 + 60,
    )
    runs = Runs(database, active, challenges=challenges, two_factor_on=lambda: secret_in_force(config) is not None)
    watch = Watch()
    conversations = ConversationOperations(database, config, invoker, llm, providers.read)
    booted_at = time.monotonic()
    dynamic_skills = DynamicSkillOperations(
        Approver(challenges, database, lambda: secret_in_force(config) is not None), database, skills,
        Sandbox(supervisor=SANDBOXES_NAME), lambda: settings.skills_dir,
        core_names=frozenset(skill.name for skill in (*CORE_SKILLS, *WEB_SKILLS)),
        known_permissions=frozenset(PERMISSIONS) - NEVER_GRANTED,
    )  # fmt: skip
    sessions = ReasoningOperations(
        ReasoningPorts(
            database, llm, invoker, lambda: ReasoningSettings.read(config), skills.all,
            lambda: whitelist_of(config.get("reasoning.skill_whitelist")),
            ReasoningDelivery(memory, GatewayBackend()), settings.node_name,
            has_provider=lambda: bool(providers.read()),
        )
    )  # fmt: skip
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
        discord_status=Snapshot(GatewayStatus()),
        telegram_lease=Snapshot(LeaseView("telegram")),
        discord_lease=Snapshot(LeaseView("discord")),
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
            google=google,
            reasoning=sessions,
        ),
        github_webhooks=GithubWebhooks(
            database, lambda: str(config.get("github.webhook_secret") or ""), limiter, lambda: runs
        ),
        booted_at=booted_at,
        log_ring=LogRing(),
        posture=PostureAudit(settings, read_environment(), config),
        google=google,
        cluster=cluster,
        dynamic_skills=dynamic_skills,
        backups=backups,
        backup_status=backup_status,
        data=DataOperations(
            Approver(challenges, database, lambda: secret_in_force(config) is not None),
            database,
            SecretBox(key),
            settings.node_name,
        ),
        reasoning=reasoning if reasoning is not None else sessions,
        reasoning_sessions=sessions,
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


def _no_secret(_name: str) -> str | None:
    return None  # Google's client gives its token with each request


def _default_redirect(settings: Settings) -> str:
    """The callback on the web bind (a wildcard bind is reached as localhost)."""
    host = "localhost" if settings.http_host in {"0.0.0.0", "::", ""} else settings.http_host  # noqa: S104
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.http_port}{CALLBACK_PATH}"


def _thresholds(shield: ShieldSettings) -> Thresholds:
    return Thresholds(shield.block_score, shield.review_score, shield.classifier)


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
