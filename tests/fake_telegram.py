"""A fake Telegram Bot API server on 127.0.0.1 that speaks the real HTTP protocol.

``POST /bot<token>/<method>`` with a form, JSON or multipart body answers
``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": N, "description": ...}``
with Telegram's status codes and wording, so ``telegram.Bot(token, base_url=fake.base_url)``
maps every answer to the same exception it would get from api.telegram.org. One update
queue and one webhook serve all tokens (one bot); use a fake per bot for several bots.
Waiting is event-driven: every change pulses ``_pulse`` and waiters re-check.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any

from quart import Quart, Response, request

from alexclaw.web import WebEndpoint

DEFAULT_TOKEN = "123456789:AAHfakeTokenForTests_0123456789abcde"
MAX_TEXT, MAX_CAPTION = 4096, 1024
COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?!\S)")
TOKEN_SHAPE = re.compile(r"\d+:[\w-]+")  # a token of another shape gets 404, like Telegram
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
V2_RESERVED = "]()>#+-={}.!"
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
Json = dict[str, Any]


@dataclass
class SentMessage:
    """One message the bot sent: sendMessage, or sendPhoto (photo bytes, caption)."""

    method: str
    token: str
    chat_id: int
    message_id: int
    text: str | None = None
    parse_mode: str | None = None
    caption: str | None = None
    photo: bytes | None = None
    reply_markup: Json | None = None
    params: Json = field(default_factory=dict)


@dataclass
class ApiCall:
    method: str
    token: str
    params: Json


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def markdown_error(text: str, parse_mode: str) -> str | None:
    """Telegram's complaint about unbalanced (or, in V2, unescaped) markup, if any."""
    v2 = parse_mode.lower() == "markdownv2"
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char in ("*_~`[|" if v2 else "*_`["):
            close = "]" if char == "[" else "```" if text.startswith("```", i) else "||" if char == "|" else char
            end = _unescaped(text, close, i + len(close))
            if end < 0 or (char == "|" and close != "||"):
                return f"Can't find end of the entity starting at byte offset {len(text[:i].encode())}"
            i = end + len(close)
            if char == "[" and text.startswith("(", i):
                i = max(_unescaped(text, ")", i), i) + 1
            continue
        if v2 and char in V2_RESERVED and not (char == ">" and (i == 0 or text[i - 1] == "\n")):
            return f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
        i += 1
    return None


def _unescaped(text: str, needle: str, start: int) -> int:
    while (end := text.find(needle, start)) > 0 and text[end - 1] == "\\":
        start = end + 1
    return end


class FakeBotAPI:
    """``async with FakeBotAPI() as fake: async with Bot(fake.token, base_url=fake.base_url)``."""

    def __init__(self, *tokens: str) -> None:
        self.token = tokens[0] if tokens else DEFAULT_TOKEN
        self.tokens: set[str] = set(tokens or (DEFAULT_TOKEN,))
        self.sent: list[SentMessage] = []
        self.calls: list[ApiCall] = []
        self.poll_offsets: list[int | None] = []
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.allowed_updates: list[str] | None = None
        self._queue: list[Json] = []
        self._history: dict[int, Json] = {}
        self._chats: dict[int, Json] = {}
        self._update_ids = itertools.count(100_000_001)
        self._message_ids = itertools.count(1)
        self._failures: dict[str, deque[ApiError]] = defaultdict(deque)
        self._polls: dict[str, int] = defaultdict(int)
        self._read = 0
        self._closed = False
        self._pulse = asyncio.Event()
        self._endpoint = WebEndpoint(self._app(), "127.0.0.1", 0, graceful_timeout=0.5)

    @property
    def base_url(self) -> str:
        return f"{self._endpoint.url}/bot"

    async def start(self) -> FakeBotAPI:
        await self._endpoint.start()
        return self

    async def stop(self) -> None:
        self._closed = True  # pending long polls answer [] at once
        self._notify()
        await self._endpoint.stop()

    async def __aenter__(self) -> FakeBotAPI:
        return await self.start()

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    def bot_user(self, token: str | None = None) -> Json:
        bot_id = int(prefix) if (prefix := (token or self.token).split(":")[0]).isdigit() else 1
        return {"id": bot_id, "is_bot": True, "first_name": "Fake Bot", "username": f"fake{bot_id}_bot"}

    def make_update(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        username: str = "someone",
        chat_type: str = "private",
    ) -> Json:
        """An update as Telegram sends it, not queued; ``update_json`` finds it again later."""
        private = chat_type == "private"
        user_id = user_id if user_id is not None else chat_id if private else 10_000_001
        user = {"id": user_id, "is_bot": False, "first_name": username.title(), "username": username}
        chat: Json = {"id": chat_id, "type": chat_type}
        chat |= {"first_name": username.title(), "username": username} if private else {"title": f"Chat {chat_id}"}
        self._chats[chat_id] = chat
        message: Json = {"message_id": next(self._message_ids), "from": user | {"language_code": "en"}}
        message |= {"chat": chat, "date": int(time.time()), "text": text}
        entities = [
            {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group())}
            for m in COMMAND.finditer(text)
        ]
        if entities:
            message["entities"] = entities
        update: Json = {"update_id": next(self._update_ids), "message": message}
        self._history[update["update_id"]] = update
        return update

    def push_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        username: str = "someone",
        chat_type: str = "private",
    ) -> int:
        """Queue a message update for getUpdates; returns its update_id."""
        update = self.make_update(chat_id, text, user_id=user_id, username=username, chat_type=chat_type)
        self._queue.append(update)
        self._notify()
        return int(update["update_id"])

    def push_raw(self, update: Json) -> None:
        """Queue an update exactly as given — a malformed one too, as a
        broken or hostile Bot API server would send it (it needs an int
        ``update_id``: the queue is confirmed by offset)."""
        self._history[int(update["update_id"])] = update
        self._queue.append(update)
        self._notify()

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def update_json(self, update_id: int) -> Json:
        return self._history[update_id]

    @property
    def pending(self) -> int:
        """Updates not yet confirmed by an offset."""
        return len(self._queue)

    def fail_next(self, method: str, status: int, description: str = "", retry_after: int | None = None) -> None:
        """The next call of ``method`` answers this error (queued, one per call)."""
        default = HTTPStatus(status).phrase + (f": retry after {retry_after}" if retry_after is not None else "")
        self._failures[method.lower()].append(ApiError(status, description or default, retry_after))

    async def wait_until(self, predicate: Callable[[], object], timeout: float = 5) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                await self._pulse.wait()

    async def next_sent(self, timeout: float = 5) -> SentMessage:
        """The first sent message not yet returned by ``next_sent``, waiting for it."""
        await self.wait_until(lambda: len(self.sent) > self._read, timeout)
        self._read += 1
        return self.sent[self._read - 1]

    async def wait_for_sent(self, count: int, timeout: float = 5) -> list[SentMessage]:
        await self.wait_until(lambda: len(self.sent) >= count, timeout)
        return list(self.sent)

    def _notify(self) -> None:
        self._pulse.set()
        self._pulse = asyncio.Event()

    def _app(self) -> Quart:
        app = Quart("fake-telegram")
        handlers: dict[str, Callable[[str, Json], Any]] = {
            "getme": lambda token, _: self.bot_user(token),
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "sendphoto": self._send_photo,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._webhook_info,
        }

        @app.route("/bot<token>/<method>", methods=["GET", "POST"])
        async def api(token: str, method: str) -> Response:
            try:
                if token not in self.tokens:
                    raise ApiError(401, "Unauthorized") if TOKEN_SHAPE.fullmatch(token) else ApiError(404, "Not Found")
                if (handler := handlers.get(method.lower())) is None:
                    raise ApiError(404, "Not Found")
                params = await self._params()
                self.calls.append(ApiCall(method, token, params))
                if method.lower() == "getupdates":
                    self.poll_offsets.append(None if params.get("offset") is None else int(params["offset"]))
                self._notify()
                if self._failures[method.lower()]:
                    raise self._failures[method.lower()].popleft()
                result = handler(token, params)
                return _answer(200, {"ok": True, "result": await result if asyncio.iscoroutine(result) else result})
            except ApiError as err:
                body: Json = {"ok": False, "error_code": err.status, "description": err.description}
                if err.retry_after is not None:
                    body["parameters"] = {"retry_after": err.retry_after}
                return _answer(err.status, body)

        return app

    async def _params(self) -> Json:
        params: Json = dict(request.args)
        if request.is_json:
            body = await request.get_json()
            params.update(body if isinstance(body, dict) else {})
        else:
            params.update((await request.form).to_dict())
            params.update({name: upload.read() for name, upload in (await request.files).items()})
        return params

    async def _get_updates(self, token: str, params: Json) -> list[Json]:
        if self.webhook_url:
            raise ApiError(409, WEBHOOK_CONFLICT)
        self._polls[token] += 1
        poll = self._polls[token]
        self._notify()  # an earlier poll of this token ends with 409
        offset, limit = int(params.get("offset", 0)), min(max(int(params.get("limit", 100)), 1), 100)
        if offset < 0:
            self._queue = self._queue[offset:]
        elif offset:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        try:
            await self.wait_until(
                lambda: self._queue or self._closed or self._polls[token] != poll, float(params.get("timeout", 0))
            )
        except TimeoutError:
            pass
        if self._polls[token] != poll:
            raise ApiError(409, POLL_CONFLICT)
        return self._queue[:limit]

    def _check_chat(self, params: Json) -> int:
        chat_id = str(params.get("chat_id", ""))
        if not chat_id:
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not re.fullmatch(r"-?\d+", chat_id):
            raise ApiError(400, "Bad Request: chat not found")
        return int(chat_id)

    def _check_markup(self, text: str, parse_mode: str | None) -> None:
        if parse_mode and parse_mode.lower() in ("markdown", "markdownv2"):
            error = markdown_error(text, parse_mode)
            if error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error}")

    def _record(self, method: str, token: str, params: Json, content: Json, **fields: Any) -> Json:
        chat_id = self._check_chat(params)
        markup = _json_value(params.get("reply_markup"))
        mid, mode = next(self._message_ids), params.get("parse_mode")
        sent = SentMessage(method, token, chat_id, mid, parse_mode=mode, reply_markup=markup, params=params, **fields)
        self.sent.append(sent)
        self._notify()
        chat = self._chats.get(chat_id, {"id": chat_id, "type": "private" if chat_id > 0 else "group"})
        message = {"message_id": mid, "from": self.bot_user(token), "chat": chat, "date": int(time.time()), **content}
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def _send_message(self, token: str, params: Json) -> Json:
        text = str(params.get("text", ""))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        self._check_markup(text, params.get("parse_mode"))
        return self._record("sendMessage", token, params, {"text": text}, text=text)

    def _send_photo(self, token: str, params: Json) -> Json:
        photo = params.get("photo")
        if isinstance(photo, str) and photo.startswith("attach://"):
            photo = params.get(photo.removeprefix("attach://"))
        if not photo:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        caption = params.get("caption")
        if caption is not None:
            if len(caption) > MAX_CAPTION:
                raise ApiError(400, "Bad Request: message caption is too long")
            self._check_markup(caption, params.get("parse_mode"))
        n = len(self.sent)
        size = {"file_id": f"photo-{n}", "file_unique_id": f"u{n}", "width": 640, "height": 480}
        size["file_size"] = len(photo)
        content = {"photo": [size]} | ({"caption": caption} if caption is not None else {})
        return self._record(
            "sendPhoto", token, params, content, caption=caption, photo=photo if isinstance(photo, bytes) else None
        )

    def _set_webhook(self, token: str, params: Json) -> bool:
        url, secret = str(params.get("url", "")), params.get("secret_token")
        if url and not url.startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        if secret is not None and not SECRET_TOKEN.fullmatch(secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        if _json_value(params.get("drop_pending_updates")) is True:
            self._queue.clear()
        self.webhook_url, self.webhook_secret = url or None, secret if url else None
        self.allowed_updates = _json_value(params.get("allowed_updates"))
        self._notify()
        return True

    def _delete_webhook(self, token: str, params: Json) -> bool:
        return self._set_webhook(token, {"drop_pending_updates": params.get("drop_pending_updates")})

    def _webhook_info(self, token: str, params: Json) -> Json:
        info = {"url": self.webhook_url or "", "has_custom_certificate": False, "pending_update_count": self.pending}
        return info | ({"max_connections": 40, "ip_address": "127.0.0.1"} if self.webhook_url else {})


def _json_value(value: Any) -> Any:
    """Form fields carry non-string values JSON-encoded (PTB sends ``true``, ``[...]``, ``{...}``)."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _answer(status: int, body: Json) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")
