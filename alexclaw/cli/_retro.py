"""``alexclaw scan --retro``: the shield run again over what the node has
stored — chat messages (the gateways' inbox), step outputs and run results —
with the thresholds and phrase list now in force. For a rule added after
the fact ("would yesterday's traffic have been caught?"). Prints JSON: the
counts per verdict and every non-ALLOW item with its source and a redacted
excerpt (never the full text)."""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

from alexclaw.cli._common import database_command
from alexclaw.config import catalog_default, load_row
from alexclaw.dispatcher import stored_messages
from alexclaw.security import Thresholds, excerpt, set_operator_phrases, shield_scan
from alexclaw.settings import Settings
from alexclaw.storage import Connection, open_pool
from alexclaw.workflows import stored_outputs

Item = tuple[str, datetime, str, str]  # source, when, direction, text


async def stored_texts(conn: Connection, since_hours: float) -> AsyncIterator[Item]:
    """Every stored text newer than ``since_hours``, oldest source first:
    each read by the package that owns its table."""
    window = timedelta(hours=since_hours)
    async for item in stored_messages(conn, window):
        yield item
    async for item in stored_outputs(conn, window):
        yield item


async def _settings(conn: Connection) -> tuple[Thresholds, str]:
    """The shield settings in force (none of them secret: read as stored)."""
    values = {}
    for key in ("shield.block_score", "shield.review_score", "shield.classifier", "sanitizer.extra_phrases"):
        row = await load_row(conn, key)
        values[key] = row.value if row else ""
    block = int(values["shield.block_score"] or catalog_default("shield.block_score"))
    review = int(values["shield.review_score"] or catalog_default("shield.review_score"))
    stored = values["shield.classifier"]
    classifier = stored == "true" if stored else bool(catalog_default("shield.classifier"))
    return Thresholds(block, review, classifier), values["sanitizer.extra_phrases"]


async def retro_scan(conn: Connection, since_hours: float) -> dict[str, Any]:
    thresholds, phrases = await _settings(conn)
    set_operator_phrases(phrases)
    counts = {"ALLOW": 0, "REVIEW": 0, "BLOCK": 0}
    findings = []
    async for source, at, direction, text in stored_texts(conn, since_hours):
        result = shield_scan(text, "response" if direction == "response" else "prompt", thresholds)
        counts[result.verdict] += 1
        if result.verdict != "ALLOW":
            findings.append({
                "source": source,
                "at": at.isoformat(),
                "direction": direction,
                "verdict": result.verdict,
                "score": result.score,
                "rules": [d.rule for d in result.detections],
                "excerpt": excerpt(text),
            })  # fmt: skip
    return {"scanned": sum(counts.values()), "verdicts": counts, "findings": findings}


def cmd_retro(since_hours: float) -> int:
    if since_hours <= 0:
        print("alexclaw: --since must be a positive number of hours", file=sys.stderr)
        return 2

    async def work(settings: Settings) -> int:
        async with open_pool(settings) as pool, pool.acquire() as conn:
            report = await retro_scan(conn, since_hours)
        print(json.dumps(report, ensure_ascii=False))
        return 0

    return database_command(work)
