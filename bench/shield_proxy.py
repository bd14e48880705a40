"""Shield proxy benchmarks (BENCH lines; the baseline in the same run).

A whole ``Node`` (the full supervision tree) on a fresh embedded PostgreSQL,
its shield proxy (``POST /v1/chat/completions``) pointed at a fake
OpenAI-compatible provider (``tests.fake_llm``: real HTTP on 127.0.0.1, the
OpenAI wire format, answering "echo: <last user text>") through the run-time
``shield.proxy_*`` settings, as the tests do. The client is an
``httpx.AsyncClient`` with keep-alive, one per side.

- round trip of a typical chat request (about 2 KB of ordinary prose as the
  user message, verdict ALLOW both ways), median and p99: client → node
  (bearer key check and the per-IP block lookup in the database, body
  checks, credential redaction, the shield on the prompt) → egress guard →
  fake provider → node (the shield on the answer, leak redaction) → client.
  Baseline: the same request posted directly to the fake provider's own
  ``/v1/chat/completions``, what a client pointed at its provider pays.
  Interleaved in chunks, ours then bare: the machine is shared and noisy.
- the same with about 32 KB of prose, median: the shield and the leak scans
  are proportional to the text, and the echo makes the answer as long as the
  prompt, so both directions are scanned at that size.

Where the proxy's time goes, per request of the 2 KB run (means, timed in
place by wrapping the methods on their classes for the run): the key check,
the shield (both directions), the upstream call as a whole, and within it
the HTTP exchange; what the upstream call spends outside the exchange is
the egress client's own per-request setup and checks.

Every proxied answer is checked: status 200, content "echo: …", and the
``X-AlexClaw-Shield`` header saying ``prompt=ALLOW`` (the figures would mean
nothing if the request were refused or took a slower path).

The embedded PostgreSQL runs durable (fsync on, the production default);
an ALLOW verdict writes nothing, the key check reads the block table once.
The fake provider, the client and the node share one process and one event
loop: the figures include the fake's own request handling and no network
latency (a hosted provider is tens to hundreds of ms away, and takes seconds
to generate an answer), so the ratio is an upper bound of what a client sees.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)
from _spent import Spent, percentile  # noqa: E402

from actors import whereis  # noqa: E402
from alexclaw import Node, Settings  # noqa: E402
from alexclaw.security import EgressClient, ShieldGuard  # noqa: E402
from alexclaw.web import WEB_NAME, WebEndpoint  # noqa: E402
from alexclaw.web.machine import ShieldProxy  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402

NODE = "bench-node"
PROXY_KEY = "bench-proxy-key-" + "p" * 30
UPSTREAM_KEY = "bench-upstream-key-" + "u" * 30
DIRECT_KEY = "bench-direct-key-" + "d" * 30  # the fake checks no key; this one tells the bare requests apart
MODEL = "fake-model"
WARMUP = 30
SAMPLES = 300
CHUNK = 50  # samples per turn, ours and bare alternating
LARGE_SAMPLES = 100
LARGE_CHUNK = 25
TYPICAL_BYTES = 2 * 1024
LARGE_BYTES = 32 * 1024

# Ordinary prose, nothing the shield or the leak scan should flag.
SENTENCES = (
    "The garden behind the old library gets the morning sun and stays cool in the afternoon.",
    "We planted tomatoes, basil and a row of beans along the south fence last spring.",
    "Could you suggest a watering schedule that works for a dry summer with occasional storms?",
    "The soil is mostly clay, so it holds water well but cracks when it dries out completely.",
    "My neighbour recommends mulching with straw, while the nursery suggests wood chips instead.",
    "I would also like to know which vegetables grow well together and which ones to keep apart.",
    "Last year the courgettes took over half the bed and shaded the peppers for most of July.",
    "Please keep the answer practical, with a short list of steps for each month of the season.",
)


def prose(size: int) -> str:
    words: list[str] = []
    length = 0
    i = 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        words.append(sentence)
        length += len(sentence) + 1
        i += 1
    return " ".join(words)


def chat_body(text: str) -> dict[str, Any]:
    return {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": "You are a helpful gardening assistant. Answer briefly."},
            {"role": "user", "content": text},
        ],
        "temperature": 0.2,
    }


# The proxy's steps timed in place: key check, shield, egress call, HTTP exchange.
PROXY_STEPS: tuple[tuple[type, str], ...] = (
    (ShieldProxy, "refuse_unauthorised"), (ShieldGuard, "check"),
    (EgressClient, "request"), (EgressClient, "_send"),
)  # fmt: skip


class Side:
    """One endpoint and the keep-alive client posting to it."""

    def __init__(self, client: httpx.AsyncClient, url: str, *, proxied: bool) -> None:
        self.client = client
        self.url = url
        self.proxied = proxied

    async def trip(self, body: dict[str, Any], expect: str) -> float:
        t0 = time.perf_counter()
        answer = await self.client.post(self.url, json=body)
        elapsed = time.perf_counter() - t0
        if answer.status_code != 200:
            raise RuntimeError(f"{self.url} answered {answer.status_code}: {answer.text[:500]}")
        content = answer.json()["choices"][0]["message"]["content"]
        if not isinstance(content, str) or not content.startswith("echo: ") or content != expect:
            raise RuntimeError(f"{self.url} answered an unexpected content: {str(content)[:200]!r}")
        if self.proxied:
            verdict = answer.headers.get("X-AlexClaw-Shield", "")
            if not verdict.startswith("prompt=ALLOW") or "response=ALLOW" not in verdict:
                raise RuntimeError(f"the shield did not allow the benchmark request: {verdict!r}")
        return elapsed


async def warm(ours: Side, bare: Side, text: str, count: int) -> None:
    body, expect = chat_body(text), f"echo: {text}"
    for _ in range(count):
        await ours.trip(body, expect)
        await bare.trip(body, expect)


async def interleaved(
    ours: Side, bare: Side, text: str, *, samples: int, chunk: int
) -> tuple[list[float], list[float]]:
    body, expect = chat_body(text), f"echo: {text}"
    mine: list[float] = []
    base: list[float] = []
    for _ in range(samples // chunk):
        mine += [await ours.trip(body, expect) for _ in range(chunk)]
        base += [await bare.trip(body, expect) for _ in range(chunk)]
    return mine, base


async def bench(ours: Side, bare: Side, llm: FakeLLM) -> None:
    typical, large = prose(TYPICAL_BYTES), prose(LARGE_BYTES)
    before = len(llm.received)
    await warm(ours, bare, typical, WARMUP)
    with Spent(PROXY_STEPS) as spent:  # the bare side never enters these methods
        mine, base = await interleaved(ours, bare, typical, samples=SAMPLES, chunk=CHUNK)
    n = SAMPLES
    if spent.calls["request"] != n or spent.calls["check"] != 2 * n:
        raise RuntimeError(f"unexpected calls in the proxy: {dict(spent.calls)}")
    what = "direct call to the same fake provider"
    m, b = statistics.median(mine) * 1000, statistics.median(base) * 1000
    m99, b99 = percentile(mine, 99) * 1000, percentile(base, 99) * 1000
    kb = len(typical.encode()) / 1024
    line("shield_proxy_round_trip_median", m, "ms", m / b, f"{what}, {kb:.1f} KB prompt, median")
    line("shield_proxy_round_trip_p99", m99, "ms", m99 / b99, f"{what}, {kb:.1f} KB prompt, p99")
    line("direct_provider_round_trip_median", b, "ms")
    line("direct_provider_round_trip_p99", b99, "ms")
    line("shield_proxy_added_ms_median", m - b, "ms")
    # Where a proxied request's time goes (ms per request, in situ, means).
    mean = statistics.fmean(mine) * 1000
    line("shield_proxy_round_trip_mean", mean, "ms")
    line("shield_proxy_in_key_check_mean", spent.ms("refuse_unauthorised", per=n), "ms")
    line("shield_proxy_in_shield_both_directions_mean", spent.ms("check", per=n), "ms")
    line("shield_proxy_in_upstream_call_mean", spent.ms("request", per=n), "ms")
    line("shield_proxy_in_upstream_http_exchange_mean", spent.ms("_send", per=n), "ms")
    line("shield_proxy_in_egress_setup_mean", spent.ms("request", per=n) - spent.ms("_send", per=n), "ms")

    await warm(ours, bare, large, WARMUP // 3)
    big_mine, big_base = await interleaved(ours, bare, large, samples=LARGE_SAMPLES, chunk=LARGE_CHUNK)
    bm, bb = statistics.median(big_mine) * 1000, statistics.median(big_base) * 1000
    kb = len(large.encode()) / 1024
    line("shield_proxy_round_trip_32k_median", bm, "ms", bm / bb, f"{what}, {kb:.1f} KB prompt, median")
    line("direct_provider_round_trip_32k_median", bb, "ms")
    line("shield_proxy_added_ms_32k_median", bm - bb, "ms")

    # Every request reached the fake once: the proxy forwarded each one, the
    # upstream key injected, the client's kept back.
    calls = 2 * (WARMUP + SAMPLES) + 2 * (WARMUP // 3 + LARGE_SAMPLES)
    received = llm.received[before:]
    if len(received) != calls:
        raise RuntimeError(f"the fake provider received {len(received)} requests, expected {calls}")
    forwarded = [r for r in received if r.headers.get("Authorization") == f"Bearer {UPSTREAM_KEY}"]
    if len(forwarded) != calls // 2:
        raise RuntimeError(f"{len(forwarded)} requests came through the proxy, expected {calls // 2}")


async def run(dsn: str, data_dir: Path) -> None:
    settings = Settings(
        secret_key_base="bench-shield-proxy-key-" + "b" * 40,
        admin_password="bench password not used",
        database_url=dsn,
        data_dir=data_dir,
        http_port=0,
        node_name=NODE,
    )
    async with FakeLLM() as llm:
        node = Node(settings)
        await node.start()
        try:
            values = {
                "shield.proxy_api_key": PROXY_KEY,
                "shield.proxy_upstream_url": llm.base_url,
                "shield.proxy_upstream_api_key": UPSTREAM_KEY,
            }
            for key, value in values.items():
                await node.state.config.set(key, value, actor="bench")
            web = whereis(WEB_NAME)
            assert isinstance(web, WebEndpoint)
            timeout = httpx.Timeout(30.0)
            async with (
                httpx.AsyncClient(headers={"Authorization": f"Bearer {PROXY_KEY}"}, timeout=timeout) as proxied,
                httpx.AsyncClient(headers={"Authorization": f"Bearer {DIRECT_KEY}"}, timeout=timeout) as direct,
            ):
                ours = Side(proxied, f"{web.url}/v1/chat/completions", proxied=True)
                bare = Side(direct, f"{llm.base_url}/chat/completions", proxied=False)
                await bench(ours, bare, llm)
        finally:
            await node.stop()


def main() -> None:
    on_embedded_postgres(run, log_level=logging.ERROR)


if __name__ == "__main__":
    main()
