"""The information skills from the chat: ``/research``, ``/search``,
``/web`` and ``/github``, each one (or two) skill runs through the one way
to run a skill (``invoke``: policy with the chat as caller, token,
breaker, timeout, the sanitizer on what comes from outside), answered as
text. Parsing is plain functions; a wrong command gets its usage."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.security import Acting
from skills import BranchKind, InvokeStatus, SkillCaller
from skills.ports import InvokerPort

MAX_REPLY: Final = 3_800  # a Telegram message holds 4,096 characters
TIERS: Final = ("light", "medium", "heavy", "local")
USAGE: Final = {
    "research": "Usage: /research [--tier light|medium|heavy|local] [--provider NAME] <question>",
    "search": "Usage: /search <query>",
    "web": "Usage: /web <url> [question about the page]",
    "github": "Usage: /github pr <owner/repo> [number] or /github commit <owner/repo> <sha>",
    "coder": "Usage: /coder <goal> (writes a dynamic skill; load it with a code on the Skills page)",
}
WEB_QUESTION: Final = "Answer this question about the page in the data block: {question}\n\n{input}"
_REPO: Final = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")
_SHA: Final = re.compile(r"^[0-9a-fA-F]{7,40}$")


@dataclass(frozen=True, slots=True)
class Ask:
    """One skill run a command asks for."""

    skill: str
    input: Any = None
    config: Mapping[str, Any] | None = None
    tier: str | None = None
    provider: str | None = None


def parse_research(args: Sequence[str]) -> Ask | str:
    """``[--tier T] [--provider P] question…`` → the research run, or the usage."""
    rest, tier, provider = list(args), None, None
    while rest and rest[0] in {"--tier", "--provider"}:
        if len(rest) < 2:
            return USAGE["research"]
        flag, value, rest = rest[0], rest[1], rest[2:]
        if flag == "--tier":
            if value not in TIERS:
                return f"Unknown tier {value!r}: one of {', '.join(TIERS)}."
            tier = value
        else:
            provider = value
    question = " ".join(rest).strip()
    if not question:
        return USAGE["research"]
    return Ask("research", None, {"query": question}, tier, provider)


def parse_github(args: Sequence[str]) -> Ask | str:
    if len(args) < 2 or args[0] not in {"pr", "commit"} or not _REPO.match(args[1]):
        return USAGE["github"]
    if args[0] == "pr":
        if len(args) == 2:
            return Ask("github_security_review", None, {"mode": "latest_pr", "repo": args[1]})
        if (
            len(args) == 3
            and args[2].isascii()
            and args[2].isdigit()
            and len(args[2]) <= 10
            and 0 < int(args[2]) < 2**31
        ):
            config = {"mode": "specific_pr", "repo": args[1], "pr_number": int(args[2])}
            return Ask("github_security_review", None, config)
        return USAGE["github"]
    if len(args) == 3 and _SHA.match(args[2]):
        config = {"mode": "specific_commit", "repo": args[1], "commit_sha": args[2]}
        return Ask("github_security_review", None, config)
    return USAGE["github"]


def parse_web(args: Sequence[str]) -> tuple[Ask, str] | str:
    """The page to fetch, and the question to ask about it ("" for none)."""
    if not args or not args[0].lower().startswith(("http://", "https://")):
        return USAGE["web"]
    return Ask("web_fetch", None, {"url": args[0]}), " ".join(args[1:]).strip()


def as_text(result: Any) -> str:
    if isinstance(result, str):
        return result
    if isinstance(result, Mapping) and set(result) == {"error"}:
        return str(result["error"])
    return json.dumps(result, ensure_ascii=False, indent=1, default=str)


def clipped(text: str) -> str:
    return text if len(text) <= MAX_REPLY else text[: MAX_REPLY - 40].rstrip() + "\n… (cut: the answer is longer)"


@dataclass(frozen=True, slots=True)
class SkillCommands:
    invoker: InvokerPort | None

    async def answer(self, name: str, args: Sequence[str], acting: Acting) -> str:
        if self.invoker is None:
            return "Skills do not run on this node."
        if name == "coder":
            goal = " ".join(args).strip()
            return await self._coder(acting, goal) if goal else USAGE[name]
        if name == "search":
            query = " ".join(args).strip()
            return await self._run(acting, Ask("web_search_fetch", None, {"query": query})) if query else USAGE[name]
        if name == "web":
            parsed = parse_web(args)
            if isinstance(parsed, str):
                return parsed
            page, question = parsed
            fetched = await self._invoke(acting, page)
            if isinstance(fetched, str) or not question:
                return clipped(fetched if isinstance(fetched, str) else as_text(fetched[1]))
            ask = Ask("llm_transform", fetched[1], {"prompt_template": WEB_QUESTION.replace("{question}", question)})
            return await self._run(acting, ask)
        parsed_ask = parse_research(args) if name == "research" else parse_github(args)
        return parsed_ask if isinstance(parsed_ask, str) else await self._run(acting, parsed_ask)

    async def _coder(self, acting: Acting, goal: str) -> str:
        done = await self._invoke(acting, Ask("coder", goal))
        if isinstance(done, str):
            return clipped(done)
        result = done[1] if isinstance(done[1], Mapping) else {}
        tries = len(result.get("attempts", ()))
        return (
            f"The coder wrote {result.get('skill')} ({tries} attempt(s)); it is staged in pending/. "
            "Load it on the Skills page with a 2FA code."
        )

    async def _run(self, acting: Acting, ask: Ask) -> str:
        done = await self._invoke(acting, ask)
        return clipped(done if isinstance(done, str) else as_text(done[1]))

    async def _invoke(self, acting: Acting, ask: Ask) -> str | tuple[str, Any]:
        """(branch, result) of a run that answered on an ok or empty branch,
        or what to say when it did not."""
        assert self.invoker is not None
        invocation = await self.invoker.invoke(
            SkillCaller(acting.actor, acting.origin), ask.skill, ask.input, config=dict(ask.config or {}),
            llm_tier=ask.tier, llm_provider=ask.provider,
        )  # fmt: skip
        outcome = invocation.outcome
        if invocation.status is not InvokeStatus.RAN:
            return f"{ask.skill} did not run: {as_text(outcome.result)}"
        if invocation.kind is BranchKind.ERROR:
            return f"{ask.skill} failed ({outcome.branch}): {as_text(outcome.result)}"
        return outcome.branch, outcome.result
