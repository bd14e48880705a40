"""The wire: length-prefixed frames carrying one versioned JSON message each.

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8
JSON: an object with ``v`` (the protocol version), ``type`` (one of
``SCHEMA``) and that type's fields, each of the declared JSON type. A length
above ``MAX_FRAME`` is refused before a byte of the body is read, so a peer
cannot make the node buffer more than one frame's cap. Everything a peer
sends goes through ``FrameDecoder``, which answers garbage with a
``FrameError`` value (the link then closes) and never raises.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

PROTOCOL_VERSION: Final = 1
MAX_FRAME: Final = 64 * 1024
_HEADER: Final = struct.Struct(">I")
HEADER_SIZE: Final = _HEADER.size

# Each message type and its fields with their JSON types. A field not named
# here is ignored; a named one missing or of another type refuses the frame.
SCHEMA: Final[Mapping[str, Mapping[str, type]]] = {
    "hello": {"name": str, "nonce": str},
    "challenge": {"name": str, "nonce": str, "proof": str},
    "response": {"proof": str},
    "welcome": {},
    "refused": {"reason": str},
    "ping": {"seq": int},
    "pong": {"seq": int},
    "dispatch": {"id": str, "workflow": str, "input": object},
    "dispatch_reply": {"id": str, "ok": bool, "reason": str, "run_id": int},
    "bye": {},
}


@dataclass(frozen=True)
class Message:
    """One decoded message: its type and its fields (``v`` and ``type`` removed)."""

    type: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FrameError:
    """Why the byte stream was refused; the link closes on it."""

    reason: str


def encode(type_: str, **fields: Any) -> bytes:
    """One frame for a message of ``type_``. Our own messages must fit the
    schema and the cap: a violation is a bug here, so it raises."""
    declared = SCHEMA[type_]
    checked = check_fields(type_, fields)
    if isinstance(checked, FrameError) or set(fields) - set(declared):
        raise ValueError(f"message {type_!r} does not fit its schema: {sorted(fields)}")
    body = json.dumps({"v": PROTOCOL_VERSION, "type": type_, **fields}, separators=(",", ":")).encode()
    if len(body) > MAX_FRAME:
        raise ValueError(f"message {type_!r} is {len(body)} bytes, above the {MAX_FRAME}-byte frame cap")
    return _HEADER.pack(len(body)) + body


def _is(value: Any, kind: type) -> bool:
    if kind is object:
        return True
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def check_fields(type_: str, fields: Mapping[str, Any]) -> Message | FrameError:
    declared = SCHEMA.get(type_)
    if declared is None:
        return FrameError(f"unknown message type {type_[:40]!r}")
    for name, kind in declared.items():
        if name not in fields:
            return FrameError(f"{type_}: missing field {name!r}")
        if not _is(fields[name], kind):
            return FrameError(f"{type_}: field {name!r} is not a {kind.__name__}")
    return Message(type_, {name: fields[name] for name in declared})


def parse_body(body: bytes) -> Message | FrameError:
    """One frame's body → a message of the schema, or why not."""
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return FrameError("frame is not UTF-8 JSON")
    if not isinstance(data, dict):
        return FrameError("frame is not a JSON object")
    version = data.get("v")
    if not _is(version, int):
        return FrameError("frame has no protocol version")
    if version != PROTOCOL_VERSION:
        return FrameError(f"protocol version {version} (this node speaks {PROTOCOL_VERSION})")
    type_ = data.get("type")
    if not isinstance(type_, str):
        return FrameError("frame has no message type")
    return check_fields(type_, data)


def _no_constant(name: str) -> Any:
    raise ValueError(f"non-finite number {name}")


class FrameDecoder:
    """Incremental decoder: ``feed`` bytes as they arrive, get the complete
    messages so far, or the first error (after which the decoder refuses
    everything: the stream is no longer trusted)."""

    __slots__ = ("_buffer", "_failed", "max_frame")

    def __init__(self, max_frame: int = MAX_FRAME) -> None:
        self._buffer = bytearray()
        self._failed: FrameError | None = None
        self.max_frame = max_frame

    def feed(self, data: bytes) -> list[Message] | FrameError:
        if self._failed is not None:
            return self._failed
        self._buffer += data
        out: list[Message] = []
        while len(self._buffer) >= HEADER_SIZE:
            (length,) = _HEADER.unpack_from(self._buffer)
            if length > self.max_frame:
                return self._fail(FrameError(f"frame of {length} bytes is above the {self.max_frame}-byte cap"))
            if len(self._buffer) < HEADER_SIZE + length:
                break
            body = bytes(self._buffer[HEADER_SIZE : HEADER_SIZE + length])
            del self._buffer[: HEADER_SIZE + length]
            parsed = parse_body(body)
            if isinstance(parsed, FrameError):
                return self._fail(parsed)
            out.append(parsed)
        return out

    @property
    def pending(self) -> int:
        """Bytes held for a frame not complete yet (never above cap + header)."""
        return len(self._buffer)

    def _fail(self, error: FrameError) -> FrameError:
        self._failed = error
        self._buffer.clear()
        return error
