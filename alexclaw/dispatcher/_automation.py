"""``/automate <url>`` and ``/replay <resource>``: the ``web_automation``
skill from the chat, through ``invoke`` like every other way of running a
skill (policy, token, breaker, sanitizer, record). ``/automate`` scrapes a
page (its text and a screenshot); ``/replay`` plays a saved recipe. The
answer is the text (clipped to a message) and, when the play kept one, the
first screenshot sent as a photo: the gateway port carries photos."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.automation import SCREENSHOT_ROUTE, load_screenshot
from alexclaw.security import Acting
from alexclaw.storage import DatabaseHandle
from gateways import Reply
from skills import BranchKind, InvokeStatus, SkillCaller
from skills.ports import InvokerPort

AUTOMATION_SKILL: Final = "web_automation"
AUTOMATION_COMMANDS: Final = frozenset({"automate", "replay"})
USAGE: Final = {
    "automate": "Usage: /automate <https://… page> — its text and a screenshot",
    "replay": "Usage: /replay <automation resource> [input] — play a saved recipe",
}
MAX_CAPTION: Final = 1_000  # a Telegram photo's caption holds 1,024 characters
MAX_TEXT: Final = 3_800


def _summary(result: Any) -> str:
    if not isinstance(result, Mapping):
        return str(result)
    lines = [str(result.get("error") or "")] if result.get("error") else []
    text = str(result.get("text") or "").strip()
    if text:
        lines.append(text)
    blocked = result.get("blocked") or []
    if blocked:
        lines.append(f"{len(blocked)} request(s) of the page refused by the egress guard.")
    return "\n\n".join(lines) or "Done: the recipe extracted no text."


@dataclass(frozen=True, slots=True)
class AutomationCommands:
    database: DatabaseHandle
    invoker: InvokerPort | None

    async def answer(self, name: str, args: tuple[str, ...], acting: Acting) -> list[Reply]:
        if self.invoker is None:
            return [Reply("Skills do not run on this node.", markdown=False)]
        if not args:
            return [Reply(USAGE[name], markdown=False)]
        if name == "automate":
            config: dict[str, Any] = {"url": args[0]}
            given: Any = None
        else:
            config, given = {"recipe": args[0]}, " ".join(args[1:])
        invocation = await self.invoker.invoke(SkillCaller(acting.actor, acting.origin), AUTOMATION_SKILL, given,
                                               config=config)  # fmt: skip
        result = invocation.outcome.result
        if invocation.status is not InvokeStatus.RAN:
            return [Reply(f"{AUTOMATION_SKILL} did not run: {_summary(result)}", markdown=False)]
        prefix = "" if invocation.kind is BranchKind.OK else f"Failed ({invocation.outcome.branch}): "
        text = prefix + _summary(result)
        photo = await self._first_screenshot(result)
        if photo is None:
            return [Reply(text[:MAX_TEXT], markdown=False)]
        replies = [Reply(text[:MAX_CAPTION], photo=photo, markdown=False)]
        if len(text) > MAX_CAPTION:
            replies.append(Reply(text[MAX_CAPTION:MAX_TEXT], markdown=False))
        return replies

    async def _first_screenshot(self, result: Any) -> bytes | None:
        shots = result.get("screenshots") if isinstance(result, Mapping) else None
        for path in (shots or {}).values():
            if isinstance(path, str) and path.startswith(SCREENSHOT_ROUTE) and _small_id(path[len(SCREENSHOT_ROUTE) :]):
                return await load_screenshot(self.database, int(path[len(SCREENSHOT_ROUTE) :]))
        return None


def _small_id(text: str) -> bool:
    """ASCII digits that fit a bigint ("²" is a digit to isdigit, not to int)."""
    return text.isascii() and text.isdigit() and len(text) <= 18
