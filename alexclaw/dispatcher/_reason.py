"""``/reason``: reasoning sessions from the chat, through the desk
(``Services.reasoning``) with the chat's own principal. ``/reason <goal>``
starts one; ``/reason status`` lists this chat's latest; ``/reason stop``
aborts its active one; ``/reason answer <text>`` — or a plain message while
one of this chat's sessions waits on a question — answers it. The result
arrives where ``reasoning.default_delivery`` says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from alexclaw.reasoning import ReasoningOperations, SessionSummary, Status
from alexclaw.security import Acting, Done, Invalid

USAGE: Final = "Usage: /reason <goal> · /reason status · /reason stop · /reason answer <text>"
_GONE = {Status.COMPLETED, Status.FAILED, Status.STUCK, Status.ABORTED, Status.INTERRUPTED}


def _line(summary: SessionSummary) -> str:
    why = f" — {summary.reason}" if summary.reason else ""
    return f"#{summary.id} {summary.status.value}: {summary.goal[:80]}{why}"


def _said(answer: Done[None] | Done[int] | Invalid) -> str:
    return answer.message if isinstance(answer, Done) else "Refused: " + "; ".join(answer.errors)


@dataclass(frozen=True, slots=True)
class ReasonCommands:
    desk: ReasoningOperations | None

    async def answer(self, args: tuple[str, ...], rest: str, acting: Acting) -> str:
        if self.desk is None:
            return "Reasoning sessions do not run on this node."
        word = args[0].lower() if args else ""
        if not rest:
            return USAGE
        if word == "status" and len(args) == 1:
            mine = await self.desk.recent_of(acting.actor, 5)
            return "\n".join(_line(s) for s in mine) or "No reasoning sessions from this chat yet."
        if word == "stop" and len(args) == 1:
            active = await self._active(acting)
            if active is None:
                return "No reasoning session of this chat is running."
            return _said(await self.desk.abort(acting, active.id))
        if word == "answer":
            text = rest.split(None, 1)[1] if len(args) > 1 else ""
            return await self.reply(acting, text) or "No reasoning session of this chat is waiting for an answer."
        started = await self.desk.start(acting, rest)
        if isinstance(started, Done):
            return f"{started.message} /reason status follows it; /reason stop ends it."
        return _said(started)

    async def reply(self, acting: Acting, text: str) -> str | None:
        """Answer this chat's waiting session with ``text``; None when none waits."""
        if self.desk is None or not text.strip() or not self.desk.any_running():
            return None
        waiting = next((s for s in await self.desk.recent_of(acting.actor, 5) if s.status is Status.WAITING_USER), None)
        if waiting is None:
            return None
        return _said(await self.desk.answer(acting, waiting.id, text))

    async def _active(self, acting: Acting) -> SessionSummary | None:
        assert self.desk is not None
        return next((s for s in await self.desk.recent_of(acting.actor, 5) if s.status not in _GONE), None)
