"""A streamed request through the egress client: the same rules as
``EgressClient.request`` — URL shape, endpoint allowlist, every resolved
address vetted and pinned, credentials injected at this edge only, the
outbound URL, headers and body leak-scanned before anything is sent — with
the response handed over chunk by chunk as it arrives (a model's streamed
answer), under the size cap and a deadline for the whole exchange.

A streamed call is a POST to an API: a redirect is never followed (an API
that redirects a completion request is misconfigured, and following it
would resend the body); it is refused with the status.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import httpx

from alexclaw.security._egress import (
    _REDIRECTS,
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    EgressResponse,
    _leak_check,
    _without,
)


@dataclass
class EgressStream:
    """An answer being received: status and headers now, the body by ``chunks()``."""

    status: int
    headers: Mapping[str, str]
    _reply: httpx.Response
    _max_bytes: int
    _deadline: float
    _received: int = field(default=0)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives; ``EgressFailed`` past the cap, the
        deadline, or when the connection breaks."""
        try:
            async for chunk in self._reply.aiter_bytes():
                self._received += len(chunk)
                if self._received > self._max_bytes:
                    raise EgressFailed(f"the response exceeded the {self._max_bytes}-byte cap")
                if time.monotonic() > self._deadline:
                    raise EgressFailed("the response did not complete within its time limit")
                yield chunk
        except httpx.HTTPError as exc:
            raise EgressFailed(f"{type(exc).__name__}: {exc}") from None

    async def read(self) -> bytes:
        """The whole (rest of the) body, under the same caps."""
        return b"".join([chunk async for chunk in self.chunks()])


@asynccontextmanager
async def egress_stream(
    client: EgressClient,
    policy: EgressPolicy,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    timeout: float | None = None,
) -> AsyncIterator[EgressStream]:
    """``async with egress_stream(...) as answer:`` then ``answer.chunks()``.
    Raises ``EgressDenied`` before any I/O when a rule refuses, and
    ``EgressFailed`` when the exchange breaks."""
    method = method.upper()
    limit = client.timeout if timeout is None else timeout
    own = {k: v for k, v in (headers or {}).items() if k.lower() not in {"host", "authorization"}}
    _leak_check("URL", url)
    _leak_check("headers", "\n".join(f"{k}: {v}" for k, v in own.items()))
    if body:
        _leak_check("body", body.decode("utf-8", errors="replace"))
    _rule, host, addresses = client._vet(policy, method, url)
    send_headers = dict(own)
    injected: set[str] = set()  # every credential value sent, in every form: masked in the headers handed back
    target = client._inject(policy, host, url, send_headers, injected)
    pinned = client._target(policy, target, host=host, address=addresses[0])
    send_headers["Host"] = pinned.host_header
    deadline = time.monotonic() + limit
    try:
        opened = client._exchange(pinned, method, send_headers, body, limit)
        reply = await opened.__aenter__()
    except httpx.HTTPError as exc:
        raise EgressFailed(f"{type(exc).__name__}: {exc}") from None
    try:
        if reply.status_code in _REDIRECTS:
            raise EgressDenied(f"{reply.status_code} redirect on a streamed {method}: not followed")
        declared = int(reply.headers.get("content-length") or 0)
        if declared > client.max_bytes:
            raise EgressFailed(f"the response is {declared} bytes, over the {client.max_bytes}-byte cap")
        headers = _masked_headers(dict(reply.headers), injected)
        yield EgressStream(reply.status_code, headers, reply, client.max_bytes, deadline)
    finally:
        await opened.__aexit__(None, None, None)


def _masked_headers(headers: dict[str, str], injected: set[str]) -> dict[str, str]:
    """The answer's headers with every injected credential value masked, as
    ``EgressClient.request`` masks a whole response: a server echoing its
    key back cannot hand it to the caller."""
    masked = _without(injected, EgressResponse(0, headers, b"", "", ()))
    return dict(masked.headers)
