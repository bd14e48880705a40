"""LLM layer benchmarks (BENCH lines; the baseline in the same run).

A whole ``Node`` on a fresh embedded PostgreSQL (durable, the production
default) with one provider row pointing at the fake OpenAI-compatible
provider of the tests (``tests.fake_providers``: real HTTP on 127.0.0.1,
the real wire format, answering "echo: <last user text>"), granted the
private address as an operator's local server would be.

- round trip of a 2 KB prompt of ordinary prose (ALLOW both ways), median
  and p99: the node's guarded model call (``node.state.llm.complete``:
  credential redaction, the shield on the prompt, the router reading the
  provider and usage snapshots, the egress guard with the key injected at
  its edge, the wire format parsed, the usage written through to the
  database, the shield on the answer, redaction) versus the bare client: an
  ``httpx.AsyncClient`` with keep-alive posting the same request to the same
  provider and reading the answer. Interleaved in chunks, ours then bare.
  The egress client alone (``ProviderClient.complete``, no router, shield
  or usage) is reported too, to show where the time goes.
- time to the first streamed token, median, against a provider streaming
  10 chunks 20 ms apart (as the issue measured): ours through
  ``node.state.llm.stream`` (the incremental screen) versus the bare client
  reading the SSE stream itself; also the whole streamed answer, both ways.

The fake, the clients and the node share one process and one event loop:
the figures include the fake's own request handling and no network latency.
"""

from __future__ import annotations

import json
import logging
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)
from _spent import percentile  # noqa: E402

from alexclaw import Node, Settings  # noqa: E402
from alexclaw.llm import (  # noqa: E402
    Answer,
    ChatRequest,
    Delta,
    Guarded,
    add_provider,
    build_provider,
    reload_providers,
)
from alexclaw.security import SecretBox  # noqa: E402
from tests.fake_providers import FakeProviders, Script  # noqa: E402

KEY_BASE = "bench-llm-key-" + "b" * 40
PROVIDER_KEY = "bench-provider-key-" + "k" * 30
WARMUP = 30
SAMPLES = 300
CHUNK = 50
STREAM_SAMPLES = 30
PACE = 0.020
SENTENCES = (
    "The garden behind the old library gets the morning sun and stays cool in the afternoon.",
    "We planted tomatoes, basil and a row of beans along the south fence last spring.",
    "Could you suggest a watering schedule that works for a dry summer with occasional storms?",
    "The soil is mostly clay, so it holds water well but cracks when it dries out completely.",
)


def prose(size: int) -> str:
    text = ""
    n = 0
    while len(text) < size:
        text += SENTENCES[n % len(SENTENCES)] + " "
        n += 1
    return text.strip()


def request_body(text: str, *, stream: bool) -> dict[str, object]:
    body: dict[str, object] = {"model": "fake-model", "messages": [{"role": "user", "content": text}]}
    body["max_tokens"] = 1024
    if stream:
        body |= {"stream": True, "stream_options": {"include_usage": True}}
    return body


async def timed(call: Callable[[], Awaitable[None]], count: int) -> list[float]:
    spent = []
    for _ in range(count):
        t0 = time.perf_counter()
        await call()
        spent.append(time.perf_counter() - t0)
    return spent


async def run(dsn: str, data_dir: Path) -> None:
    settings = Settings(
        secret_key_base=KEY_BASE, admin_password="not used", database_url=dsn, data_dir=data_dir, http_port=0
    )
    async with FakeProviders() as fake:
        node = Node(settings)
        await node.start()
        try:
            await bench(node, fake)
        finally:
            await node.stop()


async def bench(node: Node, fake: FakeProviders) -> None:
    base = fake.base("openai_compatible")
    provider = build_provider(
        "bench", kind="openai_compatible", model="fake-model", tier="medium", base_url=base, allow_private=True,
        key_cipher=SecretBox(KEY_BASE).encrypt(PROVIDER_KEY),
    )  # fmt: skip
    async with node.state.database.pool().acquire() as conn:
        await add_provider(conn, provider, actor="bench")
    await reload_providers()
    model = node.state.llm
    assert model is not None
    text = prose(2 * 1024)
    expect = f"echo: {text}"
    prompt = ChatRequest.prompt(text)
    headers = {"Authorization": f"Bearer {PROVIDER_KEY}"}

    async with httpx.AsyncClient(headers=headers, timeout=30) as bare:

        async def direct() -> None:
            reply = await bare.post(f"{base}/chat/completions", json=request_body(text, stream=False))
            if reply.json()["choices"][0]["message"]["content"] != expect:
                raise RuntimeError("the bare call got an unexpected answer")

        async def ours() -> None:
            result = await model.complete(prompt, source="bench")
            if not isinstance(result, Guarded) or result.answer.text != expect:
                raise RuntimeError(f"the guarded call did not answer: {result}")

        client = model.router.client

        async def egress_only() -> None:
            result = await client.complete(node.state.llm_providers.read()[0], prompt)
            if not isinstance(result, Answer):
                raise RuntimeError(f"the egress call did not answer: {result}")

        for call in (direct, ours, egress_only):
            await timed(call, WARMUP)
        mine: list[float] = []
        base_times: list[float] = []
        for _ in range(SAMPLES // CHUNK):
            mine += await timed(ours, CHUNK)
            base_times += await timed(direct, CHUNK)
        egress_times = await timed(egress_only, SAMPLES // 3)
        m, b = statistics.median(mine) * 1000, statistics.median(base_times) * 1000
        m99, b99 = percentile(mine, 99) * 1000, percentile(base_times, 99) * 1000
        what = "bare httpx client to the same fake provider"
        line("llm_guarded_call_median", m, "ms", m / b, f"{what}, 2 KB prompt, median")
        line("llm_guarded_call_p99", m99, "ms", m99 / b99, f"{what}, 2 KB prompt, p99")
        line("llm_bare_call_median", b, "ms")
        line("llm_bare_call_p99", b99, "ms")
        line("llm_guarded_added_ms_median", m - b, "ms")
        e = statistics.median(egress_times) * 1000
        line("llm_egress_client_only_median", e, "ms", e / b, f"{what}, 2 KB prompt, median")

        words = [f"word{n} " for n in range(10)]
        fake.default = Script(deltas=words, pace=PACE)
        short = "Tell me ten words."

        async def direct_stream() -> tuple[float, float]:
            t0 = time.perf_counter()
            first = 0.0
            async with bare.stream("POST", f"{base}/chat/completions", json=request_body(short, stream=True)) as r:
                async for raw in r.aiter_lines():
                    if raw.startswith("data: {") and not first:
                        chunk = json.loads(raw[6:])
                        if chunk.get("choices") and chunk["choices"][0]["delta"].get("content"):
                            first = time.perf_counter() - t0
            return first, time.perf_counter() - t0

        async def our_stream() -> tuple[float, float]:
            t0 = time.perf_counter()
            first = 0.0
            async for event in model.stream(ChatRequest.prompt(short), source="bench"):
                if isinstance(event, Delta) and not first:
                    first = time.perf_counter() - t0
            return first, time.perf_counter() - t0

        for stream_call in (direct_stream, our_stream):
            await stream_call()
        ours_first, ours_all, bare_first, bare_all = [], [], [], []
        for _ in range(STREAM_SAMPLES):
            f, a = await our_stream()
            ours_first.append(f)
            ours_all.append(a)
            f, a = await direct_stream()
            bare_first.append(f)
            bare_all.append(a)
        of, bf = statistics.median(ours_first) * 1000, statistics.median(bare_first) * 1000
        oa, ba = statistics.median(ours_all) * 1000, statistics.median(bare_all) * 1000
        streamed = f"bare client reading the same stream (10 chunks {PACE * 1000:.0f} ms apart), median"
        line("llm_time_to_first_token_median", of, "ms", of / bf, streamed)
        line("llm_bare_time_to_first_token_median", bf, "ms")
        line("llm_first_token_added_ms_median", of - bf, "ms")
        line("llm_streamed_answer_median", oa, "ms", oa / ba, streamed)
        line("llm_bare_streamed_answer_median", ba, "ms")


def main() -> None:
    on_embedded_postgres(run, log_level=logging.ERROR)


if __name__ == "__main__":
    main()
