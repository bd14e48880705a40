"""The chat operations: dismissing a pending chat and its audit row are
one transaction, and adopting a chat is the privileged "telegram.adopt",
refused (and audited) from a way in the table does not list."""

from __future__ import annotations

import asyncpg
import pytest

from alexclaw.dispatcher import ChatOperations, pending_chats
from alexclaw.security import TELEGRAM_CHAT_DISMISSED, Acting, Approver, Challenges, Done, NotAllowed
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.security.conftest import database

__all__ = ["database"]

WEB = Acting.web("192.0.2.7")
CHAT = Acting.chat("telegram:42", "telegram")


class NoSettings:
    """Adoption is refused before any setting is written in these tests."""

    async def set_many(self, values: object, *, actor: str, approval: object = None) -> None:
        raise AssertionError("a refused adoption wrote settings")


async def a_pending_chat(database: DatabaseHandle, chat_id: str) -> None:
    async with database.pool().acquire() as conn:
        await conn.execute("INSERT INTO pending_chats (gateway, chat_id) VALUES ('telegram', $1)", chat_id)


async def test_a_dismissed_chat_leaves_the_list_with_its_audit_row_or_not_at_all(database: DatabaseHandle) -> None:
    chats = ChatOperations(Approver(Challenges(), database, lambda: False), NoSettings())
    await a_pending_chat(database, "-100")
    await a_pending_chat(database, "-200")
    assert await chats.dismiss(WEB, "-100") == Done("Chat -100 removed from the pending list.", None)
    async with database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, target FROM audit_log WHERE action = $1", TELEGRAM_CHAT_DISMISSED)
        assert [(r["actor"], r["target"]) for r in rows] == [(WEB.actor, "chat:-100")]
        await conn.execute(
            "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$"
        )
        await conn.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()"
        )
    with pytest.raises(asyncpg.RaiseError, match="audit refused"):
        await chats.dismiss(WEB, "-200")
    assert [c["chat_id"] for c in await pending_chats(database)] == ["-200"]  # rolled back with its row


async def test_adopting_a_chat_from_the_chat_itself_is_refused_and_audited(database: DatabaseHandle) -> None:
    chats = ChatOperations(Approver(Challenges(), database, lambda: False), NoSettings())
    await a_pending_chat(database, "-300")
    refused = await chats.adopt(CHAT, "-300")
    assert isinstance(refused, NotAllowed)
    async with database.pool().acquire() as conn:
        row = await conn.fetchrow("SELECT actor, target, outcome FROM audit_log WHERE action = 'privileged.refused'")
    assert row is not None and (row["actor"], row["target"], row["outcome"]) == (CHAT.actor, "telegram.adopt", "denied")
    assert [c["chat_id"] for c in await pending_chats(database)] == ["-300"]
