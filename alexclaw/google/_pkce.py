"""OAuth 2.0 with PKCE (RFC 7636), as plain functions: the code verifier,
its S256 challenge, the one-time ``state`` and the authorization URL."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Final
from urllib.parse import urlencode

# calendar.events: read and create events; tasks: task lists and tasks. Nothing wider.
GOOGLE_SCOPES: Final = (
    "https://www.googleapis.com/auth/calendar.events",
    "https://www.googleapis.com/auth/tasks",
)
STATE_SECONDS: Final = 600  # an authorization link is good for 10 minutes, once
VERIFIER_BYTES: Final = 64  # → 86 base64url characters (RFC 7636: 43 to 128)


def new_verifier() -> str:
    """A code verifier: 86 characters of ``[A-Za-z0-9_-]`` from ``secrets``."""
    return secrets.token_urlsafe(VERIFIER_BYTES)


def challenge_of(verifier: str) -> str:
    """S256: base64url(SHA-256(verifier)) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def new_state() -> str:
    return secrets.token_urlsafe(32)


def state_hash(state: str) -> str:
    """What the node keeps of a state: its SHA-256 (the state itself lives
    only in the link and the browser)."""
    return hashlib.sha256(state.encode("utf-8", errors="replace")).hexdigest()


def same(a: str, b: str) -> bool:
    """Constant-time equality of two texts."""
    return hmac.compare_digest(a.encode("utf-8", errors="replace"), b.encode("utf-8", errors="replace"))


def authorization_url(auth_url: str, *, client_id: str, redirect_uri: str, state: str, verifier: str) -> str:
    """Where the operator's browser goes to consent: offline access (a
    refresh token), consent asked again (so Google sends a refresh token
    even on a second connection), the minimal scopes, PKCE S256."""
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(GOOGLE_SCOPES),
            "state": state,
            "code_challenge": challenge_of(verifier),
            "code_challenge_method": "S256",
            "access_type": "offline",
            "prompt": "consent",
        }
    )
    return f"{auth_url}?{query}"
