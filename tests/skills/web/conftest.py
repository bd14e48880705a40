"""The network skills on a real small node: the database, the config actor,
the registry with the web skills as core skills, and ``invoke`` with the
real authorizer, the output sanitizer and the SkillAPI's web port over the
real egress client — against the fake web (tests/fake_web.py) on
127.0.0.1. Loopback (and plain http there) is the test's explicit grant to
these skills, as the application would grant a local tool."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import pytest

from actors import Process, Snapshot
from alexclaw.config import ConfigActor, ConfigHandle
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.memory import EMBEDDER_NAME, LocalModel, WorkerEmbedder
from alexclaw.security import Authorizer, CapabilityTokens, EgressClient, Policy, PolicyEngine, SecretBox
from alexclaw.storage import Database, DatabaseHandle
from alexclaw.web import WebEndpoint
from alexclaw.wiring import (
    AuthorizerAdapter,
    ConfigAdapter,
    MemoryBackend,
    ResourcesBackend,
    TokensAdapter,
    WebAdapter,
    credential_target,
    output_sanitizer,
    resource_credentials,
)
from skills import ORIGIN_WORKFLOW, Backends, Invocation, Registered, SkillCaller, SkillRegistry, Skills
from skills.web import WEB_SKILLS
from supervisors import ChildSpec, Supervisor
from tests.fake_web import FakeWeb, fake_web

KEY = "web-skills-test-" + "w" * 40
TIMEOUT = 1.0  # the egress client's time limit here: the endless page never answers within it


@dataclass
class Node:
    invoker: Invoker
    database: DatabaseHandle
    config: ConfigHandle
    web: FakeWeb
    base: str  # http://127.0.0.1:PORT

    async def step(
        self, skill: str, input: Any = None, *, resources: tuple[Mapping[str, Any], ...] = (), **config: Any
    ) -> Invocation:
        """A workflow step running ``skill`` with ``config``."""
        caller = SkillCaller("workflow:watch", ORIGIN_WORKFLOW, "11")
        return await self.invoker.invoke(caller, skill, input, config=config, resources=resources, timeout=30)

    async def set(self, key: str, value: str) -> None:
        await self.config.set(key, value, actor="test")

    def feed(self, name: str, path: str) -> dict[str, Any]:
        return {"name": name, "type": "rss_feed", "url": self.base + path, "metadata": {}, "role": "input"}


async def _start(url: str, database: DatabaseHandle, config: ConfigHandle) -> Process:
    async def dsn() -> str:
        return url

    async def start_db() -> Any:
        return await Database(dsn, database, max_size=4).start()

    async def start_config() -> Any:
        started = await ConfigActor(database, config, SecretBox(KEY), {}).start()
        config.target = started
        return started

    supervisor: Process = await Supervisor([ChildSpec("db", start_db), ChildSpec("config", start_config)]).start()
    return supervisor


@pytest.fixture
async def node(database_url: str) -> AsyncIterator[Node]:
    database, config = DatabaseHandle(), ConfigHandle()
    supervisor = await _start(database_url, database, config)
    state = FakeWeb()
    endpoint = await WebEndpoint(fake_web(state), "127.0.0.1", 0, graceful_timeout=0.5).start()
    state.base = f"http://127.0.0.1:{endpoint.port}"
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    registry = await SkillRegistry(snapshot, WEB_SKILLS).start()
    skills = Skills(snapshot, registry)
    tokens = CapabilityTokens(KEY)
    policies: tuple[Policy, ...] = ()
    egress = EgressClient(lambda name: config.get(name) or None, timeout=TIMEOUT)
    web = WebAdapter(
        egress,
        lambda name: r.meta.egress if (r := skills.get(name)) else None,
        max_text_bytes=lambda: 10_240,
        loopback_skills=frozenset(s.name for s in WEB_SKILLS),
        core=lambda name: bool((r := skills.get(name)) and r.meta.core),
        credential_target=credential_target(config),
        resource_credential=resource_credentials(database, SecretBox(KEY)),
    )
    memory = MemoryBackend(database, WorkerEmbedder(EMBEDDER_NAME, LocalModel()))
    invoker = Invoker(
        skills, AuthorizerAdapter(Authorizer(PolicyEngine(lambda: policies, tokens), database)),
        TokensAdapter(tokens), output_sanitizer(lambda: [m.name for m in skills.all()], lambda: 10_240),
        AuditedInvocations(database), config=ConfigAdapter(config), web=web,
        backends=Backends(memory_read=memory, memory_write=memory, resources_read=ResourcesBackend(database)),
    )  # fmt: skip
    yield Node(invoker, database, config, state, state.base)
    state.release.set()
    await registry.stop()
    await endpoint.stop()
    await supervisor.stop()
