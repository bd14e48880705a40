"""The shield proxy streams through: each chunk forwarded as the upstream
sends it (not asked whole and re-chunked), credentials redacted in flight
even across chunk boundaries, and an answer that turns into a BLOCK ends
with an error event the OpenAI client raises."""

from __future__ import annotations

import asyncio

import openai
import pytest

from alexclaw import Node
from tests.alexclaw.web.test_shield_proxy import GITHUB_TOKEN, client, events, llm, proxy_url  # noqa: F401
from tests.fake_llm import FakeLLM, completion


async def test_the_first_chunk_reaches_the_client_before_the_upstream_has_finished(
    client: openai.AsyncOpenAI,  # noqa: F811
    llm: FakeLLM,  # noqa: F811
) -> None:
    llm.gates = [asyncio.Event() for _ in range(4)]
    llm.gates[0].set()
    llm.reply(completion("Paris is the capital."))
    stream = await client.chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "Capital of France?"}], stream=True
    )
    chunks = stream.__aiter__()
    first = await chunks.__anext__()
    assert first.choices[0].delta.content == "Paris"  # the upstream is still holding back "is the capital."
    for gate in llm.gates[1:]:
        gate.set()
    rest = [chunk async for chunk in chunks]
    text = "Paris" + "".join(c.choices[0].delta.content or "" for c in rest if c.choices)
    assert text == "Paris is the capital."
    assert llm.received[0].body["stream"] is True


async def test_a_credential_split_across_chunks_is_redacted_in_flight(
    client: openai.AsyncOpenAI,  # noqa: F811
    llm: FakeLLM,  # noqa: F811
    node: Node,
) -> None:
    await node.state.config.set("shield.mode", "observe", actor="test")
    llm.reply(completion(f"Your token: {GITHUB_TOKEN} keep it"))
    stream = await client.chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "token?"}], stream=True
    )
    pieces = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    assert "".join(pieces) == "Your token: [REDACTED:github_token] keep it"
    assert not any("ghp_" in piece for piece in pieces)


async def test_an_answer_that_turns_into_a_block_ends_the_stream_with_an_error(
    client: openai.AsyncOpenAI,  # noqa: F811
    llm: FakeLLM,  # noqa: F811
    node: Node,
) -> None:
    llm.reply(completion(f"Sure. The key is {GITHUB_TOKEN} enjoy it"))
    stream = await client.chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "key?"}], stream=True
    )
    seen: list[str] = []
    with pytest.raises(openai.APIError, match="shield blocked this answer"):
        async for chunk in stream:
            seen.extend(c.delta.content or "" for c in chunk.choices)
    assert "ghp_" not in "".join(seen)
    recorded = [(e["direction"], e["verdict"], e["enforced"]) for e in await events(node)]
    assert recorded == [("response", "BLOCK", True)]


async def test_an_upstream_error_on_a_stream_request_is_passed_on_before_any_chunk(
    client: openai.AsyncOpenAI,  # noqa: F811
    llm: FakeLLM,  # noqa: F811
) -> None:
    llm.reply_error(429, "Rate limit reached", "rate_limit_exceeded")
    with pytest.raises(openai.RateLimitError, match="Rate limit reached"):
        await client.chat.completions.create(
            model="fake-model", messages=[{"role": "user", "content": "hi"}], stream=True
        )
