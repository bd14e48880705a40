"""Embeddings from a named provider row: the memory layer's alternative to
its local model. The provider is looked up in the snapshot in force per
call (a key rotated or a provider disabled applies to the next call), its
daily limit is honoured and the call counted like a chat call, and
credentials are redacted from the texts before they leave (the egress
guard would refuse a body holding one; a vector of the redacted text is
as good for search). Failures are ``CallError`` values, never raised."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from alexclaw.llm._actors import UsageSnapshot, utc_day
from alexclaw.llm._client import CallError, Embeddings, ProviderClient
from alexclaw.llm._guarded import clean
from alexclaw.llm._model import Provider
from alexclaw.llm._router import Record

log = logging.getLogger("alexclaw.llm")


class ProviderEmbeddings:
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

    def find(self, name: str) -> Provider | CallError:
        provider = next((p for p in self.providers() if p.name == name), None)
        if provider is None:
            return CallError(name, f"no provider named {name!r}", transient=False)
        if not provider.enabled:
            return CallError(name, f"provider {name!r} is disabled", transient=False)
        day = utc_day(self.clock())
        if provider.daily_limit and self.usage().of(name, day).calls >= provider.daily_limit:
            return CallError(name, f"daily limit reached ({provider.daily_limit} calls)", transient=True)
        return provider

    async def embed(
        self, name: str, model: str, texts: Sequence[str], *, dimensions: int = 0
    ) -> Embeddings | CallError:
        provider = self.find(name)
        if isinstance(provider, CallError):
            return provider
        result = await self.client.embed(provider, model, [clean(t)[0] for t in texts], dimensions=dimensions)
        if isinstance(result, Embeddings):
            try:
                await self.record(provider.name, 0, 0)
            except Exception:  # the vectors were given; a lost count is logged, not a failure
                log.exception("usage of %s could not be recorded", provider.name)
        return result
