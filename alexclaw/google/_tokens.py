"""The token manager (``alexclaw.google.tokens``): the one owner of the
node's Google tokens. It hands out a valid access token (refreshing it
first when it is due), refreshes it on its own 5 minutes before it
expires, and publishes a status snapshot (connected as …, expired,
revoked, error, disconnected, off) the pages and the chat read without
asking it. A refresh Google answers with ``invalid_grant`` (the operator
revoked the access, or the refresh token expired) disconnects the node:
the tokens are deleted, the act audited, the operator told."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Final

from actors import AsyncActor, Caller, Refused, Snapshot, Timer, send_after
from alexclaw.google._client import ClientCredentials, GoogleClient, GoogleError
from alexclaw.google._store import Tokens, delete_tokens, load_tokens, update_access
from alexclaw.secret_store import SecretStore
from alexclaw.security import SecretBox, record_audit
from alexclaw.storage import DatabaseHandle

log = logging.getLogger("alexclaw.google")

TOKENS_NAME: Final = "alexclaw.google.tokens"
REFRESH_BEFORE: Final = timedelta(minutes=5)
RETRY_SECONDS: Final = 60.0  # a refresh that failed for a passing reason is tried again after this
GOOGLE_REVOKED: Final = "google.revoked"
GOOGLE_REFRESHED: Final = "google.refreshed"


@dataclass(frozen=True, slots=True)
class GoogleStatus:
    """What the node knows of its Google connection, for pages and chats."""

    state: str = "disconnected"  # off | disconnected | connected | expired | revoked | error
    detail: str = ""
    account: str = ""
    expires_at: datetime | None = None

    @property
    def label(self) -> str:
        if self.state == "connected":
            return f"connected as {self.account}" if self.account else "connected"
        return f"{self.state}: {self.detail}" if self.detail else self.state


def refresh_due(tokens: Tokens, now: datetime) -> bool:
    """An access token is refreshed from 5 minutes before it expires."""
    return now >= tokens.expires_at - REFRESH_BEFORE


def status_of(tokens: Tokens | None, configured: bool, now: datetime) -> GoogleStatus:
    if not configured:
        return GoogleStatus("off", "no client id or secret (google.client_id, google.client_secret)")
    if tokens is None:
        return GoogleStatus("disconnected", "not connected: /connect google or the Google page")
    if now >= tokens.expires_at:
        return GoogleStatus("expired", "the access token expired and was not refreshed yet", tokens.account,
                            tokens.expires_at)  # fmt: skip
    return GoogleStatus("connected", "", tokens.account, tokens.expires_at)


@dataclass(frozen=True, slots=True)
class AccessToken:
    """call → the access token (refreshed first when due) | Refused."""


@dataclass(frozen=True, slots=True)
class Adopt:
    """call: tokens just saved by the callback; the manager takes them over."""

    tokens: Tokens


@dataclass(frozen=True, slots=True)
class Forget:
    """call: the tokens were deleted (disconnect); forget them."""


@dataclass(frozen=True, slots=True)
class RefreshIfDue:
    """call → GoogleStatus: refresh now if the clock says it is due (the
    timer's work, and the tests' manual clock); ``force``: refresh anyway
    (the Services page's Check)."""

    force: bool = False


@dataclass(frozen=True, slots=True)
class _Due:
    generation: int


@dataclass(frozen=True, slots=True)
class TokenPorts:
    database: DatabaseHandle
    box: SecretBox | SecretStore
    client: GoogleClient
    credentials: Callable[[], ClientCredentials | None]  # None: the feature is off
    status: Snapshot[GoogleStatus]
    clock: Callable[[], datetime]
    notify: Callable[[str], Awaitable[object]]  # tell the operator (their chat), best effort


class TokenManager(AsyncActor):
    """The one owner of the operator's Google tokens.

    ``handle_call``: ``AccessToken`` → a valid access token (refreshed first
    when due) or a refusal value; ``RefreshIfDue`` → the status after a
    refresh when due (or forced); ``Adopt`` → takes newly connected tokens.
    ``handle_info``: its timer (``_Due`` of the current generation) refreshes
    5 minutes before expiry, or re-arms. A refused refresh (``invalid_grant``)
    deletes the tokens and tells the operator; other failures keep them and
    retry. ``terminate``: cancels the timer."""

    def __init__(self, ports: TokenPorts) -> None:
        super().__init__()
        self.ports = ports
        self.tokens: Tokens | None = None
        self._timer: Timer | None = None
        self._generation = 0

    async def init(self) -> None:
        self.tokens = await self.ports.database.when_ready(self._load, what="google tokens")
        self._publish()
        self._schedule()

    async def _load(self) -> Tokens | None:
        async with self.ports.database.pool().acquire() as conn:
            return await load_tokens(conn, self.ports.box)

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, AccessToken):
            return await self._access_token()
        if isinstance(message, RefreshIfDue):
            if self.tokens is not None and (message.force or refresh_due(self.tokens, self.ports.clock())):
                await self._refresh()
            elif self.ports.status.read().state != "revoked":  # "revoked" stays until the next connection
                self._publish()
            return self.ports.status.read()
        if isinstance(message, Adopt):
            self.tokens = message.tokens
            self._publish()
            self._schedule()
            return None
        if isinstance(message, Forget):
            self.tokens = None
            self._publish()
            self._schedule()
            return None
        raise TypeError(f"unexpected call {message!r}")

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Due) and message.generation == self._generation:
            if self.tokens is not None and refresh_due(self.tokens, self.ports.clock()):
                await self._refresh()
            else:
                self._schedule()

    async def terminate(self, reason: Any) -> None:
        if self._timer is not None:
            self._timer.cancel()

    async def _access_token(self) -> str | Refused:
        if self.ports.credentials() is None:
            return Refused("Google is off: set google.client_id and google.client_secret", "off")
        if self.tokens is None:
            return Refused("Google is not connected: send /connect google (or use the Google page)", "disconnected")
        if refresh_due(self.tokens, self.ports.clock()):
            problem = await self._refresh()
            if problem is not None and (self.tokens is None or self.ports.clock() >= self.tokens.expires_at):
                return Refused(f"Google: {problem.message}", problem.kind)
        assert self.tokens is not None  # refreshed, or still valid for a little while
        return self.tokens.access_token

    async def _refresh(self) -> GoogleError | None:
        """Refresh the access token; None when it worked."""
        tokens, credentials = self.tokens, self.ports.credentials()
        if tokens is None:
            return GoogleError("disconnected", "not connected")
        if credentials is None:
            self._publish()
            return GoogleError("off", "no client id or secret")
        grant = await self.ports.client.refresh(credentials, tokens.refresh_token)
        now = self.ports.clock()
        if isinstance(grant, GoogleError):
            if grant.kind == "invalid_grant":
                await self._revoked(grant)
            else:
                log.warning("google: the token refresh failed (%s): %s", grant.kind, grant.message)
                state = "expired" if now >= tokens.expires_at else "error"
                self.ports.status.publish(GoogleStatus(state, f"refresh failed: {grant.message}", tokens.account,
                                                       tokens.expires_at))  # fmt: skip
                self._schedule(retry=True)
            return grant
        refreshed = replace(
            tokens, access_token=grant.access_token, refresh_token=grant.refresh_token or tokens.refresh_token,
            expires_at=now + timedelta(seconds=grant.expires_in),
        )  # fmt: skip
        async with self.ports.database.pool().acquire() as conn, conn.transaction():
            unsaved = await update_access(conn, self.ports.box, refreshed, now)
            if unsaved is None:
                await record_audit(conn, "node", GOOGLE_REFRESHED, "google",
                                   detail={"expires_at": refreshed.expires_at.isoformat()})  # fmt: skip
        if unsaved is not None:  # the refreshed tokens work from memory; kept at the next refresh
            log.warning("google: the refreshed tokens were not kept: %s", unsaved.message)
        self.tokens = refreshed
        self._publish()
        self._schedule()
        return None

    async def _revoked(self, grant: GoogleError) -> None:
        async with self.ports.database.pool().acquire() as conn, conn.transaction():
            await delete_tokens(conn)
            await record_audit(conn, "node", GOOGLE_REVOKED, "google", outcome="disconnected",
                               detail={"reason": grant.message[:200]})  # fmt: skip
        self.tokens = None
        self._schedule()
        self.ports.status.publish(GoogleStatus("revoked", "Google refused the refresh token (access revoked or "
                                                          "expired): connect again"))  # fmt: skip
        log.warning("google: the refresh token was refused (%s); disconnected", grant.message)
        try:
            await self.ports.notify(
                "Google refused this node's access (revoked or expired): Calendar and Tasks are disconnected. "
                "Send /connect google to connect again."
            )
        except Exception:  # telling the operator is best effort; the status and the audit row say it too
            log.warning("google: could not tell the operator that access was revoked", exc_info=True)

    def _publish(self) -> None:
        self.ports.status.publish(status_of(self.tokens, self.ports.credentials() is not None, self.ports.clock()))

    def _schedule(self, *, retry: bool = False) -> None:
        """One timer at a time: at refresh time (5 minutes before expiry),
        or after ``RETRY_SECONDS`` when a refresh failed for a passing reason."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._generation += 1
        if self.tokens is None:
            return
        due = self.tokens.expires_at - REFRESH_BEFORE - self.ports.clock()
        delay = RETRY_SECONDS if retry else max(due.total_seconds(), 0.0)
        self._timer = send_after(self, _Due(self._generation), delay)
