"""The LLM layer inside a whole node: ANTHROPIC_API_KEY becomes the
llm.anthropic_api_key setting and that a provider row at boot; a provider
added behind the node's back (the command line) is in force after the
NOTIFY; the node's own guarded call reaches the provider and is counted;
a workflow step's tier, model and prompt template choose what is asked of
which provider."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from actors import sync
from actors.testing import wait_until
from alexclaw import Node
from alexclaw.llm import (
    USAGE_NAME,
    ChatRequest,
    Guarded,
    add_provider,
    build_provider,
    load_usage,
    reload_providers,
    utc_day,
)
from alexclaw.security import SecretBox
from alexclaw.workflows import Step
from tests.alexclaw.web.conftest import HTML, KEY, login, make_settings
from tests.alexclaw.workflows.test_node_runs import run_workflow
from tests.fake_providers import FakeProviders

ANTHROPIC_KEY = "sk-ant-api03-" + "n" * 90


@pytest.fixture
async def node(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    settings = dataclasses.replace(
        make_settings(database_url, tmp_path), config_seeds={"ANTHROPIC_API_KEY": ANTHROPIC_KEY}
    )
    started = Node(settings)
    await started.start()
    yield started
    await started.stop()


async def test_the_environment_key_becomes_a_provider_at_boot(node: Node) -> None:
    (seeded,) = node.state.llm_providers.read()
    assert (seeded.name, seeded.kind.value, seeded.tier.value) == ("anthropic", "anthropic", "medium")
    assert SecretBox(KEY).decrypt(seeded.key_cipher) == ANTHROPIC_KEY
    assert ANTHROPIC_KEY not in repr(seeded)


async def test_a_provider_added_behind_the_nodes_back_answers_its_guarded_calls(
    node: Node, fake: FakeProviders
) -> None:
    local = build_provider(
        "studio", kind="ollama", model="llama3", tier="light", base_url=fake.base("ollama"), allow_private=True
    )
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, local, actor="cli:test")
    await wait_until(lambda: any(p.name == "studio" for p in node.state.llm_providers.read()), message="NOTIFY")
    assert node.state.llm is not None
    guarded = await node.state.llm.complete(ChatRequest.prompt("hi node"), source="test", tier="light")
    assert isinstance(guarded, Guarded) and guarded.answer.text == "echo: hi node"
    await sync(USAGE_NAME)  # the count is on disk right after the answer
    async with node.state.database.pool().acquire() as conn:
        assert (await load_usage(conn, utc_day(time.time())))["studio"].calls == 1


async def test_todays_usage_and_limits_are_in_the_metrics(node: Node, fake: FakeProviders) -> None:
    local = build_provider(
        "studio", kind="ollama", model="llama3", tier="light", base_url=fake.base("ollama"), allow_private=True,
        daily_limit=40,
    )  # fmt: skip
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, local, actor="cli:test")
    await reload_providers()
    assert node.state.llm is not None
    await node.state.llm.complete(ChatRequest.prompt("count me"), source="test", provider="studio")
    metrics = (await (await node.state.app.test_client().get("/metrics")).get_data()).decode()
    assert 'alexclaw_llm_calls_today{provider="studio"} 1.0' in metrics
    assert 'alexclaw_llm_tokens_today{direction="output",provider="studio"} 7.0' in metrics
    assert 'alexclaw_llm_daily_limit{provider="studio"} 40.0' in metrics
    assert 'alexclaw_llm_calls_today{provider="anthropic"} 0.0' in metrics


async def test_the_dashboard_shows_todays_usage_against_each_limit(node: Node, fake: FakeProviders) -> None:
    local = build_provider(
        "studio", kind="ollama", model="llama3", tier="light", base_url=fake.base("ollama"), allow_private=True,
        daily_limit=40,
    )  # fmt: skip
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, local, actor="cli:test")
    await reload_providers()
    assert node.state.llm is not None
    await node.state.llm.complete(ChatRequest.prompt("count me"), source="test", provider="studio")
    client = node.state.app.test_client()
    await login(client)
    page = await (await client.get("/", headers=HTML)).get_data(as_text=True)
    usage = page.split('id="llm-usage"', 1)[1].split("</div>", 1)[0]
    assert "studio 1/40" in usage and "anthropic 0" in usage


async def test_a_steps_tier_model_and_prompt_template_take_effect_in_a_run(node: Node, fake: FakeProviders) -> None:
    async with node.state.database.pool().acquire() as conn:
        for name, tier in (("quick", "light"), ("deep", "heavy")):
            provider = build_provider(
                name, kind="ollama", model=f"{name}-model", tier=tier, base_url=fake.base("ollama"), allow_private=True
            )
            await add_provider(conn, provider, actor="cli:test")
    await reload_providers()
    run = await run_workflow(
        node,
        Step(0, "template", config={"template": "Paris"}),
        Step(1, "ask_model", llm_tier="heavy", prompt_template="Capital: {input}", input_from=0),
        Step(2, "ask_model", llm_tier="heavy", llm_model="quick", config={"system": "Be terse."}, input_from=0),
    )
    assert (run.status, run.result) == ("completed", "echo: Paris")
    assert [(seen.body["model"], seen.body["messages"][-1]["content"]) for seen in fake.seen] == [
        ("deep-model", "Capital: Paris"),  # the step's tier chose the provider, its template the prompt
        ("quick-model", "Paris"),  # the step's model names the provider, whatever its tier
    ]
    assert "Be terse." in str(fake.seen[1].body)


async def test_the_nodes_model_calls_share_one_kept_alive_connection_closed_when_the_node_stops(
    database_url: str, tmp_path: Path, fake: FakeProviders
) -> None:
    node = Node(make_settings(database_url, tmp_path))
    await node.start()
    try:
        local = build_provider(
            "studio", kind="ollama", model="llama3", tier="light", base_url=fake.base("ollama"), allow_private=True
        )
        async with node.state.database.pool().acquire() as conn:
            await add_provider(conn, local, actor="cli:test")
        await reload_providers()
        assert node.state.llm is not None
        for n in range(3):
            guarded = await node.state.llm.complete(ChatRequest.prompt(f"call {n}"), source="test", tier="light")
            assert isinstance(guarded, Guarded) and guarded.answer.text == f"echo: call {n}"
        stats = node.services.egress_pool.stats()
        assert (stats.open, stats.opened, stats.reused) == (1, 1, 2)
    finally:
        await node.stop()
    assert node.services.egress_pool.stats().open == 0
