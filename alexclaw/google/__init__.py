"""Google Calendar and Tasks for the operator's own account: OAuth 2.0
authorization code with PKCE and a one-time state bound to who asked, the
token manager actor (``alexclaw.google.tokens``) refreshing before expiry,
and every request through the egress guard to Google's hosts only."""

from alexclaw.google._client import ApiAnswer, ClientCredentials, GoogleClient, GoogleError, Grant
from alexclaw.google._operations import (
    CALLBACK_PATH,
    GOOGLE_CALLBACK_REFUSED,
    GOOGLE_CONNECT_STARTED,
    GOOGLE_CONNECTED,
    GOOGLE_DISCONNECTED,
    Connected,
    GoogleOperations,
    chat_binding,
    web_binding,
)
from alexclaw.google._pkce import GOOGLE_SCOPES, STATE_SECONDS, challenge_of
from alexclaw.google._store import Tokens, load_tokens, move_google_tokens_to_vault, rotate_google_secrets, save_tokens
from alexclaw.google._tokens import (
    GOOGLE_REFRESHED,
    GOOGLE_REVOKED,
    REFRESH_BEFORE,
    TOKENS_NAME,
    GoogleStatus,
    RefreshIfDue,
    TokenManager,
    TokenPorts,
)

__all__ = [
    "CALLBACK_PATH",
    "GOOGLE_CALLBACK_REFUSED",
    "GOOGLE_CONNECTED",
    "GOOGLE_CONNECT_STARTED",
    "GOOGLE_DISCONNECTED",
    "GOOGLE_REFRESHED",
    "GOOGLE_REVOKED",
    "REFRESH_BEFORE",
    "GOOGLE_SCOPES",
    "STATE_SECONDS",
    "TOKENS_NAME",
    "ApiAnswer",
    "ClientCredentials",
    "Connected",
    "GoogleClient",
    "GoogleError",
    "GoogleOperations",
    "GoogleStatus",
    "Grant",
    "RefreshIfDue",
    "TokenManager",
    "TokenPorts",
    "challenge_of",
    "rotate_google_secrets",
    "move_google_tokens_to_vault",
    "Tokens",
    "load_tokens",
    "save_tokens",
    "chat_binding",
    "web_binding",
]
