"""A tolerant reader for the JSON a model writes: models wrap it in code
fences, put a sentence before or after it, leave a trailing comma, quote
with typographic quotes or stop mid-object. The reader takes the first
complete JSON object it can find after repairing what is safe to repair,
and says clearly why when there is none — never guesses at content."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

MAX_INPUT = 200_000  # characters read; a longer answer is cut here (a model that floods is not read further)

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_SMART_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


@dataclass(frozen=True)
class Unreadable:
    """Why no JSON object could be read, with the start of what was given."""

    reason: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.reason} (the answer began: {self.excerpt!r})"


def read_object(text: str) -> dict[str, Any] | Unreadable:
    """The first JSON object in a model's answer, or why there is none."""
    text = text[:MAX_INPUT]
    excerpt = " ".join(text.split())[:80]
    if not text.strip():
        return Unreadable("the answer is empty", excerpt)
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    saw_brace = False
    for candidate in candidates:
        for start in _object_starts(candidate):
            saw_brace = True
            body = _balanced(candidate, start)
            if body is None:
                continue
            parsed = _parse_repaired(body)
            if isinstance(parsed, dict):
                return parsed
    if not saw_brace:
        return Unreadable("the answer has no JSON object (prose instead of JSON)", excerpt)
    return Unreadable("the answer's JSON object is incomplete or malformed", excerpt)


def _object_starts(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == "{"][:50]


def _balanced(text: str, start: int) -> str | None:
    """The text of the object opening at ``start`` up to its matching brace
    (strings and escapes respected), or None when it never closes."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        c = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
            continue
        if c == '"':
            in_string = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    return None


def _parse_repaired(body: str) -> Any:
    for attempt in (body, _repair(body)):
        try:
            return json.loads(attempt)
        except ValueError:
            continue
    return None


def _repair(body: str) -> str:
    """What is safe to repair: typographic quotes and trailing commas."""
    return _TRAILING_COMMA.sub(r"\1", body.translate(_SMART_QUOTES))
