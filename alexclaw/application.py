"""THE root supervision tree (DESIGN §4). Only this module assembles the
subtrees, in start order; each subtree's ``tree.py`` owns its children.

    alexclaw          one_for_one: subsystems fail independently
    ├── tasks         TaskSupervisor for fire-and-forget work
    ├── storage       embedded PostgreSQL → pool + migrations (rest_for_one)
    ├── config        settings snapshot, encrypted secrets, LISTEN/NOTIFY
    ├── security      policy cache, 2FA challenges, break-glass, audit pruner/anchor
    ├── memory        local embedding model, embedding throttle, expiry pruner
    ├── skills        registry (a circuit breaker per skill)
    ├── workflows     run manager, runs (one process per run), scheduler
    ├── announcer     node events → words for the operator's chats
    ├── gateways      telegram (IGNORE unless configured), settings watcher
    ├── control       the local control socket: the CLI asks the running node
    └── web           Hypercorn — LAST, so it serves a fully started node

Later issues insert llm and cluster before gateways.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from actors import Process
from alexclaw.config import TOPIC as CONFIG_TOPIC
from alexclaw.config import config_spec
from alexclaw.control import control_spec
from alexclaw.dispatcher import ANNOUNCER_NAME, Announcer, Dispatcher, PgInbox, Watch
from alexclaw.logs import install_redaction, remember_secrets
from alexclaw.memory import EMBEDDER_NAME, LocalModel, WorkerEmbedder, memory_spec
from alexclaw.security import (
    AuditSeal,
    Authorizer,
    CapabilityTokens,
    EgressClient,
    PolicyEngine,
    SecretBox,
    ShieldGuard,
    Thresholds,
    anchor_path,
    derive_key,
    secret_in_force,
)
from alexclaw.security.tree import security_spec
from alexclaw.settings import Settings
from alexclaw.storage import storage_spec
from alexclaw.web import NodeState, web_spec
from alexclaw.wiring import (
    AuthorizerAdapter,
    ConfigAdapter,
    GatewayEgress,
    SettingsReader,
    SkillAPIs,
    TelegramBackend,
    TokensAdapter,
    WebAdapter,
    output_sanitizer,
)
from alexclaw.workflows import (
    FiredElsewhere,
    Launch,
    RunControl,
    RunPorts,
    RunRefused,
    Runs,
    Workflow,
    last_scheduled,
    list_workflows,
    run_body,
    workflows_spec,
)
from gateways import gateways_spec
from skills import skills_spec
from skills.builtin import CORE_SKILLS
from supervisors import ChildSpec, Strategy, Supervisor, TaskSupervisor, render_spec

log = logging.getLogger("alexclaw")

ROOT_NAME = "alexclaw"
TASKS_NAME = "alexclaw.tasks"
STOP_TIMEOUT = 10.0


@dataclass
class Node:
    """One node: its settings, the state the web layer reads, its root."""

    settings: Settings | None
    state: NodeState = field(default_factory=NodeState)
    booted_at: float = field(default_factory=time.monotonic)
    apis: SkillAPIs | None = None
    watch: Watch = field(default_factory=Watch)
    # Who may reach loopback addresses through the egress guard (e.g.
    # {"telegram"} for a Bot API server on this machine, or the tests'
    # fake one): a grant made in code by whoever builds the node.
    loopback_grants: frozenset[str] = frozenset()
    # The local embedding model, loaded on first use on the memory
    # subtree's embedder thread; the pages embed search queries through it.
    local_model: LocalModel = field(default_factory=LocalModel)

    @property
    def dispatcher(self) -> Dispatcher:
        """The command dispatcher every chat gateway hands its messages to."""
        if self._dispatcher is None:
            state = self.state
            self._dispatcher = Dispatcher(
                node_name=lambda: state.node_name,
                started_at=self.booted_at,
                database=state.database,
                config=state.config,
                challenges=state.challenges,
                limiter=state.limiter,
                skills=state.skills,
                runs=lambda: state.runs,
                watch=self.watch,
            )
        return self._dispatcher

    _dispatcher: Dispatcher | None = field(default=None, repr=False)

    def _settings(self) -> Settings:
        if self.settings is None:
            raise RuntimeError("this node was declared without settings and cannot start")
        return self.settings

    def root_spec(self) -> ChildSpec:
        """The declared tree; nothing starts until the spec's ``start``."""
        children = [
            # Temporary tasks are never restarted, so this intensity only
            # bounds crashes of the task supervisor itself.
            TaskSupervisor.child_spec("tasks", name=TASKS_NAME, intensity=10, period=10.0),
            storage_spec(self._settings, self.state.database),
            config_spec(self._settings, self.state.database, self.state.config),
            security_spec(
                self.state.database,
                config=self.state.config,
                tasks=TASKS_NAME,
                break_glass=self.state.break_glass_window,
                box=lambda: SecretBox(self._settings().secret_key_base),
                policies=self.state.policies,
                limiter=self.state.limiter,
                seal=lambda: AuditSeal(self._settings().secret_key_base),
                anchor_file=lambda: anchor_path(self._settings().data_dir),
            ),
            # --- memory (issue 17): after storage and the task supervisor it
            # runs embeddings under, before the skills and runs that use it.
            memory_spec(
                self.state.database,
                tasks=TASKS_NAME,
                stats=self.state.memory_stats,
                clock=_utc_now,
                local=self.local_model,
            ),
            # --- end memory
            skills_spec(
                self.state.skill_snapshot,
                CORE_SKILLS,
                reset_timeout=lambda: float(self.state.config.get("skills.breaker_reset_seconds", 300)),
            ),
            self._workflows_spec(),
            ChildSpec("announcer", self._start_announcer, info="node events → the operator's chats"),
            gateways_spec(
                settings=SettingsReader(self.state.config),
                dispatcher=self.dispatcher,
                inbox=PgInbox(self.state.database),
                egress=GatewayEgress(allow_loopback="telegram" in self.loopback_grants),
                status=self.state.telegram_status,
                node_name=lambda: self.state.node_name,
                settings_topic=CONFIG_TOPIC,
            ),
            control_spec(
                lambda: self._settings().data_dir,
                self.state.database,
                runs=lambda: self.state.runs,
                node_name=lambda: self.state.node_name,
            ),
            web_spec(self._settings, self.state),
        ]
        # Three restarts of any subsystem within 10 s means something is
        # wrong beyond a transient crash: give up and let the node exit
        # (the container or service manager restarts it, visibly).
        # What reaches this count: a worker here crashing (config, announcer,
        # web: each a bug, not an outage), or a subtree giving up, which
        # itself takes 4-6 failures inside it (intensities multiply: the
        # node stops after ~3 x 5 crashes of one security child in 10 s).
        # A database outage must not reach it: every child that needs the
        # database waits for it in init (up to WAIT_FOR_DATABASE, 30 s) and
        # keeps its snapshot in its handlers, so an outage costs at most one
        # failed start per child per 30 s, never a burst.
        return Supervisor.child_spec(
            ROOT_NAME, children, strategy=Strategy.ONE_FOR_ONE, intensity=3, period=10.0, name=ROOT_NAME
        )

    async def _start_announcer(self) -> Any:
        return await Announcer(self.state.database, self.watch).start(name=ANNOUNCER_NAME)

    def _workflows_spec(self) -> ChildSpec:
        state = self.state
        config = state.config

        async def load() -> list[Workflow]:
            async with state.database.pool().acquire() as conn:
                return await list_workflows(conn)

        async def last_fired(workflow_id: int) -> Any:
            async with state.database.pool().acquire() as conn:
                return await last_scheduled(conn, workflow_id)

        async def fire(workflow: Workflow, at: Any) -> None:
            if state.runs is None:
                raise RunRefused("the node is not started")
            try:
                await state.runs.start_scheduled(workflow, at)
            except FiredElsewhere as done:  # another node sharing the database fired it first
                log.info("%s", done)

        return workflows_spec(
            state.database,
            node=lambda: state.node_name,
            runner=run_body(self._run_ports),
            active=state.active_runs,
            max_runs=lambda: int(config.get("workflows.max_concurrent_runs", 10)),
            schedule=state.schedule,
            load=load,
            fire=fire,
            last_fired=last_fired,
            timezone=lambda: str(config.get("scheduler.timezone", "UTC") or "UTC"),
        )

    def _run_ports(self, launch: Launch, control: RunControl) -> RunPorts:
        state = self.state
        assert self.apis is not None
        return RunPorts(
            launch,
            control,
            state.database,
            state.skills,
            self.apis.for_run,
            step_timeout_ms=lambda: int(state.config.get("workflows.step_timeout_ms", 120000)),
            sanitize_output=output_sanitizer(
                lambda: [m.name for m in state.skills.all()],
                lambda: int(state.config.get("sanitizer.max_bytes", 10240)),
            ),
        )

    async def start(self) -> Process:
        """Start the whole tree; returns when every child's init is done."""
        settings = self._settings()
        # No secret in any log line, whoever set up logging (the CLI, a test, an embedder).
        install_redaction()
        remember_secrets(settings.secrets)
        self.state.node_name = settings.node_name
        self.state.admin_password = settings.admin_password
        self.state.cookie_key = derive_key(settings.secret_key_base, "alexclaw web cookie v1")
        self.state.session_key = derive_key(settings.secret_key_base, "alexclaw session binding v1")
        self.state.shield = ShieldGuard(
            self.state.database,
            lambda: str(self.state.config.get("shield.mode", "block")),
            SecretBox(settings.secret_key_base),
            self.state.break_glass_window,
            time.time,
            thresholds=lambda: Thresholds(
                int(self.state.config.get("shield.block_score", 60)),
                int(self.state.config.get("shield.review_score", 25)),
            ),
        )
        tokens = CapabilityTokens(settings.secret_key_base)
        engine = PolicyEngine(self.state.policies.read, tokens)
        self.state.authorizer = Authorizer(engine, self.state.database)
        config = self.state.config
        self.state.egress = EgressClient(
            lambda key: _text_or_none(config.get(key)),
            max_bytes=lambda: int(config.get("egress.max_bytes", 5 * 1024 * 1024)),
            timeout=lambda: float(config.get("egress.timeout_seconds", 30)),
        )
        web = WebAdapter(
            self.state.egress,
            lambda name: r.meta.egress if (r := self.state.skills.get(name)) else None,
            max_text_bytes=lambda: int(config.get("sanitizer.max_bytes", 10240)),
        )
        self.apis = SkillAPIs(
            AuthorizerAdapter(self.state.authorizer),
            TokensAdapter(tokens),
            self.state.skills,
            config=ConfigAdapter(config),
            web=web,
            token_ttl_seconds=lambda: int(config.get("workflows.step_timeout_ms", 120000)) / 1000 + 60,
            backends={"telegram_send": TelegramBackend()},
        )
        self.state.runs = Runs(
            self.state.database,
            self.state.active_runs,
            challenges=self.state.challenges,
            two_factor_on=lambda: secret_in_force(config) is not None,
        )
        self.state.embedder = WorkerEmbedder(EMBEDDER_NAME, self.local_model)
        root = await self.root_spec().start()
        assert isinstance(root, Process)
        self.state.root = root
        self.state.tree_started = True
        # What boot created lives as long as the node: move it out of the
        # collector's reach so later full collections stay short.
        gc.collect()
        gc.freeze()
        log.info("node started in %.2fs", time.monotonic() - self.booted_at, extra={"event": "node.started"})
        return root

    async def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Ordered shutdown (reverse start order), bounded by ``timeout``."""
        root = self.state.root
        self.state.tree_started = False
        if root is not None and root.alive:
            await root.stop(timeout=timeout)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def declared_tree() -> str:
    """What ``alexclaw tree`` prints; docs/architecture.md must match it."""
    return render_spec(Node(settings=None).root_spec())


async def run_node(settings: Settings, stop: asyncio.Future[None]) -> int:
    """Run until ``stop`` resolves (exit 0) or the root gives up (exit 1)."""
    node = Node(settings)
    root = await node.start()
    waits: set[asyncio.Future[Any]] = {stop, root.exit_future()}
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    if root.alive:
        log.info("stopping node", extra={"event": "node.stopping"})
        await node.stop()
        log.info("node stopped", extra={"event": "node.stopped"})
        return 0
    log.error("the root supervisor exited (%s); the node stops", root.exit_reason)
    return 1
