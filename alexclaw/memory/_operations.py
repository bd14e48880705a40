"""What a person may do to the two stores, written once for the pages and
the command line: each operation takes the acting principal, owns its
transaction and writes its audit row (a constant) in it, and answers a
value — ``Done`` or ``Invalid`` — never an exception for bad input.
Adding a memory is not audited (it is the agent's ordinary writing, as a
run's step output is); deleting and ingesting reference material are."""

from __future__ import annotations

from dataclasses import dataclass

from alexclaw.memory._knowledge import Document, delete_document, ingest_document
from alexclaw.memory._search import InvalidInput
from alexclaw.memory._store import delete_memory
from alexclaw.security import (
    KNOWLEDGE_DELETED,
    KNOWLEDGE_INGESTED,
    MEMORY_DELETED,
    Acting,
    Done,
    Invalid,
    Pools,
    record_audit,
)


@dataclass(frozen=True, slots=True)
class Ingested:
    document_id: int
    chunks: tuple[tuple[int, str], ...]  # (chunk id, text): what is left to embed


@dataclass(frozen=True, slots=True)
class MemoryOperations:
    database: Pools  # the node's DatabaseHandle, or a pool a command opened (FixedPool)

    async def delete_entry(self, acting: Acting, entry_id: int) -> Done[bool]:
        async with self.database.pool().acquire() as conn, conn.transaction():
            gone = await delete_memory(conn, entry_id)
            if gone:
                await record_audit(conn, acting.actor, MEMORY_DELETED, f"memory:{entry_id}")
        return Done(f"Entry #{entry_id} deleted." if gone else f"No entry #{entry_id}.", gone)

    async def ingest(self, acting: Acting, document: Document) -> Done[Ingested] | Invalid:
        """Store a document in chunks (replacing an earlier version of its
        source) with its audit row, or refuse it with the reason."""
        try:
            async with self.database.pool().acquire() as conn, conn.transaction():
                document_id, chunks = await ingest_document(conn, document)
                await record_audit(
                    conn, acting.actor, KNOWLEDGE_INGESTED, document.source, detail={"chunks": len(chunks)}
                )
        except InvalidInput as exc:
            return Invalid.of(str(exc))
        return Done(f"Ingested {document.source} in {len(chunks)} chunks.", Ingested(document_id, tuple(chunks)))

    async def delete_document(self, acting: Acting, document_id: int) -> Done[bool]:
        async with self.database.pool().acquire() as conn, conn.transaction():
            gone = await delete_document(conn, document_id)
            if gone:
                await record_audit(conn, acting.actor, KNOWLEDGE_DELETED, f"document:{document_id}")
        return Done(f"Document #{document_id} deleted." if gone else f"No document #{document_id}.", gone)
