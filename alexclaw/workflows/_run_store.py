"""Run rows and skill outcomes. A step result is one statement (the outcome
row and the append to the run's ``step_results`` together), so a step is
either recorded whole or not at all."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

import asyncpg

from alexclaw.storage import Connection
from alexclaw.workflows._executor import RunEnd, StepResult

OUTPUT_SNAPSHOT_BYTES: Final = 2048
ACTIVE: Final = ("queued", "running")
# Finished runs, in the order the pages count them (recovered apart from completed).
FINISHED: Final = ("completed", "recovered", "failed", "cancelled", "interrupted")


@dataclass(frozen=True)
class RunRow:
    id: int
    workflow_id: int | None
    workflow_name: str
    status: str
    trigger: str
    actor: str
    node: str
    input: Any
    started_at: datetime
    completed_at: datetime | None
    result: Any
    error: str | None
    step_results: tuple[StepResult, ...]
    definition: Any = None  # what the run ran (masked); None for runs older than it

    @property
    def duration_seconds(self) -> float | None:
        if self.completed_at is None:
            return None
        return (self.completed_at - self.started_at).total_seconds()


def to_json(value: Any) -> str:
    """Outputs are whatever skills return: anything JSON cannot hold is
    stored as its text rather than failing the run."""
    return json.dumps(value, default=str)


def snapshot(value: Any, limit: int = OUTPUT_SNAPSHOT_BYTES) -> str:
    text = value if isinstance(value, str) else to_json(value)
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode(errors="ignore") + "..."


_COLUMNS = (
    "id, workflow_id, workflow_name, status, trigger, actor, node, input::text AS input, started_at, completed_at, "
    "result::text AS result, error, step_results::text AS step_results, definition::text AS definition"
)


def _row(row: asyncpg.Record) -> RunRow:
    steps = tuple(StepResult.from_json(s) for s in json.loads(row["step_results"]))
    return RunRow(
        row["id"], row["workflow_id"], row["workflow_name"], row["status"], row["trigger"], row["actor"], row["node"],
        json.loads(row["input"]) if row["input"] is not None else None, row["started_at"], row["completed_at"],
        json.loads(row["result"]) if row["result"] is not None else None, row["error"], steps,
        json.loads(row["definition"]) if row["definition"] is not None else None,
    )  # fmt: skip


async def create_run(
    conn: Connection,
    *,
    workflow_id: int,
    workflow_name: str,
    status: str,
    trigger: str,
    actor: str,
    node: str,
    input: Any = None,
    scheduled_for: datetime | None = None,
    definition: Any = None,
) -> int | None:
    """The new run's id; None when ``scheduled_for`` was already taken by a
    run of the same workflow (another node fired that moment first).
    ``definition`` is what the run runs (``run_definition``)."""
    run_id = await conn.fetchval(
        "INSERT INTO workflow_runs (workflow_id, workflow_name, status, trigger, actor, node, input, scheduled_for, "
        "definition) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb) "
        "ON CONFLICT (workflow_id, scheduled_for) WHERE scheduled_for IS NOT NULL DO NOTHING RETURNING id",
        workflow_id, workflow_name, status, trigger, actor, node, None if input is None else to_json(input),
        scheduled_for, None if definition is None else to_json(definition),
    )  # fmt: skip
    return None if run_id is None else int(run_id)


async def record_step(conn: Connection, run_id: int, result: StepResult) -> None:
    entry = result.to_json()
    await conn.execute(
        "WITH outcome AS (INSERT INTO skill_outcomes (run_id, position, skill, status, duration_ms, output, metadata) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)) "
        "UPDATE workflow_runs SET step_results = step_results || jsonb_build_array($8::jsonb) WHERE id = $1",
        run_id, result.position, result.via or result.skill, result.status, result.duration_ms,
        snapshot(result.output), to_json({"branch": result.branch, "error": result.error, "step": result.name}),
        to_json(entry),
    )  # fmt: skip


async def rate_step(
    conn: Connection, run_id: int, position: int | None, value: int, feedback: str | None
) -> tuple[int | None, str | None]:
    """Rate a recorded step (+1 or -1, with optional feedback): the last
    step of the run when ``position`` is None. Returns (the position, the
    skill rated); the skill is None when the run has no such step."""
    if position is None:
        position = await conn.fetchval("SELECT max(position) FROM skill_outcomes WHERE run_id = $1", run_id)
    skill: str | None = await conn.fetchval(
        "UPDATE skill_outcomes SET rating = $3, feedback = $4 WHERE id = ("
        "SELECT id FROM skill_outcomes WHERE run_id = $1 AND position = $2 ORDER BY id DESC LIMIT 1) "
        "RETURNING skill",
        run_id, position, value, feedback,
    )  # fmt: skip
    return position, skill


async def reopen_run(conn: Connection, run_id: int, status: str) -> bool:
    """An interrupted run back to ``running`` (or ``queued``) for Resume."""
    updated = await conn.fetchval(
        "UPDATE workflow_runs SET status = $2, completed_at = NULL, error = NULL "
        "WHERE id = $1 AND status IN ('queued', 'interrupted') RETURNING id",
        run_id, status,
    )  # fmt: skip
    return updated is not None


async def finish_run(conn: Connection, run_id: int, end: RunEnd) -> None:
    """The run's end, written only over a live status: a run already
    marked by someone else (cancelled while queued) keeps that mark."""
    await conn.execute(
        "UPDATE workflow_runs SET status = $2, result = $3::jsonb, error = $4, completed_at = now() "
        "WHERE id = $1 AND status IN ('queued', 'running')",
        run_id, end.status, None if end.result is None else to_json(end.result), end.error,
    )  # fmt: skip


async def interrupt_runs(conn: Connection, node: str, reason: str) -> list[int]:
    """Runs this node left queued or running (it stopped or crashed)."""
    rows = await conn.fetch(
        "UPDATE workflow_runs SET status = 'interrupted', error = $2, completed_at = now() "
        "WHERE node = $1 AND status IN ('queued', 'running') RETURNING id",
        node, reason,
    )  # fmt: skip
    return [r["id"] for r in rows]


async def get_run(conn: Connection, run_id: int) -> RunRow | None:
    row = await conn.fetchrow(f"SELECT {_COLUMNS} FROM workflow_runs WHERE id = $1", run_id)  # noqa: S608 - constant column lists
    return _row(row) if row else None


async def list_runs(
    conn: Connection, *, workflow_id: int | None = None, status: str | None = None, limit: int = 50
) -> list[RunRow]:
    rows = await conn.fetch(
        f"SELECT {_COLUMNS} FROM workflow_runs WHERE ($1::int IS NULL OR workflow_id = $1) "  # noqa: S608 - constant column lists
        "AND ($2::text IS NULL OR status = $2) ORDER BY id DESC LIMIT $3",
        workflow_id, status, limit,
    )  # fmt: skip
    return [_row(r) for r in rows]


async def run_counts(conn: Connection, *, workflow_id: int | None = None) -> dict[str, int]:
    """How many runs end (or stand) in each status; recovered apart."""
    rows = await conn.fetch(
        "SELECT status, count(*) AS n FROM workflow_runs WHERE ($1::int IS NULL OR workflow_id = $1) GROUP BY status",
        workflow_id,
    )
    counts = dict.fromkeys((*ACTIVE, *FINISHED), 0)
    counts.update({r["status"]: int(r["n"]) for r in rows})
    return counts


async def clear_runs(conn: Connection, *, workflow_id: int | None = None) -> int:
    """Delete finished runs (never a queued or running one)."""
    deleted = await conn.fetch(
        "DELETE FROM workflow_runs WHERE status NOT IN ('queued', 'running') "
        "AND ($1::int IS NULL OR workflow_id = $1) RETURNING id",
        workflow_id,
    )
    return len(deleted)


async def last_scheduled(conn: Connection, workflow_id: int) -> datetime | None:
    value: datetime | None = await conn.fetchval(
        "SELECT max(coalesce(scheduled_for, started_at)) FROM workflow_runs "
        "WHERE workflow_id = $1 AND trigger = 'schedule'",
        workflow_id,
    )
    return value


async def mark_running(conn: Connection, run_id: int) -> None:
    """A queued run leaves the queue."""
    await conn.execute("UPDATE workflow_runs SET status = 'running' WHERE id = $1", run_id)


async def end_abandoned(conn: Connection, run_id: int, status: str, error: str) -> None:
    """The end of a run whose process exited without writing it (a crash,
    the node stopping): only over a live status."""
    await conn.execute(
        "UPDATE workflow_runs SET status = $2, error = $3, completed_at = now() "
        "WHERE id = $1 AND status IN ('queued', 'running')",
        run_id, status, error,
    )  # fmt: skip


async def stored_outputs(conn: Connection, window: timedelta) -> AsyncIterator[tuple[str, datetime, str, str]]:
    """Step outputs, then run results, newer than ``window``: (source, when,
    direction, text), for the retroactive shield scan."""
    for row in await conn.fetch(
        "SELECT run_id, position, skill, at, output FROM skill_outcomes WHERE at >= now() - $1::interval ORDER BY id",
        window,
    ):
        yield f"run {row['run_id']} step {row['position']} ({row['skill']})", row["at"], "prompt", row["output"]
    for row in await conn.fetch(
        "SELECT id, started_at, result::text AS result FROM workflow_runs "
        "WHERE result IS NOT NULL AND started_at >= now() - $1::interval ORDER BY id",
        window,
    ):
        yield f"run {row['id']} result", row["started_at"], "response", row["result"]
