"""Fake LLM providers on 127.0.0.1 speaking the four real wire formats over
real HTTP: OpenAI-compatible ``/v1/chat/completions``, Anthropic
``/v1/messages``, Gemini ``/v1beta/models/{model}:generateContent`` and
``:streamGenerateContent?alt=sse``, Ollama ``/api/chat``, and each
kind's model list: ``GET /v1/models`` (OpenAI's shape, or Anthropic's when
the request carries ``anthropic-version``), ``GET /v1beta/models``
(Gemini), ``GET /api/tags`` (Ollama). One server serves all four (each
provider row points at its base URL).
The embeddings APIs too: OpenAI-compatible ``/v1/embeddings``, Gemini
``:batchEmbedContents``, Ollama ``/api/embed``; a text's fake vector is
``fake_vector(text, dimension)`` (deterministic: the same text, the same
vector), ``embed_dimension`` long unless a request asks for another.

It records every request. By default it answers "echo: <last user text>"
(streamed as the words of that answer, with the real end markers);
scripted ``Script`` entries are served first, in order: an error status
(with ``Retry-After``), a garbage body, a stream that stops early, a slow
answer that waits for an event, or streamed deltas of one's choosing.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal

from quart import Quart, Response, request

from alexclaw.web import WebEndpoint

Json = dict[str, Any]
Format = Literal["openai", "anthropic", "gemini", "ollama"]


@dataclass(frozen=True)
class Seen:
    format: Format
    path: str
    headers: dict[str, str]
    body: Json
    query: str = ""


@dataclass
class Script:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # a body served as is (garbage, an HTML error page)
    deltas: list[str] | None = None  # the answer's pieces (streamed one by one)
    stop_early: bool = False  # a stream that ends without its end marker
    wait: asyncio.Event | None = None  # hold the answer until set (a slow provider)
    gate: list[asyncio.Event] | None = None  # stream: wait on gate[i] before delta i
    pace: float = 0.0  # stream: seconds between deltas (a model generating; benchmarks only)


def _last_user(texts: list[str]) -> str:
    return texts[-1] if texts else ""


class FakeProviders:
    """``async with FakeProviders() as fake:`` then ``fake.base(kind)``."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.scripts: deque[Script] = deque()
        self.arrived = asyncio.Event()  # set by every request
        self.default = Script()  # served when no script is queued
        self.models = ["fake-alpha", "fake-beta"]  # what the list endpoints answer
        self.embed_dimension = 8
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    def base(self, kind: str) -> str:
        url = self._endpoint.url
        return {"openai_compatible": f"{url}/v1", "gemini": f"{url}/v1beta"}.get(kind, url)

    def script(self, *scripts: Script) -> None:
        self.scripts.extend(scripts)

    async def __aenter__(self) -> FakeProviders:
        await self._endpoint.start()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for script in self.scripts:  # nothing stays waiting on a test's event
            if script.wait is not None:
                script.wait.set()
        await self._endpoint.stop()

    async def _serve(self, fmt: Format, body: Json, texts: list[str], stream: bool) -> Response:
        self.seen.append(Seen(fmt, request.path, dict(request.headers), body, request.query_string.decode()))
        self.arrived.set()
        script = self.scripts.popleft() if self.scripts else self.default
        if script.wait is not None:
            await script.wait.wait()
        if script.status != 200 or script.raw is not None:
            raw = script.raw if script.raw is not None else json.dumps(_error(fmt, script.status)).encode()
            kind = "text/html" if raw.lstrip().startswith(b"<") else "application/json"
            return Response(raw, status=script.status, content_type=kind, headers=script.headers)
        deltas = script.deltas if script.deltas is not None else _words(f"echo: {_last_user(texts)}")
        if not stream:
            return Response(json.dumps(_whole(fmt, "".join(deltas))), content_type="application/json")
        events = _events(fmt, deltas, stop_early=script.stop_early)
        kind = "application/x-ndjson" if fmt == "ollama" else "text/event-stream"
        return Response(_paced(events, script.gate, script.pace), content_type=kind)

    async def _list(self, fmt: Format) -> Response:
        self.seen.append(Seen(fmt, request.path, dict(request.headers), {}, request.query_string.decode()))
        self.arrived.set()
        script = self.scripts.popleft() if self.scripts else self.default
        if script.status != 200 or script.raw is not None:
            raw = script.raw if script.raw is not None else json.dumps(_error(fmt, script.status)).encode()
            kind = "text/html" if raw.lstrip().startswith(b"<") else "application/json"
            return Response(raw, status=script.status, content_type=kind, headers=script.headers)
        return Response(json.dumps(_listing(fmt, self.models)), content_type="application/json")

    async def _embed(self, fmt: Format, body: Json, texts: list[str], asked: int) -> Response:
        self.seen.append(Seen(fmt, request.path, dict(request.headers), body, request.query_string.decode()))
        self.arrived.set()
        script = self.scripts.popleft() if self.scripts else self.default
        if script.wait is not None:
            await script.wait.wait()
        if script.status != 200 or script.raw is not None:
            raw = script.raw if script.raw is not None else json.dumps(_error(fmt, script.status)).encode()
            kind = "text/html" if raw.lstrip().startswith(b"<") else "application/json"
            return Response(raw, status=script.status, content_type=kind, headers=script.headers)
        vectors = [fake_vector(text, asked or self.embed_dimension) for text in texts]
        if fmt == "openai":
            data = [{"object": "embedding", "index": n, "embedding": v} for n, v in enumerate(vectors)]
            answer: Json = {"object": "list", "data": data[::-1], "model": body.get("model")}  # any order: by index
        elif fmt == "gemini":
            answer = {"embeddings": [{"values": v} for v in vectors]}
        else:
            answer = {"model": body.get("model"), "embeddings": vectors}
        return Response(json.dumps(answer), content_type="application/json")

    def _app(self) -> Quart:
        app = Quart("fake_providers")

        @app.get("/v1/models")
        async def openai_or_anthropic_models() -> Response:
            return await self._list("anthropic" if "anthropic-version" in request.headers else "openai")

        @app.get("/v1beta/models")
        async def gemini_models() -> Response:
            return await self._list("gemini")

        @app.get("/api/tags")
        async def ollama_models() -> Response:
            return await self._list("ollama")

        @app.post("/v1/embeddings")
        async def openai_embeddings() -> Response:
            body = await request.get_json(force=True)
            return await self._embed("openai", body, list(body["input"]), int(body.get("dimensions", 0)))

        @app.post("/api/embed")
        async def ollama_embed() -> Response:
            body = await request.get_json(force=True)
            texts = [body["input"]] if isinstance(body["input"], str) else list(body["input"])
            return await self._embed("ollama", body, texts, int(body.get("dimensions", 0)))

        @app.post("/v1/chat/completions")
        async def openai() -> Response:
            body = await request.get_json(force=True)
            texts = [m["content"] for m in body["messages"] if m["role"] == "user"]
            return await self._serve("openai", body, texts, bool(body.get("stream")))

        @app.post("/v1/messages")
        async def anthropic() -> Response:
            body = await request.get_json(force=True)
            texts = [m["content"] for m in body["messages"] if m["role"] == "user"]
            return await self._serve("anthropic", body, texts, bool(body.get("stream")))

        @app.post("/v1beta/models/<path:call>")
        async def gemini(call: str) -> Response:
            body = await request.get_json(force=True)
            if call.endswith(":batchEmbedContents"):
                texts = [r["content"]["parts"][0]["text"] for r in body["requests"]]
                asked = int(body["requests"][0].get("outputDimensionality", 0)) if body["requests"] else 0
                return await self._embed("gemini", body, texts, asked)
            texts = [p["text"] for c in body["contents"] if c["role"] == "user" for p in c["parts"]]
            return await self._serve("gemini", body, texts, call.endswith(":streamGenerateContent"))

        @app.post("/api/chat")
        async def ollama() -> Response:
            body = await request.get_json(force=True)
            texts = [m["content"] for m in body["messages"] if m["role"] == "user"]
            return await self._serve("ollama", body, texts, bool(body.get("stream")))

        return app


def fake_vector(text: str, dimension: int) -> list[float]:
    """A deterministic, not normalised vector for ``text`` (the client
    normalises): the same text always lands on the same point."""
    seed = hashlib.sha256(text.encode()).digest()
    return [(seed[n % len(seed)] - 127.5) / 10 + n % 3 for n in range(dimension)]


def _words(text: str) -> list[str]:
    words = text.split(" ")
    return [w if n == 0 else f" {w}" for n, w in enumerate(words)]


def _error(fmt: Format, status: int) -> Json:
    message = f"fake error {status}"
    if fmt == "anthropic":
        return {"type": "error", "error": {"type": "api_error", "message": message}}
    if fmt == "ollama":
        return {"error": message}
    return {"error": {"message": message, "code": status}}


def _listing(fmt: Format, models: list[str]) -> Json:
    if fmt == "openai":
        return {"object": "list", "data": [{"id": m, "object": "model", "owned_by": "fake"} for m in models]}
    if fmt == "anthropic":
        data = [{"id": m, "type": "model", "display_name": m.title(), "created_at": "2026-01-01"} for m in models]
        return {"data": data, "has_more": False, "first_id": models[0] if models else None, "last_id": None}
    if fmt == "gemini":
        return {"models": [{"name": f"models/{m}", "supportedGenerationMethods": ["generateContent"]} for m in models]}
    return {"models": [{"name": m, "model": m, "size": 4_700_000_000} for m in models]}


def _whole(fmt: Format, text: str) -> Json:
    if fmt == "openai":
        return {
            "id": "chatcmpl-1", "object": "chat.completion", "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
        }  # fmt: skip
    if fmt == "anthropic":
        return {
            "id": "msg_1", "type": "message", "role": "assistant", "model": "m", "stop_reason": "end_turn",
            "content": [{"type": "text", "text": text}], "usage": {"input_tokens": 11, "output_tokens": 7},
        }  # fmt: skip
    if fmt == "gemini":
        return {
            "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP"}],
            "usageMetadata": {"promptTokenCount": 11, "candidatesTokenCount": 7},
        }
    return {"model": "m", "message": {"role": "assistant", "content": text}, "done": True,
            "prompt_eval_count": 11, "eval_count": 7}  # fmt: skip


def _sse(data: Json | str, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    payload = data if isinstance(data, str) else json.dumps(data)
    return f"{head}data: {payload}\n\n".encode()


def _events(fmt: Format, deltas: list[str], *, stop_early: bool) -> list[bytes]:
    """One item per delta (so a gate can hold each), then the end marker(s)."""
    if fmt == "openai":
        items = [_sse({"choices": [{"index": 0, "delta": {"content": d}, "finish_reason": None}]}) for d in deltas]
        end = [
            _sse({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
            _sse({"choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 7}}),
            _sse("[DONE]"),
        ]
    elif fmt == "anthropic":
        start = _sse({"type": "message_start", "message": {"usage": {"input_tokens": 11}}}, "message_start")
        block = "content_block_delta"
        items = [_sse({"type": block, "index": 0, "delta": {"type": "text_delta", "text": d}}, block) for d in deltas]
        items[0] = start + items[0] if items else start
        end = [
            _sse({"type": "message_delta", "usage": {"output_tokens": 7}}, "message_delta"),
            _sse({"type": "message_stop"}, "message_stop"),
        ]
    elif fmt == "gemini":
        items = [_sse({"candidates": [{"content": {"role": "model", "parts": [{"text": d}]}}]}) for d in deltas]
        end = [_sse({"candidates": [{"content": {"parts": [{"text": ""}]}, "finishReason": "STOP"}],
                     "usageMetadata": {"promptTokenCount": 11, "candidatesTokenCount": 7}})]  # fmt: skip
    else:
        items = [
            (json.dumps({"message": {"role": "assistant", "content": d}, "done": False}) + "\n").encode()
            for d in deltas
        ]
        end = [(json.dumps({"message": {"role": "assistant", "content": ""}, "done": True,
                            "prompt_eval_count": 11, "eval_count": 7}) + "\n").encode()]  # fmt: skip
    return items if stop_early else items + end


async def _paced(events: list[bytes], gate: list[asyncio.Event] | None, pace: float) -> AsyncIterator[bytes]:
    for n, event in enumerate(events):
        if gate is not None and n < len(gate):
            await gate[n].wait()
        if pace and n:
            await asyncio.sleep(pace)
        yield event
