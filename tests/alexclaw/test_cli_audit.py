"""``alexclaw audit list``: the audit trail from the shell through the same
query as the Audit page — filters that combine, a limit, text, JSON or
JSONL, and a bad filter refused in one line naming it (exit 2)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from tests.alexclaw.config.test_cli import alexclaw
from tests.alexclaw.test_cli import node_env


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url)


async def seed(database_url: str) -> list[int]:
    """Four rows: two old, two recent; two by alice, one refused."""
    now = datetime.now(UTC)
    rows = [
        (now - timedelta(days=3), "cli:alice", "config.set", "old.key", "ok"),
        (now - timedelta(days=3), "cli:bob", "login.failure", "admin", "denied"),
        (now - timedelta(minutes=5), "cli:alice", "config.set", "new.key", "ok"),
        (now - timedelta(minutes=4), "web:admin@127.0.0.1", "config.reveal", "=1+1", "denied"),
    ]
    conn = await asyncpg.connect(database_url)
    try:
        return [
            await conn.fetchval(
                "INSERT INTO audit_log (at, actor, action, target, outcome, detail) "
                'VALUES ($1, $2, $3, $4, $5, \'{"why": "test"}\') RETURNING id',
                *row,
            )
            for row in rows
        ]
    finally:
        await conn.close()


async def test_audit_list_filters_by_action_actor_and_time_newest_first(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    ids = await seed(database_url)
    result = alexclaw("audit", "list", "--action", "config.", "--since", "1d", "--jsonl", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [ids[3], ids[2]]
    assert rows[0]["target"] == "=1+1" and rows[0]["detail"] == {"why": "test"}  # JSON is data: never quoted
    assert datetime.fromisoformat(rows[0]["at"]).utcoffset() == timedelta(0)
    alice = alexclaw("audit", "list", "--actor", "cli:alice", "--json", env=env, cwd=tmp_path)
    assert [r["target"] for r in json.loads(alice.stdout)] == ["new.key", "old.key"]
    limited = alexclaw("audit", "list", "--action", "config.set", "--limit", "1", env=env, cwd=tmp_path)
    lines = limited.stdout.splitlines()
    assert len(lines) == 1 and lines[0].split("\t")[:5] == [str(ids[2]), lines[0].split("\t")[1], "cli:alice",
                                                            "config.set", "new.key"]  # fmt: skip
    assert "why=test" in lines[0]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--since", "last week"], "alexclaw: --since: a date (2026-12-03)"),
        (["--limit", "0"], "alexclaw: --limit: a whole number from 1 to 100000"),
        (["--limit", "ten"], "alexclaw: --limit: a whole number from 1 to 100000"),
        (["--outcome", "Not OK"], "alexclaw: --outcome: one word in lower case"),
    ],
)
async def test_a_bad_filter_is_refused_in_one_line_naming_the_flag(
    env: dict[str, str], tmp_path: Path, flags: list[str], message: str
) -> None:
    result = alexclaw("audit", "list", *flags, env=env, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().startswith(message) and len(result.stderr.strip().splitlines()) == 1
