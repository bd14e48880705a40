"""Splitting long messages for transports with a size cap (Telegram: 4,096
characters): at line boundaries when possible, never losing a character."""

from __future__ import annotations


def split_message(text: str, limit: int = 4096) -> list[str]:
    """Chunks of at most ``limit`` characters whose concatenation is
    ``text``. A line longer than ``limit`` is cut at a space if there is
    one in its second half, else hard."""
    if limit < 1:
        raise ValueError("limit must be positive")
    if len(text) <= limit:
        return [text] if text else []
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = window.rfind("\n") + 1  # keep the newline with the chunk it ends
        if cut <= 0:
            space = window.rfind(" ")
            cut = space + 1 if space >= limit // 2 else limit
        chunks.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        chunks.append(rest)
    return chunks
