"""The shell's checks on a command, as plain functions. Each refusal names
its layer, so the operator (and the audit trail) sees which one said no.

Layers, in this order: ``enabled`` (``shell.enabled``), ``2fa`` (the entry
points: a ``/shell`` command or a workflow started by hand asks for a code;
the skill refuses to be called from another skill), ``whitelist`` (a prefix
of the command as typed, on a word boundary: ``df`` allows ``df -h``, not
``define``; an entry starting with ``=`` is one exact command), ``blocklist``
(shell metacharacters), ``obfuscation`` (what only hides a command: encoded
payloads, ``$IFS``, quotes splitting a word, escapes), then ``argv`` (split
with shell-like quoting and executed with no shell).
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

# The node's settings (``shell.*``) and a step's own narrowing config keys.
ENABLED_KEY: Final = "shell.enabled"
WHITELIST_KEY: Final = "shell.whitelist"
TIMEOUT_KEY: Final = "shell.timeout_seconds"
MAX_OUTPUT_KEY: Final = "shell.max_output_chars"

# Longest first: ``&&`` is named before ``&``'s neighbours, ``$(`` before ``$``.
METACHARACTERS: Final = ("&&", "||", "|", ";", "`", "$(", ">", "<", "\n", "\r")
MAX_COMMAND_CHARS: Final = 1000

_VARIABLE = re.compile(r"\$\{?[A-Za-z_]")
_HEX_OR_OCTAL = re.compile(r"\\(x[0-9A-Fa-f]|[0-7]{1,3}|u[0-9A-Fa-f])")
_BASE64 = re.compile(r"^[A-Za-z0-9+/_-]{8,}={0,2}$")
_HEX_BLOB = re.compile(r"^(0x)?[0-9A-Fa-f]{16,}$")


@dataclass(frozen=True, slots=True)
class ShellRefusal:
    layer: str  # enabled | 2fa | whitelist | blocklist | obfuscation | argv | limits
    reason: str

    def __str__(self) -> str:
        return f"{self.layer}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ShellLimits:
    """What a command may be and how long and loud it may run."""

    whitelist: tuple[str, ...]
    timeout_seconds: float
    max_output_chars: int


def parse_whitelist(value: Any) -> tuple[str, ...] | None:
    """A whitelist as stored (a JSON list of strings, or the list itself);
    None when it is not one (the caller fails closed)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) and item.strip() for item in value):
        return None
    return tuple(item.strip() for item in value)


def allowed_by(command: str, entry: str) -> bool:
    """``entry`` allows ``command``: the same exact command (``=cat
    /proc/loadavg``), or a prefix of it ending where a word ends."""
    if entry.startswith("="):
        return command == entry[1:].strip()
    return command == entry or command.startswith(entry + " ")


def narrowed(node: ShellLimits, step: dict[str, Any]) -> ShellLimits | ShellRefusal:
    """The node's limits, narrowed by a step's ``whitelist``,
    ``timeout_seconds`` and ``max_output_chars``: a step may only narrow
    them; a wider value is refused, never applied."""
    whitelist = node.whitelist
    if step.get("whitelist") not in (None, "", []):
        own = parse_whitelist(step["whitelist"])
        if own is None:
            return ShellRefusal("limits", "the step's whitelist must be a list of commands")
        wider = [entry for entry in own if not _covered(entry, node.whitelist)]
        if wider:
            return ShellRefusal(
                "limits", f"the step's whitelist may only narrow the node's: {', '.join(wider)} is wider"
            )
        whitelist = own
    timeout = _narrow_number(step.get("timeout_seconds"), node.timeout_seconds, "timeout_seconds")
    cap = _narrow_number(step.get("max_output_chars"), node.max_output_chars, "max_output_chars")
    if isinstance(timeout, ShellRefusal):
        return timeout
    if isinstance(cap, ShellRefusal):
        return cap
    return ShellLimits(whitelist, float(timeout), int(cap))


def _covered(entry: str, node: Sequence[str]) -> bool:
    """A step's entry allows nothing the node's list does not."""
    command = entry[1:].strip() if entry.startswith("=") else entry
    if entry.startswith("="):
        return any(allowed_by(command, allowed) for allowed in node)
    return any(not allowed.startswith("=") and allowed_by(command, allowed) for allowed in node)


def _narrow_number(value: Any, limit: float, name: str) -> float | ShellRefusal:
    if value in (None, ""):
        return limit
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return ShellRefusal("limits", f"{name} must be a positive number")
    if value > limit:
        return ShellRefusal("limits", f"{name} {value:g} is wider than the node's {limit:g}: a step may only narrow it")
    return value


def check_command(command: str, whitelist: Sequence[str]) -> ShellRefusal | list[str]:
    """The argv of ``command`` when the whitelist, the blocklist and the
    obfuscation heuristics all let it through, else the first refusal."""
    if not command:
        return ShellRefusal("whitelist", "no command given")
    if len(command) > MAX_COMMAND_CHARS:
        return ShellRefusal("whitelist", f"a command is at most {MAX_COMMAND_CHARS} characters")
    if not any(allowed_by(command, entry) for entry in whitelist):
        return ShellRefusal("whitelist", "the command does not start with a whitelisted command (shell.whitelist)")
    for metacharacter in METACHARACTERS:
        if metacharacter in command:
            shown = {"\n": "a newline", "\r": "a carriage return"}.get(metacharacter, f"'{metacharacter}'")
            return ShellRefusal("blocklist", f"the command contains {shown}")
    hidden = obfuscation(command)
    if hidden is not None:
        return ShellRefusal("obfuscation", hidden)
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        return ShellRefusal("argv", f"cannot split the command: {exc}")
    return argv if argv else ShellRefusal("argv", "no command given")


def obfuscation(command: str) -> str | None:
    """Why ``command`` looks like it hides what it runs, or None."""
    if any(not ch.isprintable() for ch in command):
        return "a control or invisible character"
    if "$IFS" in command or "${IFS" in command:
        return "$IFS (a hidden word separator)"
    if _VARIABLE.search(command):
        return "a $variable: nothing expands it here"
    escape = _HEX_OR_OCTAL.search(command)
    if escape:
        return f"an escape sequence ({escape.group(0)}): hex, octal and unicode escapes hide characters"
    if "\\" in command:
        return "a backslash escape"
    split = _quote_splits_word(command)
    if split is not None:
        return split
    for word in command.split():
        bare = word.strip("'\"")
        if not bare.startswith(("-", "/", "+")) and "." not in bare and _BASE64.match(bare) and _mixed(bare):
            return f"an encoded payload ({bare[:12]}…)"
        if _HEX_BLOB.match(bare) and any(c.isalpha() for c in bare.removeprefix("0x")):
            return f"a hex-encoded payload ({bare[:12]}…)"
    return None


def _mixed(word: str) -> bool:
    """Looks encoded: base64 padding, or 16 characters or more mixing
    upper and lower case and digits (no word of a path or a flag does)."""
    kinds = sum((any(c.isupper() for c in word), any(c.islower() for c in word), any(c.isdigit() for c in word)))
    return word.endswith("=") or (len(word) >= 16 and kinds == 3)


def _quote_splits_word(command: str) -> str | None:
    """A quote inside a word (``l's'``, ``c"at"``, ``'a'b``): the shell
    trick that hides a command from a prefix check. A word may be quoted
    whole (``"my dir"``)."""
    for word in _words(command):
        if word is None:
            return "an unclosed quote"
        quotes = [i for i, ch in enumerate(word) if ch in "'\""]
        if quotes and not (len(quotes) == 2 and quotes == [0, len(word) - 1] and word[0] == word[-1]):
            return f"quotes splitting a word ({word[:20]})"
    return None


def _words(command: str) -> list[str | None]:
    """The words as typed, a quoted part kept with its quotes (None: a quote
    left open)."""
    words: list[str | None] = []
    word, quote = "", ""
    for ch in command:
        if quote:
            word += ch
            quote = "" if ch == quote else quote
        elif ch == " ":
            if word:
                words.append(word)
            word = ""
        else:
            word += ch
            quote = ch if ch in "'\"" else ""
    words.append(None if quote else word)
    return words
