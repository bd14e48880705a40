"""A fake OpenBao / Vault server on 127.0.0.1 that speaks the real HTTP API.

``POST /v1/auth/approle/login`` (``role_id`` + ``secret_id`` → ``{"auth":
{"client_token", "lease_duration", "renewable", ...}}``), ``POST
/v1/auth/token/renew-self`` (the token in ``X-Vault-Token``, a fresh lease)
and KV v2 on the mount (``GET /v1/<mount>/data/<path>[?version=n]`` →
``{"data": {"data": {...}, "metadata": {"version": n, ...}}}``, ``POST``
with ``{"data": {...}}`` → ``{"data": {"version": n, ...}}``). A missing,
unknown or expired token gets 403 ``{"errors": ["permission denied"]}``; a
missing secret 404 ``{"errors": []}``. Tokens expire on the clock the test
hands in (the same manual clock as the token manager's). Scripted faults:
``expire_tokens()`` (every issued token becomes unknown), ``seal()`` (503
"Vault is sealed" for everything until ``unseal()``), ``stop()`` (the port
refuses connections).
"""

from __future__ import annotations

import itertools
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from quart import Quart, Response, request

from alexclaw.web import WebEndpoint

ROLE_ID = "alexclaw-role-0001"
SECRET_ID = "s3cret-id-for-the-fake-approle-0001"  # the fake's own credential
Json = dict[str, Any]


@dataclass
class _Token:
    expires_at: float
    renewable: bool


@dataclass
class VaultCall:
    method: str
    path: str
    token: str | None
    namespace: str | None = None


@dataclass
class FakeOpenBao:
    """``async with FakeOpenBao(clock=clock) as bao:`` then ``VAULT_ADDR=bao.url``."""

    clock: Callable[[], float]
    mount: str = "secret"
    lease_duration: int = 3600
    renewable: bool = True
    role_id: str = ROLE_ID
    secret_id: str = SECRET_ID
    calls: list[VaultCall] = field(default_factory=list)
    kv: dict[str, list[Json]] = field(default_factory=dict)  # path → versions (1-based)
    sealed: bool = False
    _tokens: dict[str, _Token] = field(default_factory=dict)
    _accessors: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    @property
    def url(self) -> str:
        return self._endpoint.url

    async def start(self) -> FakeOpenBao:
        await self._endpoint.start()
        return self

    async def stop(self) -> None:
        await self._endpoint.stop()

    async def __aenter__(self) -> FakeOpenBao:
        return await self.start()

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- scripted faults and inspection ------------------------------------

    def expire_tokens(self) -> None:
        self._tokens.clear()

    def seal(self) -> None:
        self.sealed = True

    def unseal(self) -> None:
        self.sealed = False

    def count(self, path: str) -> int:
        return sum(1 for c in self.calls if c.path == path)

    def latest(self, path: str) -> Json:
        return self.kv[path][-1]

    def everything_stored(self) -> list[str]:
        """Every value in the KV store, every version."""
        return [str(v) for versions in self.kv.values() for fields in versions for v in fields.values()]

    # -- the API -----------------------------------------------------------

    def _app(self) -> Quart:
        app = Quart("fake-openbao")

        def error(status: int, *errors: str) -> Response:
            return Response(_dump({"errors": list(errors)}), status=status, content_type="application/json")

        def ok(body: Json) -> Response:
            return Response(_dump(body), status=200, content_type="application/json")

        def lease(token: str) -> Json:
            return {
                "request_id": secrets.token_hex(8), "lease_id": "", "renewable": False, "lease_duration": 0,
                "data": None, "wrap_info": None, "warnings": None,
                "auth": {
                    "client_token": token, "accessor": f"accessor-{next(self._accessors)}",
                    "policies": ["alexclaw"], "token_policies": ["alexclaw"], "metadata": {"role_name": "alexclaw"},
                    "lease_duration": self.lease_duration, "renewable": self.renewable, "entity_id": "",
                    "token_type": "service", "orphan": True,
                },
            }  # fmt: skip

        def valid(token: str | None) -> bool:
            known = self._tokens.get(token or "")
            return known is not None and self.clock() < known.expires_at

        @app.route("/v1/<path:path>", methods=["GET", "POST", "PUT"])
        async def api(path: str) -> Response:
            token = request.headers.get("X-Vault-Token")
            self.calls.append(VaultCall(request.method, path, token, request.headers.get("X-Vault-Namespace")))
            if self.sealed:
                return error(503, "Vault is sealed")
            body = await request.get_json(silent=True) or {}
            if path == "auth/approle/login" and request.method in {"POST", "PUT"}:
                if body.get("role_id") != self.role_id or body.get("secret_id") != self.secret_id:
                    return error(400, "invalid role or secret ID")
                issued = "hvs." + secrets.token_urlsafe(24)
                self._tokens[issued] = _Token(self.clock() + self.lease_duration, self.renewable)
                return ok(lease(issued))
            if not valid(token):
                return error(403, "permission denied")
            assert token is not None
            if path == "auth/token/renew-self" and request.method in {"POST", "PUT"}:
                if not self._tokens[token].renewable:
                    return error(400, "lease is not renewable")
                self._tokens[token].expires_at = self.clock() + self.lease_duration
                return ok(lease(token))
            prefix = f"{self.mount}/data/"
            if not path.startswith(prefix):
                return error(404, f"no handler for route '{path}'. route entry not found.")
            secret_path = path.removeprefix(prefix)
            if request.method == "GET":
                versions = self.kv.get(secret_path)
                wanted = int(request.args.get("version", "0") or 0) or (len(versions) if versions else 0)
                if not versions or not 1 <= wanted <= len(versions):
                    return error(404)
                return ok({"data": {"data": versions[wanted - 1], "metadata": _metadata(wanted)}})
            fields = body.get("data")
            if not isinstance(fields, dict):
                return error(400, "no data provided")
            self.kv.setdefault(secret_path, []).append(dict(fields))
            return ok({"data": _metadata(len(self.kv[secret_path]))})

        return app


def _metadata(version: int) -> Json:
    return {
        "created_time": "2026-12-03T18:00:00.000000Z", "custom_metadata": None, "deletion_time": "",
        "destroyed": False, "version": version,
    }  # fmt: skip


def _dump(body: Json) -> str:
    return json.dumps(body)
