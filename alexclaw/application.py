"""THE root supervision tree (DESIGN §4). Only this module assembles the
subtrees, in start order; each subtree's ``tree.py`` owns its children.

    alexclaw          one_for_one: subsystems fail independently
    ├── tasks         TaskSupervisor for fire-and-forget work
    ├── storage       embedded PostgreSQL → pool + migrations (rest_for_one)
    ├── config        settings snapshot, encrypted secrets, LISTEN/NOTIFY
    ├── security      2FA challenges (policy engine, rate limiters later)
    └── web           Hypercorn — LAST, so it serves a fully started node

Later issues insert config, security, llm, skills, workflows, cluster and
gateways between storage and web.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from actors import Process
from alexclaw.config import config_spec
from alexclaw.security import Authorizer, CapabilityTokens, PolicyEngine, SecretBox, ShieldGuard, derive_key
from alexclaw.security.tree import security_spec
from alexclaw.settings import Settings
from alexclaw.storage import storage_spec
from alexclaw.web import NodeState, web_spec
from skills import skills_spec
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
            ),
            skills_spec(
                self.state.skill_snapshot,
                reset_timeout=lambda: float(self.state.config.get("skills.breaker_reset_seconds", 300)),
            ),
            web_spec(self._settings, self.state),
        ]
        # Three restarts of any subsystem within 10 s means something is
        # wrong beyond a transient crash: give up and let the node exit
        # (the container or service manager restarts it, visibly).
        return Supervisor.child_spec(
            ROOT_NAME, children, strategy=Strategy.ONE_FOR_ONE, intensity=3, period=10.0, name=ROOT_NAME
        )

    async def start(self) -> Process:
        """Start the whole tree; returns when every child's init is done."""
        settings = self._settings()
        self.state.admin_password = settings.admin_password
        self.state.cookie_key = derive_key(settings.secret_key_base, "alexclaw web cookie v1")
        self.state.shield = ShieldGuard(
            self.state.database,
            lambda: str(self.state.config.get("shield.mode", "block")),
            SecretBox(settings.secret_key_base),
            self.state.break_glass_window,
            time.time,
        )
        engine = PolicyEngine(self.state.policies.read, CapabilityTokens(settings.secret_key_base))
        self.state.authorizer = Authorizer(engine, self.state.database)
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
