"""Reasoning sessions in the database (migration 0039): the session row,
its steps and its other timeline events, which share one ``seq`` per
session (``last_seq``, taken in the same statement that writes the event).
Everything shown or stored that a model or a skill wrote is masked first
(``mask_secrets``: the secrets the node knows and what the leak detector
recognises)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asyncpg import Record

from alexclaw.logs import mask_secrets
from alexclaw.reasoning._desk import BudgetUse, EventKind, SessionSummary, SessionView, StepRecord, TimelineEvent
from alexclaw.reasoning._model import PlanStep, Status
from alexclaw.storage import Connection

STORED_TEXT_CHARS = 20_000  # a prompt, response or output kept on a step
# Every status a session with a process has: at boot, none of this node's has one.
LIVE_STATUSES = tuple(s.value for s in Status if not s.finished and s is not Status.INTERRUPTED)


def masked(text: str | None, limit: int = STORED_TEXT_CHARS) -> str | None:
    """Secrets masked; a NUL (which PostgreSQL text cannot hold) replaced."""
    return None if text is None else mask_secrets(text[:limit]).replace("\x00", "\ufffd")


def json_text(value: Any) -> str:
    """A skill's structured output as text (for the prompts and the answer)."""
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return str(value)


def masked_value(value: Any) -> Any:
    """Every string in a JSON-like value masked (events, the cursor, sources)."""
    if isinstance(value, str):
        return masked(value)
    if isinstance(value, Mapping):
        return {key: masked_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [masked_value(item) for item in value]
    return value


def _json(value: Any) -> str:
    return json.dumps(value).replace("\\u0000", "\\ufffd")


@dataclass(frozen=True)
class StepWrite:
    """A step as the loop writes it (``seq`` and ``at`` come from the database)."""

    iteration: int
    phase: str
    skill: str | None = None
    input: str | None = None
    output: str | None = None
    error: str | None = None
    rubric: Mapping[str, float] | None = None
    decision: str | None = None
    confidence: float | None = None
    guidance: str | None = None
    prompt: str | None = None
    response: str | None = None
    duration_ms: int = 0


@dataclass(frozen=True)
class SessionRow:
    id: int
    goal: str
    status: Status
    reason: str
    origin: str
    actor: str
    node_name: str
    state: Mapping[str, Any]
    elapsed_seconds: float
    last_seq: int
    finished: bool


async def create_session(conn: Connection, goal: str, *, origin: str, actor: str, node: str) -> int:
    row_id: int = await conn.fetchval(
        "INSERT INTO reasoning_sessions (goal, status, origin, actor, node_name) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        goal, Status.PLANNING.value, origin, actor, node,
    )  # fmt: skip
    return row_id


async def _next_seq(conn: Connection, session_id: int) -> int:
    seq: int = await conn.fetchval(
        "UPDATE reasoning_sessions SET last_seq = last_seq + 1, updated_at = now() WHERE id = $1 RETURNING last_seq",
        session_id,
    )
    return seq


async def add_event(conn: Connection, session_id: int, kind: EventKind, data: Mapping[str, Any]) -> TimelineEvent:
    async with conn.transaction():
        seq = await _next_seq(conn, session_id)
        at: datetime = await conn.fetchval(
            "INSERT INTO reasoning_events (session_id, seq, kind, data) VALUES ($1, $2, $3, $4::jsonb) RETURNING at",
            session_id, seq, kind.value, _json(masked_value(dict(data))),
        )  # fmt: skip
    return TimelineEvent(session_id, seq, kind, at, masked_value(dict(data)))


async def add_step(conn: Connection, session_id: int, step: StepWrite) -> TimelineEvent:
    """The step, masked, as a row and as its timeline event."""
    async with conn.transaction():
        seq = await _next_seq(conn, session_id)
        row = await conn.fetchrow(
            "INSERT INTO reasoning_steps (session_id, seq, iteration, phase, skill, input, output, error, rubric, "
            "decision, confidence, guidance, prompt, response, duration_ms) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15) RETURNING *",
            session_id, seq, step.iteration, step.phase, step.skill, masked(step.input), masked(step.output),
            masked(step.error), None if step.rubric is None else json.dumps(dict(step.rubric)), step.decision,
            step.confidence, masked(step.guidance), masked(step.prompt), masked(step.response), step.duration_ms,
        )  # fmt: skip
    assert row is not None  # RETURNING * of an insert
    record = _step(row)
    return TimelineEvent(session_id, seq, EventKind.STEP, record.at, step_data(record))


async def save_session(conn: Connection, session_id: int, **fields: Any) -> None:
    """Update the named columns (jsonb ones given as Python values); every
    text stored masked."""
    jsonb = {"plan", "sources", "state"}
    names, values = [], []
    for number, (name, given) in enumerate(fields.items(), 2):
        value = masked_value(given) if name in jsonb or isinstance(given, str) else given
        cast = "::jsonb" if name in jsonb else ""
        names.append(f"{name} = ${number}{cast}")
        values.append(_json(value) if name in jsonb else value)
    await conn.execute(
        f"UPDATE reasoning_sessions SET {', '.join(names)}, updated_at = now() WHERE id = $1",  # noqa: S608 - names are ours
        session_id,
        *values,
    )


async def get_session(conn: Connection, session_id: int) -> SessionRow | None:
    row = await conn.fetchrow("SELECT * FROM reasoning_sessions WHERE id = $1", session_id)
    if row is None:
        return None
    return SessionRow(
        row["id"], row["goal"], Status(row["status"]), row["reason"], row["origin"], row["actor"], row["node_name"],
        json.loads(row["state"]), row["elapsed_seconds"], row["last_seq"], row["finished_at"] is not None,
    )  # fmt: skip


async def count_live(conn: Connection, node: str) -> int:
    """Sessions of this node that are running or waiting (paused, a question)."""
    count: int = await conn.fetchval(
        "SELECT count(*) FROM reasoning_sessions WHERE node_name = $1 AND finished_at IS NULL AND status <> $2",
        node, Status.INTERRUPTED.value,
    )  # fmt: skip
    return count


async def interrupt_running(conn: Connection, node: str, reason: str) -> list[int]:
    """Sessions of ``node`` left running by a stop or a crash: interrupted
    (resumable), each with its status event."""
    rows = await conn.fetch(
        "UPDATE reasoning_sessions SET status = $2, reason = $3, updated_at = now() "
        "WHERE node_name = $1 AND finished_at IS NULL AND status = ANY($4::text[]) RETURNING id",
        node, Status.INTERRUPTED.value, reason, list(LIVE_STATUSES),
    )  # fmt: skip
    ids = [row["id"] for row in rows]
    for session_id in ids:
        await add_event(conn, session_id, EventKind.STATUS, {"status": Status.INTERRUPTED.value, "reason": reason})
    return ids


async def events_after(conn: Connection, session_id: int, after_seq: int) -> list[TimelineEvent]:
    steps = await conn.fetch(
        "SELECT * FROM reasoning_steps WHERE session_id = $1 AND seq > $2 ORDER BY seq", session_id, after_seq
    )
    others = await conn.fetch(
        "SELECT * FROM reasoning_events WHERE session_id = $1 AND seq > $2 ORDER BY seq", session_id, after_seq
    )
    events = [TimelineEvent(session_id, r["seq"], EventKind.STEP, r["at"], step_data(_step(r))) for r in steps]
    events += [
        TimelineEvent(session_id, r["seq"], EventKind(r["kind"]), r["at"], json.loads(r["data"])) for r in others
    ]
    return sorted(events, key=lambda e: e.seq)


def step_data(record: StepRecord) -> dict[str, Any]:
    return {
        "seq": record.seq, "iteration": record.iteration, "phase": record.phase, "skill": record.skill,
        "input": record.input, "output": record.output, "error": record.error,
        "rubric": dict(record.rubric) if record.rubric is not None else None, "decision": record.decision,
        "confidence": record.confidence, "guidance": record.guidance, "prompt": record.prompt,
        "response": record.response, "duration_ms": record.duration_ms, "at": record.at.isoformat(),
    }  # fmt: skip


def _step(row: Record) -> StepRecord:
    rubric = json.loads(row["rubric"]) if row["rubric"] is not None else None
    return StepRecord(
        row["seq"], row["iteration"], row["phase"], row["skill"], row["input"], row["output"], row["error"], rubric,
        row["decision"], row["confidence"], row["guidance"], row["prompt"], row["response"], row["duration_ms"],
        row["at"],
    )  # fmt: skip


def _summary(row: Record) -> SessionSummary:
    return SessionSummary(
        row["id"], row["goal"], Status(row["status"]), row["reason"], row["confidence"], row["started_at"],
        row["finished_at"], row["origin"],
    )  # fmt: skip


async def recent_sessions(conn: Connection, limit: int, *, origin: str | None = None) -> list[SessionSummary]:
    rows = await conn.fetch(
        "SELECT * FROM reasoning_sessions WHERE ($2::text IS NULL OR actor = $2) ORDER BY id DESC LIMIT $1",
        limit, origin,
    )  # fmt: skip
    return [_summary(row) for row in rows]


async def load_view(
    conn: Connection, session_id: int, *, limits: tuple[int, int, float], elapsed: float | None = None
) -> SessionView | None:
    """The session as the front ends show it. ``limits``: max iterations,
    max model calls, the time budget (the settings in force)."""
    row = await conn.fetchrow("SELECT * FROM reasoning_sessions WHERE id = $1", session_id)
    if row is None:
        return None
    steps = await conn.fetch("SELECT * FROM reasoning_steps WHERE session_id = $1 ORDER BY seq", session_id)
    status = Status(row["status"])
    plan = tuple(PlanStep(str(p["skill"]), str(p.get("input_description", "")), str(p.get("reason", "")))
                 for p in json.loads(row["plan"]))  # fmt: skip
    budgets = BudgetUse(
        row["iterations"], limits[0], row["llm_calls"], limits[1],
        row["elapsed_seconds"] if elapsed is None else elapsed, limits[2],
    )  # fmt: skip
    return SessionView(
        _summary(row), plan, tuple(_step(s) for s in steps), budgets, row["question"], row["guidance"], row["result"],
        tuple(str(s) for s in json.loads(row["sources"])),
        resumable=status in {Status.INTERRUPTED, Status.PAUSED},
    )  # fmt: skip


def plan_json(plan: Sequence[PlanStep]) -> list[dict[str, str]]:
    return [{"skill": p.skill, "input_description": p.input_description, "reason": p.reason} for p in plan]
