"""Each provider's embeddings API, over real HTTP to the fake providers,
through the egress guard: the wire format, where the key goes, retries,
daily limits, and garbage answers (HTML, wrong counts, wrong dimensions)
as clear errors."""

from __future__ import annotations

import math

import pytest

from alexclaw.llm import CallError, Embeddings, ProviderEmbeddings
from tests.alexclaw.llm.conftest import World
from tests.fake_providers import Script, fake_vector

KINDS = ["openai_compatible", "gemini", "ollama"]
KEY = "sk-test-" + "x" * 30


def embeddings(world: World) -> ProviderEmbeddings:
    async def record(name: str, tokens_in: int, tokens_out: int) -> None:
        await world.router.record(name, tokens_in, tokens_out)

    return ProviderEmbeddings(world.providers.read, world.usage.read, record, world.router.client, world.clock)


def unit(vector: list[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector]


@pytest.mark.parametrize("kind", KINDS)
async def test_each_format_returns_one_unit_vector_per_text_in_order(world: World, kind: str) -> None:
    await world.add(world.provider("p", kind, key=KEY))
    result = await embeddings(world).embed("p", "embed-model", ["first text", "second text"])
    assert isinstance(result, Embeddings) and (result.provider, result.model) == ("p", "embed-model")
    for got, text in zip(result.vectors, ["first text", "second text"], strict=True):
        assert got == pytest.approx(unit(fake_vector(text, 8)))
    (seen,) = world.fake.seen
    assert (
        seen.path
        == {
            "openai_compatible": "/v1/embeddings",
            "gemini": "/v1beta/models/embed-model:batchEmbedContents",
            "ollama": "/api/embed",
        }[kind]
    )


async def test_the_request_bodies_are_each_apis_own(world: World) -> None:
    await world.add(*(world.provider(kind.split("_")[0], kind, key=KEY) for kind in KINDS))
    for name in ("openai", "gemini", "ollama"):
        assert isinstance(await embeddings(world).embed(name, "m", ["hi"], dimensions=4), Embeddings)
    sent = {seen.format: seen for seen in world.fake.seen}
    assert sent["openai"].body == {"model": "m", "input": ["hi"], "encoding_format": "float", "dimensions": 4}
    assert sent["gemini"].body == {
        "requests": [{"model": "models/m", "content": {"parts": [{"text": "hi"}]}, "outputDimensionality": 4}]
    }
    assert sent["ollama"].body == {"model": "m", "input": ["hi"], "dimensions": 4}


async def test_the_key_is_injected_at_the_edge_and_gemini_keeps_it_out_of_the_url(world: World) -> None:
    await world.add(*(world.provider(kind.split("_")[0], kind, key=KEY) for kind in KINDS))
    for name in ("openai", "gemini", "ollama"):
        await embeddings(world).embed(name, "m", ["hi"])
    sent = {seen.format: seen for seen in world.fake.seen}
    assert sent["openai"].headers["Authorization"] == f"Bearer {KEY}"
    assert sent["ollama"].headers["Authorization"] == f"Bearer {KEY}"
    assert sent["gemini"].headers["X-Goog-Api-Key"] == KEY and "Authorization" not in sent["gemini"].headers
    assert KEY not in sent["gemini"].path + sent["gemini"].query


async def test_a_credential_in_a_text_is_redacted_before_it_leaves(world: World) -> None:
    await world.add(world.provider("p", key=KEY))
    leaked = "ghp_" + "a1B2" * 9
    result = await embeddings(world).embed("p", "m", [f"the token is {leaked}"])
    assert isinstance(result, Embeddings)
    assert leaked not in str(world.fake.seen[0].body)


async def test_anthropic_has_no_embeddings_and_nothing_is_sent(world: World) -> None:
    await world.add(world.provider("a", "anthropic", key=KEY))
    result = await embeddings(world).embed("a", "m", ["hi"])
    assert isinstance(result, CallError) and not result.transient
    assert "no embeddings API" in result.message and world.fake.seen == []


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"<!doctype html><h1>Bad gateway</h1>", "an HTML page"),
        (b'{"data": [{"index": 0, "embedding": [0.1, 0.2', "not JSON"),
        (b'{"object": "list"}', "no data list"),
        (b'{"data": []}', "0 vectors for 2 texts"),
        (b'{"data": [{"index": 0, "embedding": [1, 2]}, {"index": 1, "embedding": [1, 2, 3]}]}', "different dim"),
        (b'{"data": [{"index": 0, "embedding": ["a"]}, {"index": 1, "embedding": [1]}]}', "not a list of numbers"),
        (b'{"data": [{"index": 0, "embedding": [0, 0]}, {"index": 1, "embedding": [1, 2]}]}', "zero"),
    ],
)
async def test_a_garbage_answer_is_a_clear_error(world: World, raw: bytes, said: str) -> None:
    await world.add(world.provider("p", key=KEY))
    world.fake.script(Script(raw=raw))
    result = await embeddings(world).embed("p", "m", ["one", "two"])
    assert isinstance(result, CallError) and said in result.message, result


@pytest.mark.parametrize("kind", KINDS)
async def test_vectors_of_another_dimension_than_asked_are_refused(world: World, kind: str) -> None:
    await world.add(world.provider("p", kind, key=KEY))
    honoured = await embeddings(world).embed("p", "m", ["hi"], dimensions=6)
    assert isinstance(honoured, Embeddings) and len(honoured.vectors[0]) == 6
    world.fake.script(Script(raw=_answer_of(kind, 5)))  # a server that did not shorten its vectors
    result = await embeddings(world).embed("p", "m", ["hi"], dimensions=6)
    assert isinstance(result, CallError) and "5 dimensions; 6 were asked for" in result.message


def _answer_of(kind: str, size: int) -> bytes:
    vector = ", ".join(["0.5"] * size)
    return {
        "openai_compatible": f'{{"data": [{{"index": 0, "embedding": [{vector}]}}]}}',
        "gemini": f'{{"embeddings": [{{"values": [{vector}]}}]}}',
        "ollama": f'{{"embeddings": [[{vector}]]}}',
    }[kind].encode()


async def test_a_429_is_retried_and_a_lasting_500_is_a_transient_error(world: World) -> None:
    await world.add(world.provider("p", key=KEY))
    world.fake.script(Script(429, {"Retry-After": "2"}))
    assert isinstance(await embeddings(world).embed("p", "m", ["hi"]), Embeddings)
    assert world.sleeps == [2.0]
    world.fake.script(Script(500), Script(500), Script(500))
    result = await embeddings(world).embed("p", "m", ["hi"])
    assert result == CallError("p", "HTTP 500: fake error 500", transient=True, status=500)


async def test_a_call_counts_against_the_providers_daily_limit(world: World) -> None:
    await world.add(world.provider("p", key=KEY, daily_limit=1))
    assert isinstance(await embeddings(world).embed("p", "m", ["hi"]), Embeddings)
    await world.written()
    refused = await embeddings(world).embed("p", "m", ["again"])
    assert isinstance(refused, CallError) and "daily limit reached" in refused.message
    assert len(world.fake.seen) == 1


async def test_an_unknown_or_disabled_provider_is_refused_without_a_call(world: World) -> None:
    await world.add(world.provider("off", key=KEY, enabled=False))
    unknown = await embeddings(world).embed("nobody", "m", ["hi"])
    disabled = await embeddings(world).embed("off", "m", ["hi"])
    assert isinstance(unknown, CallError) and "no provider named 'nobody'" in unknown.message
    assert isinstance(disabled, CallError) and "disabled" in disabled.message
    assert world.fake.seen == []
