"""What the node can be asked to do with Google, for every front end (the
Google page, the chat): start a connection (a one-time state bound to who
asked, a PKCE verifier, the authorization link), finish it at the
callback, disconnect, and check. Each answers with a value and writes its
audit row in the transaction of its change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from actors import CallTimeout, NoProcess, ProcessExited, Refused, Snapshot, call
from alexclaw.config import ConfigHandle
from alexclaw.google._client import ClientCredentials, GoogleClient, GoogleError
from alexclaw.google._pkce import authorization_url, new_state, new_verifier, same
from alexclaw.google._store import Tokens, delete_tokens, load_tokens, save_state, save_tokens, take_state
from alexclaw.google._tokens import TOKENS_NAME, AccessToken, Adopt, Forget, GoogleStatus, RefreshIfDue
from alexclaw.secret_store import SecretStore
from alexclaw.security import Acting, Done, Invalid, SecretBox, record_audit
from alexclaw.storage import DatabaseHandle

log = logging.getLogger("alexclaw.google")

CALLBACK_PATH: Final = "/oauth/google/callback"
GOOGLE_CONNECT_STARTED: Final = "google.connect_started"
GOOGLE_CONNECTED: Final = "google.connected"
GOOGLE_CALLBACK_REFUSED: Final = "google.callback_refused"
GOOGLE_DISCONNECTED: Final = "google.disconnected"


def web_binding(session_id_hash: str) -> str:
    return f"web:{session_id_hash}"


def chat_binding(gateway: str, chat_id: str) -> str:
    return f"chat:{gateway}:{chat_id}"


@dataclass(frozen=True, slots=True)
class Connected:
    """The callback's success: where the operator came from (``chat``: the
    page says to return to the chat)."""

    account: str
    from_chat: bool


@dataclass(frozen=True, slots=True)
class GoogleOperations:
    database: DatabaseHandle
    config: ConfigHandle
    box: SecretBox | SecretStore  # the tokens: Vault when VAULT_ADDR is set
    client: GoogleClient
    status: Snapshot[GoogleStatus]
    default_redirect: str  # http://<web bind>/oauth/google/callback
    clock: Callable[[], datetime]
    tokens: str = TOKENS_NAME  # the token manager's registered name

    def credentials(self) -> ClientCredentials | None:
        """The OAuth client, or None: the feature is off (fail closed)."""
        client_id = str(self.config.get("google.client_id") or "").strip()
        secret = str(self.config.get("google.client_secret") or "")
        return ClientCredentials(client_id, secret) if client_id and secret else None

    def redirect_uri(self) -> str:
        return str(self.config.get("google.redirect_uri") or "").strip() or self.default_redirect

    async def connect(self, acting: Acting, bound_to: str) -> Done[str] | Invalid:
        """A new authorization link for whoever ``bound_to`` names (a web
        session or a chat): valid 10 minutes, once."""
        credentials = self.credentials()
        if credentials is None:
            return Invalid.of("Google is off: set google.client_id and google.client_secret first")
        state, verifier, now = new_state(), new_verifier(), self.clock()
        async with self.database.pool().acquire() as conn, conn.transaction():
            await save_state(conn, self.box, state, verifier, bound_to=bound_to, now=now)
            await record_audit(conn, acting.actor, GOOGLE_CONNECT_STARTED, "google",
                               detail={"bound_to": bound_to.split(":", 1)[0]})  # fmt: skip
        link = authorization_url(self.client.endpoints.auth_url, client_id=credentials.client_id,
                                 redirect_uri=self.redirect_uri(), state=state, verifier=verifier)  # fmt: skip
        return Done("Open this link to let the node reach your Google Calendar and Tasks "
                    "(valid 10 minutes, once):\n" + link, link)  # fmt: skip

    async def callback(
        self, acting: Acting, state: str, code: str, error: str, web_session: str | None
    ) -> Done[Connected] | Invalid:
        """Google sent the browser back: the state must be one this node
        made, unused, younger than 10 minutes, and — when a web session
        asked for it — come back in that same session. Anything else is
        refused and audited, and nothing is stored."""
        now = self.clock()
        if not state or len(state) > 200:
            return await self._refused(acting, "the callback carries no valid state")
        async with self.database.pool().acquire() as conn:
            pending = await take_state(conn, self.box, state, now)
        if isinstance(pending, str):
            return await self._refused(acting, pending)
        if pending.bound_to.startswith("web:") and not (
            web_session is not None and same(pending.bound_to, web_binding(web_session))
        ):
            return await self._refused(acting, "this authorization was started in another browser session")
        if error:
            return await self._refused(acting, f"Google did not authorize: {error[:100]}")
        credentials = self.credentials()
        if credentials is None:
            return await self._refused(acting, "Google is off: set google.client_id and google.client_secret")
        if not code or len(code) > 2000:
            return await self._refused(acting, "the callback carries no authorization code")
        grant = await self.client.exchange(credentials, code, pending.verifier, self.redirect_uri())
        if isinstance(grant, GoogleError):
            return await self._refused(acting, f"Google refused the code ({grant.message})")
        if grant.refresh_token is None:
            return await self._refused(acting, "Google sent no refresh token (remove the app's access and retry)")
        account = await self._account(grant.access_token)
        tokens = Tokens(grant.access_token, grant.refresh_token, now + timedelta(seconds=grant.expires_in),
                        grant.scope, account)  # fmt: skip
        async with self.database.pool().acquire() as conn, conn.transaction():
            unsaved = await save_tokens(conn, self.box, tokens, now)
            if unsaved is None:
                await record_audit(conn, acting.actor, GOOGLE_CONNECTED, "google",
                                   detail={"account": account, "scope": grant.scope,
                                           "from": pending.bound_to.split(":", 1)[0]})  # fmt: skip
        if unsaved is not None:
            return await self._refused(acting, f"the tokens were not saved: {unsaved.message}")
        await self._tell(Adopt(tokens))
        said = f"Google connected{' as ' + account if account else ''}."
        return Done(said, Connected(account, pending.bound_to.startswith("chat:")))

    async def _refused(self, acting: Acting, reason: str) -> Invalid:
        async with self.database.pool().acquire() as conn:
            await record_audit(conn, acting.actor, GOOGLE_CALLBACK_REFUSED, "google", outcome="denied",
                               detail={"reason": reason})  # fmt: skip
        return Invalid.of(reason)

    async def _account(self, access_token: str) -> str:
        """Who the tokens are for: the primary calendar's name is its
        owner's address (calendar.events lets the node read it)."""
        answer = await self.client.api(access_token, "GET", "/calendar/v3/calendars/primary/events",
                                       query={"maxResults": "1"})  # fmt: skip
        if isinstance(answer, GoogleError) or answer.status != 200 or not isinstance(answer.data, dict):
            return ""
        return str(answer.data.get("summary") or "")[:200]

    async def disconnect(self, acting: Acting) -> Done[None] | Invalid:
        """Revoke at Google (best effort), delete the tokens, audit."""
        async with self.database.pool().acquire() as conn:
            tokens = await load_tokens(conn, self.box)
        if tokens is None:
            return Invalid.of("Google is not connected")
        problem = await self.client.revoke(tokens.refresh_token)  # revoking it ends the access token too
        async with self.database.pool().acquire() as conn, conn.transaction():
            await delete_tokens(conn)
            await record_audit(conn, acting.actor, GOOGLE_DISCONNECTED, "google",
                               detail={"revoked_at_google": problem is None,
                                       **({"revoke_error": problem.message[:200]} if problem else {})})  # fmt: skip
        await self._tell(Forget())
        if problem is not None:
            return Done(f"Google disconnected here; Google did not confirm the revocation ({problem.message}): "
                        "remove the app at myaccount.google.com/permissions.", None)  # fmt: skip
        return Done("Google disconnected: the tokens are revoked at Google and deleted here.", None)

    async def check(self) -> str | None:
        """The Services page's real check: refresh the token, then one
        cheap Calendar call. None when both worked, else why not."""
        if self.credentials() is None:
            return "off: no client id or secret (google.client_id, google.client_secret)"
        status = await self._tell(RefreshIfDue(force=True))
        if not isinstance(status, GoogleStatus) or status.state != "connected":
            return self.status.read().label
        token = await self.access_token()
        if isinstance(token, Refused):
            return token.reason
        answer = await self.client.api(token, "GET", "/calendar/v3/calendars/primary/events",
                                       query={"maxResults": "1"})  # fmt: skip
        if isinstance(answer, GoogleError):
            return f"{answer.kind}: {answer.message}"
        return None if answer.status == 200 else f"Calendar answered HTTP {answer.status}"

    async def access_token(self) -> str | Refused:
        answer = await self._tell(AccessToken())
        return answer if isinstance(answer, str | Refused) else Refused("the token manager did not answer")

    async def _tell(self, message: Any) -> Any:
        try:
            return await call(self.tokens, message, timeout=60)
        except (NoProcess, CallTimeout, ProcessExited) as exc:
            log.warning("google: the token manager did not answer (%s)", type(exc).__name__)
            return Refused("the Google token manager is not running", "unavailable")
