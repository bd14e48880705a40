"""The stores' operations: what a page or a command does to memory and
knowledge, each audited once in its own transaction, bad input a value."""

from __future__ import annotations

from datetime import UTC, datetime

from alexclaw.memory import Ingested, MemoryOperations, add_memory, text_document
from alexclaw.security import KNOWLEDGE_DELETED, KNOWLEDGE_INGESTED, MEMORY_DELETED, Acting, Done, Invalid
from alexclaw.storage import DatabaseHandle

WEB = Acting.web("192.0.2.7")
CLI = Acting.cli("alex")


async def audit_rows(database: DatabaseHandle) -> list[tuple[str, str, str]]:
    async with database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, action, target FROM audit_log ORDER BY id")
    return [
        (r["actor"], r["action"], r["target"]) for r in rows if r["action"].split(".")[0] in {"memory", "knowledge"}
    ]


async def test_deleting_an_entry_is_audited_with_the_principal_and_a_missing_one_is_said(
    database: DatabaseHandle,
) -> None:
    async with database.pool().acquire() as conn:
        entry = await add_memory(conn, "note", "The kitten naps on the sofa", now=datetime.now(UTC))
    operations = MemoryOperations(database)
    assert await operations.delete_entry(WEB, entry) == Done(f"Entry #{entry} deleted.", True)
    assert await operations.delete_entry(WEB, entry) == Done(f"No entry #{entry}.", False)
    assert await audit_rows(database) == [(WEB.actor, MEMORY_DELETED, f"memory:{entry}")]


async def test_an_ingested_document_is_audited_and_deleting_it_is_too(database: DatabaseHandle) -> None:
    operations = MemoryOperations(database)
    ingested = await operations.ingest(CLI, text_document("Paragraph one.\n\nParagraph two.", "notes.txt"))
    assert isinstance(ingested, Done) and isinstance(ingested.value, Ingested)
    assert len(ingested.value.chunks) == 1
    document = ingested.value.document_id
    deleted = await operations.delete_document(WEB, document)
    assert deleted.value is True
    assert await audit_rows(database) == [
        (CLI.actor, KNOWLEDGE_INGESTED, "notes.txt"),
        (WEB.actor, KNOWLEDGE_DELETED, f"document:{document}"),
    ]


async def test_an_empty_document_is_refused_with_the_reason_and_nothing_is_stored_or_audited(
    database: DatabaseHandle,
) -> None:
    refused = await MemoryOperations(database).ingest(WEB, text_document("   ", "empty.txt"))
    assert isinstance(refused, Invalid) and refused.errors
    async with database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM knowledge_documents") == 0
    assert await audit_rows(database) == []
