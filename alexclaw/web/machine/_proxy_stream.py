"""The shield proxy's streamed answers: the upstream is asked for a stream
and each chunk is forwarded as it arrives, screened by the guarded model
call's own stream screen (``alexclaw.llm.screened_stream`` with the OpenAI
chunk format): credentials redacted in flight, only the tail a credential
could still complete held back, the growing answer judged, and a BLOCK
ending the stream with a final ``error`` event (which OpenAI's client
libraries raise) instead of the rest of the answer.

An upstream error status is answered before the stream starts, as the
non-streamed path does; a stream that breaks or stops before ``[DONE]``
ends with an ``error`` event saying so.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Any

from quart import Response

from alexclaw.inputs import InputError, read_json
from alexclaw.llm import Blocked, ChunkScreen, Released, screened_stream
from alexclaw.security import (
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    EgressStream,
    ScreenedPrompt,
    ShieldGuard,
    egress_stream,
    error_body,
)


class StreamBroken(Exception):
    """The upstream stream is not a chat-completion stream, or stopped early."""


def _event(payload: Any) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()


async def upstream_chunks(reply: EgressStream, max_bytes: int) -> AsyncGenerator[dict[str, Any], None]:
    """The upstream's SSE ``data:`` payloads until ``[DONE]``."""
    buffer = b""
    async for raw in reply.chunks():
        buffer += raw
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            text = line.decode("utf-8", errors="replace").strip()
            if not text.startswith("data:"):
                continue
            data = text[5:].strip()
            if data == "[DONE]":
                return
            try:
                payload = read_json(data, "upstream chunk", max_bytes=max_bytes, strings="chat")
            except InputError as exc:
                raise StreamBroken(f"the upstream sent a chunk that is not usable JSON ({exc.problem})") from None
            if isinstance(payload, dict) and "error" in payload:
                said = payload["error"].get("message") if isinstance(payload["error"], dict) else payload["error"]
                raise StreamBroken(f"the upstream reported an error mid-stream: {str(said)[:300]}")
            if isinstance(payload, dict):
                yield payload
    raise StreamBroken("the upstream stream stopped before [DONE]")


async def open_stream(
    egress: EgressClient, policy: EgressPolicy, url: str, body: bytes, timeout: float
) -> tuple[AsyncExitStack, EgressStream]:
    """The upstream's streamed answer, opened; the caller closes the stack.
    Raises ``EgressDenied`` / ``EgressFailed`` like ``EgressClient.request``."""
    stack = AsyncExitStack()
    headers = {"Accept": "text/event-stream", "Content-Type": "application/json"}
    try:
        reply = await stack.enter_async_context(
            egress_stream(egress, policy, "POST", url, headers=headers, body=body, timeout=timeout)
        )
    except BaseException:
        await stack.aclose()
        raise
    return stack, reply


def stream_request(screened: ScreenedPrompt) -> bytes:
    """The request forwarded for a streaming client: a stream, with usage."""
    return json.dumps({**screened.body, "stream": True, "stream_options": {"include_usage": True}}).encode()


def streamed_response(
    *,
    stack: AsyncExitStack,
    reply: EgressStream,
    shield: ShieldGuard,
    source: str,
    include_usage: bool,
    max_bytes: int,
    headers: dict[str, str],
    count: Callable[[str], None],
) -> Response:
    async def body() -> AsyncIterator[bytes]:
        try:
            screen = ChunkScreen()
            chunks = upstream_chunks(reply, max_bytes)
            async for event in screened_stream(shield, source, screen, chunks):
                if isinstance(event, Blocked):
                    count("blocked_response")
                    result = event.decision.result
                    rules = [d.rule for d in result.detections][:10]
                    message = f"{event.message[0].upper()}{event.message[1:]}."
                    extra: dict[str, Any] = {"direction": "response", "verdict": result.verdict, "score": result.score}
                    extra["rules"] = rules
                    yield _event(error_body(message, "shield_blocked", "shield_blocked", **extra))
                    return
                if isinstance(event, Released):
                    yield b"data: [DONE]\n\n"
                    return
                if not include_usage and not event.get("choices") and event.get("usage"):
                    continue  # the proxy asked for usage; this client did not
                yield _event(event)
        except (StreamBroken, EgressFailed, EgressDenied) as exc:
            count("upstream_error")
            yield _event(error_body(f"the upstream stream failed: {exc}", "upstream_error", "upstream_failed"))
        finally:
            await stack.aclose()

    return Response(body(), content_type="text/event-stream", headers={**headers, "Cache-Control": "no-cache"})
