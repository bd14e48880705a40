"""Untrusted input, read in one place: JSON with limits, text without the
characters PostgreSQL refuses, ids that fit their column.

Every field that accepts JSON from outside (a workflow import, a policy's
config, resource metadata, a step's extra config, a json-typed setting, the
shield proxy's body, a Telegram webhook update, a capability token) reads it
with ``read_json``; every refusal is an ``InputError`` that names the field
and says what is wrong, which callers turn into a 400 (or exit code 1) —
never a ``RecursionError`` deep in a parser, a ``NaN`` forwarded upstream, or
a NUL that PostgreSQL rejects with a 500. Standard library only, so every
layer of ``alexclaw`` may import it.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Final, Literal

MAX_JSON_DEPTH: Final = 64
MAX_JSON_BYTES: Final = 1024 * 1024
INT4_MAX: Final = 2**31 - 1  # PostgreSQL integer / serial
INT8_MAX: Final = 2**63 - 1  # PostgreSQL bigint / bigserial

# What a string may not hold, by where it goes:
#   text: stored in PostgreSQL text or jsonb — no NUL (PostgreSQL refuses it),
#         no other C0 control but tab, newline and carriage return, no lone
#         surrogate (not UTF-8; jsonb refuses it too);
#   chat: a message forwarded to a model or chat — no NUL, no lone surrogate
#         (escape sequences a tool printed may be there);
#   any:  anything (the scanners of the CLI judge exactly what they are given).
Strings = Literal["text", "chat", "any"]
_FORBIDDEN: Final = {
    "text": re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]"),
    "chat": re.compile("[\x00\ud800-\udfff]"),
}
_SINGLE_LINE: Final = re.compile("[\x00-\x1f\ud800-\udfff]")


class InputError(ValueError):
    """One field of untrusted input was refused; ``field`` names it (with
    its path inside a JSON document), ``problem`` says why."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def character_problem(text: str, *, multiline: bool = True, strings: Strings = "text") -> str | None:
    """Why ``text`` cannot be stored as it is, or None. ``multiline=False``
    (a name) refuses tab and line breaks too."""
    if strings == "any":
        return None
    found = (_SINGLE_LINE if not multiline and strings == "text" else _FORBIDDEN[strings]).search(text)
    if found is None:
        return None
    char = found.group()
    if char == "\x00":
        return "contains a NUL character"
    if "\ud800" <= char <= "\udfff":
        return f"contains a lone surrogate (U+{ord(char):04X}), which is not text"
    return f"contains a control character (U+{ord(char):04X})"


def check_text(text: str, field: str, *, multiline: bool = True) -> str:
    """``text``, or ``InputError`` naming ``field`` when it holds a character
    it cannot be stored with."""
    problem = character_problem(text, multiline=multiline)
    if problem is not None:
        raise InputError(field, problem)
    return text


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large for a number")
    return number


def _check_tree(value: Any, field: str, max_depth: int, strings: Strings) -> None:
    """Depth and strings of a parsed document, without recursion (the
    depth is what is being checked)."""
    stack: list[tuple[Any, str, int]] = [(value, field, 1)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, str):
            problem = character_problem(node, strings=strings)
            if problem is not None:
                raise InputError(path, problem)
        elif isinstance(node, (dict, list)):
            if depth > max_depth:
                raise InputError(field, f"nested deeper than {max_depth} levels")
            if isinstance(node, dict):
                for key, item in node.items():
                    problem = character_problem(key, strings=strings)
                    if problem is not None:
                        raise InputError(path, f"a key {problem}")
                    stack.append((item, f"{path}.{key}", depth + 1))
            else:
                stack.extend((item, f"{path}[{n}]", depth + 1) for n, item in enumerate(node))


def read_json(
    raw: str | bytes,
    field: str,
    *,
    max_depth: int = MAX_JSON_DEPTH,
    max_bytes: int = MAX_JSON_BYTES,
    strings: Strings = "text",
) -> Any:
    """The value of the JSON document ``raw``, or ``InputError`` naming
    ``field`` (and the path inside the document) with the reason: too large,
    not JSON, nested deeper than ``max_depth``, ``NaN``/``Infinity`` (not
    JSON, though Python writes them) or a number too large to be finite, or a
    string with a character ``strings`` forbids."""
    if len(raw) > max_bytes:
        raise InputError(field, f"larger than {max_bytes} bytes")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(field, f"not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(raw, parse_constant=_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise InputError(field, f"not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:  # far deeper than any limit: the parser gave up first
        raise InputError(field, f"nested deeper than {max_depth} levels") from None
    except ValueError as exc:  # a constant, an infinite float, an integer of thousands of digits
        raise InputError(field, f"not valid JSON: {str(exc).split(':')[0]}") from None
    _check_tree(value, field, max_depth, strings)
    return value


def id_problem(value: int, maximum: int = INT4_MAX) -> str | None:
    """Why ``value`` cannot be a row id (or position) of a column whose
    largest value is ``maximum``, or None."""
    if 0 <= value <= maximum:
        return None
    return f"{value} is out of range: a whole number from 0 to {maximum}"


def parse_id(text: str, field: str, maximum: int = INT4_MAX) -> int | None:
    """An id typed into a form or a query: None when empty, else the number,
    or ``InputError`` naming ``field`` when it is not one that fits."""
    text = text.strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 20:
        raise InputError(field, f"a whole number from 0 to {maximum}")
    problem = id_problem(int(text), maximum)
    if problem is not None:
        raise InputError(field, problem)
    return int(text)
