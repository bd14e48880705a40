"""The knowledge chunker: pieces of at most ``size`` characters, each
starting ``overlap`` characters before the previous one ended, cut at the
best boundary in the last part of the window: a paragraph, else a
sentence end, else a line, else a space; a hard cut only inside one long
word. Every character of the text is in some chunk, in order."""

from __future__ import annotations

import re
from typing import Final

CHUNK_SIZE: Final = 2000
CHUNK_OVERLAP: Final = 200

# Boundaries in order of preference; a cut is placed after the match.
_BOUNDARIES: Final = (re.compile(r"\n\s*\n"), re.compile(r"[.!?…][\"')\]]*\s"), re.compile(r"\n"), re.compile(r"\s"))


def _cut(text: str, start: int, end: int, floor: int) -> int:
    """Where to end the chunk ``text[start:end]``: after the last boundary
    of the best kind found at or after ``floor``."""
    window = text[floor:end]
    for pattern in _BOUNDARIES:
        last = None
        for match in pattern.finditer(window):
            last = match
        if last is not None and floor + last.end() > start:
            return floor + last.end()
    return end


def chunk_text(text: str, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[str]:
    if not 0 <= overlap < size // 2:
        raise ValueError("overlap must be smaller than half the chunk size")
    text = text.strip()
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            # Look for a boundary in the second half of the window, so a
            # chunk is never tiny and the overlap never reaches back past
            # the previous chunk's start.
            end = _cut(text, start, end, start + size // 2)
        piece = text[start:end].strip()
        if piece:
            chunks.append(piece)
        if end >= len(text):
            break
        # Overlap: start again ``overlap`` characters back, moved forward to
        # the next word so no chunk opens mid-word.
        back = max(end - overlap, start + 1)
        space = text.find(" ", back, end)
        start = space + 1 if space != -1 else back
    return chunks
