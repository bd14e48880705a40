"""The SkillAPI's ``llm`` permission over the node's guarded model: a skill
declaring it gets a shielded answer from the fake providers over HTTP, a
skill without it is denied (audited) before anything is sent, a blocked
prompt sends nothing and comes back to the skill as the refusal, and a
workflow step's tier and provider are the call's defaults. The
``conversational`` core skill sends the identity prompt, the turns it is
given and the message, and says which refusal it met."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

import pytest

from actors import Snapshot
from alexclaw.invoke import AuditedInvocations, Invoker
from alexclaw.security import Authorizer, CapabilityTokens, Policy, PolicyEngine
from alexclaw.wiring import AuthorizerAdapter, LlmBackend, TokensAdapter
from skills import (
    ORIGIN_WORKFLOW,
    Backends,
    Invocation,
    InvokeStatus,
    ModelRefused,
    Registered,
    SkillAPI,
    SkillArgs,
    SkillCaller,
    SkillOutcome,
    SkillRegistry,
    Skills,
)
from skills.builtin import Conversational
from tests.alexclaw.llm.conftest import World
from tests.alexclaw.llm.test_guarded import JAILBREAK

KEY = "skill-llm-test-" + "k" * 40
IDENTITY = "You are the test agent."


class Asker:
    """Asks the model its input; a refusal is its error branch, with the kind."""

    name: ClassVar[str] = "asker"
    description: ClassVar[str] = "asks a model"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm"})
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        api: SkillAPI = args.api
        try:
            return SkillOutcome({"answer": await api.llm(str(args.input), **dict(args.config))})
        except ModelRefused as refused:
            return SkillOutcome({"error": refused.message, "kind": refused.kind}, "on_error")


class Mute(Asker):
    name: ClassVar[str] = "mute"
    permissions: ClassVar[frozenset[str]] = frozenset({"web_read"})


@dataclass
class Node:
    invoker: Invoker
    world: World

    async def step(
        self, skill: str, prompt: str, *, step_tier: str | None = None, step_provider: str | None = None, **asks: Any
    ) -> Invocation:
        """A workflow step running ``skill`` with the step's model choice;
        ``asks``: what the skill itself passes to ``llm``."""
        caller = SkillCaller("workflow:daily", ORIGIN_WORKFLOW, "7")
        return await self.invoker.invoke(
            caller, skill, prompt, config=asks, llm_tier=step_tier, llm_provider=step_provider
        )


@pytest.fixture
async def node(world: World) -> AsyncIterator[Node]:
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot(MappingProxyType({}))
    registry = await SkillRegistry(snapshot).start()
    skills = Skills(snapshot, registry)
    await skills.register(Asker())
    await skills.register(Mute())
    await skills.register(Conversational())
    tokens = CapabilityTokens(KEY)
    policies: tuple[Policy, ...] = ()
    invoker = Invoker(
        skills, AuthorizerAdapter(Authorizer(PolicyEngine(lambda: policies, tokens), world.database)),
        TokensAdapter(tokens), lambda skill, output: output, AuditedInvocations(world.database),
        backends=Backends(llm=LlmBackend(world.model, lambda: IDENTITY)),
    )  # fmt: skip
    yield Node(invoker, world)
    await registry.stop()


async def rows(world: World, query: str) -> list[dict[str, Any]]:
    async with world.database.pool().acquire() as conn:
        return [dict(r) for r in await conn.fetch(query)]


async def test_a_skill_with_the_llm_permission_gets_a_shielded_answer(node: Node) -> None:
    await node.world.add(node.world.provider("p"))
    invocation = await node.step("asker", "What is the capital of France?", system="Answer briefly.")
    assert invocation.status is InvokeStatus.RAN
    assert invocation.outcome.result == {"answer": "echo: What is the capital of France?"}
    (seen,) = node.world.fake.seen
    assert "Answer briefly." in str(seen.body)


async def test_a_skill_without_the_llm_permission_is_denied_audited_and_nothing_is_sent(node: Node) -> None:
    await node.world.add(node.world.provider("p"))
    invocation = await node.step("mute", "hello")
    assert invocation.status is InvokeStatus.CRASHED  # PermissionDenied is not the skill's to catch
    assert "PermissionDenied: token does not grant llm" in str(invocation.outcome.result)
    assert node.world.fake.seen == []
    denied = await rows(node.world, "SELECT actor, target FROM audit_log WHERE action = 'authz.deny'")
    assert denied == [{"actor": "mute", "target": "llm"}]


async def test_a_blocked_prompt_sends_nothing_and_the_skill_gets_the_refusal_naming_who_asked(node: Node) -> None:
    await node.world.add(node.world.provider("p"))
    invocation = await node.step("asker", JAILBREAK)
    assert invocation.outcome.branch == "on_error"
    assert invocation.outcome.result["kind"] == "shield"
    assert "blocked this prompt" in invocation.outcome.result["error"]
    assert node.world.fake.seen == []
    events = await rows(node.world, "SELECT direction, source FROM shield_events")
    assert events == [{"direction": "prompt", "source": "skill:asker run:7"}]


async def test_a_bad_request_or_no_provider_comes_back_to_the_skill_as_a_refusal(node: Node) -> None:
    invocation = await node.step("asker", "hello", max_tokens=0)
    assert invocation.outcome.result["kind"] == "invalid"
    invocation = await node.step("asker", "hello")  # no provider configured at all
    assert invocation.outcome.result["kind"] == "no_provider"


async def test_a_steps_tier_reaches_the_router(node: Node) -> None:
    world = node.world
    await world.add(world.provider("fast", tier="light", model="light-model"))
    await world.add(world.provider("deep", tier="heavy", model="heavy-model"))
    await node.step("asker", "think hard", step_tier="heavy")
    await node.step("asker", "quick one", step_tier="light")
    assert [seen.body["model"] for seen in world.fake.seen] == ["heavy-model", "light-model"]


async def test_a_steps_provider_is_the_default_and_the_skills_own_choice_wins(node: Node) -> None:
    world = node.world
    await world.add(world.provider("fast", tier="light", model="light-model"))
    await world.add(world.provider("deep", tier="heavy", model="heavy-model"))
    await node.step("asker", "one", step_provider="deep")
    await node.step("asker", "two", step_tier="light", step_provider="deep")  # the named provider is the choice
    await node.step("asker", "three", step_provider="deep", tier="light")  # the skill's own choice wins
    assert [seen.body["model"] for seen in world.fake.seen] == ["heavy-model", "heavy-model", "light-model"]
    refused = await node.step("asker", "four", step_provider="banana")
    assert refused.outcome.result["kind"] == "no_provider" and "banana" in refused.outcome.result["error"]


async def chat(node: Node, message: Any, **choice: Any) -> Invocation:
    return await node.invoker.invoke(SkillCaller("telegram:42", "chat"), "conversational", message, **choice)


async def test_the_conversational_skill_sends_the_identity_prompt_the_turns_and_the_message(node: Node) -> None:
    await node.world.add(node.world.provider("p"))
    history = [{"role": "user", "content": "I am Ann."}, {"role": "assistant", "content": "Hello Ann."}]
    invocation = await chat(node, {"message": "Who am I?", "history": history})
    assert invocation.outcome.branch == "on_success"
    assert invocation.outcome.result == {
        "answer": "echo: Who am I?", "provider": "p", "model": "openai_compatible-model", "verdict": "ALLOW",
        "reason": "score 0",
    }  # fmt: skip
    (seen,) = node.world.fake.seen
    assert [(m["role"], m["content"]) for m in seen.body["messages"]] == [
        ("system", IDENTITY),
        ("user", "I am Ann."),
        ("assistant", "Hello Ann."),
        ("user", "Who am I?"),
    ]


async def test_the_conversational_skill_says_which_refusal_it_met(node: Node) -> None:
    world = node.world
    assert (await chat(node, "hello")).outcome.result["kind"] == "no_provider"
    await world.add(world.provider("p", daily_limit=1))
    assert (await chat(node, "one")).outcome.branch == "on_success"
    limited = (await chat(node, "two")).outcome.result
    assert limited["kind"] == "limits" and "daily limits reached" in limited["error"]
    await world.add(world.provider("q", priority=1))
    blocked = (await chat(node, JAILBREAK)).outcome
    assert blocked.branch == "on_error" and blocked.result["kind"] == "shield"
    assert "verdict BLOCK" in blocked.result["error"]
    bad_inputs: list[Any] = [
        {"history": []},
        {"message": "hi", "history": [{"role": "system", "content": "x"}]},
        "  ",
        42,
    ]
    for bad in bad_inputs:
        refused = (await chat(node, bad)).outcome
        assert refused.branch == "on_error" and refused.result["kind"] == "invalid", bad
    assert len(world.fake.seen) == 1
