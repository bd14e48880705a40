"""Google from the chat: ``/connect google`` (the authorization link, its
state bound to this chat), ``/disconnect google``, ``/tasks``,
``/tasklists``, ``/task add <title>`` and ``/calendar [days]``. The reads
and the add run the Google skills through the one way to run a skill
(``invoke``: policy, token, breaker, the sanitizer on what Google sent)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.dispatcher._skill_commands import Ask, SkillCommands, clipped
from alexclaw.google import GoogleOperations, chat_binding
from alexclaw.security import Acting, Invalid
from skills.ports import InvokerPort

COMMANDS: Final = frozenset({"connect", "disconnect", "tasks", "tasklists", "task", "calendar"})
USAGE: Final = {
    "connect": "Usage: /connect google",
    "disconnect": "Usage: /disconnect google",
    "task": "Usage: /task add <title>",
    "calendar": "Usage: /calendar [days, 1-366]",
}


def parse_google(name: str, args: Sequence[str]) -> Ask | str | None:
    """The skill run a read or add command asks for, its usage when it is
    malformed, or None for connect/disconnect (not a skill run)."""
    if name in {"connect", "disconnect"}:
        return None if [a.lower() for a in args] == ["google"] else USAGE[name]
    if name == "tasks":
        return Ask("google_tasks", None, {"action": "list"})
    if name == "tasklists":
        return Ask("google_tasks", None, {"action": "lists"})
    if name == "task":
        title = " ".join(args[1:]).strip()
        if not args or args[0].lower() != "add" or not title:
            return USAGE["task"]
        return Ask("google_tasks", None, {"action": "add", "title": title[:500]})
    if not args:
        return Ask("google_calendar", None, {"action": "list"})
    if len(args) == 1 and args[0].isascii() and args[0].isdigit() and 1 <= int(args[0]) <= 366:
        return Ask("google_calendar", None, {"action": "list", "days": int(args[0])})
    return USAGE["calendar"]


def shown(result: Any) -> str:
    """A Google skill's result as chat lines."""
    if not isinstance(result, Mapping):
        return str(result)
    if "reason" in result:
        return str(result["reason"]).capitalize() + "."
    if "added" in result:
        return f"Added: {result['added'].get('title', '')}"
    if "lists" in result:
        return "\n".join(f"• {item.get('title', '')}" for item in result["lists"])
    if "tasks" in result:
        return "\n".join(
            f"• {t.get('title', '')}" + (f" (due {t['due']})" if t.get("due") else "") for t in result["tasks"]
        )
    if "events" in result:
        return "\n".join(f"• {e.get('start', '')} {e.get('summary', '')}" for e in result["events"])
    return str(result)


@dataclass(frozen=True, slots=True)
class GoogleCommands:
    google: GoogleOperations | None
    invoker: InvokerPort | None

    async def answer(self, name: str, args: Sequence[str], acting: Acting, gateway: str, chat_id: str) -> str:
        parsed = parse_google(name, args)
        if isinstance(parsed, str):
            return parsed
        if parsed is not None:
            if self.invoker is None:
                return "Skills do not run on this node."
            done = await SkillCommands(self.invoker)._invoke(acting, parsed)
            return clipped(done if isinstance(done, str) else shown(done[1]))
        if self.google is None:
            return "Google is not wired on this node."
        if name == "connect":
            started = await self.google.connect(acting, chat_binding(gateway, chat_id))
            return started.message("Not started: ") if isinstance(started, Invalid) else started.message
        ended = await self.google.disconnect(acting)
        return ended.message("Not disconnected: ") if isinstance(ended, Invalid) else ended.message
