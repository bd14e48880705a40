"""``gateways.ports.InboxPort`` over PostgreSQL (migrations 0008, 0011)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from alexclaw.security import Pools, record_audit, redact, scan_leaks
from alexclaw.storage import Connection, DatabaseHandle
from gateways import InboxItem

T = TypeVar("T")
REDACTED_KEY = "alexclaw_redacted"  # the names of what was masked, for the dispatcher's warning
EXCERPT_CHARS = 200


def storable(value: Any) -> Any:
    """``value`` with every NUL in a string or key replaced: PostgreSQL's
    jsonb refuses ``\u0000``, and one such update must not stop the inbox."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, Mapping):
        return {str(k).replace("\x00", "\ufffd"): storable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [storable(v) for v in value]
    return value


def safe_excerpt(text: str) -> str:
    """A short text for the records with any credential in it masked."""
    short = text[:EXCERPT_CHARS]
    findings = [f for f in scan_leaks(short) if f.action != "warn"]
    return redact(short, findings) if findings else short


def without_secrets(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The update as stored: a credential typed into the chat is masked
    before it reaches the database (and so any later reader or LLM)."""
    stored = dict(payload)
    message = stored.get("message")
    if not isinstance(message, Mapping):
        return stored
    message = dict(message)
    names: list[str] = []
    for field in ("text", "caption"):
        text = message.get(field)
        if isinstance(text, str):
            findings = [f for f in scan_leaks(text) if f.action != "warn"]
            if findings:
                message[field] = redact(text, findings)
                names.extend(f.name for f in findings)
    if names:
        stored["message"] = message
        stored[REDACTED_KEY] = sorted(set(names))
    return stored


class PgInbox:
    """Every call waits for the database (with backoff, up to
    ``WAIT_FOR_DATABASE``) while it is away: the gateway pauses instead of
    failing — Telegram keeps the updates until their offset is confirmed."""

    def __init__(self, database: DatabaseHandle) -> None:
        self.database = database

    async def _wait(self, work: Callable[[], Awaitable[T]], what: str) -> T:
        return await self.database.when_ready(work, what=f"gateway inbox ({what})")

    async def next_offset(self, gateway: str) -> int | None:
        async def work() -> int | None:
            async with self.database.pool().acquire() as conn:
                value = await conn.fetchval("SELECT next_offset FROM gateway_offsets WHERE gateway = $1", gateway)
            return None if value is None else int(value)

        return await self._wait(work, "next_offset")

    async def receive(
        self, gateway: str, updates: Sequence[tuple[int, Mapping[str, Any]]], next_offset: int | None
    ) -> None:
        async def work() -> None:
            async with self.database.pool().acquire() as conn, conn.transaction():
                if updates:
                    await conn.executemany(
                        "INSERT INTO gateway_inbox (gateway, update_id, payload) VALUES ($1, $2, $3::jsonb) "
                        "ON CONFLICT (gateway, update_id) DO NOTHING",
                        [
                            (gateway, update_id, json.dumps(storable(without_secrets(payload)), default=str))
                            for update_id, payload in updates
                        ],
                    )
                if next_offset is not None:
                    await conn.execute(
                        "INSERT INTO gateway_offsets (gateway, next_offset) VALUES ($1, $2) "
                        "ON CONFLICT (gateway) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()",
                        gateway, next_offset,
                    )  # fmt: skip

        return await self._wait(work, "receive")

    async def unhandled(self, gateway: str, limit: int = 100) -> Sequence[InboxItem]:
        async def work() -> Sequence[InboxItem]:
            async with self.database.pool().acquire() as conn:
                rows = await conn.fetch(
                    "SELECT update_id, payload::text AS payload, started_at IS NOT NULL AS started FROM gateway_inbox "
                    "WHERE gateway = $1 AND handled_at IS NULL ORDER BY update_id LIMIT $2",
                    gateway, limit,
                )  # fmt: skip
            return [InboxItem(int(r["update_id"]), json.loads(r["payload"]), bool(r["started"])) for r in rows]

        return await self._wait(work, "unhandled")

    async def mark_started(self, gateway: str, update_id: int) -> None:
        async def work() -> None:
            async with self.database.pool().acquire() as conn:
                await conn.execute(
                    "UPDATE gateway_inbox SET started_at = now() WHERE gateway = $1 AND update_id = $2",
                    gateway,
                    update_id,
                )

        return await self._wait(work, "mark_started")

    async def mark_handled(self, gateway: str, update_ids: Sequence[int]) -> None:
        async def work() -> None:
            async with self.database.pool().acquire() as conn:
                await conn.execute(
                    "UPDATE gateway_inbox SET handled_at = now() WHERE gateway = $1 AND update_id = ANY($2::bigint[])",
                    gateway, list(update_ids),
                )  # fmt: skip

        return await self._wait(work, "mark_handled")

    async def record_failure(self, gateway: str, update_id: int, error: str, excerpt: str) -> int:
        async def work() -> int:
            async with self.database.pool().acquire() as conn:
                attempts = await conn.fetchval(
                    "UPDATE gateway_inbox SET attempts = attempts + 1, last_error = $3 "
                    "WHERE gateway = $1 AND update_id = $2 RETURNING attempts",
                    gateway, update_id, f"{error[:80]}: {safe_excerpt(excerpt)}",
                )  # fmt: skip
            return int(attempts or 1)

        return await self._wait(work, "record_failure")

    async def set_aside(
        self, gateway: str, update_id: int, error: str, excerpt: str, payload: Mapping[str, Any] | None = None
    ) -> None:
        """Poisoned, with its audit row, in one transaction."""
        reason = f"{error[:80]}: {safe_excerpt(excerpt)}"
        stored = json.dumps(storable(without_secrets(payload or {"update_id": update_id})), default=str)

        async def work() -> None:
            async with self.database.pool().acquire() as conn, conn.transaction():
                attempts = await conn.fetchval(
                    "INSERT INTO gateway_inbox "
                    "(gateway, update_id, payload, attempts, last_error, poisoned_at, handled_at) "
                    "VALUES ($1, $2, $3::jsonb, 1, $4, now(), now()) "
                    "ON CONFLICT (gateway, update_id) DO UPDATE SET poisoned_at = now(), handled_at = now(), "
                    "last_error = EXCLUDED.last_error, attempts = greatest(gateway_inbox.attempts, 1) "
                    "RETURNING attempts",
                    gateway, update_id, stored, reason,
                )  # fmt: skip
                await record_audit(
                    conn,
                    f"gateway:{gateway}",
                    "gateway.update_set_aside",
                    f"update:{update_id}",
                    outcome="failed",
                    detail={"error": error[:80], "excerpt": safe_excerpt(excerpt), "attempts": int(attempts or 1)},
                )

        return await self._wait(work, "set_aside")

    async def note_pending(
        self, gateway: str, chat_id: str, title: str, username: str, *, user_id: str = "", user_name: str = ""
    ) -> None:
        async def work() -> None:
            async with self.database.pool().acquire() as conn:
                await conn.execute(
                    "INSERT INTO pending_chats (gateway, chat_id, title, username, user_id, user_name) "
                    "VALUES ($1, $2, $3, $4, $5, $6) "
                    "ON CONFLICT (gateway, chat_id) DO UPDATE SET last_seen = now(), "
                    "messages = pending_chats.messages + 1, title = EXCLUDED.title, username = EXCLUDED.username, "
                    "user_id = EXCLUDED.user_id, user_name = EXCLUDED.user_name",
                    gateway, chat_id, title[:200], username[:100], user_id[:32], user_name[:200],
                )  # fmt: skip

        return await self._wait(work, "note_pending")


async def pending_chats(database: DatabaseHandle, gateway: str = "telegram") -> list[dict[str, Any]]:
    async with database.pool().acquire() as conn:
        rows = await conn.fetch(
            "SELECT chat_id, title, username, user_id, user_name, first_seen, last_seen, messages FROM pending_chats "
            "WHERE gateway = $1 ORDER BY last_seen DESC LIMIT 50",
            gateway,
        )
    return [dict(r) for r in rows]


async def pending_chat(database: Pools, chat_id: str, gateway: str = "telegram") -> dict[str, Any] | None:
    async with database.pool().acquire() as conn:
        row = await conn.fetchrow(
            "SELECT chat_id, title, username, user_id, user_name FROM pending_chats "
            "WHERE gateway = $1 AND chat_id = $2",
            gateway, chat_id,
        )  # fmt: skip
    return dict(row) if row is not None else None


async def forget_pending(database: Pools, chat_id: str, gateway: str = "telegram") -> None:
    async with database.pool().acquire() as conn:
        await remove_pending(conn, chat_id, gateway)


async def remove_pending(conn: Connection, chat_id: str, gateway: str = "telegram") -> None:
    """Off the pending list, inside the caller's transaction."""
    await conn.execute("DELETE FROM pending_chats WHERE gateway = $1 AND chat_id = $2", gateway, chat_id)


async def stored_messages(conn: Connection, window: timedelta) -> AsyncIterator[tuple[str, datetime, str, str]]:
    """Chat texts (and captions) received within ``window``: (source, when,
    direction, text), for the retroactive shield scan."""
    for row in await conn.fetch(
        "SELECT gateway, update_id, received_at, coalesce(payload->'message'->>'text', "
        "payload->'message'->>'caption', '') AS text FROM gateway_inbox "
        "WHERE received_at >= now() - $1::interval ORDER BY received_at",
        window,
    ):
        if row["text"]:
            yield f"{row['gateway']}:update {row['update_id']}", row["received_at"], "prompt", row["text"]
