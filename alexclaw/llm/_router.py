"""The router, with AlexClaw 0.4's semantics.

A call names a tier (default ``medium``) or one provider. The enabled
providers of the tier are tried by priority (lower first), skipping any at
its daily limit; a tier with no provider at all falls back to ``local``;
when every candidate is at its limit the call fails "daily limits reached"
(no silent fallback). Before each call the prompt is estimated against the
provider's context window with the answer's budget reserved: too long is
refused with the sizes, never truncated. Only a transient error (timeout,
connection, 5xx, 429 after retries, a garbage answer) moves on to the next
candidate, and the failure says which ones failed; a 4xx is the provider's
answer and ends the call. A local provider takes one call at a time (a
second is answered "busy" at once, not queued behind a long generation),
and a local provider never falls back to another local one.

Reads only snapshots on the way in; the one write is the usage record
after an answer (through the usage tracker, written through).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from alexclaw.llm._actors import UsageSnapshot, utc_day
from alexclaw.llm._client import Answer, CallError, ProviderClient
from alexclaw.llm._model import DEFAULT_TIER, Provider, Tier
from alexclaw.llm._models import ModelList, list_models
from alexclaw.llm._wire import ChatRequest

log = logging.getLogger("alexclaw.llm")

RefusalKind = Literal["no_provider", "limits", "busy", "context", "provider", "refused", "shield", "invalid"]


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a model call gave no answer. ``no_provider`` and ``limits``:
    nothing could be asked; ``provider``: every candidate failed
    transiently; ``refused``: a provider's own 4xx; ``shield``: the shield
    blocked the prompt or the answer."""

    kind: RefusalKind
    message: str
    failures: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.message


# Counts one answered call (provider, input tokens, output tokens): the
# node's asks the usage tracker (counted in its snapshot on return, written
# right after); the command line's writes to the database itself.
Record = Callable[[str, int, int], Awaitable[Any]]


@dataclass
class _Tried:
    """One call's candidates so far: why each was skipped or failed, and
    whether a local one was asked (no local -> local fallback)."""

    failures: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    local: bool = False

    def failed(self, why: str) -> None:
        self.failures.append(why)
        self.kinds.add("provider")


class Router:
    def __init__(
        self,
        providers: Callable[[], tuple[Provider, ...]],
        usage: Callable[[], UsageSnapshot],
        record: Record,
        client: ProviderClient,
        clock: Callable[[], float],
    ) -> None:
        self.providers = providers
        self.usage = usage
        self.record = record
        self.client = client
        self.clock = clock
        self._busy: set[str] = set()

    async def models(self, name: str) -> ModelList | CallError | Refusal:
        """The models provider ``name``'s API lists (enabled or not: an
        operator checks a model before turning a provider on)."""
        provider = next((p for p in self.providers() if p.name == name), None)
        if provider is None:
            return Refusal("no_provider", f"no provider named {name!r}")
        return await list_models(self.client.egress, provider)

    def _at_limit(self, provider: Provider, today: dt.date) -> bool:
        return provider.daily_limit > 0 and self.usage().of(provider.name, today).calls >= provider.daily_limit

    def candidates(self, *, tier: str | None = None, provider: str | None = None) -> list[Provider] | Refusal:
        """The providers to try, in order, or why there are none."""
        every = self.providers()
        today = utc_day(self.clock())
        if provider is not None:
            named = next((p for p in every if p.name == provider), None)
            if named is None:
                return Refusal("no_provider", f"no provider named {provider!r}")
            if not named.enabled:
                return Refusal("no_provider", f"provider {provider!r} is disabled")
            if self._at_limit(named, today):
                return Refusal("limits", f"daily limits reached: {named.name} ({named.daily_limit} calls)")
            return [named]
        try:
            wanted = Tier(tier) if tier else DEFAULT_TIER
        except ValueError:
            return Refusal("invalid", f"unknown tier {tier!r}; one of {', '.join(t.value for t in Tier)}")
        pool = [p for p in every if p.enabled and p.tier is wanted]
        if not pool and wanted is not Tier.LOCAL:
            pool = [p for p in every if p.enabled and p.tier is Tier.LOCAL]
        if not pool:
            return Refusal("no_provider", f"no provider is configured for tier {wanted.value} (nor local)")
        pool.sort(key=lambda p: (p.priority, p.name))
        open_ = [p for p in pool if not self._at_limit(p, today)]
        if not open_:
            names = ", ".join(f"{p.name} ({p.daily_limit} calls)" for p in pool)
            return Refusal("limits", f"daily limits reached: {names}")
        return open_

    def _skip(self, provider: Provider, request: ChatRequest, local_tried: bool) -> str | None:
        """Why ``provider`` is not asked at all (or None: ask it)."""
        if provider.is_local and local_tried:
            return "skipped (no local-to-local fallback)"
        if provider.is_local and provider.name in self._busy:
            return "busy with another call (a local model takes one at a time)"
        need = request.estimated_tokens() + request.max_tokens
        if need > provider.window:
            return (
                f"the prompt (≈{request.estimated_tokens()} tokens) and the answer's budget ({request.max_tokens}) "
                f"exceed its context window of {provider.window} tokens"
            )
        return None

    async def _count(self, answer: Answer) -> None:
        try:
            await self.record(answer.provider, answer.input_tokens, answer.output_tokens)
        except Exception:  # the answer was given; a lost count is logged, not turned into a failure
            log.exception("usage of %s could not be recorded", answer.provider)

    @staticmethod
    def _gave_up(failures: list[str], kinds: set[str]) -> Refusal:
        listed = "; ".join(failures)
        if kinds == {"busy"}:
            return Refusal("busy", f"busy: {listed}", tuple(failures))
        if kinds == {"context"}:
            return Refusal("context", f"the prompt is too long: {listed}", tuple(failures))
        return Refusal("provider", f"no provider answered: {listed}", tuple(failures))

    def _admit(self, candidate: Provider, request: ChatRequest, tried: _Tried) -> bool:
        """Whether ``candidate`` is asked now (a local one is then marked
        busy until its call ends); if not, why it was skipped is noted."""
        why = self._skip(candidate, request, tried.local)
        if why is not None:
            tried.failures.append(f"{candidate.name}: {why}")
            tried.kinds.add("busy" if "busy" in why else "context" if "context" in why else "skip")
            return False
        tried.local = tried.local or candidate.is_local
        if candidate.is_local:
            self._busy.add(candidate.name)
        return True

    async def complete(
        self, request: ChatRequest, *, tier: str | None = None, provider: str | None = None
    ) -> Answer | Refusal:
        chosen = self.candidates(tier=tier, provider=provider)
        if isinstance(chosen, Refusal):
            return chosen
        tried = _Tried()
        for candidate in chosen:
            if not self._admit(candidate, request, tried):
                continue
            try:
                result = await self.client.complete(candidate, request)
            finally:
                self._busy.discard(candidate.name)
            if isinstance(result, Answer):
                await self._count(result)
                return result
            if not result.transient:
                return Refusal("refused", str(result), (*tried.failures, str(result)))
            tried.failed(str(result))
        return self._gave_up(tried.failures, tried.kinds)

    async def stream(
        self, request: ChatRequest, *, tier: str | None = None, provider: str | None = None
    ) -> AsyncGenerator[str | Answer | Refusal, None]:
        """Deltas, then the ``Answer`` or a ``Refusal`` as the last item.
        The next candidate is tried only while nothing was delivered."""
        chosen = self.candidates(tier=tier, provider=provider)
        if isinstance(chosen, Refusal):
            yield chosen
            return
        tried = _Tried()
        for candidate in chosen:
            if not self._admit(candidate, request, tried):
                continue
            delivered = False
            try:
                async for item in self.client.stream(candidate, request):
                    if isinstance(item, str):
                        delivered = True
                        yield item
                    elif isinstance(item, Answer):
                        await self._count(item)
                        yield item
                        return
                    elif isinstance(item, CallError):
                        if not item.transient:
                            yield Refusal("refused", str(item), (*tried.failures, str(item)))
                            return
                        tried.failed(str(item))
                        if delivered:  # the caller has part of an answer: another model cannot continue it
                            yield Refusal("provider", f"the answer broke off: {item}", tuple(tried.failures))
                            return
            finally:
                self._busy.discard(candidate.name)
        yield self._gave_up(tried.failures, tried.kinds)
