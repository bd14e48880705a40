"""Discord's REST API over httpx, through the application's egress
transport: the bot's own facts (``/gateway/bot``, ``/users/@me``), sending
to a channel (text, or a file with a caption), and reading a channel's
messages after an id (what arrived while the gateway was away).

Rate limits are honoured the way Discord asks: a 429 waits its
``retry_after`` (the body's, else the ``Retry-After`` header) and tries
again; a bucket that reports ``X-RateLimit-Remaining: 0`` makes the next
request on that route wait ``X-RateLimit-Reset-After`` first. Every wait is
an ``await`` on the node's loop."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

import httpx

from gateways._contract import EgressRefused
from gateways.discord._messages import snowflake
from gateways.ports import EgressPort

log = logging.getLogger("gateways.discord")

ATTEMPTS: Final = 5
MAX_WAIT: Final = 120.0
TIMEOUT: Final = 15.0
USER_AGENT: Final = "DiscordBot (https://github.com/alexclaw, 1.0) AlexClaw"
Json = dict[str, Any]


class DiscordError(Exception):
    """Discord answered with an error (``status``, Discord's ``code``)."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(f"{status} {message}" + (f" (code {code})" if code else ""))
        self.status, self.code, self.message = status, code, message


class TokenRejected(DiscordError):
    """401: the bot token is not valid. Retrying cannot fix it."""


class Unreachable(Exception):
    """Discord could not be reached (network, TLS, timeout)."""


def _seconds(value: object, default: float) -> float:
    try:
        seconds = float(str(value))
    except (TypeError, ValueError):
        return default
    return min(max(seconds, 0.0), MAX_WAIT)


def _error(response: httpx.Response) -> DiscordError:
    try:
        body = response.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, Mapping) else {}
    code = body.get("code", 0)
    message = str(body.get("message") or response.reason_phrase)[:200]
    kind = TokenRejected if response.status_code == 401 else DiscordError
    return kind(response.status_code, code if isinstance(code, int) else 0, message)


class DiscordRest:
    """One bot's REST client. ``close`` ends its connections."""

    def __init__(
        self,
        token: str,
        base_url: str,
        egress: EgressPort,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            transport=egress.transport(),  # the guard's transport: every connection vetted and pinned
            trust_env=False,
            timeout=TIMEOUT,
            headers={"Authorization": f"Bot {token}", "User-Agent": USER_AGENT},
        )
        self._sleep = sleep
        self._resets: dict[str, float] = {}  # route → seconds to wait before its next request
        self.rate_limited = 0  # 429s met, for the benchmark and the panel

    async def close(self) -> None:
        await self._client.aclose()

    async def _request(self, method: str, route: str, path: str, **kwargs: Any) -> Any:
        for attempt in range(1, ATTEMPTS + 1):
            wait = self._resets.pop(route, 0.0)
            if wait:
                await self._sleep(wait)
            try:
                response = await self._client.request(method, path, **kwargs)
            except EgressRefused:
                raise
            except httpx.HTTPError as exc:
                if isinstance(exc.__cause__, EgressRefused):
                    raise exc.__cause__ from None
                raise Unreachable(f"{type(exc).__name__}: {exc}"[:200]) from None
            if response.headers.get("X-RateLimit-Remaining") == "0":
                self._resets[route] = _seconds(response.headers.get("X-RateLimit-Reset-After"), 1.0)
            if response.status_code == 429 and attempt < ATTEMPTS:
                self.rate_limited += 1
                try:
                    body = response.json()
                except ValueError:
                    body = {}
                after = body.get("retry_after") if isinstance(body, Mapping) else None
                delay = _seconds(after if after is not None else response.headers.get("Retry-After"), 1.0)
                log.warning("Discord asks to wait %.2fs (429 on %s)", delay, route)
                await self._sleep(delay)
                continue
            if response.status_code >= 400:
                raise _error(response)
            return response.json() if response.content else None
        raise DiscordError(429, 0, "still rate limited")  # unreachable: the last attempt returns or raises

    async def gateway_bot(self) -> Json:
        """``GET /gateway/bot``: the websocket URL (401 when the token is bad)."""
        answer = await self._request("GET", "gateway", "/gateway/bot")
        if not isinstance(answer, dict) or not isinstance(answer.get("url"), str):
            raise DiscordError(502, 0, "/gateway/bot answered no url")
        return answer

    async def me(self) -> Json:
        answer = await self._request("GET", "me", "/users/@me")
        if not isinstance(answer, dict):
            raise DiscordError(502, 0, "/users/@me answered no user")
        return answer

    async def send(self, channel_id: str, content: str, *, file: bytes | None = None, filename: str = "") -> Json:
        """``POST /channels/{id}/messages``: JSON, or multipart with the file."""
        route, path = f"messages:{channel_id}", f"/channels/{channel_id}/messages"
        payload: Json = {"content": content, "allowed_mentions": {"parse": []}}  # never ping anyone
        if file is None:
            answer = await self._request("POST", route, path, json=payload)
        else:
            payload["attachments"] = [{"id": 0, "filename": filename}]
            files = {"files[0]": (filename, file, "application/octet-stream")}
            data = {"payload_json": json.dumps(payload)}
            answer = await self._request("POST", route, path, data=data, files=files)
        return answer if isinstance(answer, dict) else {}

    async def messages_after(self, channel_id: str, after: int, limit: int = 100) -> list[Json]:
        """The channel's messages newer than ``after``, oldest first."""
        params = {"after": str(after), "limit": str(limit)}
        answer = await self._request("GET", f"read:{channel_id}", f"/channels/{channel_id}/messages", params=params)
        messages = [m for m in answer if isinstance(m, dict)] if isinstance(answer, list) else []
        return sorted(messages, key=lambda m: int(snowflake(m.get("id")) or 0))
