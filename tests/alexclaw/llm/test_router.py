"""The router's table: tier and priority, daily limits, tier -> local
fallback, all at limit, fallback only on transient errors, local model
discipline and the context-window check."""

from __future__ import annotations

import asyncio

from alexclaw.llm import Answer, ChatRequest, Refusal
from tests.alexclaw.llm.conftest import World
from tests.fake_providers import Script

PROMPT = ChatRequest.prompt("route me")


async def used(world: World) -> list[str]:
    return [seen.body.get("model", seen.path) for seen in world.fake.seen]


async def test_the_tiers_provider_with_the_lowest_priority_answers(world: World) -> None:
    await world.add(
        world.provider("second", priority=20, model="m2"),
        world.provider("first", priority=10, model="m1"),
        world.provider("heavy", tier="heavy", priority=1, model="m3"),
    )
    answer = await world.router.complete(PROMPT)
    assert isinstance(answer, Answer) and answer.provider == "first"
    heavy = await world.router.complete(PROMPT, tier="heavy")
    assert isinstance(heavy, Answer) and heavy.provider == "heavy"


async def test_a_named_provider_is_the_only_one_asked(world: World) -> None:
    await world.add(world.provider("a", priority=1), world.provider("b", priority=2))
    answer = await world.router.complete(PROMPT, provider="b")
    assert isinstance(answer, Answer) and answer.provider == "b"
    assert await world.router.complete(PROMPT, provider="nope") == Refusal("no_provider", "no provider named 'nope'")


async def test_a_provider_at_its_daily_limit_is_skipped(world: World) -> None:
    await world.add(world.provider("capped", priority=1, daily_limit=1), world.provider("spare", priority=2))
    first = await world.router.complete(PROMPT)
    second = await world.router.complete(PROMPT)
    assert isinstance(first, Answer) and first.provider == "capped"
    assert isinstance(second, Answer) and second.provider == "spare"


async def test_when_every_candidate_is_at_its_limit_the_call_says_so_and_sends_nothing(world: World) -> None:
    await world.add(world.provider("only", daily_limit=1), world.provider("local", "ollama", tier="local", key=""))
    assert isinstance(await world.router.complete(PROMPT), Answer)
    refused = await world.router.complete(PROMPT)
    assert refused == Refusal("limits", "daily limits reached: only (1 calls)")  # no silent fallback to local
    assert len(world.fake.seen) == 1


async def test_a_tier_without_providers_falls_back_to_local(world: World) -> None:
    await world.add(world.provider("box", "ollama", tier="local", key=""))
    answer = await world.router.complete(PROMPT, tier="light")
    assert isinstance(answer, Answer) and answer.provider == "box"


async def test_no_provider_at_all_is_a_clear_refusal(world: World) -> None:
    refused = await world.router.complete(PROMPT)
    assert isinstance(refused, Refusal) and refused.kind == "no_provider"
    assert "no provider is configured for tier medium" in refused.message


async def test_a_transient_error_moves_on_and_the_answer_names_who_answered(world: World) -> None:
    await world.add(world.provider("flaky", priority=1), world.provider("steady", "anthropic", priority=2))
    world.fake.script(Script(500), Script(500), Script(500))
    answer = await world.router.complete(PROMPT)
    assert isinstance(answer, Answer) and answer.provider == "steady"


async def test_when_every_provider_fails_the_refusal_lists_each_failure(world: World) -> None:
    await world.add(world.provider("a", priority=1), world.provider("b", "gemini", priority=2))
    world.fake.script(*[Script(503)] * 6)
    refused = await world.router.complete(PROMPT)
    assert isinstance(refused, Refusal) and refused.kind == "provider"
    assert refused.failures == ("a: HTTP 503: fake error 503", "b: HTTP 503: fake error 503")


async def test_a_4xx_is_the_answer_and_no_other_provider_is_asked(world: World) -> None:
    await world.add(world.provider("strict", priority=1), world.provider("other", priority=2))
    world.fake.script(Script(400))
    refused = await world.router.complete(PROMPT)
    assert isinstance(refused, Refusal) and refused.kind == "refused" and "HTTP 400" in refused.message
    assert len(world.fake.seen) == 1


async def test_a_local_model_takes_one_call_at_a_time_and_a_second_is_told_busy(world: World) -> None:
    await world.add(world.provider("box", "ollama", tier="local", key=""))
    release = asyncio.Event()
    world.fake.script(Script(wait=release))
    first = asyncio.ensure_future(world.router.complete(PROMPT, tier="local"))
    await world.fake.arrived.wait()  # the first call has reached the model
    second = await world.router.complete(PROMPT, tier="local")
    assert isinstance(second, Refusal) and second.kind == "busy" and "box" in second.message
    release.set()
    assert isinstance(await first, Answer)
    assert len(world.fake.seen) == 1


async def test_a_failing_local_model_does_not_fall_back_to_another_local_one(world: World) -> None:
    await world.add(
        world.provider("box1", "ollama", tier="local", key="", priority=1),
        world.provider("box2", "ollama", tier="local", key="", priority=2),
    )
    world.fake.script(*[Script(500)] * 3)
    refused = await world.router.complete(PROMPT, tier="local")
    assert isinstance(refused, Refusal) and refused.kind == "provider"
    assert len(world.fake.seen) == 3  # box1 and its retries; box2 never asked
    assert any("no local-to-local fallback" in f for f in refused.failures)


async def test_a_prompt_over_the_context_window_is_refused_before_the_call(world: World) -> None:
    await world.add(world.provider("small", context_window=2_000))
    refused = await world.router.complete(ChatRequest.prompt("word " * 3_000, max_tokens=500))
    assert isinstance(refused, Refusal) and refused.kind == "context"
    assert "context window of 2000 tokens" in refused.message
    assert world.fake.seen == []


async def test_a_stream_falls_back_only_before_anything_was_delivered(world: World) -> None:
    await world.add(world.provider("a", priority=1), world.provider("b", priority=2))
    world.fake.script(*[Script(502)] * 3)
    items = [item async for item in world.router.stream(PROMPT)]
    assert isinstance(items[-1], Answer) and items[-1].provider == "b"
    world.fake.script(Script(deltas=["partial"], stop_early=True))
    items = [item async for item in world.router.stream(PROMPT)]
    assert items[0] == "partial"
    last = items[-1]
    assert isinstance(last, Refusal) and "broke off" in last.message
