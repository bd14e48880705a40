"""What must hold after the chaos, read from the database and the fakes.
Each check answers ``(name, held, detail)``; the test fails on any that did
not hold, and the report lists them all."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from alexclaw.security import AuditSeal, anchor_path, verify_chain
from alexclaw.storage import Connection
from tests.chaos.load import CONFIG_KEY, ConfigWrite
from tests.fake_telegram import FakeBotAPI

UNFINISHED = ("queued", "running")


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    held: bool
    detail: str


async def runs_ended(conn: Connection, tickets: list[int]) -> list[Check]:
    """Every accepted run is completed, failed with a reason, cancelled or
    interrupted (resumable); none left running; each step result once."""
    rows = {r["id"]: r for r in await conn.fetch("SELECT id, status, error, step_results FROM workflow_runs")}
    missing = [t for t in tickets if t not in rows]
    stuck = [i for i, r in rows.items() if r["status"] in UNFINISHED]
    no_reason = [i for i, r in rows.items() if r["status"] == "failed" and not (r["error"] or "").strip()]
    outcomes = Counter(
        (r["run_id"], r["position"]) for r in await conn.fetch("SELECT run_id, position FROM skill_outcomes")
    )
    twice = sorted({run for (run, _pos), n in outcomes.items() if n > 1})
    disagree = []
    for run_id, row in rows.items():
        steps = row["step_results"]
        recorded = [step["position"] for step in (json.loads(steps) if isinstance(steps, str) else steps)]
        if len(recorded) != len(set(recorded)) or sorted(recorded) != sorted(p for (r, p) in outcomes if r == run_id):
            disagree.append(run_id)
    statuses = Counter(r["status"] for r in rows.values())
    return [
        Check("every accepted run has its row", not missing, f"{len(tickets)} accepted; missing {missing[:10]}"),
        Check("no run left queued or running", not stuck, f"{dict(statuses)}; stuck {stuck[:10]}"),
        Check("every failed run names its reason", not no_reason, f"without a reason: {no_reason[:10]}"),
        Check(
            "every step result recorded once",
            not twice and not disagree,
            f"twice {twice[:10]}; step_results ≠ outcomes {disagree[:10]}",
        ),
    ]


async def config_writes_kept(conn: Connection, writes: list[ConfigWrite]) -> list[Check]:
    """Every accepted write has its audit row, and the value in force is the
    last accepted one (or a later one whose answer was lost)."""
    audited = await conn.fetchval(
        "SELECT count(*) FROM audit_log WHERE action = 'config.set' AND target = $1 AND actor <> 'test'", CONFIG_KEY
    )
    accepted = [w for w in writes if w.accepted]
    possible = [w for w in writes if w.accepted is not False]
    value = await conn.fetchval("SELECT value FROM settings WHERE key = $1", CONFIG_KEY)
    last = max((i for i, w in enumerate(writes) if w.accepted), default=-1)
    allowed = {w.value for w in writes[last:] if w.accepted is not False} if last >= 0 else {None}
    return [
        Check(
            "every accepted config write has its audit row",
            len(accepted) <= audited <= len(possible),
            f"{len(accepted)} accepted, {len(possible) - len(accepted)} unanswered, {audited} audited",
        ),
        Check(
            "the last accepted config write is in force",
            value in allowed,
            f"in force {value!r}, allowed {sorted(map(str, allowed))[:5]}",
        ),
    ]


async def audit_chain_verifies(conn: Connection, key: str, data_dir: Path) -> Check:
    report = await verify_chain(conn, AuditSeal(key), anchor_path(data_dir))
    return Check("audit verify passes", report.ok, f"{report.rows} rows; {report.problem or 'intact'}")


FAILED_REPLY = "That failed on the node"  # the dispatcher's answer to a command that raised
RESTART_NOTICE = "it may or may not have run"  # the gateway's word on an update whose dispatch had begun


def telegram_exactly_once(fake: FakeBotAPI, tokens: dict[str, int]) -> Check:
    """Each update acted on once: at most one reply of its own (naming its
    unique text), and answered — by that reply, by the gateway's "I
    restarted while handling …; it may or may not have run" (a restart
    after its dispatch began: told, never dispatched again), or by the
    dispatcher's "That failed on the node" (a command that raised), each of
    which answers one update that has no reply of its own."""
    texts = [sent.text or "" for sent in fake.sent]
    own = Counter(token for text in texts if RESTART_NOTICE not in text for token in tokens if token in text)
    told = Counter(token for text in texts if RESTART_NOTICE in text for token in tokens if token in text)
    twice = {t: n for t, n in own.items() if n > 1}
    unanswered = [t for t in tokens if own[t] == 0 and told[t] == 0]
    failed = sum(1 for text in texts if text.startswith(FAILED_REPLY))
    return Check(
        "every Telegram update acted on exactly once",
        not twice and len(unanswered) <= failed,
        f"{len(tokens)} updates; acted twice {dict(list(twice.items())[:10])}; {sum(told.values())} restart "
        f"notices; {len(unanswered)} without a reply of their own, {failed} answered 'that failed'",
    )
