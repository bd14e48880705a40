"""Base64 and hex blobs in a prompt, decoded when they are text, so the
jailbreak families can be looked for inside them (``_jailbreak.find_hits``).
Bounded: at most ``MAX_BLOBS`` blobs and ``MAX_DECODED`` characters in all."""

from __future__ import annotations

import base64
import binascii
import itertools
import re
from typing import Final

MAX_BLOBS: Final = 8
MAX_DECODED: Final = 16_384
_B64_CHARS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_CLASS: Final = bytes(ord("b") if chr(c) in _B64_CHARS else ord(" ") for c in range(256))
_B64_BLOB: Final = re.compile(r"[A-Za-z0-9+/]{16,}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]{4,})*={0,2}")  # lines wrapped
_HEX_BLOB: Final = re.compile(r"(?:(?:\\x|0x)?[0-9a-f]{2}[\s,:]*){8,}")
_HEX_CLASS: Final = bytes(ord("h") if chr(c) in "0123456789abcdef" else ord(" ") for c in range(256))


def _printable(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    good = sum(1 for c in text if c.isprintable() or c in "\n\t\r")
    return text if text and good >= 0.9 * len(text) else None


def decoded_blobs(norm: str, lowered: str) -> list[tuple[int, str]]:
    """(position, text) of each base64 or hex blob that decodes to text."""
    encoded = norm.encode("ascii", "replace")
    out: list[tuple[int, str]] = []
    budget = MAX_DECODED
    if encoded.translate(_B64_CLASS).find(b"b" * 16) >= 0:
        for match in itertools.islice(_B64_BLOB.finditer(norm), MAX_BLOBS * 4):
            blob = "".join(match.group().split())[: budget * 2]
            if blob.isalpha() and (blob.islower() or blob.isupper()):
                continue  # a long word, not an encoding
            try:
                raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
            except (binascii.Error, ValueError):
                continue
            text = _printable(raw)
            if text is not None:
                out.append((match.start(), text[:budget]))
                budget -= len(text)
            if len(out) >= MAX_BLOBS or budget <= 0:
                return out
    hex_classes = lowered.encode("ascii", "replace").translate(_HEX_CLASS)
    if hex_classes.find(b"h" * 16) >= 0 or hex_classes.find(b"hh hh hh hh") >= 0 or "\\x" in lowered:
        for match in itertools.islice(_HEX_BLOB.finditer(lowered), MAX_BLOBS * 4):
            digits = re.sub(r"\\x|0x|[\s,:]", "", match.group())
            try:
                text = _printable(bytes.fromhex(digits[: budget * 2 - budget % 2]))
            except ValueError:
                continue
            if text is not None:
                out.append((match.start(), text[:budget]))
                budget -= len(text)
            if len(out) >= MAX_BLOBS or budget <= 0:
                break
    return out
