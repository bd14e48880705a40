"""The settings operation: a bad value is refused as a value before any
approval is asked for, the setting's class names the privileged action
(so the approval's origin and proof land in the ``config.set`` row), and
a write whose audit row fails leaves no setting behind."""

from __future__ import annotations

import json

import asyncpg
import pytest

from alexclaw.config import Row, SettingsOperations, ValueType, write
from alexclaw.security import Acting, Approval, Approver, Challenges, Done, Invalid, SecretBox
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.security.conftest import database

__all__ = ["database"]

BOX = SecretBox("k" * 48)
WEB = Acting.web("192.0.2.7")
CLI = Acting.cli("alex")
CHAT = Acting.chat("telegram:42", "telegram")


def operations(database: DatabaseHandle) -> SettingsOperations[Row]:
    async def write_row(key: str, value: str, *, actor: str, clear: bool, approval: Approval) -> Row:
        async with database.pool().acquire() as conn:
            return await write(conn, BOX, key, value, actor=actor, keep_if_empty=not clear, approval=approval)

    return SettingsOperations(Approver(Challenges(), database, lambda: False), write_row)


async def rows(database: DatabaseHandle, sql: str) -> list[asyncpg.Record]:
    async with database.pool().acquire() as conn:
        return list(await conn.fetch(sql))


async def test_a_bad_value_is_refused_before_anything_is_asked_or_written(database: DatabaseHandle) -> None:
    settings = operations(database)
    refused = await settings.set(WEB, "workflows.max_concurrent_runs", "many", value_type=ValueType.INTEGER)
    assert isinstance(refused, Invalid)
    assert await rows(database, "SELECT * FROM audit_log") == []
    assert await rows(database, "SELECT * FROM settings WHERE key = 'workflows.max_concurrent_runs'") == []


async def test_each_way_in_writes_one_config_row_with_its_origin_and_proof(
    database: DatabaseHandle,
) -> None:
    settings = operations(database)
    assert isinstance(await settings.set(WEB, "workflows.max_concurrent_runs", "4"), Done)
    assert isinstance(await settings.set(CLI, "telegram.chat_id", "-100"), Done)
    assert isinstance(await settings.set(CHAT, "workflows.max_concurrent_runs", "5"), Done)
    audited = await rows(
        database, "SELECT actor, target, detail::text AS detail FROM audit_log WHERE action = 'config.set' ORDER BY id"
    )
    shown = [
        (r["actor"], r["target"], json.loads(r["detail"])["origin"], json.loads(r["detail"])["proof"]) for r in audited
    ]
    assert shown == [
        (WEB.actor, "workflows.max_concurrent_runs", "web", "none"),
        (CLI.actor, "telegram.chat_id", "cli", "host"),
        (CHAT.actor, "workflows.max_concurrent_runs", "chat", "none"),
    ]


async def test_a_write_whose_audit_row_fails_leaves_no_setting(database: DatabaseHandle) -> None:
    async with database.pool().acquire() as conn:
        await conn.execute(
            "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$"
        )
        await conn.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()"
        )
    with pytest.raises(asyncpg.RaiseError, match="audit refused"):
        await operations(database).set(WEB, "workflows.max_concurrent_runs", "3")
    assert await rows(database, "SELECT * FROM settings WHERE key = 'workflows.max_concurrent_runs'") == []
