"""Server-side admin sessions: revocable and listable. The cookie carries a
random 32-byte id; only its SHA-256 is stored, so a database dump holds no
usable session. Each session has its own CSRF synchronizer token, and the
fingerprint of the password and 2FA state it was made under (``fingerprint``:
an HMAC under a key derived from SECRET_KEY_BASE — never the password): a
new password, no password, or 2FA turned on, off or re-enrolled ends it."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from alexclaw.storage import Connection

TOUCH_EVERY = timedelta(seconds=60)  # last_seen is refreshed at most this often
CACHE_SECONDS = 2.0  # how long a checked session is trusted without a query


class SessionCache:
    """Sessions checked in the last ``CACHE_SECONDS``, so a page view does
    not pay a database round trip. Logout and revocation on this node evict
    at once; a revocation made on another node takes effect here within
    ``CACHE_SECONDS``. Owned by the web app, used on the loop thread only."""

    def __init__(self, ttl: float = CACHE_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._entries: dict[str, tuple[float, WebSession]] = {}

    def get(self, id_hash: str) -> WebSession | None:
        entry = self._entries.get(id_hash)
        if entry is None:
            return None
        checked, session = entry
        if self.clock() - checked > self.ttl or session.expires_at <= datetime.now(UTC):
            del self._entries[id_hash]
            return None
        return session

    def put(self, session: WebSession) -> None:
        if len(self._entries) > 10_000:  # bounded: drop everything, re-check from the database
            self._entries.clear()
        self._entries[session.id_hash] = (self.clock(), session)

    def evict(self, prefix: str | None = None) -> None:
        """Forget one session (by its hash or a prefix of it), or all."""
        if prefix is None:
            self._entries.clear()
            return
        for id_hash in [h for h in self._entries if h.startswith(prefix)]:
            del self._entries[id_hash]


class ShownOnce:
    """Recovery codes waiting for the one page view that shows them, per
    web session, in this process's memory only (never a cookie, a URL or a
    row); forgotten once shown or after ``ttl`` seconds. When a session is
    renewed (2FA just turned on) its codes move to the successor."""

    def __init__(self, ttl: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._entries: dict[str, tuple[float, tuple[str, ...]]] = {}

    def keep(self, id_hash: str, codes: tuple[str, ...]) -> None:
        self._entries[id_hash] = (self.clock(), codes)

    def take(self, id_hash: str) -> tuple[str, ...]:
        made, codes = self._entries.pop(id_hash, (0.0, ()))
        return codes if self.clock() - made <= self.ttl else ()

    def move(self, old: str, new: str) -> None:
        if old in self._entries:
            self._entries[new] = self._entries.pop(old)


@dataclass(frozen=True)
class WebSession:
    id_hash: str
    csrf_token: str
    created_at: datetime
    authenticated_at: datetime
    last_seen: datetime
    expires_at: datetime
    ip: str
    user_agent: str
    fingerprint: str = field(default="", repr=False)

    @property
    def short_id(self) -> str:
        return self.id_hash[:12]


def hash_id(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def fingerprint(key: bytes, password: str | None, totp_secret: str | None) -> str | None:
    """What a session is bound to: the password and the 2FA secret in force
    (none when 2FA is off). None when there is no password: no session is
    valid then. Each part is length-prefixed so no two states collide."""
    if not key or not password:
        return None
    parts = [password.encode(), (totp_secret or "").encode()]
    message = b"".join(len(part).to_bytes(4, "big") + part for part in parts)
    return hmac.new(key, b"alexclaw session v1\x00" + message, hashlib.sha256).hexdigest()


def bound_to(session: WebSession, current: str | None) -> bool:
    """Whether ``session`` was made under the current state (constant time)."""
    return current is not None and hmac.compare_digest(session.fingerprint.encode(), current.encode())


async def create_session(
    conn: Connection, ip: str, user_agent: str, lifetime: timedelta, bound: str
) -> tuple[str, WebSession]:
    raw = secrets.token_urlsafe(32)
    record = await conn.fetchrow(
        "INSERT INTO web_sessions (id_hash, csrf_token, expires_at, ip, user_agent, fingerprint) "
        "VALUES ($1, $2, now() + $3::interval, $4, $5, $6) RETURNING *",
        hash_id(raw),
        secrets.token_urlsafe(32),
        lifetime,
        ip,
        user_agent[:300],
        bound,
    )
    assert record is not None
    return raw, WebSession(**dict(record))


async def load_session(conn: Connection, raw: str) -> WebSession | None:
    """The live session for a cookie value (expired ones are deleted)."""
    if not raw or len(raw) > 100:
        return None
    record = await conn.fetchrow("SELECT *, now() AS now FROM web_sessions WHERE id_hash = $1", hash_id(raw))
    if record is None:
        return None
    fields = dict(record)
    now = fields.pop("now")
    session = WebSession(**fields)
    if session.expires_at <= now:
        await conn.execute("DELETE FROM web_sessions WHERE id_hash = $1", session.id_hash)
        return None
    if now - session.last_seen > TOUCH_EVERY:
        await conn.execute("UPDATE web_sessions SET last_seen = now() WHERE id_hash = $1", session.id_hash)
    return session


async def delete_session(conn: Connection, id_hash: str) -> bool:
    status = await conn.execute("DELETE FROM web_sessions WHERE id_hash = $1", id_hash)
    return status.endswith(" 1")


async def delete_session_by_prefix(conn: Connection, short_id: str) -> bool:
    if len(short_id) < 12 or not all(c in "0123456789abcdef" for c in short_id):
        return False
    status = await conn.execute("DELETE FROM web_sessions WHERE left(id_hash, 12) = $1", short_id[:12])
    return not status.endswith(" 0")


async def active_sessions(conn: Connection) -> list[WebSession]:
    await conn.execute("DELETE FROM web_sessions WHERE expires_at <= now()")
    records = await conn.fetch("SELECT * FROM web_sessions ORDER BY last_seen DESC")
    return [WebSession(**dict(r)) for r in records]
