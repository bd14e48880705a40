"""The SkillAPI wired to the real authorizer (policies, capability tokens,
audit on deny) on a real database."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import asyncpg
import pytest

from actors import Snapshot
from alexclaw.config import ConfigHandle
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.security import Authorizer, CapabilityTokens, EgressClient, EgressDenied, Policy, PolicyEngine
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import AuthorizerAdapter, ConfigAdapter, TokensAdapter, WebAdapter
from skills import (
    CallerState,
    PermissionDenied,
    Registered,
    SkillAPI,
    SkillAPIUnavailable,
    SkillArgs,
    SkillOutcome,
    SkillRegistry,
    Skills,
)
from tests.alexclaw.security.conftest import database  # noqa: F401  (the shared fixture)

KEY = "skillapi-test-" + "s" * 40


class Reader:
    name: ClassVar[str] = "reader"
    description: ClassVar[str] = "reads config"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"config_read"})
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        api: SkillAPI = args.api
        return SkillOutcome({"depth": api.caller.chain_depth, "value": await api.config_read("telegram.api_base_url")})


class Writer(Reader):
    name: ClassVar[str] = "writer"
    permissions: ClassVar[frozenset[str]] = frozenset({"memory_write"})

    async def run(self, args: SkillArgs) -> SkillOutcome:
        api: SkillAPI = args.api
        await api.config_read("x.y")  # not declared by writer: refused inside the chain
        return SkillOutcome("unreachable")


@pytest.fixture
async def setup(database: DatabaseHandle) -> Any:  # noqa: F811
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    registry = await SkillRegistry(snapshot).start()
    skills = Skills(snapshot, registry)
    await skills.register(Reader())
    await skills.register(Writer())
    tokens = CapabilityTokens(KEY)
    policies: tuple[Policy, ...] = ()
    authorizer = AuthorizerAdapter(Authorizer(PolicyEngine(lambda: policies, tokens), database))
    config = ConfigAdapter(ConfigHandle())
    invoker = Invoker(
        skills, authorizer, TokensAdapter(tokens), lambda skill, output: output, AuditedInvocations(database),
        config=config,
    )  # fmt: skip
    yield invoker, authorizer, TokensAdapter(tokens), config
    await registry.stop()


def api_for(setup: Any, declared: set[str], *, depth: int = 0, token_perms: set[str] | None = None) -> SkillAPI:
    invoker, authorizer, tokens, config = setup
    token = tokens.mint(token_perms if token_perms is not None else declared, ttl_seconds=60, max_depth=3)
    caller = CallerState("caller_skill", frozenset(declared), chain_depth=depth, token=token, run_id="run-1")
    return SkillAPI(caller, authorizer, invoker, config=config)


async def test_a_declared_permission_with_a_token_is_allowed(setup: Any) -> None:
    assert await api_for(setup, {"config_read"}).config_read("no.such_key") is None


async def test_an_undeclared_permission_is_denied_and_audited(setup: Any, database_url: str) -> None:
    with pytest.raises(PermissionDenied, match="did not declare config_read"):
        await api_for(setup, {"web_read"}, token_perms={"web_read", "config_read"}).config_read("a.b")
    conn = await asyncpg.connect(database_url)
    row = await conn.fetchrow("SELECT actor, action, target FROM audit_log WHERE action = 'authz.deny'")
    await conn.close()
    assert row is not None and (row["actor"], row["target"]) == ("caller_skill", "config_read")


async def test_a_token_without_the_permission_is_denied_even_if_declared(setup: Any) -> None:
    with pytest.raises(PermissionDenied, match="token does not grant"):
        await api_for(setup, {"config_read"}, token_perms={"llm"}).config_read("a.b")


async def test_a_function_without_a_backend_says_so_after_the_permission_check(setup: Any) -> None:
    with pytest.raises(SkillAPIUnavailable, match="memory_read"):
        await api_for(setup, {"memory_read"}).memory_read("q")
    with pytest.raises(PermissionDenied):
        await api_for(setup, {"llm"}).memory_read("q")


async def test_web_read_is_authorized_first_then_limited_to_the_callers_declared_endpoints(setup: Any) -> None:
    declared: dict[str, tuple[str, ...]] = {"caller_skill": ()}
    refusing_resolver = lambda host, port: pytest.fail("nothing may be resolved")  # noqa: E731
    web = WebAdapter(
        EgressClient(lambda name: None, resolver=refusing_resolver), declared.get, max_text_bytes=lambda: 1024
    )
    api = api_for(setup, {"web_read"})
    api.web = web
    with pytest.raises(EgressDenied, match="caller_skill declares no egress endpoints"):
        await api.web_read("https://example.com/")
    denied = api_for(setup, {"config_read"})
    denied.web = web
    with pytest.raises(PermissionDenied):
        await denied.web_read("https://example.com/")


async def test_run_skill_goes_one_level_deeper_with_a_narrowed_token_and_restores_depth(setup: Any) -> None:
    api = api_for(setup, {"skill_invoke", "config_read"})
    outcome = await api.run_skill("reader", SkillArgs())
    assert outcome.result["depth"] == 1
    assert api.caller.chain_depth == 0  # ours is untouched


async def test_the_target_acts_only_with_its_own_permissions(setup: Any) -> None:
    api = api_for(setup, {"skill_invoke", "config_read", "memory_write"})
    with pytest.raises(PermissionDenied):
        await api.run_skill("writer", SkillArgs())


async def test_run_skill_needs_skill_invoke_and_stops_at_the_depth_cap(setup: Any) -> None:
    with pytest.raises(PermissionDenied):
        await api_for(setup, {"config_read"}).run_skill("reader", SkillArgs())
    with pytest.raises(PermissionDenied, match="chain depth 4"):
        await api_for(setup, {"skill_invoke", "config_read"}, depth=3).run_skill("reader", SkillArgs())


def test_the_config_port_never_hands_out_a_secret() -> None:
    from datetime import UTC, datetime

    from alexclaw.config import Setting, ValueType

    handle = ConfigHandle()
    now = datetime.now(UTC)
    handle.publish(
        MappingProxyType(
            {
                "a.token": Setting(
                    "a.token", "secret-value-123", "secret-value-123", ValueType.STRING, "a", "", True, now
                ),
                "a.plain": Setting("a.plain", 5, "5", ValueType.INTEGER, "a", "", False, now),
            }
        )
    )
    adapter = ConfigAdapter(handle)
    assert adapter.read("a.token") == "********-123" and adapter.read("a.plain") == 5
