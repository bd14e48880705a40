"""One provider call through the egress guard, in the provider's wire
format, with bounded retries.

Every byte goes through the egress client (address checks and pinning,
https unless the provider holds the private grant, caps, leak scan of the
outbound body); the key is injected there from the encrypted row. A 429 or
5xx is retried at most ``retries`` times, after the provider's
``Retry-After`` when it sends one (up to ``max_wait``; a longer wait is
not waited for) or an exponential backoff. The outcome is a value: an
``Answer``, or a ``CallError`` that says whether it was transient (the
router may try the next provider) or the provider's own refusal (a 4xx).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Final

from alexclaw.llm._embed_wire import NoEmbeddings, parse_embeddings, prepare_embed
from alexclaw.llm._model import Provider
from alexclaw.llm._wire import (
    SECRET_PREFIX,
    ChatRequest,
    Garbage,
    StreamParser,
    egress_policy,
    error_message,
    parse_answer,
    prepare,
)
from alexclaw.secret_store import SecretStore, as_store
from alexclaw.security import EgressClient, EgressDenied, EgressFailed, EgressResponse, SecretBox, egress_stream

RETRIED: Final = frozenset({429, 500, 502, 503, 504, 529})


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Embeddings:
    vectors: list[list[float]]  # unit length, one per text, in order
    provider: str
    model: str


@dataclass(frozen=True, slots=True)
class CallError:
    provider: str
    message: str
    transient: bool  # timeout, connection, 5xx, 429 after retries: another provider may answer
    status: int | None = None

    def __str__(self) -> str:
        return f"{self.provider}: {self.message}"


def retry_after(value: str | None, now: Callable[[], float]) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²" is a digit to isdigit, not to float
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - now())


class ProviderClient:
    def __init__(
        self,
        egress: EgressClient,
        *,
        retries: int = 2,
        backoff: float = 0.5,
        max_wait: float = 20.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.egress = egress
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC).timestamp())

    def _wait(self, attempt: int, header: str | None) -> float | None:
        """How long before retry ``attempt``, or None: do not retry."""
        if attempt >= self.retries:
            return None
        asked = retry_after(header, self.clock)
        wait = asked if asked is not None else self.backoff * 2**attempt
        return wait if wait <= self.max_wait else None

    def _status_error(self, provider: Provider, status: int, body: bytes) -> CallError:
        said = error_message(body)
        return CallError(provider.name, f"HTTP {status}: {said}", transient=status in RETRIED, status=status)

    async def _post(
        self, provider: Provider, url: str, headers: dict[str, str], body: bytes
    ) -> EgressResponse | CallError:
        """One POST through the egress guard with the bounded retries on
        429/5xx (``Retry-After`` honoured): the 200 reply, or the error."""
        policy = egress_policy(provider)
        for attempt in range(self.retries + 1):
            try:
                reply = await self.egress.request(
                    policy, "POST", url, headers=headers, body=body, screen=False, timeout=provider.timeout_seconds
                )
            except EgressDenied as exc:
                return CallError(provider.name, f"refused by the egress guard: {exc}", transient=False)
            except EgressFailed as exc:
                return CallError(provider.name, str(exc), transient=True)
            if reply.status in RETRIED:
                wait = self._wait(attempt, reply.headers.get("retry-after"))
                if wait is None:
                    return self._status_error(provider, reply.status, reply.body)
                await self.sleep(wait)
                continue
            if reply.status != 200:
                return self._status_error(provider, reply.status, reply.body)
            return reply
        raise AssertionError("unreachable: the last attempt returns")

    async def complete(self, provider: Provider, request: ChatRequest) -> Answer | CallError:
        url, headers, body = prepare(provider, request, stream=False)
        reply = await self._post(provider, url, headers, body)
        if isinstance(reply, CallError):
            return reply
        try:
            parsed = parse_answer(provider.kind, reply.body)
        except Garbage as exc:
            return CallError(provider.name, str(exc), transient=True, status=reply.status)
        return Answer(parsed.text, provider.name, provider.model, parsed.input_tokens, parsed.output_tokens)

    async def stream(self, provider: Provider, request: ChatRequest) -> AsyncIterator[str | Answer | CallError]:
        """Text deltas as they arrive, then the ``Answer`` (the whole text
        and the token counts) — or a ``CallError`` as the last item. A
        retry happens only before the first delta."""
        url, headers, body = prepare(provider, request, stream=True)
        policy = egress_policy(provider)
        for attempt in range(self.retries + 1):
            wait: float | None = None
            try:
                async with egress_stream(
                    self.egress, policy, "POST", url, headers=headers, body=body, timeout=provider.timeout_seconds
                ) as reply:
                    if reply.status != 200:
                        raw = await reply.read()
                        wait = (
                            self._wait(attempt, reply.headers.get("retry-after")) if reply.status in RETRIED else None
                        )
                        if wait is None:
                            yield self._status_error(provider, reply.status, raw)
                            return
                    else:
                        parser = StreamParser(provider.kind)
                        parts: list[str] = []
                        async for chunk in reply.chunks():
                            for delta in parser.feed(chunk):
                                parts.append(delta)
                                yield delta
                        parser.finish()
                        text = "".join(parts)
                        yield Answer(text, provider.name, provider.model, parser.input_tokens, parser.output_tokens)
                        return
            except EgressDenied as exc:
                yield CallError(provider.name, f"refused by the egress guard: {exc}", transient=False)
                return
            except (EgressFailed, Garbage) as exc:
                yield CallError(provider.name, str(exc), transient=True)
                return
            assert wait is not None
            await self.sleep(wait)

    async def embed(
        self, provider: Provider, model: str, texts: list[str], *, dimensions: int = 0
    ) -> Embeddings | CallError:
        """Vectors for ``texts`` from the provider's embeddings API, with the
        same guard, retries and error values as ``complete``."""
        try:
            url, headers, body = prepare_embed(provider, model, texts, dimensions)
        except NoEmbeddings as exc:
            return CallError(provider.name, str(exc), transient=False)
        reply = await self._post(provider, url, headers, body)
        if isinstance(reply, CallError):
            return reply
        try:
            vectors = parse_embeddings(provider.kind, reply.body, len(texts), dimensions)
        except Garbage as exc:
            return CallError(provider.name, str(exc), transient=True, status=reply.status)
        return Embeddings(vectors, provider.name, model)


def provider_keys(
    providers: Callable[[], tuple[Provider, ...]], box: SecretBox | SecretStore
) -> Callable[[str], str | None]:
    """The egress client's secret lookup for provider keys: decrypted at the
    edge, per call, from the row in force; nothing else holds it in clear.
    With Vault, from the token manager's cache (the provider table reads
    every key into it when it loads); a key not read yet is None."""
    store = as_store(box)

    def secret(name: str) -> str | None:
        if not name.startswith(SECRET_PREFIX):
            return None
        wanted = name[len(SECRET_PREFIX) :]
        provider = next((p for p in providers() if p.name == wanted), None)
        if provider is None or not provider.key_cipher:
            return None
        return store.peek(provider.key_cipher)

    return secret
