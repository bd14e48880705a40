"""Item lists as the information skills pass them between steps: a list
of objects (``rss_fetch``, ``llm_score``), the same as JSON text, or an
object whose ``items`` is such a list. Plain functions, shared by the
skills that read them."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

# A URL, less the sentence's punctuation that follows it.
_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]", re.IGNORECASE)
_MARKDOWN_LINK: Final = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_CITATION: Final = re.compile(r"[ \t]*\[(\d+(?:\s*,\s*\d+)*)\]")
_TAGS: Final = re.compile(r"<[^>]*>")


def items_of(value: Any) -> list[Any] | None:
    """The item list ``value`` carries, or None when it carries none (an
    empty list is a list: no items)."""
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped.startswith(("[", "{")):
            return None
        try:
            value = json.loads(stripped)
        except ValueError:
            return None
    if isinstance(value, Mapping) and isinstance(value.get("items"), list):
        value = value["items"]
    return list(value) if isinstance(value, list) else None


def linked_items(value: Any) -> list[Mapping[str, Any]] | None:
    """The items when every one is an object with a web link of its own
    (what a citation can point at), else None."""
    items = items_of(value)
    if not items or not all(isinstance(i, Mapping) and _web_link(i.get("link")) for i in items):
        return None
    return items


def _web_link(link: Any) -> bool:
    if not isinstance(link, str) or any(c.isspace() for c in link):
        return False
    return link.lower().startswith(("http://", "https://"))


def one_line(text: Any, limit: int) -> str:
    """``text`` as one line of at most ``limit`` characters: newlines would
    shift a numbered list the model answers line by line."""
    flat = " ".join(_TAGS.sub(" ", str(text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def title_of(item: Any) -> str:
    if isinstance(item, Mapping):
        return one_line(item.get("title") or "(no title)", 200)
    return one_line(item, 200)


def without_urls(text: str) -> str:
    return _URL.sub("", text)


def numbered(items: Sequence[Mapping[str, Any]], detail_chars: int = 300) -> str:
    """``[n] title — summary`` per item, without any URL: the model cites
    items by number and never sees (or writes) a link."""
    lines = []
    for n, item in enumerate(items, 1):
        detail = item.get("summary") or item.get("description") or ""
        line = title_of(item) + (f" — {one_line(detail, detail_chars)}" if detail else "")
        lines.append(f"[{n}] {without_urls(line)}")
    return "\n".join(lines)


def cite(reply: str, items: Sequence[Mapping[str, Any]]) -> str:
    """The model's answer with links taken from the items, never from the
    model: a Markdown link it wrote keeps its text and loses its URL, bare
    URLs go, and each ``[n]`` (or ``[n, m]``) becomes a link to item n's
    own link; a number that names no item is dropped."""
    links = [str(item["link"]) for item in items]

    def citation(match: re.Match[str]) -> str:
        numbers = [int(n) for n in re.findall(r"\d+", match.group(1))]
        return "".join(f" [source]({links[n - 1]})" for n in numbers if 1 <= n <= len(links))

    text = without_urls(_MARKDOWN_LINK.sub(r"\1", reply))
    return _CITATION.sub(citation, text)
