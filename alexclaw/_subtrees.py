"""How each subtree of the root is handed the node's services: one
function per subtree whose wiring takes more than a line. The order, the
strategy and the reasons live in ``application.py``."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

from alexclaw.backup import BACKUP_SCHEDULER_NAME, BackupScheduler
from alexclaw.config import CONFIG_TOPIC, SkillSettings, WorkflowSettings
from alexclaw.dispatcher import ANNOUNCER_NAME, Announcer, PgGatewayLease, PgInbox
from alexclaw.dynamic_skills import LOADER_NAME, DynamicSkillLoader
from alexclaw.google import TOKENS_NAME, TokenManager, TokenPorts
from alexclaw.llm import SEEDS, llm_spec
from alexclaw.log_buffer import LOG_BUFFER_NAME, LogBuffer
from alexclaw.memory import memory_spec
from alexclaw.secret_store import node_store
from alexclaw.security import AuditSeal, SecretBox, anchor_path
from alexclaw.security.tree import security_spec
from alexclaw.services import Services
from alexclaw.settings import Settings
from alexclaw.wiring import GatewayEgress, TelegramBackend
from alexclaw.workflows import (
    FiredElsewhere,
    Launch,
    PgNodes,
    RemoteGate,
    RunControl,
    RunPorts,
    Workflow,
    last_scheduled,
    list_workflows,
    run_body,
    workflows_spec,
)
from cluster.tree import cluster_spec
from gateways import gateways_spec
from skills import skills_spec
from skills.builtin import CORE_SKILLS
from skills.google import GOOGLE_SKILLS
from skills.web import BROWSER_SKILLS, WEB_SKILLS
from supervisors import ChildSpec

log = logging.getLogger("alexclaw")


def security_subtree(s: Services, settings: Settings, *, tasks: str) -> ChildSpec:
    return security_spec(
        s.database,
        config=s.config,
        settings_topic=CONFIG_TOPIC,
        tasks=tasks,
        break_glass=s.break_glass_window,
        box=lambda: SecretBox(settings.secret_key_base),
        policies=s.policies,
        limiter=s.limiter,
        seal=lambda: AuditSeal(settings.secret_key_base),
        anchor_file=lambda: anchor_path(settings.data_dir),
        egress_pool=s.egress_pool,
    )


def llm_subtree(s: Services, settings: Settings) -> ChildSpec:
    return llm_spec(
        s.database,
        s.llm_providers,
        s.llm_usage,
        time.time,
        seeds=lambda: {key: str(s.config.get(key) or "") for key in SEEDS},
        box=lambda: node_store(settings),
    )


def memory_subtree(s: Services, *, tasks: str) -> ChildSpec:
    # Embeddings run under the task supervisor; expiry is judged in UTC.
    return memory_spec(
        s.database,
        tasks=tasks,
        stats=s.memory_stats,
        clock=lambda: datetime.now(UTC),
        local=s.local_model,
        embedder=s.embedder,
    )


def skills_subtree(s: Services) -> ChildSpec:
    return skills_spec(
        s.skill_snapshot,
        (*CORE_SKILLS, *WEB_SKILLS, *GOOGLE_SKILLS, *BROWSER_SKILLS),
        reset_timeout=lambda: float(SkillSettings.read(s.config).breaker_reset_seconds),
    )


def workflows_subtree(s: Services) -> ChildSpec:
    async def load() -> list[Workflow]:
        async with s.database.pool().acquire() as conn:
            return await list_workflows(conn)

    async def last_fired(workflow_id: int) -> datetime | None:
        async with s.database.pool().acquire() as conn:
            return await last_scheduled(conn, workflow_id)

    async def fire(workflow: Workflow, at: datetime) -> None:
        try:
            await s.runs.start_scheduled(workflow, at)
        except FiredElsewhere as done:  # another node sharing the database fired it first
            log.info("%s", done)

    def ports(launch: Launch, control: RunControl) -> RunPorts:
        return RunPorts(
            launch,
            control,
            s.database,
            s.invoker,
            step_timeout_ms=lambda: WorkflowSettings.read(s.config).step_timeout_ms,
        )

    return workflows_spec(
        s.database,
        node=lambda: s.node_name,
        runner=run_body(ports),
        active=s.active_runs,
        max_runs=lambda: WorkflowSettings.read(s.config).max_concurrent_runs,
        schedule=s.schedule,
        load=load,
        fire=fire,
        last_fired=last_fired,
        timezone=lambda: WorkflowSettings.read(s.config).timezone,
    )


def cluster_subtree(s: Services) -> ChildSpec:
    """The cluster's links, with the application's store and remote gate
    behind its ports (IGNORE without a CLUSTER_COOKIE)."""
    return cluster_spec(
        s.cluster,
        PgNodes(s.database, s.node_name),
        RemoteGate(s.database, s.runs, lambda: s.node_name),
    )


def log_buffer_child(s: Services) -> ChildSpec:
    async def start() -> Any:
        return await LogBuffer(s.log_ring).start(name=LOG_BUFFER_NAME)

    return ChildSpec("log_buffer", start, info="the last 500 log records → the Logs page")


def dynamic_skills_child(s: Services) -> ChildSpec:
    async def start() -> Any:
        return await DynamicSkillLoader(s.dynamic_skills, s.database).start(name=LOADER_NAME)

    return ChildSpec("dynamic_skills", start, info="loaded dynamic skills: containment, checks, SHA-256 → registry")


def backups_child(s: Services) -> ChildSpec:
    async def start() -> Any:
        return await BackupScheduler(s.backups).start(name=BACKUP_SCHEDULER_NAME)

    return ChildSpec("backups", start, info="backup.schedule (cron, UTC) → a backup into backup.dir")


def announcer_child(s: Services) -> ChildSpec:
    async def start() -> Any:
        return await Announcer(s.database, s.watch).start(name=ANNOUNCER_NAME)

    return ChildSpec("announcer", start, info="node events → the operator's chats")


def gateways_subtree(s: Services, *, loopback_grants: frozenset[str]) -> ChildSpec:
    return gateways_spec(
        settings=s.gateway_settings,
        dispatcher=s.dispatcher,
        inbox=PgInbox(s.database),
        egress=GatewayEgress(allow_loopback="telegram" in loopback_grants),
        status=s.telegram_status,
        node_name=lambda: s.node_name,
        settings_topic=CONFIG_TOPIC,
        discord_status=s.discord_status,
        discord_egress=GatewayEgress(allow_loopback="discord" in loopback_grants),
        # In a cluster the nodes sharing this database elect one per gateway;
        # without one, a node runs what its settings say, as before.
        lease=PgGatewayLease(s.database) if s.cluster.settings.enabled else None,
        telegram_lease=s.telegram_lease,
        discord_lease=s.discord_lease,
    )


def google_child(s: Services) -> ChildSpec:
    google = s.google
    ports = TokenPorts(
        s.database, google.box, google.client, google.credentials, google.status, google.clock,
        notify=TelegramBackend().send,  # a revoked grant is told to the operator's chat
    )  # fmt: skip

    async def start() -> Any:
        return await TokenManager(ports).start(name=TOKENS_NAME)

    return ChildSpec("google", start, info="Google tokens: refreshed 5 minutes before they expire")
