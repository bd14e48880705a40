"""The four providers' real wire formats, as pure functions: the request to
send, the answer read back, a streamed answer parsed as it arrives. No
I/O here (``_client.py`` sends through the egress guard) and no key: the
key is injected by the egress client, per provider kind, at that edge.

- OpenAI-compatible: ``POST {base}/chat/completions`` (``base`` ends in
  ``/v1``), SSE ``data: {chunk}`` … ``data: [DONE]``.
- Anthropic Messages: ``POST {base}/v1/messages`` with ``anthropic-version``,
  key in ``x-api-key``; SSE events ``content_block_delta`` … ``message_stop``.
- Gemini: ``POST {base}/models/{model}:generateContent`` (streaming:
  ``:streamGenerateContent?alt=sse``), key in ``x-goog-api-key`` — never in
  the URL; the last chunk carries ``finishReason``.
- Ollama: ``POST {base}/api/chat``; streaming is NDJSON ending ``done: true``.

Anything else (an HTML error page, truncated JSON, a stream that stops
before its end marker) raises ``Garbage`` with what was wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final, Literal
from urllib.parse import quote, urlsplit

from alexclaw.llm._model import Kind, Provider
from alexclaw.security import Credential, EgressPolicy, Endpoint

ANTHROPIC_VERSION: Final = "2023-06-01"
SECRET_PREFIX: Final = "llm.provider:"  # noqa: S105 - a name prefix: the egress secret name of a provider key


class Garbage(ValueError):
    """The provider answered something that is not its API's answer."""


@dataclass(frozen=True, slots=True)
class Message:
    role: Literal["user", "assistant"]
    text: str


@dataclass(frozen=True, slots=True)
class ChatRequest:
    messages: tuple[Message, ...]
    system: str = ""
    max_tokens: int = 1024
    temperature: float | None = None

    @staticmethod
    def prompt(text: str, *, system: str = "", max_tokens: int = 1024) -> ChatRequest:
        return ChatRequest((Message("user", text),), system, max_tokens)

    def estimated_tokens(self) -> int:
        """A deliberately generous estimate (≈ 3 characters a token)."""
        chars = len(self.system) + sum(len(m.text) + 8 for m in self.messages)
        return chars // 3 + 1


@dataclass(frozen=True, slots=True)
class Parsed:
    text: str
    input_tokens: int = 0
    output_tokens: int = 0


def egress_policy(provider: Provider) -> EgressPolicy:
    """The one upstream a provider may reach, and where its key goes."""
    parts = urlsplit(provider.base_url)
    host = (parts.hostname or "").lower()
    endpoint = Endpoint(host, parts.path or "/", frozenset({"GET", "POST"}), allow_http=provider.allow_private)
    secret = SECRET_PREFIX + provider.name
    credential: tuple[Credential, ...] = ()
    if provider.has_key:
        credential = {
            Kind.OPENAI_COMPATIBLE: (Credential(host, secret),),
            Kind.OLLAMA: (Credential(host, secret),),
            Kind.ANTHROPIC: (Credential(host, secret, "header", "x-api-key"),),
            Kind.GEMINI: (Credential(host, secret, "header", "x-goog-api-key"),),
        }[provider.kind]
    return EgressPolicy(
        f"llm:{provider.name}",
        (endpoint,),
        credential,
        allow_loopback=provider.allow_private,
        allow_private=provider.allow_private,
    )


def _chat_messages(request: ChatRequest, *, system_inline: bool) -> list[dict[str, str]]:
    head = [{"role": "system", "content": request.system}] if system_inline and request.system else []
    return head + [{"role": m.role, "content": m.text} for m in request.messages]


def prepare(provider: Provider, request: ChatRequest, *, stream: bool) -> tuple[str, dict[str, str], bytes]:
    """URL, headers (no key) and body of one call."""
    base, kind = provider.base_url, provider.kind
    headers = {"Content-Type": "application/json", "Accept": "text/event-stream" if stream else "application/json"}
    body: dict[str, Any]
    if kind is Kind.OPENAI_COMPATIBLE:
        url = f"{base}/chat/completions"
        body = {"model": provider.model, "messages": _chat_messages(request, system_inline=True)}
        body["max_tokens"] = request.max_tokens
        if stream:
            body |= {"stream": True, "stream_options": {"include_usage": True}}
    elif kind is Kind.ANTHROPIC:
        url = f"{base}/v1/messages"
        headers["anthropic-version"] = ANTHROPIC_VERSION
        body = {"model": provider.model, "max_tokens": request.max_tokens}
        body["messages"] = _chat_messages(request, system_inline=False)
        if request.system:
            body["system"] = request.system
        if stream:
            body["stream"] = True
    elif kind is Kind.GEMINI:
        model = quote(provider.model, safe="")
        url = (
            f"{base}/models/{model}:streamGenerateContent?alt=sse"
            if stream
            else f"{base}/models/{model}:generateContent"
        )
        contents = [
            {"role": "model" if m.role == "assistant" else "user", "parts": [{"text": m.text}]}
            for m in request.messages
        ]
        body = {"contents": contents, "generationConfig": {"maxOutputTokens": request.max_tokens}}
        if request.system:
            body["systemInstruction"] = {"parts": [{"text": request.system}]}
    else:
        url = f"{base}/api/chat"
        body = {"model": provider.model, "messages": _chat_messages(request, system_inline=True), "stream": stream}
        body["options"] = {"num_predict": request.max_tokens}
        headers["Accept"] = "application/x-ndjson" if stream else "application/json"
    if request.temperature is not None:
        if kind is Kind.GEMINI:
            body["generationConfig"]["temperature"] = request.temperature
        elif kind is Kind.OLLAMA:
            body["options"]["temperature"] = request.temperature
        else:
            body["temperature"] = request.temperature
    return url, headers, json.dumps(body).encode()


def _json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        start = raw[:60].decode("utf-8", errors="replace").strip()
        looks = "an HTML page" if start.lower().startswith(("<!doctype", "<html")) else "not JSON"
        raise Garbage(f"the {what} is {looks} (starts {start[:40]!r})") from None


def _get(value: Any, *path: str | int) -> Any:
    for step in path:
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and len(value) > step else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
    return value


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise Garbage(f"the answer has no text ({what})")
    return value


def _gemini_text(payload: Any) -> str:
    parts = _get(payload, "candidates", 0, "content", "parts")
    if not isinstance(parts, list):
        return ""
    return "".join(p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str))


def parse_answer(kind: Kind, raw: bytes) -> Parsed:
    """The text and token counts of a complete (non-streamed) answer."""
    payload = _json(raw, "answer")
    if kind is Kind.OPENAI_COMPATIBLE:
        text = _text(_get(payload, "choices", 0, "message", "content"), "choices[0].message.content")
        usage = _get(payload, "usage")
        return Parsed(text, _int(_get(usage, "prompt_tokens")), _int(_get(usage, "completion_tokens")))
    if kind is Kind.ANTHROPIC:
        blocks = _get(payload, "content")
        if not isinstance(blocks, list):
            raise Garbage("the answer has no content list")
        text = "".join(b["text"] for b in blocks if isinstance(b, dict) and isinstance(b.get("text"), str))
        usage = _get(payload, "usage")
        return Parsed(text, _int(_get(usage, "input_tokens")), _int(_get(usage, "output_tokens")))
    if kind is Kind.GEMINI:
        if not isinstance(_get(payload, "candidates"), list):
            raise Garbage("the answer has no candidates")
        usage = _get(payload, "usageMetadata")
        return Parsed(
            _gemini_text(payload), _int(_get(usage, "promptTokenCount")), _int(_get(usage, "candidatesTokenCount"))
        )
    text = _text(_get(payload, "message", "content"), "message.content")
    return Parsed(text, _int(_get(payload, "prompt_eval_count")), _int(_get(payload, "eval_count")))


def error_message(raw: bytes) -> str:
    """The provider's own words about an error status, at most 300 characters."""
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return raw[:300].decode("utf-8", errors="replace").strip() or "(no body)"
    said = _get(payload, "error", "message") or _get(payload, "error") or _get(payload, "message")
    return (said if isinstance(said, str) else json.dumps(payload))[:300]


class StreamParser:
    """Feed bytes as they arrive; get the text deltas. ``finish()`` raises
    ``Garbage`` if the stream ended before the provider said it was done."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.done = False
        self.input_tokens = 0
        self.output_tokens = 0
        self._buffer = b""
        self._event = ""

    def feed(self, chunk: bytes) -> list[str]:
        self._buffer += chunk
        deltas: list[str] = []
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            text = line.decode("utf-8", errors="replace").rstrip("\r")
            delta = self._line(text)
            if delta:
                deltas.append(delta)
        return deltas

    def finish(self) -> None:
        if self._buffer.strip():
            self.feed(b"\n")
        if not self.done:
            raise Garbage("the stream stopped before the provider finished its answer")

    def _line(self, line: str) -> str:
        if self.kind is Kind.OLLAMA:
            if not line.strip():
                return ""
            payload = _json(line.encode(), "streamed line")
            if isinstance(_get(payload, "error"), str):
                raise Garbage(f"the provider reported an error mid-stream: {payload['error'][:300]}")
            if payload.get("done") is True:
                self.done = True
                self.input_tokens = _int(payload.get("prompt_eval_count"))
                self.output_tokens = _int(payload.get("eval_count"))
            content = _get(payload, "message", "content")
            return content if isinstance(content, str) else ""
        if line.startswith("event:"):
            self._event = line[6:].strip()
            return ""
        if not line.startswith("data:"):
            return ""  # comments, blank separators, ids
        data = line[5:].strip()
        if self.kind is Kind.OPENAI_COMPATIBLE and data == "[DONE]":
            self.done = True
            return ""
        payload = _json(data.encode(), "streamed event")
        if self.kind is Kind.OPENAI_COMPATIBLE:
            usage = _get(payload, "usage")
            if isinstance(usage, dict):
                self.input_tokens = _int(usage.get("prompt_tokens"))
                self.output_tokens = _int(usage.get("completion_tokens"))
            content = _get(payload, "choices", 0, "delta", "content")
            return content if isinstance(content, str) else ""
        if self.kind is Kind.ANTHROPIC:
            return self._anthropic(payload)
        usage = _get(payload, "usageMetadata")
        if isinstance(usage, dict):
            self.input_tokens = _int(usage.get("promptTokenCount"))
            self.output_tokens = _int(usage.get("candidatesTokenCount"))
        if _get(payload, "candidates", 0, "finishReason"):
            self.done = True
        return _gemini_text(payload)

    def _anthropic(self, payload: Any) -> str:
        kind = _get(payload, "type") or self._event
        if kind == "error":
            raise Garbage(f"the provider reported an error mid-stream: {error_message(json.dumps(payload).encode())}")
        if kind == "message_start":
            self.input_tokens = _int(_get(payload, "message", "usage", "input_tokens"))
        elif kind == "message_delta":
            self.output_tokens = _int(_get(payload, "usage", "output_tokens"))
        elif kind == "message_stop":
            self.done = True
        elif kind == "content_block_delta":
            text = _get(payload, "delta", "text")
            return text if isinstance(text, str) else ""
        return ""
