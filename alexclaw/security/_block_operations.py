"""Lifting the wrong-secret block of one source address, or of every one
(privileged "block.remove": a code on the web while 2FA is on, the host on
the command line). One implementation, one audit row per lifted block
(``BLOCK_REMOVED``, with the origin), and one row when nothing was lifted,
so an attempt is on record either way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from alexclaw.security._acting import Acting, Approver, Done
from alexclaw.security._approval import Approval, NotAllowed
from alexclaw.security._audit import BLOCK_REMOVED, record_audit
from alexclaw.security._challenges import ChallengeView
from alexclaw.security._limiter import LockRow, lift_sources


@dataclass(frozen=True, slots=True)
class BlockOperations:
    approver: Approver
    # Told each lifted key: the node's limiter forgets what it remembers of it.
    forget: Callable[[str], None] = lambda key: None

    async def lift(self, acting: Acting, ip: str | None) -> Done[tuple[LockRow, ...]] | ChallengeView | NotAllowed:
        """``ip`` None: every blocked address (the command line's bare
        ``unblock``); a given address, however written, only its own."""
        lifted: list[LockRow] = []
        who = "every address" if ip is None else ip

        async def run(_: Approval) -> str:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                removed = await lift_sources(conn, ip)
                for row in removed:
                    detail: dict[str, Any] = {
                        "origin": acting.origin, "failures": row.failures, "was_blocked": row.seconds_left > 0,
                    }  # fmt: skip
                    await record_audit(conn, acting.actor, BLOCK_REMOVED, str(row.source), detail=detail)
                if not removed:
                    detail = {"origin": acting.origin, "removed": 0}
                    await record_audit(conn, acting.actor, BLOCK_REMOVED, ip or "*", detail=detail)
            for row in removed:
                self.forget(row.key)
            lifted.extend(removed)
            if ip is None:
                return f"{len(removed)} login blocks lifted."
            return f"{ip} unblocked." if removed else f"{ip} was not blocked."

        outcome = await self.approver(acting, "block.remove", f"Lift the login block of {who}", run)
        if isinstance(outcome, ChallengeView | NotAllowed):
            return outcome
        return Done(outcome.value, tuple(lifted))
