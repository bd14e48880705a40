"""``McpGate``: the ASGI app at ``/mcp``, in front of the SDK's session
manager. Every request shows a key first.

In order: the body cap (``mcp.max_body_bytes``, 413; a chunked body over
it is the SDK's 413) → the address's block (the one "wrong secret" limiter
every way in shares: a blocked address is 429 before its key is looked
at) → ``Authorization: Bearer <key>``
against the live keys (401 with a JSON error otherwise; a wrong key counts
toward the address's block and is audited; no key configured at all means
every request is 401) → the key's rate (``mcp.rate_limit_per_minute``,
429) → the SDK (which answers 421 to a Host that is not the node's). The
key found rides in the request's ASGI state for the handlers, and as the
request's authenticated user: the SDK binds a session to the user that
opened it, so another key that learns a session's id gets "Session not
found" (404), as if it did not exist.

Every refusal is a JSON-RPC error object, so an MCP client shows the
reason; none of them is a 500. A database that is away — known before the
key is looked up, or going away during the lookup — is a 503 with
``Retry-After``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final

from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken

from alexclaw.config import McpSettings
from alexclaw.mcp._hub import KEY_STATE, McpHub
from alexclaw.mcp._keys import McpKey, count_live_keys, find_key
from alexclaw.security import Attempt, record_audit, source_key, tally_refusal
from alexclaw.storage import UNAVAILABLE

Scope = dict[str, Any]
MCP_KEY_REFUSED: Final = "mcp.key_refused"  # a wrong key (bounded by the address block it counts towards)
MCP_KEY_MISSING: Final = "mcp.key_missing"  # no key, or none configured: tallied, one row a minute per source
DRAIN_LIMIT: Final = 64 * 1024 * 1024  # a refused body up to this size is read to its end before the 413
DATABASE_AWAY: Final = "the node's database is not answering; try again shortly"


async def _send_json(send: Any, status: int, message: str, code: int, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _drain(receive: Any, length: int) -> None:
    """Read a refused body to its end (discarding it), so the client, which
    is still writing it, reads the 413 instead of a stalled connection;
    beyond ``DRAIN_LIMIT`` the connection is simply answered."""
    if length > DRAIN_LIMIT:
        return
    while True:
        message = await receive()
        if message.get("type") != "http.request" or not message.get("more_body"):
            return


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return ""


class McpGate:
    def __init__(self, hub: McpHub, client_ip: Callable[[Scope], str]) -> None:
        self.hub = hub
        self.client_ip = client_ip

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        manager = self.hub.manager
        if manager is None:
            await _send_json(send, 503, "the MCP endpoint is starting", -32000, {"Retry-After": "5"})
            return
        limit = McpSettings.read(self.hub.services.config).max_body_bytes
        length = _header(scope, b"content-length")
        if length.isdigit() and int(length) > limit:  # before anything else is looked at
            await _drain(receive, int(length))
            await _send_json(send, 413, f"request body larger than {limit} bytes", -32600)
            return
        try:
            refusal = await self._authenticate(scope)
        except UNAVAILABLE as exc:
            # The database went away between the availability check and the
            # key's lookup (a server killed, a connection ended): the same
            # 503 as when it was known away, and every other caller fails fast.
            self.hub.services.database.report_unavailable(exc)
            refusal = 503, DATABASE_AWAY, {"Retry-After": "5"}
        if refusal is not None:
            status, message, headers = refusal
            await _send_json(send, status, message, -32001 if status == 401 else -32000, headers)
            return
        await manager.handle_request(scope, receive, send)

    async def _authenticate(self, scope: Scope) -> tuple[int, str, dict[str, str]] | None:
        """None with the key in the scope's state, or (status, message, headers)."""
        services = self.hub.services
        if not services.database.available:
            return 503, DATABASE_AWAY, {"Retry-After": "5"}
        ip = self.client_ip(scope)
        header = _header(scope, b"authorization")
        given = header[7:].strip() if header[:7].lower() == "bearer " else ""
        found: list[McpKey] = []

        async def right() -> bool:
            async with services.database.pool().acquire() as conn:
                key = await find_key(conn, self.hub.fp_key, given, datetime.now(UTC))
            if key is not None:
                found.append(key)
            return key is not None

        async with services.database.pool().acquire() as conn:
            configured = await count_live_keys(conn) > 0
        limiter = services.limiter
        if not (configured and given):  # nothing was guessed, but a block still holds
            wait = await limiter.refuse_if_locked(source_key(ip), actor=f"ip:{ip}", what="mcp key")
            attempt = Attempt(False, wait, checked=not wait)
        else:
            attempt = await limiter.attempt(source_key(ip), right, actor=f"ip:{ip}", what="mcp key")
        if not attempt.checked:
            return (
                429,
                f"too many failed attempts; retry in {attempt.retry_after} s",
                {"Retry-After": str(attempt.retry_after)},
            )
        if not attempt.passed or not found:
            challenge = {"WWW-Authenticate": 'Bearer realm="alexclaw-mcp"'}
            if configured and given:
                async with services.database.pool().acquire() as conn:
                    await record_audit(conn, f"ip:{ip}", MCP_KEY_REFUSED, "/mcp", outcome="denied")
                return 401, "invalid MCP key (revoked, expired or never issued)", challenge
            tally_refusal(MCP_KEY_MISSING, f"ip:{ip}", "/mcp")
            why = "no MCP key is configured: create one on the MCP page" if not configured else "no bearer key"
            return 401, why, challenge
        key = found[0]
        if not self.hub.admit(key.id, self.hub.now()):
            return (
                429,
                f"the key {key.name} is over its request rate (mcp.rate_limit_per_minute)",
                {"Retry-After": "60"},
            )
        scope.setdefault("state", {})[KEY_STATE] = key
        scope["user"] = key_user(key)
        return None


def key_user(key: McpKey) -> AuthenticatedUser:
    """The key as the SDK's authenticated user: its principal (``client_id``)
    is the key's id, which owns the sessions it opens; the token field holds
    the id too, never the key itself."""
    principal = f"mcp-key:{key.id}"
    return AuthenticatedUser(AccessToken(token=principal, client_id=principal, scopes=sorted(key.scopes)))
