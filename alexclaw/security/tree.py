"""The security subtree: policy cache, 2FA challenges, break-glass, the
audit trail's pruner and anchor, the operator's phrases."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from actors import Snapshot
from alexclaw.security._audit_anchor import AUDIT_ANCHOR_NAME, AuditAnchor, AuditSeal
from alexclaw.security._audit_chain import AuditPruner
from alexclaw.security._breakglass import BREAK_GLASS_NAME, BreakGlassActor
from alexclaw.security._challenges import CHALLENGES_NAME, ChallengeActor
from alexclaw.security._crypto import SecretBox
from alexclaw.security._egress_keeper import EGRESS_POOL_NAME, EgressPoolKeeper
from alexclaw.security._egress_pool import EgressPool
from alexclaw.security._guard import BreakGlassWindow
from alexclaw.security._limiter import SecretLimiter
from alexclaw.security._phrase_watch import PHRASE_WATCH_NAME, PhraseWatch
from alexclaw.security._policy import Policy
from alexclaw.security._policy_cache import POLICY_CACHE_NAME, PolicyCache
from alexclaw.security._ports import SettingsReader
from alexclaw.security._refusals import REFUSALS_NAME, RefusalTally
from alexclaw.security._totp import secret_in_force
from alexclaw.storage import DatabaseHandle
from supervisors import ChildSpec, Strategy, Supervisor


def security_spec(
    database: DatabaseHandle,
    *,
    config: SettingsReader,
    settings_topic: str,
    tasks: str,
    break_glass: Snapshot[BreakGlassWindow | None],
    box: Callable[[], SecretBox],
    policies: Snapshot[tuple[Policy, ...]],
    limiter: SecretLimiter,
    seal: Callable[[], AuditSeal],
    anchor_file: Callable[[], Path | None],
    egress_pool: EgressPool,
) -> ChildSpec:
    async def start_challenges() -> Any:
        totp_secret = partial(secret_in_force, config)
        return await ChallengeActor(database, totp_secret, tasks=tasks, limiter=limiter).start(name=CHALLENGES_NAME)

    async def start_break_glass() -> Any:
        return await BreakGlassActor(database, box(), break_glass).start(name=BREAK_GLASS_NAME)

    async def start_pruner() -> Any:
        return await AuditPruner(database, seal()).start(name="alexclaw.security.audit_pruner")

    async def start_anchor() -> Any:
        return await AuditAnchor(database, seal(), anchor_file()).start(name=AUDIT_ANCHOR_NAME)

    async def start_refusals() -> Any:
        return await RefusalTally(database).start(name=REFUSALS_NAME)

    async def start_phrase_watch() -> Any:
        return await PhraseWatch(config, settings_topic).start(name=PHRASE_WATCH_NAME)

    async def start_policy_cache() -> Any:
        return await PolicyCache(database, policies).start(name=POLICY_CACHE_NAME)

    async def start_egress_pool() -> Any:
        return await EgressPoolKeeper(egress_pool).start(name=EGRESS_POOL_NAME)

    children = [
        ChildSpec("egress_pool", start_egress_pool, info="kept-alive egress connections: idle closed, all at stop"),
        ChildSpec("policy_cache", start_policy_cache, info="policies snapshot, NOTIFY + 30 s TTL"),
        ChildSpec("challenges", start_challenges, info="pending 2FA challenges, 120 s, 5 attempts"),
        ChildSpec("break_glass", start_break_glass, info="shield break-glass windows, retroactive scan"),
        ChildSpec("audit_pruner", start_pruner, info="daily: audit rows older than 30 days, chain kept"),
        ChildSpec("audit_anchor", start_anchor, info="audit head sealed outside the table: boot, 5 min, stop"),
        ChildSpec("refusals", start_refusals, info="flooding refusals: one audit row per source per minute"),
        ChildSpec("phrase_watch", start_phrase_watch, info="the operator's injection phrases, kept in force"),
    ]
    # Independent pieces; a crash of one loses only its in-memory state.
    # 5 in 30 s: what can fail is a bug in one of them (a crash), not the
    # database — each init that reads it waits with backoff (up to 30 s), and
    # their handlers keep their state and retry later — so a database outage
    # costs at most one failed start per child per 30 s. Five real crashes in
    # 30 s mean a broken piece: give up, and the root (3/10 s) decides.
    return Supervisor.child_spec("security", children, strategy=Strategy.ONE_FOR_ONE, intensity=5, period=30.0)
