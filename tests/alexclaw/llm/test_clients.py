"""Each provider's real wire format, over real HTTP to the fake providers,
through the egress guard: complete and streamed answers, where the key
goes, retries on 429/5xx honouring Retry-After, and garbage answers as
clear errors."""

from __future__ import annotations

import asyncio

import pytest

from alexclaw.llm import Answer, CallError, ChatRequest
from tests.alexclaw.llm.conftest import World
from tests.fake_providers import Script

KINDS = ["openai_compatible", "anthropic", "gemini", "ollama"]
KEY = "sk-test-" + "x" * 30


async def streamed(world: World, name: str, text: str = "hello there") -> list[object]:
    provider = next(p for p in world.providers.read() if p.name == name)
    return [item async for item in world.router.client.stream(provider, ChatRequest.prompt(text))]


@pytest.mark.parametrize("kind", KINDS)
async def test_each_format_answers_a_prompt_with_its_token_counts(world: World, kind: str) -> None:
    await world.add(world.provider("p", kind, key=KEY))
    (provider,) = world.providers.read()
    answer = await world.router.client.complete(provider, ChatRequest.prompt("hello there", system="Be brief."))
    assert answer == Answer("echo: hello there", "p", f"{kind}-model", 11, 7)
    (seen,) = world.fake.seen
    assert "stream" not in seen.body or seen.body["stream"] is False


@pytest.mark.parametrize("kind", KINDS)
async def test_each_format_streams_deltas_then_the_whole_answer(world: World, kind: str) -> None:
    await world.add(world.provider("p", kind, key=KEY))
    items = await streamed(world, "p")
    assert items[:-1] == ["echo:", " hello", " there"]
    assert items[-1] == Answer("echo: hello there", "p", f"{kind}-model", 11, 7)


async def test_the_key_goes_where_each_api_wants_it_and_gemini_keeps_it_out_of_the_url(world: World) -> None:
    await world.add(*(world.provider(kind.split("_")[0], kind, key=KEY) for kind in KINDS))
    for provider in world.providers.read():
        await world.router.client.complete(provider, ChatRequest.prompt("hi"))
    sent = {seen.format: seen for seen in world.fake.seen}
    assert sent["openai"].headers["Authorization"] == f"Bearer {KEY}"
    assert sent["ollama"].headers["Authorization"] == f"Bearer {KEY}"
    assert sent["anthropic"].headers["X-Api-Key"] == KEY and "Authorization" not in sent["anthropic"].headers
    assert sent["anthropic"].headers["Anthropic-Version"] == "2023-06-01"
    assert sent["gemini"].headers["X-Goog-Api-Key"] == KEY
    assert KEY not in sent["gemini"].path + sent["gemini"].query and "key=" not in sent["gemini"].query


async def test_the_system_prompt_goes_in_each_formats_own_place(world: World) -> None:
    await world.add(*(world.provider(kind.split("_")[0], kind) for kind in KINDS))
    for provider in world.providers.read():
        await world.router.client.complete(provider, ChatRequest.prompt("hi", system="Be brief."))
    sent = {seen.format: seen.body for seen in world.fake.seen}
    assert sent["openai"]["messages"][0] == {"role": "system", "content": "Be brief."}
    assert sent["ollama"]["messages"][0] == {"role": "system", "content": "Be brief."}
    assert sent["anthropic"]["system"] == "Be brief." and sent["anthropic"]["max_tokens"] == 1024
    assert sent["gemini"]["systemInstruction"] == {"parts": [{"text": "Be brief."}]}


async def test_a_429_is_retried_after_the_providers_retry_after(world: World) -> None:
    await world.add(world.provider("p"))
    world.fake.script(Script(429, {"Retry-After": "3"}), Script(503))
    answer = await world.router.client.complete(world.providers.read()[0], ChatRequest.prompt("again"))
    assert isinstance(answer, Answer) and answer.text == "echo: again"
    assert world.sleeps == [3.0, 1.0]  # Retry-After honoured, then the backoff's second step
    assert len(world.fake.seen) == 3


async def test_retries_are_bounded_and_the_last_error_is_transient(world: World) -> None:
    await world.add(world.provider("p"))
    world.fake.script(Script(500), Script(500), Script(500), Script(500))
    error = await world.router.client.complete(world.providers.read()[0], ChatRequest.prompt("x"))
    assert error == CallError("p", "HTTP 500: fake error 500", transient=True, status=500)
    assert len(world.fake.seen) == 3 and len(world.sleeps) == 2


async def test_a_retry_after_longer_than_the_cap_is_not_waited_for(world: World) -> None:
    await world.add(world.provider("p"))
    world.fake.script(Script(429, {"Retry-After": "3600"}))
    error = await world.router.client.complete(world.providers.read()[0], ChatRequest.prompt("x"))
    assert isinstance(error, CallError) and error.transient and error.status == 429
    assert world.sleeps == [] and len(world.fake.seen) == 1


async def test_a_4xx_is_the_providers_answer_not_retried(world: World) -> None:
    await world.add(world.provider("p", "anthropic"))
    world.fake.script(Script(400))
    error = await world.router.client.complete(world.providers.read()[0], ChatRequest.prompt("x"))
    assert error == CallError("p", "HTTP 400: fake error 400", transient=False, status=400)
    assert world.sleeps == []


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "an HTML page"),
        (b'{"choices": [{"message": {"content": "trunc', "not JSON"),
        (b'{"object": "list"}', "no text"),
    ],
)
async def test_a_garbage_answer_is_a_clear_error(world: World, raw: bytes, said: str) -> None:
    await world.add(world.provider("p"))
    world.fake.script(Script(raw=raw))
    error = await world.router.client.complete(world.providers.read()[0], ChatRequest.prompt("x"))
    assert isinstance(error, CallError) and error.transient and said in error.message


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_that_stops_before_its_end_is_a_clear_error(world: World, kind: str) -> None:
    await world.add(world.provider("p", kind, key=KEY))
    world.fake.script(Script(deltas=["half an", " answer"], stop_early=True))
    items = await streamed(world, "p")
    assert items[:2] == ["half an", " answer"]
    error = items[-1]
    assert isinstance(error, CallError) and "stopped before the provider finished" in error.message


async def test_a_streamed_429_is_retried_before_anything_is_delivered(world: World) -> None:
    await world.add(world.provider("p"))
    world.fake.script(Script(429, {"Retry-After": "2"}))
    items = await streamed(world, "p", "hi")
    assert items[-1] == Answer("echo: hi", "p", "openai_compatible-model", 11, 7)
    assert world.sleeps == [2.0]


async def test_a_slow_provider_times_out_as_a_transient_error(world: World) -> None:
    await world.add(world.provider("p", timeout_seconds=0.3))
    world.fake.script(Script(wait=asyncio.Event()))  # never set: the answer never comes
    error = await world.router.client.complete(world.providers.read()[0], ChatRequest.prompt("x"))
    assert isinstance(error, CallError) and error.transient and "0.3" in error.message


async def test_a_provider_without_the_private_grant_cannot_reach_loopback(world: World) -> None:
    provider = world.provider("p")
    from dataclasses import replace

    sneaky = replace(provider, allow_private=False)  # a row that somehow skipped validation
    error = await world.router.client.complete(sneaky, ChatRequest.prompt("x"))
    assert isinstance(error, CallError) and not error.transient and "egress guard" in error.message
    assert world.fake.seen == []


def test_a_retry_after_of_digits_float_cannot_read_is_no_retry_after() -> None:
    from alexclaw.llm._client import retry_after

    assert retry_after("3", lambda: 0.0) == 3.0
    assert retry_after("²", lambda: 0.0) is None  # a digit to str.isdigit, not to float
