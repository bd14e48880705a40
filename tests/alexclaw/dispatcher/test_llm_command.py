"""``/llm`` from the operator's chat reads the providers table as it is
now (a provider added behind the node's back included), never a fixed
list."""

from __future__ import annotations

from alexclaw import Node
from alexclaw.llm import add_provider, build_provider, reload_providers
from tests.alexclaw.dispatcher.conftest import say
from tests.fake_telegram import FakeBotAPI


async def test_llm_lists_the_providers_in_the_table_now(node: Node, fake: FakeBotAPI) -> None:
    assert "No model provider is configured" in ((await say(fake, "/llm")).text or "")
    provider = build_provider(
        "studio", kind="ollama", model="llama3", tier="light", base_url="http://192.168.1.20:11434",
        allow_private=True, daily_limit=40,
    )  # fmt: skip
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, provider, actor="cli:test")
    await reload_providers()
    answer = (await say(fake, "/llm")).text or ""
    assert "light:\n  studio: ollama llama3, 0/40 calls, 0 tokens" in answer
    assert "medium: none (no local provider either)" in answer
    assert "/llm — model providers" in ((await say(fake, "/help")).text or "")
