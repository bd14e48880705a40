"""Refusals that arrive in floods — CSRF failures, wrong webhook secrets,
requests from a blocked address — are audited as one row per action and
source per minute, with a count, so a flood cannot flood the audit table.

The request path only casts (it never waits for the actor); the actor
counts in memory and writes the minute's rows when the minute is over, at
a clean stop, and on demand. Memory and rows are bounded: past
``MAX_SOURCES`` distinct sources in a minute, the rest are counted together
under the source ``other``. A crash loses at most the current minute's
counts (logged by the supervisor).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Final

from actors import AsyncActor, Caller, Refused, cast, send_after
from alexclaw.security._audit import record_audit
from alexclaw.storage import UNAVAILABLE, DatabaseHandle

log = logging.getLogger("alexclaw.security.audit")

REFUSALS_NAME: Final = "alexclaw.security.refusals"
WINDOW_SECONDS: Final = 60.0
MAX_SOURCES: Final = 200
MAX_SAMPLES: Final = 5  # distinct targets kept per row (paths, keys' names) — never a secret


@dataclass(frozen=True, slots=True)
class Refusal:
    action: str  # e.g. csrf.refused
    source: str  # e.g. ip:203.0.113.9
    target: str = ""  # what was asked for (a path); never what was presented


@dataclass(slots=True)
class _Tally:
    count: int = 0
    targets: list[str] = field(default_factory=list)
    overflow: bool = False  # the row of every source past MAX_SOURCES


class _Flush:
    pass


FLUSH: Final = _Flush()


def tally_refusal(action: str, source: str, target: str = "") -> None:
    """Count one refusal; never waits (dropped only if the actor is down)."""
    cast(REFUSALS_NAME, Refusal(action, source, target[:200]))


class RefusalTally(AsyncActor):
    """Counts flooding refusals in memory and writes one audit row per
    (action, source) per window.

    ``handle_cast``
        Counts a ``Refusal`` (``tally_refusal`` never waits).
    ``handle_call``
        ``FLUSH`` writes the counts now and answers how many rows, or
        ``Refused`` (code ``unavailable``) while the database is away — the
        counts are kept for the next flush.
    ``handle_info`` (the window timer)
        Flushes; a database failure here raises and crashes the actor, which
        loses that window's counts (logged by the supervisor).
    ``terminate``
        Flushes what is left; a failure is logged."""

    def __init__(self, database: DatabaseHandle, window: float = WINDOW_SECONDS) -> None:
        super().__init__()
        self.database = database
        self.window = window
        self._tallies: dict[tuple[str, str], _Tally] = {}
        self._sources: dict[str, int] = {}  # distinct sources per action in this window

    async def init(self) -> None:
        send_after(self, FLUSH, self.window)

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, Refusal):
            self._count(message)

    def _count(self, refusal: Refusal) -> None:
        key = (refusal.action, refusal.source)
        tally = self._tallies.get(key)
        if tally is None:
            if self._sources.get(refusal.action, 0) >= MAX_SOURCES:
                tally = self._tallies.setdefault((refusal.action, "other"), _Tally(overflow=True))
            else:
                self._sources[refusal.action] = self._sources.get(refusal.action, 0) + 1
                tally = self._tallies[key] = _Tally()
        tally.count += 1
        if refusal.target and refusal.target not in tally.targets and len(tally.targets) < MAX_SAMPLES:
            tally.targets.append(refusal.target)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Flush):
            await self._flush()
            send_after(self, FLUSH, self.window)
            return
        await super().handle_info(message)

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Flush):
            try:
                return await self._flush()
            except UNAVAILABLE as exc:  # the counts are kept for the next flush
                self.database.report_unavailable(exc)
                return Refused(
                    f"the refusal counts were not written: the database is unavailable ({exc})", "unavailable"
                )
        return await super().handle_call(message, caller)

    async def _flush(self) -> int:
        """One audit row per (action, source) counted since the last flush."""
        tallies, self._tallies = self._tallies, {}
        sources, self._sources = self._sources, {}
        if not tallies:
            return 0
        try:
            async with self.database.pool().acquire() as conn, conn.transaction():
                for (action, source), tally in tallies.items():
                    detail: dict[str, Any] = {"count": tally.count, "window_seconds": int(self.window)}
                    if tally.targets:
                        detail["targets"] = tally.targets
                    if tally.overflow:
                        detail["sources"] = f"beyond the first {MAX_SOURCES}"
                    await record_audit(conn, source, action, "", outcome="denied", detail=detail)
        except UNAVAILABLE:
            # Nothing was counted in between (one message at a time): put the
            # window back whole, so the rows are written by a later flush.
            self._tallies, self._sources = tallies, sources
            raise
        return len(tallies)

    async def terminate(self, reason: Any) -> None:
        try:
            await self._flush()
        except Exception:  # the database may be gone; the counts are lost, said here
            log.exception("could not write the last minute's refusal counts to the audit trail")
