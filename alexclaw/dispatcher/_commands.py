"""Parsing chat input, as plain functions: a command and its arguments, a
bare 2FA code, and the texts that do not depend on the node."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from alexclaw.inputs import INT4_MAX, INT8_MAX, InputError, parse_id

CODE = re.compile(r"^\s*(\d{6})\s*$")
# A recovery code as shown (``abcde-2345f``): the dash and a digit required,
# so an ordinary hyphenated word is never taken for a code attempt.
RECOVERY_CODE = re.compile(r"^\s*((?=[^\s]*\d)[A-Za-z2-9]{5}-[A-Za-z2-9]{5})\s*$")
SKILL_ADMIN: Final = frozenset(
    {"load_skill", "unload_skill", "reload_skill", "create_skill", "delete_skill", "skill", "skills_admin"}
)

HELP: Final = """AlexClaw commands:
/ping — is the node there
/status — uptime, memory, runs, restarts
/skills — skills and their circuit breakers
/workflows — workflows
/llm — model providers, their tiers and today's usage
/research [--tier T] [--provider P] <question> — answer from memory and knowledge, with sources
/search <query> — search the web and read the top results
/web <url> [question] — read a page (and ask about it)
/github pr <owner/repo> [n] | commit <owner/repo> <sha> — a diff for review
/coder <goal> — write a dynamic skill (staged; loaded only with a code on the Skills page)
/run <id or name> — start a workflow
/runs — the last runs
/cancel <run id> — stop a run after its current step
/rate <run id> [step] <+|-> [feedback] — rate a run's step
/shell <command> — run a whitelisted command on the node (when enabled; asks for a code)
/connect google — link your Google Calendar and Tasks (sends the authorization link)
/disconnect google — revoke and forget the Google tokens
/tasks — open Google tasks · /tasklists — the task lists · /task add <title> — add one
/calendar [days] — Google Calendar events of the next days (7)
/automate <url> — a page's text and a screenshot (headless browser)
/replay <resource> [input] — play a saved automation recipe
/reason <goal> — a reasoning session: plans, runs skills, answers · /reason status · /reason stop
/reason answer <text> — answer its question (a plain message answers it too)
/setup 2fa — turn on two-factor (QR code)
/confirm 2fa <code> — finish the setup
/disable 2fa <code> — turn it off
/recovery 2fa — new recovery codes (asks for a code)
A 6-digit message (or a recovery code) answers the pending 2FA challenge.
Skills are managed in the admin UI only."""


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # lowercase, no slash, no @bot suffix
    args: tuple[str, ...]
    rest: str  # everything after the command, as typed


def parse_command(text: str) -> Command | None:
    """``/run@MyBot  Morning news`` → Command("run", ("Morning", "news"), "Morning news")."""
    stripped = text.strip()
    if not stripped.startswith("/") or len(stripped) == 1:
        return None
    head, _, rest = stripped[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    if not name or not re.fullmatch(r"[a-z0-9_]+", name):
        return None
    rest = rest.strip()
    return Command(name, tuple(rest.split()), rest)


READ_ONLY: Final = frozenset({"start", "help", "ping", "status", "skills", "workflows", "runs", "llm"})


def is_repeatable(text: str) -> bool:
    """A read command: answering it twice after a crash harms nothing.
    Anything that acts (/run, /cancel, /rate, 2FA, a bare code) is not."""
    command = parse_command(text)
    return command is not None and command.name in READ_ONLY


def bare_code(text: str) -> str | None:
    """A message that is only a TOTP code or a recovery code."""
    match = CODE.match(text) or RECOVERY_CODE.match(text)
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class Rating:
    run_id: int
    position: int | None
    value: int  # +1 | -1
    feedback: str


def parse_rating(args: tuple[str, ...]) -> Rating | str:
    """``<run id> [step] <+|-> [feedback…]``; a string is the usage error."""
    usage = "Usage: /rate <run id> [step] <+|-> [feedback]"
    if len(args) < 2 or not args[0].lstrip("#").isdigit():
        return usage
    run_text = args[0].lstrip("#")
    rest = list(args[1:])
    try:  # ids that fit their columns (a bigint run id, an integer position), in ASCII digits
        run_id = parse_id(run_text, "run id", INT8_MAX) or 0  # not empty: checked above
        position = parse_id(rest.pop(0), "step", INT4_MAX) if rest[0].isdigit() else None
    except InputError as exc:
        return f"{exc}. {usage}"
    if not rest or rest[0] not in {"+", "-", "👍", "👎"}:
        return usage
    value = 1 if rest.pop(0) in {"+", "👍"} else -1
    return Rating(run_id, position, value, " ".join(rest)[:500])


def duration(seconds: float) -> str:
    seconds = int(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = [f"{days}d"] if days else []
    if days or hours:
        parts.append(f"{hours}h")
    parts.append(f"{minutes}m" if days or hours or minutes else f"{seconds}s")
    return " ".join(parts)
