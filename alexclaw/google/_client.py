"""Google's HTTP endpoints, every request through the egress guard with
Google's hosts declared (each kind of request may reach only its own
endpoint: the token endpoint, the revoke endpoint, the Calendar and Tasks
APIs). The access token is added at the edge as a credential, for the API
host only, and masked in whatever comes back. Loopback is reachable only
by the grant the application makes in code (``Node(loopback_grants=
{"google"})``: the tests' fake Google), never by a setting."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

from alexclaw.security import (
    Credential,
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    Endpoint,
)
from alexclaw.settings import GoogleEndpoints

ACCESS_TOKEN: Final = "google.access_token"  # noqa: S105 - the credential's name in the policy, not a value
API_PREFIXES: Final = ("/calendar/v3/", "/tasks/v1/")
_FORM: Final = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}


@dataclass(frozen=True, slots=True)
class Grant:
    """What the token endpoint answered (values never in ``repr``)."""

    access_token: str = field(repr=False)
    expires_in: int
    refresh_token: str | None = field(repr=False, default=None)
    scope: str = ""


@dataclass(frozen=True, slots=True)
class GoogleError:
    """Why a call to Google gave no answer: ``invalid_grant`` (the refresh
    token is revoked or expired, or a code was wrong or used), ``refused``
    (the egress guard), ``failed`` (no answer), ``http`` (another error)."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class ApiAnswer:
    status: int
    data: Any


@dataclass(frozen=True, slots=True)
class ClientCredentials:
    client_id: str
    client_secret: str = field(repr=False)


class GoogleClient:
    def __init__(self, egress: EgressClient, endpoints: GoogleEndpoints, *, allow_loopback: bool = False) -> None:
        self.endpoints = endpoints
        self._egress = egress
        self._loopback = allow_loopback

    def _endpoint(self, url: str, prefix: str, methods: frozenset[str]) -> Endpoint:
        parts = urlsplit(url)
        # Plain http only where the loopback grant was made (the fake Google on this machine).
        return Endpoint(parts.hostname or "", prefix, methods, allow_http=self._loopback and parts.scheme == "http")

    def _policy(self, *endpoints: Endpoint, credentials: tuple[Credential, ...] = ()) -> EgressPolicy:
        return EgressPolicy("google", endpoints, credentials, allow_loopback=self._loopback)

    async def _post_form(self, url: str, form: Mapping[str, str]) -> tuple[int, Any] | GoogleError:
        policy = self._policy(self._endpoint(url, urlsplit(url).path or "/", frozenset({"POST"})))
        try:
            # screen=False: the answer holds the tokens, which this module stores encrypted itself.
            response = await self._egress.request(
                policy, "POST", url, headers=_FORM, body=urlencode(form).encode(), screen=False
            )
        except EgressDenied as exc:
            return GoogleError("refused", str(exc))
        except EgressFailed as exc:
            return GoogleError("failed", str(exc) or type(exc).__name__)
        try:
            return response.status, json.loads(response.body or b"{}")
        except ValueError:
            return response.status, {}

    async def _grant(self, form: Mapping[str, str]) -> Grant | GoogleError:
        answer = await self._post_form(self.endpoints.token_url, form)
        if isinstance(answer, GoogleError):
            return answer
        status, data = answer
        data = data if isinstance(data, Mapping) else {}
        if status != 200:
            error = str(data.get("error") or f"HTTP {status}")
            said = str(data.get("error_description") or "")[:200]
            kind = "invalid_grant" if error == "invalid_grant" else "http"
            return GoogleError(kind, f"{error}: {said}" if said else error)
        token, expires = data.get("access_token"), data.get("expires_in")
        if not isinstance(token, str) or not token or isinstance(expires, bool) or not isinstance(expires, int):
            return GoogleError("http", "the token endpoint answered without an access token and its lifetime")
        refresh = data.get("refresh_token")
        return Grant(token, expires, refresh if isinstance(refresh, str) and refresh else None,
                     str(data.get("scope") or ""))  # fmt: skip

    async def exchange(
        self, client: ClientCredentials, code: str, verifier: str, redirect_uri: str
    ) -> Grant | GoogleError:
        """The authorization code (and the PKCE verifier) for tokens."""
        return await self._grant(
            {
                "grant_type": "authorization_code",
                "code": code,
                "code_verifier": verifier,
                "redirect_uri": redirect_uri,
                "client_id": client.client_id,
                "client_secret": client.client_secret,
            }
        )

    async def refresh(self, client: ClientCredentials, refresh_token: str) -> Grant | GoogleError:
        return await self._grant(
            {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": client.client_id,
                "client_secret": client.client_secret,
            }
        )

    async def revoke(self, token: str) -> GoogleError | None:
        """Best effort: Google forgets the grant (None when it said so)."""
        answer = await self._post_form(self.endpoints.revoke_url, {"token": token})
        if isinstance(answer, GoogleError):
            return answer
        return None if answer[0] == 200 else GoogleError("http", f"HTTP {answer[0]}")

    async def api(
        self, access_token: str, method: str, path: str, *, query: Mapping[str, str] | None = None,
        body: Any = None,
    ) -> ApiAnswer | GoogleError:  # fmt: skip
        """One Calendar or Tasks API call (``path`` under /calendar/v3/ or
        /tasks/v1/); the access token is added by the egress guard."""
        if method not in {"GET", "POST"} or not path.startswith(API_PREFIXES) or ".." in path:
            return GoogleError("refused", f"{method} {path}: only GET/POST under /calendar/v3/ and /tasks/v1/")
        base = self.endpoints.api_base
        host = urlsplit(base).hostname or ""
        endpoints = tuple(self._endpoint(base, prefix, frozenset({"GET", "POST"})) for prefix in API_PREFIXES)
        policy = self._policy(*endpoints, credentials=(Credential(host, ACCESS_TOKEN),))
        url = base + path + (f"?{urlencode(query)}" if query else "")
        headers = {"Accept": "application/json"}
        payload = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            payload = json.dumps(body).encode()
        try:
            response = await self._egress.request(
                policy, method, url, headers=headers, body=payload, secrets={ACCESS_TOKEN: access_token}
            )
        except EgressDenied as exc:
            return GoogleError("refused", str(exc))
        except EgressFailed as exc:
            return GoogleError("failed", str(exc) or type(exc).__name__)
        try:
            data = json.loads(response.body) if response.body else {}
        except ValueError:
            data = {"text": response.text[:500]}
        return ApiAnswer(response.status, data)
