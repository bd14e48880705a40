"""A fake OpenAI-compatible provider on 127.0.0.1 speaking the real wire
format (``POST /v1/chat/completions``, ``GET /v1/models``), the way OpenAI,
Ollama and vLLM answer. It records every request it receives; by default it
answers "echo: <last user text>", and scripted replies (a completion, or an
error status with OpenAI's error body) are served first, in order. A
request with ``stream: true`` gets the answer as OpenAI streams it (SSE
chunks, then ``[DONE]``)."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from quart import Quart, Response, request

from alexclaw.web import WebEndpoint

Json = dict[str, Any]


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: Json = field(default_factory=dict)

    @property
    def messages(self) -> list[Json]:
        return list(self.body.get("messages", []))


def completion(content: str | None, *, model: str = "fake-model", tool_calls: list[Json] | None = None) -> Json:
    message: Json = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop", "logprobs": None}
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


def _event(payload: Json) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()


def _last_user_text(messages: list[Json]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            return " ".join(p.get("text", "") for p in content or [] if p.get("type") == "text")
    return ""


class FakeLLM:
    """``async with FakeLLM() as llm:`` then point a client at ``llm.base_url``."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.gates: list[asyncio.Event] = []  # streamed word n waits for gates[n] (a provider mid-answer)
        self._replies: deque[tuple[int, Json]] = deque()
        self._ids = itertools.count(1)
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    @property
    def base_url(self) -> str:
        return f"{self._endpoint.url}/v1"

    def reply(self, body: Json, status: int = 200) -> None:
        """Serve ``body`` (with ``status``) to the next chat request."""
        self._replies.append((status, body))

    def reply_error(self, status: int, message: str, code: str) -> None:
        self.reply(
            {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}, status
        )

    async def start(self) -> FakeLLM:
        await self._endpoint.start()
        return self

    async def stop(self) -> None:
        await self._endpoint.stop()

    async def __aenter__(self) -> FakeLLM:
        return await self.start()

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    async def _stream(self, answer: Json, body: Json) -> AsyncIterator[bytes]:
        """The answer as OpenAI streams it: a chunk per word of the content
        (each waiting for its gate in ``self.gates``, when set), tool calls,
        the finish chunk, usage when asked, ``[DONE]``."""
        base = {k: answer.get(k) for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
        message = answer["choices"][0]["message"]
        content = message.get("content") or ""
        words = [w if n == 0 else f" {w}" for n, w in enumerate(content.split(" "))] if content else []
        for n, word in enumerate(words):
            if n < len(self.gates):
                await self.gates[n].wait()
            delta: Json = {"content": word} | ({"role": "assistant"} if n == 0 else {})
            yield _event(base | {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        for n, call in enumerate(message.get("tool_calls") or []):
            yield _event(base | {"choices": [{"index": 0, "delta": {"tool_calls": [call | {"index": n}]}}]})
        finish = answer["choices"][0].get("finish_reason") or "stop"
        yield _event(base | {"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if (body.get("stream_options") or {}).get("include_usage") and answer.get("usage"):
            yield _event(base | {"choices": [], "usage": answer["usage"]})
        yield b"data: [DONE]\n\n"

    def _app(self) -> Quart:
        app = Quart("fake_llm")

        @app.post("/v1/chat/completions")
        async def chat() -> Any:
            body = await request.get_json(force=True)
            self.received.append(Received(request.path, dict(request.headers), body))
            if self._replies:
                status, reply = self._replies.popleft()
                if status != 200 or not body.get("stream"):
                    return Response(json.dumps(reply), status=status, content_type="application/json")
                answer = reply
            else:
                answer = completion(f"echo: {_last_user_text(body.get('messages', []))}", model=body.get("model", ""))
                answer["id"] = f"chatcmpl-{next(self._ids)}"
            if body.get("stream"):
                return Response(self._stream(answer, body), content_type="text/event-stream")
            return answer

        @app.get("/v1/models")
        async def models() -> Any:
            self.received.append(Received(request.path, dict(request.headers)))
            return {"object": "list", "data": [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "me"}]}

        return app
