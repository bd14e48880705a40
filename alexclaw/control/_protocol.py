"""The control protocol: one JSON object per line, each way.

A request is ``{"op": "<name>", "args": {...}}`` (``args`` may be left out);
its answer is ``{"ok": true, ...}`` or ``{"ok": false, "error": "<one
sentence>", "code": "<code>"}``. Every request is read as untrusted input
(size cap, ``read_json``) and every op checks its own arguments; an op that
is not in the node's table is refused. A connection may carry several
requests, one after the other.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from alexclaw.inputs import InputError, read_json

# The largest argument is a run's input (64 K characters, at most 4 bytes
# each in UTF-8); the rest of a request is small.
MAX_REQUEST_BYTES: Final = 4 * 64 * 1024 + 4096
MAX_DEPTH: Final = 32

# Codes a client can act on. The CLI exits 2 for every one but INTERNAL.
BAD_REQUEST: Final = "bad_request"  # not JSON, not an object, a wrong argument
TOO_LARGE: Final = "too_large"  # longer than MAX_REQUEST_BYTES: the connection is closed
UNKNOWN_OP: Final = "unknown_op"
FORBIDDEN: Final = "forbidden"  # the peer is not the node's user
REFUSED: Final = "refused"  # the node said no (disabled, 2FA, no such workflow)
STOPPING: Final = "stopping"  # the node is stopping
INTERNAL: Final = "internal"  # a bug or an outage: see the node's log


@dataclass(frozen=True, slots=True)
class Request:
    op: str
    args: Mapping[str, Any] = field(default_factory=dict)


class BadRequest(Exception):
    """A request (or one of its arguments) that cannot be served."""

    def __init__(self, error: str, code: str = BAD_REQUEST) -> None:
        super().__init__(error)
        self.error = error
        self.code = code


def parse_request(line: bytes) -> Request:
    """One request line, checked; ``BadRequest`` says what is wrong."""
    try:
        value = read_json(line, "request", max_bytes=MAX_REQUEST_BYTES, max_depth=MAX_DEPTH)
    except InputError as exc:
        raise BadRequest(str(exc)) from None
    if not isinstance(value, dict):
        raise BadRequest("request: must be a JSON object with an op")
    extra = sorted(set(value) - {"op", "args"})
    if extra:
        raise BadRequest(f"request: unknown fields {', '.join(extra)}")
    op, args = value.get("op"), value.get("args", {})
    if not isinstance(op, str) or not op:
        raise BadRequest("request.op: must be a non-empty string")
    if not isinstance(args, dict):
        raise BadRequest("request.args: must be an object")
    return Request(op, args)


def ok(**fields: Any) -> dict[str, Any]:
    return {"ok": True, **fields}


def error(message: str, code: str) -> dict[str, Any]:
    return {"ok": False, "error": message, "code": code}


def encode(message: Mapping[str, Any]) -> bytes:
    """One line; anything JSON cannot hold (a run's odd result) as text."""
    return json.dumps(message, ensure_ascii=False, default=str).encode() + b"\n"


# -- argument readers, for the ops ---------------------------------------


def text_arg(args: Mapping[str, Any], name: str, *, required: bool = True, max_chars: int = 200) -> str | None:
    value = args.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise BadRequest(f"args.{name}: must be a non-empty string")
    if len(value) > max_chars:
        raise BadRequest(f"args.{name}: at most {max_chars} characters")
    return value


def int_arg(args: Mapping[str, Any], name: str) -> int:
    value = args.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise BadRequest(f"args.{name}: must be a positive integer")
    return value


def only_args(args: Mapping[str, Any], *names: str) -> None:
    extra = sorted(set(args) - set(names))
    if extra:
        raise BadRequest(f"args: unknown fields {', '.join(extra)}")
