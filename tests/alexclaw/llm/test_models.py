"""The models each kind's API lists, through the egress guard with the key
injected at the edge; an answer of another shape is a clear error."""

from __future__ import annotations

import pytest

from alexclaw.llm import CallError, ModelList, Refusal, list_models
from tests.alexclaw.llm.conftest import World
from tests.fake_providers import Script

KEY = "sk-test-" + "m" * 30
KINDS = ["openai_compatible", "anthropic", "gemini", "ollama"]
# Where each kind's list is asked for, and where its key goes.
ASKED = {
    "openai_compatible": ("/v1/models", "authorization", f"Bearer {KEY}"),
    "anthropic": ("/v1/models", "x-api-key", KEY),
    "gemini": ("/v1beta/models", "x-goog-api-key", KEY),
    "ollama": ("/api/tags", "authorization", f"Bearer {KEY}"),
}


@pytest.mark.parametrize("kind", KINDS)
async def test_each_kind_lists_its_models_with_the_key_injected_at_the_edge(world: World, kind: str) -> None:
    provider = world.provider("p", kind, key=KEY)
    await world.add(provider)
    listed = await world.router.models("p")
    assert listed == ModelList("p", ("fake-alpha", "fake-beta"))
    (seen,) = world.fake.seen
    path, header, value = ASKED[kind]
    headers = {k.lower(): v for k, v in seen.headers.items()}
    assert seen.path == path and headers[header] == value
    assert KEY not in seen.query  # never in the URL (Gemini's included)
    if kind == "anthropic":
        assert headers["anthropic-version"] == "2023-06-01"


@pytest.mark.parametrize(
    ("script", "said"),
    [
        (Script(raw=b"<!doctype html><h1>Bad gateway</h1>"), "the model list is an HTML page"),
        (Script(raw=b'{"data": [{"id": "a"'), "the model list is not JSON"),
        (Script(raw=b'{"data": "everything"}'), "the model list has no list of models"),
        (Script(raw=b'{"data": [{"name": "no id"}]}'), "the model list has a model without a 'id'"),
        (Script(raw=b"[1, 2]"), "the model list is not a JSON object"),
        (Script(status=401), "HTTP 401: fake error 401"),
    ],
)
async def test_a_garbage_or_refused_list_is_a_clear_error(world: World, script: Script, said: str) -> None:
    await world.add(world.provider("p", key=KEY))
    world.fake.script(script)
    listed = await world.router.models("p")
    assert isinstance(listed, CallError) and listed.message.startswith(said), listed


async def test_a_disabled_provider_still_lists_and_an_unknown_one_is_a_refusal(world: World) -> None:
    await world.add(world.provider("off", "ollama", key="", enabled=False))
    assert await world.router.models("off") == ModelList("off", ("fake-alpha", "fake-beta"))
    unknown = await world.router.models("ghost")
    assert isinstance(unknown, Refusal) and unknown.kind == "no_provider"


async def test_a_long_list_is_one_page_and_says_there_is_more(world: World) -> None:
    provider = world.provider("g", "gemini", key=KEY)
    await world.add(provider)
    world.fake.script(Script(raw=b'{"models": [{"name": "models/b"}, {"name": "models/a"}], "nextPageToken": "x"}'))
    listed = await list_models(world.router.client.egress, provider)
    assert listed == ModelList("g", ("a", "b"), more=True)
    assert world.fake.seen[0].query == "pageSize=1000"
