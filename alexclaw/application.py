"""THE root supervision tree (DESIGN §4). Only this module assembles the
subtrees, in start order; each subtree's ``tree.py`` owns its children.

    alexclaw          one_for_one: subsystems fail independently
    ├── tasks         TaskSupervisor for fire-and-forget work
    ├── storage       embedded PostgreSQL → pool + migrations (rest_for_one)
    ├── config        settings snapshot, encrypted secrets, LISTEN/NOTIFY
    ├── security      policy cache, 2FA challenges, break-glass, audit pruner/anchor
    ├── llm           provider table (seeded from llm.*_api_key), usage per UTC day
    ├── memory        local embedding model, embedding throttle, expiry pruner
    ├── google        Google token manager (refresh 5 minutes before expiry)
    ├── skills        registry (a circuit breaker per skill), sandboxes (dynamic skills' workers)
    ├── workflows     run manager, runs (one process per run), scheduler
    ├── cluster       membership, links, listener, dialers (IGNORE without CLUSTER_COOKIE)
    ├── backups       backup.schedule (cron, UTC) → a sealed backup into backup.dir
    ├── announcer     node events → words for the operator's chats
    ├── dynamic_skills  boot check of the loaded dynamic skills (containment, checks, SHA-256)
    ├── gateways      telegram (IGNORE unless configured), settings watcher
    ├── control       the local control socket: the CLI asks the running node
    └── web           Hypercorn — LAST, so it serves a fully started node

What the subtrees act
through is wired before any of them starts (``alexclaw.services``): a
``Node`` is complete when constructed, its tree only brings actors up.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import secrets
import time
from pathlib import Path
from typing import Any

from actors import Process
from alexclaw._subtrees import (
    announcer_child,
    backups_child,
    cluster_subtree,
    dynamic_skills_child,
    gateways_subtree,
    google_child,
    llm_subtree,
    log_buffer_child,
    memory_subtree,
    security_subtree,
    skills_subtree,
    workflows_subtree,
)
from alexclaw.config import config_spec
from alexclaw.control import control_spec
from alexclaw.dispatcher import Dispatcher
from alexclaw.logs import install_redaction, remember_secrets
from alexclaw.mcp import mcp_spec
from alexclaw.reasoning import ReasoningDesk, reasoning_spec
from alexclaw.secret_store import secret_store_spec
from alexclaw.services import Services, build_services
from alexclaw.settings import Settings
from alexclaw.storage import storage_spec
from alexclaw.web import WebState, web_spec
from supervisors import ChildSpec, Strategy, Supervisor, TaskSupervisor, render_spec

log = logging.getLogger("alexclaw")

ROOT_NAME = "alexclaw"
TASKS_NAME = "alexclaw.tasks"
STOP_TIMEOUT = 10.0


class Node:
    """One node: its settings, the services every way in acts through, the
    state only the web layer holds, and the root tree that runs them."""

    def __init__(
        self,
        settings: Settings,
        *,
        loopback_grants: frozenset[str] = frozenset(),
        reasoning: ReasoningDesk | None = None,  # a desk given in code (the UI tests'); else the node's own
    ) -> None:
        self.settings = settings
        self.services: Services = build_services(
            settings, root_name=ROOT_NAME, loopback_grants=loopback_grants, reasoning=reasoning
        )
        self.state = WebState.of(self.services, settings)
        # Who may reach loopback addresses through the egress guard (e.g.
        # {"telegram"} for a Bot API server on this machine, or the tests'
        # fake one): a grant made in code by whoever builds the node.
        self.loopback_grants = loopback_grants
        self._root: Process | None = None

    @property
    def dispatcher(self) -> Dispatcher:
        """The command dispatcher every chat gateway hands its messages to."""
        return self.services.dispatcher

    def root_spec(self) -> ChildSpec:
        """The declared tree, in start order; nothing starts until ``start``."""
        s = self.services
        children = [
            # Temporary tasks are never restarted: this intensity bounds crashes of the supervisor itself.
            TaskSupervisor.child_spec("tasks", name=TASKS_NAME, intensity=10, period=10.0),
            # Second: the Logs page keeps the boot's own records too.
            log_buffer_child(s),
            # First: everything after it reads or writes the database.
            storage_spec(self._settings, s.database),
            # The Vault token manager (IGNORE without VAULT_ADDR), before config opens secrets through it.
            secret_store_spec(self._settings),
            # Before anyone reads a setting: its init publishes the first snapshot.
            config_spec(self._settings, s.database, s.config),
            # Policies, challenges and the audit writer, before a skill or a page asks for a decision.
            security_subtree(s, self.settings, tasks=TASKS_NAME),
            # The providers and today's usage, before a skill or a chat asks a model.
            llm_subtree(s, self.settings),
            # The local embedding model and the throttle, before the skills and runs that remember.
            memory_subtree(s, tasks=TASKS_NAME),
            # The Google tokens, before a skill, a page or a chat asks for one.
            google_child(s),
            # The registry before workflows: a run resolves its steps' skills in it.
            skills_subtree(s),
            # Runs and the scheduler, once skills and policies answer.
            workflows_subtree(s),
            # Reasoning sessions, once skills, policies and the model answer (recovery first: none left running).
            reasoning_spec(s.reasoning_sessions.ports),
            # Links to the other nodes, once runs can be started for them (a peer's dispatch starts one).
            cluster_subtree(s),
            # The nightly backup, once the database and the settings answer.
            backups_child(s),
            # Before the gateways: it turns the node's events into words for them.
            announcer_child(s),
            # After the registry and the database, before the chats: its skips are announced (and kept on the
            # Skills page), and no chat command reaches a dynamic skill before its file is checked.
            dynamic_skills_child(s),
            # Chats come in only once everything a command reaches is up.
            gateways_subtree(s, loopback_grants=self.loopback_grants),
            # The CLI's way into the running node, as late as a chat.
            control_spec(
                self._data_dir,
                s.database,
                runs=lambda: s.runs,
                node_name=lambda: s.node_name,
                cluster_status=s.cluster.status,
            ),
            # MCP's events (tools/list_changed, runs its callers wait for), before /mcp is served.
            mcp_spec(self.state.mcp),
            # LAST: a page or a probe is served only by a fully started node.
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

    def _settings(self) -> Settings:
        return self.settings

    def _data_dir(self) -> Path:
        return self.settings.data_dir

    async def start(self) -> Process:
        """Start the whole tree; returns when every child's init is done."""
        # No secret in any log line, whoever set up logging (the CLI, a test, an embedder).
        install_redaction()
        remember_secrets(self.settings.secrets)
        root = await self.root_spec().start()
        assert isinstance(root, Process)
        self._root = root
        self.services.root.mark_serving(True)
        # What boot created lives as long as the node: move it out of the
        # collector's reach so later full collections stay short.
        gc.collect()
        gc.freeze()
        took = time.monotonic() - self.services.booted_at
        log.info("node started in %.2fs", took, extra={"event": "node.started"})
        return root

    async def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Ordered shutdown (reverse start order), bounded by ``timeout``."""
        self.services.root.mark_serving(False)
        if self._root is not None and self._root.alive:
            await self._root.stop(timeout=timeout)


def declared_tree() -> str:
    """What ``alexclaw tree`` prints; docs/architecture.md must match it.
    Drawn from a node wired with a throwaway key: nothing starts."""
    return render_spec(Node(Settings(secret_key_base=secrets.token_urlsafe(48))).root_spec())


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
