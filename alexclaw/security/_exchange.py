"""A chat-completions exchange through the shield, in the OpenAI wire format
(the lingua franca of LLM clients: OpenAI, Ollama, vLLM, LM Studio,
OpenRouter all speak it).

Inbound, before any model sees the request: it is validated the way the
upstream would; credentials in any message are redacted (a secret typed
into a chat is never forwarded); tool results — untrusted content — are
wrapped in delimiters that a fake closing delimiter cannot end; and the
text the shield should judge is gathered. Outbound: the text of every
choice (content and tool-call arguments) is gathered for the shield, then
credentials are redacted. Pure functions; the proxy route does the I/O.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.security._leaks import redact, scan_leaks
from alexclaw.security._sanitizer import wrap_untrusted

ROLES: Final = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
MAX_MESSAGES: Final = 2_000
# Roles whose text the shield judges: what a user, a tool or an earlier
# answer put there. System and developer messages are the caller's own
# instructions (scanning "You are a helpful assistant. You must…" would
# only produce noise).
JUDGED_ROLES: Final = frozenset({"user", "tool", "function", "assistant"})
UNTRUSTED_ROLES: Final = frozenset({"tool", "function"})


class InvalidChatRequest(ValueError):
    """The request is not a chat completion request; ``param`` names the field."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


class InvalidCompletion(ValueError):
    """The upstream answered something that is not a chat completion."""


@dataclass(frozen=True, slots=True)
class ScreenedPrompt:
    body: dict[str, Any]  # the request to forward (stream off: the answer is screened whole)
    judged_text: str  # what the shield scans, direction "prompt"
    model: str
    stream: bool
    include_usage: bool  # a streaming client asked for the usage chunk
    redacted: int  # credentials taken out of the messages
    wrapped: int  # tool results delimited as untrusted


def error_body(message: str, kind: str, code: str, param: str | None = None, **extra: Any) -> dict[str, Any]:
    """An error in OpenAI's shape, so every client library reports it."""
    return {"error": {"message": message, "type": kind, "param": param, "code": code, **extra}}


def _check_content(content: Any, where: str, role: str, message: dict[str, Any]) -> None:
    if content is None:
        if role == "assistant" and (message.get("tool_calls") or message.get("function_call")):
            return
        raise InvalidChatRequest(f"{where}.content is required for a {role} message", f"{where}.content")
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise InvalidChatRequest(f"{where}.content must be a string or a list of parts", f"{where}.content")
    for n, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise InvalidChatRequest(f"{where}.content[{n}] must be an object with a type", f"{where}.content[{n}]")
        if part["type"] == "text" and not isinstance(part.get("text"), str):
            raise InvalidChatRequest(f"{where}.content[{n}].text must be a string", f"{where}.content[{n}].text")


def validate_chat_request(payload: Any) -> dict[str, Any]:
    """The request, checked field by field; raises InvalidChatRequest."""
    if not isinstance(payload, dict):
        raise InvalidChatRequest("the body must be a JSON object", "body")
    if not isinstance(payload.get("model"), str) or not payload["model"].strip():
        raise InvalidChatRequest("model is required (a non-empty string)", "model")
    messages = payload.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidChatRequest("messages must be a non-empty list", "messages")
    if len(messages) > MAX_MESSAGES:
        raise InvalidChatRequest(f"messages has {len(messages)} items; at most {MAX_MESSAGES}", "messages")
    for n, message in enumerate(messages):
        where = f"messages[{n}]"
        if not isinstance(message, dict):
            raise InvalidChatRequest(f"{where} must be an object", where)
        role = message.get("role")
        if role not in ROLES:
            raise InvalidChatRequest(f"{where}.role must be one of {', '.join(sorted(ROLES))}", f"{where}.role")
        _check_content(message.get("content"), where, role, message)
        if role == "tool" and not isinstance(message.get("tool_call_id"), str):
            raise InvalidChatRequest(f"{where}.tool_call_id is required for a tool message", f"{where}.tool_call_id")
    if "stream" in payload and not isinstance(payload["stream"], bool):
        raise InvalidChatRequest("stream must be true or false", "stream")
    return payload


def _clean(text: str) -> tuple[str, int]:
    findings = [f for f in scan_leaks(text) if f.action != "warn"]
    return (redact(text, findings), len(findings)) if findings else (text, 0)


def screen_prompt(payload: Any) -> ScreenedPrompt:
    """Validate, redact, delimit; the caller asks the shield about
    ``judged_text`` and forwards ``body``."""
    request = copy.deepcopy(validate_chat_request(payload))
    redacted = wrapped = 0
    judged: list[str] = []
    for message in request["messages"]:
        role = message["role"]
        untrusted = role in UNTRUSTED_ROLES
        source = f"tool:{message.get('tool_call_id') or message.get('name') or role}"
        content = message.get("content")
        texts = [content] if isinstance(content, str) else [p["text"] for p in content or () if p["type"] == "text"]
        cleaned = []
        for text in texts:
            clean, count = _clean(text)
            redacted += count
            if role in JUDGED_ROLES:
                judged.append(clean)
            if untrusted:
                clean = wrap_untrusted(clean, source)
                wrapped += 1
            cleaned.append(clean)
        if isinstance(content, str):
            message["content"] = cleaned[0]
        elif content:
            parts = iter(cleaned)
            message["content"] = [{**p, "text": next(parts)} if p["type"] == "text" else p for p in content]
        for call in message.get("tool_calls") or ():
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                function["arguments"], count = _clean(function["arguments"])
                redacted += count
    stream = bool(request.pop("stream", False))
    options = request.pop("stream_options", None)
    include_usage = isinstance(options, dict) and options.get("include_usage") is True
    return ScreenedPrompt(request, "\n\n".join(judged), request["model"], stream, include_usage, redacted, wrapped)


def _choices(completion: Any) -> list[dict[str, Any]]:
    if not isinstance(completion, dict) or not isinstance(completion.get("choices"), list):
        raise InvalidCompletion("the upstream answer has no choices list")
    choices: list[dict[str, Any]] = completion["choices"]
    if not all(isinstance(c, dict) and isinstance(c.get("message"), dict) for c in choices):
        raise InvalidCompletion("an upstream choice has no message object")
    return choices


def _tool_calls(message: dict[str, Any]) -> list[dict[str, Any]]:
    calls = message.get("tool_calls") or []
    return [c["function"] for c in calls if isinstance(c, dict) and isinstance(c.get("function"), dict)]


def completion_text(completion: Any) -> str:
    """Everything the model said, for the shield (direction "response")."""
    texts: list[str] = []
    for choice in _choices(completion):
        message = choice["message"]
        if isinstance(message.get("content"), str):
            texts.append(message["content"])
        texts.extend(str(f.get("arguments") or "") for f in _tool_calls(message))
    return "\n\n".join(texts)


def redact_completion(completion: Any) -> tuple[dict[str, Any], int]:
    """The completion with every credential redacted, and how many."""
    cleaned = copy.deepcopy(completion)
    total = 0
    for choice in _choices(cleaned):
        message = choice["message"]
        if isinstance(message.get("content"), str):
            message["content"], count = _clean(message["content"])
            total += count
        for function in _tool_calls(message):
            if isinstance(function.get("arguments"), str):
                function["arguments"], count = _clean(function["arguments"])
                total += count
    return cleaned, total


def completion_chunks(completion: dict[str, Any], *, include_usage: bool = False) -> Iterator[dict[str, Any]]:
    """A screened completion as the chunks of a streamed answer (the client
    asked for a stream; the shield needed the whole answer first)."""
    base = {
        "id": completion.get("id", "chatcmpl-shield"),
        "object": "chat.completion.chunk",
        "created": completion.get("created", int(time.time())),
        "model": completion.get("model", ""),
    }
    for choice in _choices(completion):
        message, index = choice["message"], choice.get("index", 0)
        delta: dict[str, Any] = {"role": message.get("role", "assistant")}
        if message.get("content") is not None:
            delta["content"] = message["content"]
        calls = message.get("tool_calls")
        if calls:
            delta["tool_calls"] = [{**call, "index": n} for n, call in enumerate(calls)]
        yield {**base, "choices": [{"index": index, "delta": delta, "finish_reason": None}]}
        finish = {"index": index, "delta": {}, "finish_reason": choice.get("finish_reason") or "stop"}
        yield {**base, "choices": [finish]}
    if include_usage and completion.get("usage"):
        yield {**base, "choices": [], "usage": completion["usage"]}
