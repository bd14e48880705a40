"""A fake Discord on 127.0.0.1 that speaks the real protocol: the REST API
under ``/api/v10`` (``GET /gateway/bot``, ``GET /users/@me``, ``POST
/channels/{id}/messages`` as JSON or multipart with ``payload_json`` and
``files[n]``, ``GET /channels/{id}/messages?after=``) with Discord's status
codes, error bodies and rate-limit headers, and the gateway websocket
(HELLO op 10, IDENTIFY op 2 → READY, RESUME op 6 → the missed dispatches
then RESUMED, HEARTBEAT op 1 → ACK op 11, close codes 4004 and 4014).

A message the bot posts is dispatched back to it as a ``MESSAGE_CREATE``
from a bot author, as Discord does. Waiting is event-driven: every change
pulses ``_pulse`` and waiters re-check.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, cast

from quart import Quart, Response, request, websocket

from alexclaw.web import WebEndpoint

TOKEN = "MTEyMzQ1Njc4OTAxMjM0NTY3OA.GfakeT.fake-discord-bot-token-for-the-tests-0123456789"
BOT_ID, GUILD, CHANNEL, OWNER = 900000000000000001, 800000000000000001, 700000000000000001, 600000000000000001
MAX_CONTENT = 2000
Json = dict[str, Any]


@dataclass
class Sent:
    """One message the bot posted."""

    channel_id: str
    content: str
    file: bytes | None = None
    filename: str = ""


@dataclass
class Failure:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Session:
    session_id: str
    events: list[Json] = field(default_factory=list)  # every dispatch, its seq = index + 1
    socket: Any = None  # the live websocket, None while disconnected


class FakeDiscord:
    def __init__(self, token: str = TOKEN, *, heartbeat_ms: int = 45000) -> None:
        self.token = token
        self.heartbeat_ms = heartbeat_ms
        self.sent: list[Sent] = []
        self.identifies: list[Json] = []
        self.resumes: list[Json] = []
        self.heartbeats = 0
        self.rate_limited = 0
        self.ack = True
        self.close_on_identify: int | None = None  # 4014 etc.
        self.deleted_channels: set[str] = set()
        self._history: dict[str, list[Json]] = {}
        self._failures: dict[str, deque[Failure]] = {}
        self._ids = itertools.count(1_000_000_000_000_000_001)
        self._sessions: dict[str, _Session] = {}
        self._current: _Session | None = None
        self._read = 0
        self._pulse = asyncio.Event()
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    @property
    def api_url(self) -> str:
        return f"{self._endpoint.url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return self._endpoint.url.replace("http://", "ws://") + "/gateway"

    async def start(self) -> FakeDiscord:
        await self._endpoint.start()
        return self

    async def stop(self) -> None:
        await self.drop(1001)
        await self._endpoint.stop()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- what a test does -------------------------------------------------

    def message(
        self, content: str, *, channel: int = CHANNEL, guild: int | None = GUILD, author: int = OWNER, bot: bool = False
    ) -> Json:
        """A message as Discord sends it in MESSAGE_CREATE, kept in its channel's history."""
        data: Json = {
            "id": str(next(self._ids)),
            "channel_id": str(channel),
            "author": {"id": str(author), "username": f"user{author % 1000}", "global_name": None, "bot": bot},
            "content": content,
            "embeds": [],
            "attachments": [],
            "mentions": [],
            "timestamp": "2026-12-03T12:00:00.000000+00:00",
            "type": 0,
        }
        if not bot:
            del data["author"]["bot"]
        if guild is not None:
            data["guild_id"] = str(guild)
        self._history.setdefault(str(channel), []).append(data)
        return data

    def push(self, content: str, **kwargs: Any) -> str:
        """A message written in Discord: dispatched to the connected bot; its id."""
        data = self.message(content, **kwargs)
        self.dispatch("MESSAGE_CREATE", data)
        return str(data["id"])

    def push_raw(self, data: Json) -> None:
        self.dispatch("MESSAGE_CREATE", data)

    def dispatch(self, kind: str, data: Any) -> None:
        """To the current session (kept for a RESUME while it is disconnected)."""
        if self._current is not None:
            self._current.events.append({"op": 0, "t": kind, "d": data})
        self._notify()

    def fail_next(self, route: str, status: int, body: Json, headers: dict[str, str] | None = None) -> None:
        """The next request to ``route`` ("messages", "gateway") answers this."""
        self._failures.setdefault(route, deque()).append(Failure(status, body, headers or {}))

    async def drop(self, code: int = 4000) -> None:
        """Close the live websocket with ``code`` (the session stays resumable)."""
        session = self._current
        if session is not None and session.socket is not None:
            socket, session.socket = session.socket, None
            await socket.close(code)
        self._notify()

    @property
    def connected(self) -> bool:
        return self._current is not None and self._current.socket is not None

    async def wait_until(self, predicate: Callable[[], object], timeout: float = 5) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                await self._pulse.wait()

    async def next_sent(self, timeout: float = 5) -> Sent:
        await self.wait_until(lambda: len(self.sent) > self._read, timeout)
        self._read += 1
        return self.sent[self._read - 1]

    def _notify(self) -> None:
        self._pulse.set()
        self._pulse = asyncio.Event()

    # -- the server --------------------------------------------------------

    def _authorized(self) -> bool:
        return request.headers.get("Authorization", "") == f"Bot {self.token}"

    def _failure(self, route: str) -> Response | None:
        queue = self._failures.get(route)
        if not queue:
            return None
        failure = queue.popleft()
        if failure.status == 429:
            self.rate_limited += 1
        return _json(failure.body, failure.status, failure.headers)

    def _app(self) -> Quart:
        app = Quart(__name__)

        @app.get("/api/v10/gateway/bot")
        async def gateway_bot() -> Response:
            if not self._authorized():
                return _json({"message": "401: Unauthorized", "code": 0}, 401)
            failed = self._failure("gateway")
            if failed is not None:
                return failed
            limit = {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}
            return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

        @app.get("/api/v10/users/@me")
        async def me() -> Response:
            if not self._authorized():
                return _json({"message": "401: Unauthorized", "code": 0}, 401)
            return _json(self._bot_user())

        @app.post("/api/v10/channels/<channel_id>/messages")
        async def create_message(channel_id: str) -> Response:
            if not self._authorized():
                return _json({"message": "401: Unauthorized", "code": 0}, 401)
            failed = self._failure("messages")
            if failed is not None:
                return failed
            if channel_id in self.deleted_channels:
                return _json({"message": "Unknown Channel", "code": 10003}, 404)
            file, filename = None, ""
            if (request.content_type or "").startswith("multipart/form-data"):
                form, files = await request.form, await request.files
                payload = json.loads(form.get("payload_json", "{}"))
                upload = files.get("files[0]")
                if upload is not None:
                    file, filename = upload.read(), upload.filename or ""
            else:
                payload = await request.get_json()
            content = str(payload.get("content") or "")
            if not content and file is None:
                return _json({"message": "Cannot send an empty message", "code": 50006}, 400)
            if len(content) > MAX_CONTENT:
                errors = {
                    "content": {
                        "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]
                    }
                }
                return _json({"message": "Invalid Form Body", "code": 50035, "errors": errors}, 400)
            self.sent.append(Sent(channel_id, content, file, filename))
            echo = self.message(content, channel=int(channel_id), author=BOT_ID, bot=True)
            self.dispatch("MESSAGE_CREATE", echo)  # Discord tells the bot of its own message too
            headers = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "4", "X-RateLimit-Reset-After": "1.0",
                       "X-RateLimit-Bucket": "fakebucket"}  # fmt: skip
            return _json(echo, 200, headers)

        @app.get("/api/v10/channels/<channel_id>/messages")
        async def messages(channel_id: str) -> Response:
            if not self._authorized():
                return _json({"message": "401: Unauthorized", "code": 0}, 401)
            after = int(request.args.get("after", "0"))
            limit = int(request.args.get("limit", "50"))
            newer = [m for m in self._history.get(channel_id, []) if int(m["id"]) > after][:limit]
            return _json(list(reversed(newer)))  # Discord answers newest first

        @app.websocket("/gateway")
        async def gateway() -> None:
            await self._serve_socket()

        return app

    def _bot_user(self) -> Json:
        return {"id": str(BOT_ID), "username": "alexclaw-test", "discriminator": "0", "bot": True}

    async def _serve_socket(self) -> None:
        await websocket.accept()
        await websocket.send(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}}))
        first = json.loads(await websocket.receive())
        session, start = await self._open(first)
        if session is None:
            return
        sent_upto = start
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(self._read_frames(session))
                while session.socket is _live():
                    while sent_upto < len(session.events):
                        event = session.events[sent_upto] | {"s": sent_upto + 1}
                        await websocket.send(json.dumps(event))
                        sent_upto += 1
                    await self._pulse.wait()
                raise _Closed
        except* (_Closed, asyncio.CancelledError):
            pass

    async def _open(self, first: Json) -> tuple[_Session | None, int]:
        live = _live()
        data = first.get("d") or {}
        if first.get("op") == 2:
            if data.get("token") != self.token:
                await websocket.close(4004)
                return None, 0
            if self.close_on_identify is not None:
                await websocket.close(self.close_on_identify)
                return None, 0
            self.identifies.append(data)
            session = _Session(f"session-{len(self.identifies)}")
            self._sessions[session.session_id] = session
            self._current, session.socket = session, live
            guilds = [{"id": str(GUILD), "unavailable": True}]
            ready = {"v": 10, "user": self._bot_user(), "session_id": session.session_id,
                     "resume_gateway_url": self.gateway_url, "guilds": guilds}  # fmt: skip
            session.events.append({"op": 0, "t": "READY", "d": ready})
            self._notify()
            return session, len(session.events) - 1
        if first.get("op") == 6:
            self.resumes.append(data)
            found = self._sessions.get(str(data.get("session_id")))
            if found is None or data.get("token") != self.token:
                await websocket.send(json.dumps({"op": 9, "d": False}))
                await websocket.close(4000)
                return None, 0
            self._current, found.socket = found, live
            seq = int(data.get("seq") or 0)
            found.events.append({"op": 0, "t": "RESUMED", "d": {}})
            self._notify()
            return found, seq
        await websocket.close(4002)  # decode error: the first frame must identify or resume
        return None, 0

    async def _read_frames(self, session: _Session) -> None:
        live = _live()
        try:
            while session.socket is live:
                frame = json.loads(await websocket.receive())
                if frame.get("op") == 1:
                    self.heartbeats += 1
                    if self.ack:
                        await websocket.send(json.dumps({"op": 11}))
                    self._notify()
        finally:
            if session.socket is live:
                session.socket = None
            self._notify()
            raise _Closed


def _live() -> Any:
    """The websocket of this connection itself (not the context-local proxy),
    so another task (``drop``) can close it and the handler can tell."""
    return cast(Any, websocket)._get_current_object()


class _Closed(Exception):
    pass


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json", headers=headers or {})
