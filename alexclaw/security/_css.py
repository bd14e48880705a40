"""Does a CSS declaration block hide its element? Used for inline ``style``
attributes and for the rules of ``<style>`` sheets alike (hiding through a
class is as hidden as hiding inline)."""

from __future__ import annotations

import re
from typing import Final

_DECLARATION: Final = re.compile(r"([a-zA-Z-]+)\s*:\s*([^;]+)")
_RULE: Final = re.compile(r"([^{}]+)\{([^{}]*)\}")
_NUMBER: Final = re.compile(r"^(-?\d*\.?\d+)")


def _number(value: str) -> float | None:
    match = _NUMBER.match(value.strip())
    return float(match.group(1)) if match else None


def declarations(block: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in _DECLARATION.findall(block):
        found[name.strip().lower()] = value.replace("!important", "").strip().lower()
    return found


def hiding_reason(block: str) -> str | None:
    """Why a declaration block hides content, or None."""
    d = declarations(block)
    if d.get("display") == "none":
        return "display:none"
    if d.get("visibility") in {"hidden", "collapse"}:
        return "visibility:hidden"
    opacity = _number(d.get("opacity", "1"))
    if opacity is not None and opacity <= 0.01:
        return "opacity:0"
    size = d.get("font-size", "")
    points = _number(size)
    if points is not None and (points == 0 or (size.endswith("px") and points <= 1)):
        return "font-size:0"
    color = d.get("color")
    if color in {"transparent", "rgba(0,0,0,0)", "rgba(0, 0, 0, 0)"}:
        return "transparent text"
    background = d.get("background-color") or d.get("background")
    if color and background and color.replace(" ", "") == background.replace(" ", ""):
        return "text colour equals background"
    for side in ("left", "top", "right"):
        offset = _number(d.get(side, "0"))
        if d.get("position") in {"absolute", "fixed"} and offset is not None and offset <= -500:
            return f"off-screen ({side})"
    indent = _number(d.get("text-indent", "0"))
    if indent is not None and indent <= -500:
        return "text-indent off-screen"
    clip = d.get("clip", "") + " " + d.get("clip-path", "")
    if re.search(r"rect\(\s*0[a-z%]*\s*,?\s*0[a-z%]*\s*,?\s*0[a-z%]*\s*,?\s*0|inset\(\s*50%|circle\(\s*0", clip):
        return "clipped away"
    zero_size = any(_number(d.get(p, "1")) == 0 for p in ("width", "height", "max-height", "max-width"))
    if zero_size and d.get("overflow") == "hidden":
        return "zero size, overflow hidden"
    if re.search(r"scale\(\s*0(\.0*)?\s*[,)]", d.get("transform", "")):
        return "scale(0)"
    return None


def hiding_rules(stylesheet: str) -> list[tuple[str, str]]:
    """``(selector, reason)`` for every rule of a sheet that hides."""
    sheet = re.sub(r"/\*.*?\*/", "", stylesheet, flags=re.S)
    sheet = re.sub(r"@media[^{]*\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}", r"\1", sheet)  # flatten simple @media blocks
    rules: list[tuple[str, str]] = []
    for selectors, block in _RULE.findall(sheet):
        reason = hiding_reason(block)
        if reason:
            rules.extend((s.strip(), reason) for s in selectors.split(",") if s.strip())
    return rules
