"""Bindings and deliveries in PostgreSQL (migration 0029)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import asyncpg

from alexclaw.storage import Connection
from alexclaw.webhooks._github import Binding

KEEP_REFUSED: Final = 1000  # unverified refusals kept (anyone can make one; nobody can fill the disk)


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    delivery_id: str | None
    event: str
    repository: str
    outcome: str
    status: int
    reason: str
    runs: tuple[int, ...]
    received_at: datetime


async def list_bindings(conn: Connection) -> list[Binding]:
    rows = await conn.fetch(
        "SELECT b.workflow_id, w.name, w.enabled, b.repository, b.events, b.branches "
        "FROM webhook_bindings b JOIN workflows w ON w.id = b.workflow_id ORDER BY lower(w.name)"
    )
    return [
        Binding(r["workflow_id"], r["name"], r["enabled"], r["repository"], tuple(r["events"]), tuple(r["branches"]))
        for r in rows
    ]


async def save_binding(
    conn: Connection, workflow_id: int, repository: str, events: Sequence[str], branches: Sequence[str]
) -> None:
    await conn.execute(
        "INSERT INTO webhook_bindings (workflow_id, repository, events, branches) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (workflow_id) DO UPDATE SET repository = $2, events = $3, branches = $4",
        workflow_id, repository, list(events), list(branches),
    )  # fmt: skip


async def delete_binding(conn: Connection, workflow_id: int) -> bool:
    removed = await conn.fetchval("DELETE FROM webhook_bindings WHERE workflow_id = $1 RETURNING 1", workflow_id)
    return removed is not None


async def claim_delivery(conn: Connection, delivery_id: str, event: str) -> int | None:
    """A verified delivery's row, or None when its id was seen before."""
    row_id: int | None = await conn.fetchval(
        "INSERT INTO webhook_deliveries (delivery_id, event, outcome, status, verified) "
        "VALUES ($1, $2, 'accepted', 202, true) ON CONFLICT (delivery_id) WHERE verified DO NOTHING RETURNING id",
        delivery_id, event,
    )  # fmt: skip
    return row_id


async def finish_delivery(
    conn: Connection, row_id: int, *, outcome: str, status: int, reason: str, repository: str = "",
    runs: Sequence[int] = (),
) -> None:  # fmt: skip
    await conn.execute(
        "UPDATE webhook_deliveries SET outcome = $2, status = $3, reason = $4, repository = $5, runs = $6 "
        "WHERE id = $1",
        row_id, outcome, status, reason[:500], repository, list(runs),
    )  # fmt: skip


async def record_refusal(conn: Connection, delivery_id: str | None, event: str, status: int, reason: str) -> None:
    """An unverified delivery, refused; only the newest ``KEEP_REFUSED`` stay."""
    async with conn.transaction():
        await conn.execute(
            "INSERT INTO webhook_deliveries (delivery_id, event, outcome, status, reason) "
            "VALUES ($1, $2, 'refused', $3, $4)",
            (delivery_id or "")[:100] or None, event[:60], status, reason[:500],
        )  # fmt: skip
        await conn.execute(
            "DELETE FROM webhook_deliveries WHERE NOT verified AND id <= "
            "(SELECT id FROM webhook_deliveries WHERE NOT verified ORDER BY id DESC OFFSET $1 LIMIT 1)",
            KEEP_REFUSED,
        )


async def recent_deliveries(conn: Connection, limit: int = 50) -> list[Delivery]:
    rows = await conn.fetch(
        "SELECT id, delivery_id, event, repository, outcome, status, reason, runs, received_at "
        "FROM webhook_deliveries ORDER BY id DESC LIMIT $1",
        limit,
    )
    return [_delivery(r) for r in rows]


def _delivery(r: asyncpg.Record) -> Delivery:
    return Delivery(
        r["id"], r["delivery_id"], r["event"], r["repository"], r["outcome"], r["status"], r["reason"],
        tuple(r["runs"]), r["received_at"],
    )  # fmt: skip
