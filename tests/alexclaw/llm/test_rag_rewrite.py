"""The RAG helper's query rewriting through the guarded model call (real
HTTP to the fake providers): the question goes out as untrusted data, the
rewrite is searched and cached (no second call), and a refused rewrite
keeps the question as asked."""

from __future__ import annotations

import pytest

from alexclaw.memory import InlineEmbedder, LocalModel, Rag, RewriteCache
from alexclaw.wiring import LlmRewriter
from tests.alexclaw.llm.conftest import World
from tests.fake_providers import Script


@pytest.fixture(scope="session")
def local_model() -> LocalModel:
    model = LocalModel()
    model.load()
    return model


def rag(world: World, local_model: LocalModel, cache: RewriteCache) -> Rag:
    return Rag(world.database, InlineEmbedder(local_model), LlmRewriter(world.model), cache=cache)


async def test_a_rewrite_is_searched_cached_and_asked_with_the_question_as_untrusted_data(
    world: World, local_model: LocalModel
) -> None:
    await world.add(world.provider("p", tier="light"))
    world.fake.script(Script(deltas=["solar panel orientation"]))
    now = [0.0]
    helper = rag(world, local_model, RewriteCache(ttl=60.0, clock=lambda: now[0]))
    first = await helper.context("which way should my roof modules point?", rewrite=True, source="skill:research")
    assert (first.query, first.rewritten) == ("solar panel orientation", True)
    (sent,) = world.fake.seen
    question = sent.body["messages"][-1]["content"]
    assert question.startswith("<<<UNTRUSTED_CONTENT source=question>>>") and "roof modules" in question
    again = await helper.context("Which way should my roof modules point?", rewrite=True)
    assert (again.query, len(world.fake.seen)) == ("solar panel orientation", 1)  # from the cache
    now[0] = 60.0
    world.fake.script(Script(deltas=["photovoltaic azimuth"]))
    expired = await helper.context("which way should my roof modules point?", rewrite=True)
    assert (expired.query, len(world.fake.seen)) == ("photovoltaic azimuth", 2)


async def test_a_failed_rewrite_keeps_the_question_as_asked_and_is_not_cached(
    world: World, local_model: LocalModel
) -> None:
    await world.add(world.provider("p", tier="light"))
    world.fake.script(Script(400))
    cache = RewriteCache()
    found = await rag(world, local_model, cache).context("where is the spare key", rewrite=True)
    assert (found.query, found.rewritten, len(cache)) == ("where is the spare key", False, 0)
    no_rewrite = await rag(world, local_model, cache).context("where is the spare key")
    assert len(world.fake.seen) == 1 and no_rewrite.rewritten is False  # rewrite=False asks no model
