"""``alexclaw memory …`` and ``alexclaw knowledge …`` as an operator runs
them (a subprocess against a real database): found by meaning right after
``add``, JSON shapes, re-embedding, and every refused input exiting 2 with
nothing stored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import asyncpg
import pytest

from tests.alexclaw.memory.test_knowledge import pdf_bytes
from tests.alexclaw.test_cli import node_env


def alexclaw(tmp_path: Path, database_url: str, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "alexclaw", *args],
        env=node_env(tmp_path, DATABASE_URL=database_url), cwd=tmp_path, input=stdin, capture_output=True,
        timeout=120, check=False,
    )  # fmt: skip


async def count(database_url: str, table: str) -> int:
    conn = await asyncpg.connect(database_url)
    try:
        return int(await conn.fetchval(f"SELECT count(*) FROM {table}"))
    finally:
        await conn.close()


@pytest.mark.slow
async def test_an_added_memory_is_found_by_meaning_by_the_next_command(database_url: str, tmp_path: Path) -> None:
    added = alexclaw(tmp_path, database_url, "memory", "add", "--kind", "note", stdin=b"The kitten naps on the sofa.")
    assert added.returncode == 0, added.stderr
    entry_id = int(added.stdout)
    other = alexclaw(tmp_path, database_url, "memory", "add", "--kind", "news", stdin=b"Rates rose again in March.")
    assert other.returncode == 0, other.stderr
    found = alexclaw(tmp_path, database_url, "memory", "search", "my cat sleeping on the couch", "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits[0]["id"] == entry_id and hits[0]["content"] == "The kitten naps on the sofa."
    assert set(hits[0]) == {"id", "kind", "content", "score"}
    assert all(h["content"] != "Rates rose again in March." for h in hits)
    by_kind = alexclaw(tmp_path, database_url, "memory", "search", "interest rates", "--kind", "news", "--json")
    assert [h["kind"] for h in json.loads(by_kind.stdout)] == ["news"]


@pytest.mark.slow
async def test_a_document_is_ingested_searched_and_reembedded(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "solar.pdf").write_bytes(pdf_bytes("Solar panels should face south.", "Clean them twice a year."))
    ingested = alexclaw(tmp_path, database_url, "knowledge", "ingest", str(tmp_path / "solar.pdf"))
    assert ingested.returncode == 0, ingested.stderr
    assert b"solar.pdf (1 chunks)" in ingested.stdout
    question = "which direction for photovoltaic modules"
    found = alexclaw(tmp_path, database_url, "knowledge", "search", question, "--json")
    hits = json.loads(found.stdout)
    assert hits[0]["document"] == "solar.pdf" and hits[0]["source"] == "solar.pdf"
    conn = await asyncpg.connect(database_url)
    try:  # as if the rows came from another model
        await conn.execute("UPDATE knowledge_chunks SET embedding_model = 'old-model'")
    finally:
        await conn.close()
    again = alexclaw(tmp_path, database_url, "memory", "reembed")
    assert again.returncode == 0, again.stderr
    assert b"1 rows had vectors of another model" in again.stdout
    assert b"knowledge_chunks: 1 embedded" in again.stdout and again.stderr == b""


@pytest.mark.slow
async def test_refused_input_exits_2_with_the_reason_and_stores_nothing(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    cases: list[tuple[tuple[str, ...], bytes, bytes]] = [
        (("memory", "add", "--kind", "note"), b"  \n", b"empty"),
        (("memory", "add", "--kind", "note"), b"x" * (64 * 1024 + 1), b"bytes"),
        (("memory", "add", "--kind", "Bad Kind"), b"text", b"unknown kind"),
        (("memory", "search", "q" * 10240), b"", b"characters"),
        (("memory", "search", "cats", "--kind", "Bad Kind"), b"", b"unknown kind"),
        (("knowledge", "ingest", str(tmp_path / "broken.pdf")), b"", b"PDF"),
        (("knowledge", "ingest", str(tmp_path / "absent.txt")), b"", b"cannot read"),
        (("knowledge", "ingest", "http://127.0.0.1:9/secret"), b"", b"egress guard refused"),
        (("knowledge", "ingest", "-"), b"", b"empty"),
    ]
    for args, stdin, reason in cases:
        result = alexclaw(tmp_path, database_url, *args, stdin=stdin)
        assert result.returncode == 2, (args, result.stderr)
        assert reason in result.stderr, (args, result.stderr)
    assert await count(database_url, "memory_entries") == 0
    assert await count(database_url, "knowledge_documents") == 0


@pytest.mark.slow
async def test_a_failing_embedding_provider_leaves_the_entry_stored_without_a_vector_and_says_so(
    database_url: str, tmp_path: Path
) -> None:
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute(
            "INSERT INTO settings (key, value, type, category) VALUES "
            "('memory.embedder', 'absent', 'string', 'memory'), "
            "('memory.embedding_model', 'embed-1', 'string', 'memory')"
        )
    finally:
        await conn.close()
    added = alexclaw(tmp_path, database_url, "memory", "add", "--kind", "note", stdin=b"Rates rose again in March.")
    assert added.returncode == 0, added.stderr
    assert b"no provider named 'absent'" in added.stderr and b"stored without a vector" in added.stderr
    found = alexclaw(tmp_path, database_url, "memory", "search", "rates", "--json")
    assert [h["id"] for h in json.loads(found.stdout)] == [int(added.stdout)]  # by keywords meanwhile
    again = alexclaw(tmp_path, database_url, "memory", "reembed")
    assert again.returncode == 1 and b"re-embedding stopped" in again.stderr and b"absent" in again.stderr
    assert await count(database_url, "memory_entries") == 1
