"""The shield in use: mode, fail-closed, events, break-glass tagging.

``ShieldGuard.check`` is what every LLM call goes through (prompt before,
response after). A scanner error is a BLOCK verdict (fail closed). Non-ALLOW
verdicts are recorded in ``shield_events`` with a redacted excerpt (≤ 200
characters, credentials masked) and a hash — never the full text. In
``observe`` mode nothing is refused; in ``block`` mode a BLOCK verdict is,
unless a break-glass window is open: then the traffic is let through,
tagged, and kept (encrypted) for the retroactive scan when the window ends.

REVIEW means one thing everywhere (issue 26): in block mode, a REVIEW
prompt of the operator's own (the chat, the command line, their workflows'
own prompts) passes with its verdict shown; a REVIEW prompt that came from
outside — ``outside`` names the source: a shield proxy client (``proxy``),
an MCP caller (``mcp``), fetched pages and tool results a call carries as
untrusted data (``content``) — is refused unless the operator allows
REVIEW for that source (``shield.review_allowed_sources``). Either way it is
recorded. Observe mode and break-glass refuse nothing, as for BLOCK.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from actors import Snapshot
from alexclaw.security._crypto import SecretBox
from alexclaw.security._leaks import redact, scan_leaks
from alexclaw.security._shield import DEFAULT_THRESHOLDS, Detection, Direction, ShieldResult, Thresholds
from alexclaw.security._shield import scan as shield_scan
from alexclaw.storage import DatabaseHandle

log = logging.getLogger("alexclaw.security.shield")

EXCERPT_CHARS = 200
# The sources from outside the operator a REVIEW verdict may be allowed for.
REVIEW_SOURCES: Final = ("proxy", "mcp", "content")


@dataclass(frozen=True, slots=True)
class BreakGlassWindow:
    id: int
    reason: str
    ends_at: float  # epoch seconds


@dataclass(frozen=True, slots=True)
class GuardDecision:
    allowed: bool
    result: ShieldResult
    mode: str
    break_glass: int | None = None
    held_from: str | None = None  # a REVIEW refused because it came from this outside source


def review_sources(value: Any) -> frozenset[str]:
    """The setting ``shield.review_allowed_sources`` (a JSON list) as the
    set of known sources it names; anything else allows nothing (fail
    closed)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return frozenset()
    if not isinstance(value, list | tuple):  # the settings store hands JSON lists back frozen, as tuples
        return frozenset()
    return frozenset(item for item in value if item in REVIEW_SOURCES)


def excerpt(text: str) -> str:
    """At most 200 characters, credentials masked, one line."""
    head = text[: EXCERPT_CHARS * 2]
    cleaned = redact(head, scan_leaks(head))
    return " ".join(cleaned.split())[:EXCERPT_CHARS]


class ShieldGuard:
    def __init__(
        self,
        database: DatabaseHandle,
        mode: Callable[[], str],
        box: SecretBox,
        break_glass: Snapshot[BreakGlassWindow | None],
        clock: Callable[[], float],
        *,
        thresholds: Callable[[], Thresholds] = lambda: DEFAULT_THRESHOLDS,
        review_allowed: Callable[[], frozenset[str]] = frozenset,
    ) -> None:
        self.thresholds = thresholds
        self.review_allowed = review_allowed
        self.database = database
        self.mode = mode
        self.box = box
        self.break_glass = break_glass
        self.clock = clock

    def _scan(self, text: str, direction: Direction) -> ShieldResult:
        try:
            return shield_scan(text, direction, self.thresholds())
        except Exception as exc:  # fail closed: an error in a scanner is a BLOCK, loudly
            log.exception("shield scanner failed; treating the text as BLOCK")
            detection = Detection(f"scanner.error.{type(exc).__name__}", "scanner", "CRITICAL", 1.0, 1)
            return ShieldResult("BLOCK", 100, (detection,))

    def verdict(self, text: str, direction: Direction) -> ShieldResult:
        """The scanners' verdict alone: nothing recorded, no mode applied (a
        streamed answer is judged as it grows; ``check`` records the end)."""
        return self._scan(text, direction)

    def enforcing(self) -> bool:
        """A BLOCK verdict would be refused now (block mode, no break-glass)."""
        window = self.break_glass.read()
        return self.mode() != "observe" and (window is None or window.ends_at <= self.clock())

    async def check(
        self, text: str, direction: Direction, source: str = "", *, outside: str | None = None
    ) -> GuardDecision:
        """The verdict on ``text`` and whether it may pass. ``outside``: the
        outside source a prompt came from (``REVIEW_SOURCES``), None for
        the operator's own."""
        result = self._scan(text, direction)
        mode = "observe" if self.mode() == "observe" else "block"
        window = self.break_glass.read()
        if window is not None and window.ends_at <= self.clock():
            window = None
        held = (
            direction == "prompt"
            and result.verdict == "REVIEW"
            and outside is not None
            and outside not in self.review_allowed()
        )
        enforced = mode == "block" and window is None and (result.verdict == "BLOCK" or held)
        if result.verdict != "ALLOW" or window is not None:
            recorded = f"{source} (from {outside})" if outside and outside not in source else source
            await self._record(text, direction, recorded, result=result, enforced=enforced, window=window)
        held_from = outside if enforced and result.verdict == "REVIEW" else None
        return GuardDecision(not enforced, result, mode, window.id if window else None, held_from)

    async def _record(
        self,
        text: str,
        direction: Direction,
        source: str,
        *,
        result: ShieldResult,
        enforced: bool,
        window: BreakGlassWindow | None,
    ) -> None:
        async with self.database.pool().acquire() as conn, conn.transaction():
            if result.verdict != "ALLOW":
                await conn.execute(
                    "INSERT INTO shield_events (direction, verdict, score, rules, categories, excerpt, content_hash, "
                    "source, enforced, break_glass_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    direction,
                    result.verdict,
                    result.score,
                    [d.rule for d in result.detections],
                    sorted({d.category for d in result.detections}),
                    excerpt(text),
                    hashlib.sha256(text.encode()).hexdigest(),
                    source[:200],
                    enforced,
                    window.id if window else None,
                )
            if window is not None:
                await conn.execute(
                    "INSERT INTO break_glass_traffic (break_glass_id, direction, source, content) "
                    "VALUES ($1, $2, $3, $4)",
                    window.id,
                    direction,
                    source[:200],
                    self.box.encrypt(text),
                )
