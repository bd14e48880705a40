"""A fake Google on 127.0.0.1 speaking the real endpoints over real HTTP:
the authorization endpoint (``/o/oauth2/v2/auth``: checks the client, the
redirect URI, the scopes and the S256 challenge, then redirects with a code
and the state), the token endpoint (``/token``: the authorization_code
grant verifying PKCE — S256 of the verifier equals the challenge — and the
client's id and secret; the refresh_token grant; ``invalid_grant`` for a
wrong, used or revoked one), the revoke endpoint (``/revoke``), Calendar
v3 events (list, insert) and Tasks v1 (task lists, tasks list, insert),
each API call checking its bearer token.

It records every request (``seen``: method, path, form or JSON, headers).
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import urlencode

from quart import Quart, Response, jsonify, redirect, request

from alexclaw.settings import GoogleEndpoints
from alexclaw.web import WebEndpoint

CLIENT_ID = "fake-client-id.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-fake-client-secret-0123456789"
ACCOUNT = "operator@example.com"
SCOPES = {"https://www.googleapis.com/auth/calendar.events", "https://www.googleapis.com/auth/tasks"}


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    form: dict[str, str]
    json: Any
    headers: dict[str, str]


@dataclass
class Code:
    challenge: str
    redirect_uri: str
    used: bool = False


@dataclass
class FakeGoogle:
    """``async with FakeGoogle() as google:`` then ``google.endpoints``."""

    lifetime: int = 3600  # expires_in of every access token
    account: str = ACCOUNT
    seen: list[Seen] = field(default_factory=list)
    codes: dict[str, Code] = field(default_factory=dict)
    refresh_tokens: set[str] = field(default_factory=set)  # live ones
    access_tokens: dict[str, str] = field(default_factory=dict)  # live ones → their refresh token
    events: list[dict[str, Any]] = field(default_factory=list)
    tasks: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {"@default": []})
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    @property
    def url(self) -> str:
        return self._endpoint.url

    @property
    def endpoints(self) -> GoogleEndpoints:
        base = self.url
        return GoogleEndpoints(f"{base}/o/oauth2/v2/auth", f"{base}/token", f"{base}/revoke", base)

    def issue(self) -> tuple[str, str]:
        """A fresh (access token, refresh token) pair, as a past consent gave."""
        number = next(self._numbers)
        refresh, access = f"1//fake-refresh-{number:04d}-abcdefghij", f"ya29.fake-access-{number:04d}-abcdefghij"
        self.refresh_tokens.add(refresh)
        self.access_tokens[access] = refresh
        return access, refresh

    def revoke_all(self) -> None:
        """The operator removed the app's access in their Google account."""
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    def grants(self, grant_type: str) -> list[Seen]:
        return [s for s in self.seen if s.path == "/token" and s.form.get("grant_type") == grant_type]

    async def __aenter__(self) -> FakeGoogle:
        await self._endpoint.start()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._endpoint.stop()

    # -- the server ------------------------------------------------------------

    def _app(self) -> Quart:
        app = Quart("fake_google")

        @app.before_request
        async def record() -> None:
            form = {k: str(v) for k, v in (await request.form).items()}
            body = await request.get_json(silent=True) if request.is_json else None
            self.seen.append(Seen(request.method, request.path, form, body, dict(request.headers)))

        @app.get("/o/oauth2/v2/auth")
        async def authorize() -> Any:
            args = request.args
            problems = [
                name
                for name, ok in (
                    ("client_id", args.get("client_id") == CLIENT_ID),
                    ("response_type", args.get("response_type") == "code"),
                    ("scope", set(str(args.get("scope", "")).split()) == SCOPES),
                    ("code_challenge_method", args.get("code_challenge_method") == "S256"),
                    ("code_challenge", len(str(args.get("code_challenge", ""))) == 43),
                    ("access_type", args.get("access_type") == "offline"),
                    ("redirect_uri", str(args.get("redirect_uri", "")).startswith(("http://", "https://"))),
                )
                if not ok
            ]
            if problems:
                return Response(f"Error 400: invalid_request ({', '.join(problems)})", status=400)
            code = f"4/fake-code-{next(self._numbers):04d}"
            self.codes[code] = Code(str(args["code_challenge"]), str(args["redirect_uri"]))
            query = urlencode({"code": code, "state": args.get("state", ""), "scope": " ".join(sorted(SCOPES))})
            return redirect(f"{args['redirect_uri']}?{query}", 302)

        @app.post("/token")
        async def token() -> Any:
            form = self.seen[-1].form
            if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
                return jsonify(error="invalid_client", error_description="Unauthorized"), 401
            if form.get("grant_type") == "authorization_code":
                code = self.codes.get(form.get("code", ""))
                if code is None or code.used or code.redirect_uri != form.get("redirect_uri"):
                    return jsonify(error="invalid_grant", error_description="Malformed auth code."), 400
                code.used = True
                if s256(form.get("code_verifier", "")) != code.challenge:
                    return jsonify(error="invalid_grant", error_description="Invalid code verifier."), 400
                access, refresh = self.issue()
                return jsonify(access_token=access, expires_in=self.lifetime, refresh_token=refresh,
                               scope=" ".join(sorted(SCOPES)), token_type="Bearer")  # fmt: skip
            if form.get("grant_type") == "refresh_token":
                refresh = form.get("refresh_token", "")
                if refresh not in self.refresh_tokens:
                    return jsonify(error="invalid_grant", error_description="Token has been expired or revoked."), 400
                access = f"ya29.fake-access-{next(self._numbers):04d}-abcdefghij"
                self.access_tokens[access] = refresh
                return jsonify(access_token=access, expires_in=self.lifetime, scope=" ".join(sorted(SCOPES)),
                               token_type="Bearer")  # fmt: skip
            return jsonify(error="unsupported_grant_type"), 400

        @app.post("/revoke")
        async def revoke() -> Any:
            token = self.seen[-1].form.get("token", "")
            if token in self.refresh_tokens:
                self.refresh_tokens.discard(token)
                self.access_tokens = {a: r for a, r in self.access_tokens.items() if r != token}
                return jsonify({})
            if self.access_tokens.pop(token, None) is not None:
                return jsonify({})
            return jsonify(error="invalid_token"), 400

        def authorized() -> bool:
            header = request.headers.get("Authorization", "")
            return header.startswith("Bearer ") and header.removeprefix("Bearer ") in self.access_tokens

        def unauthorized() -> Any:
            return jsonify(error={"code": 401, "message": "Request had invalid authentication credentials."}), 401

        @app.route("/calendar/v3/calendars/<calendar>/events", methods=["GET", "POST"])
        async def events(calendar: str) -> Any:
            if not authorized():
                return unauthorized()
            if request.method == "POST":
                event = dict(self.seen[-1].json or {})
                event.update(
                    id=f"evt{len(self.events) + 1}", htmlLink=f"https://calendar.google.com/e{len(self.events)}"
                )
                self.events.append(event)
                return jsonify(event)
            items = self.events[: int(request.args.get("maxResults", "250"))]
            return jsonify(kind="calendar#events", summary=self.account, items=items)

        @app.get("/tasks/v1/users/@me/lists")
        async def tasklists() -> Any:
            if not authorized():
                return unauthorized()
            titles = {"@default": "My Tasks"}
            return jsonify(items=[{"id": key, "title": titles.get(key, key)} for key in self.tasks])

        @app.route("/tasks/v1/lists/<tasklist>/tasks", methods=["GET", "POST"])
        async def tasks(tasklist: str) -> Any:
            if not authorized():
                return unauthorized()
            found = self.tasks.setdefault(tasklist, [])
            if request.method == "POST":
                task = {**(self.seen[-1].json or {}), "id": f"task{len(found) + 1}", "status": "needsAction"}
                found.append(task)
                return jsonify(task)
            return jsonify(items=[t for t in found if t.get("status") != "completed"])

        return app


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
