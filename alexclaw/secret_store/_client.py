"""The Vault / OpenBao HTTP API the node uses: AppRole login, token
renewal, KV v2 read and write. Plain functions over one ``httpx`` client
whose only destination is ``VAULT_ADDR`` (no redirects followed, TLS
verified). A failure raises ``VaultForbidden`` (403: the token is bad or
expired) or ``VaultUnreachable`` (no connection, a timeout, 5xx, a sealed
server, an answer of the wrong shape); the token manager turns both into
values. No message here carries a token or a secret."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from alexclaw.settings import VaultSettings

TIMEOUT = httpx.Timeout(5.0, connect=3.0)


class VaultForbidden(Exception):
    """403: the token is unknown, expired or not allowed this path."""


class VaultUnreachable(Exception):
    """No usable answer; the message says what kind (never a value)."""


@dataclass(frozen=True)
class Lease:
    token: str
    duration: float  # seconds
    renewable: bool

    def __repr__(self) -> str:
        return f"Lease(duration={self.duration}, renewable={self.renewable})"


def vault_client(settings: VaultSettings, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The one client to ``VAULT_ADDR``: no environment proxies, no
    redirects (an answer cannot send the token anywhere else), TLS verified
    against the system store or ``VAULT_CACERT``."""
    verify: ssl.SSLContext = httpx.create_ssl_context(trust_env=False)
    if settings.cacert is not None:
        verify = ssl.create_default_context(cafile=str(settings.cacert))
    headers = {"X-Vault-Namespace": settings.namespace} if settings.namespace else {}
    return httpx.AsyncClient(
        base_url=settings.addr,
        headers=headers,
        timeout=TIMEOUT,
        follow_redirects=False,
        trust_env=False,
        verify=verify,
        transport=transport,
    )


async def _send(client: httpx.AsyncClient, method: str, path: str, token: str | None, body: Any = None) -> Any:
    headers = {"X-Vault-Token": token} if token is not None else {}
    try:
        response = await client.request(method, path, json=body, headers=headers)
    except httpx.HTTPError as exc:
        raise VaultUnreachable(type(exc).__name__) from None
    if response.status_code == 403:
        raise VaultForbidden("permission denied")
    if response.status_code == 404:
        raise VaultUnreachable("not found (404)")
    if response.status_code >= 300:
        raise VaultUnreachable(f"HTTP {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise VaultUnreachable("an answer that is not JSON") from None


def _lease(answer: Any) -> Lease:
    auth = answer.get("auth") if isinstance(answer, dict) else None
    if not isinstance(auth, dict) or not isinstance(auth.get("client_token"), str) or not auth["client_token"]:
        raise VaultUnreachable("a login answer without a token")
    duration = auth.get("lease_duration")
    return Lease(
        auth["client_token"],
        float(duration) if isinstance(duration, int | float) else 0.0,
        auth.get("renewable") is True,
    )


async def login(client: httpx.AsyncClient, settings: VaultSettings) -> Lease:
    """``POST /v1/auth/approle/login`` with the role and secret id."""
    body = {"role_id": settings.role_id, "secret_id": settings.secret_id}
    return _lease(await _send(client, "POST", "/v1/auth/approle/login", None, body))


async def renew_self(client: httpx.AsyncClient, token: str) -> Lease:
    """``POST /v1/auth/token/renew-self``: the same token, a fresh lease."""
    return _lease(await _send(client, "POST", "/v1/auth/token/renew-self", token, {}))


def _data_path(mount: str, path: str) -> str:
    return f"/v1/{quote(mount)}/data/{quote(path)}"


async def kv_read(client: httpx.AsyncClient, token: str, mount: str, path: str, version: int) -> dict[str, Any]:
    """``GET /v1/<mount>/data/<path>?version=n``: that version's fields."""
    answer = await _send(client, "GET", f"{_data_path(mount, path)}?version={version}", token)
    data = answer.get("data") if isinstance(answer, dict) else None
    fields = data.get("data") if isinstance(data, dict) else None
    if not isinstance(fields, dict):
        raise VaultUnreachable("a deleted or destroyed version, or an answer of the wrong shape")
    return fields


async def kv_write(client: httpx.AsyncClient, token: str, mount: str, path: str, fields: dict[str, str]) -> int:
    """``POST /v1/<mount>/data/<path>`` with ``{"data": fields}``: the new version."""
    answer = await _send(client, "POST", _data_path(mount, path), token, {"data": fields})
    data = answer.get("data") if isinstance(answer, dict) else None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, int) or version < 1:
        raise VaultUnreachable("a write answer without a version")
    return version
