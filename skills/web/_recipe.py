"""Automation recipes: the steps ``web_automation`` plays in a headless
browser, as an ``automation`` resource holds them (a JSON list) or a step
gives them inline. One parser for both, used when a resource is saved, when
a step runs and by the editor's Try button, so a recipe is refused with the
same clear reasons wherever it comes from.

A step is a JSON object with an ``action`` and that action's fields::

    {"action": "goto", "url": "https://example.org/search?q={{input}}"}
    {"action": "fill", "selector": "#q", "value": "{{input}}"}
    {"action": "click", "selector": "button[type=submit]"}
    {"action": "wait_for", "selector": ".results", "timeout_ms": 5000}
    {"action": "extract_text", "selector": ".results", "name": "results"}
    {"action": "screenshot", "name": "after", "full_page": true}

``{{input}}`` (in ``url`` and ``value``) is the skill's input; no other
placeholder exists, so a recipe can never pull a secret in."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

INPUT_PLACEHOLDER: Final = "{{input}}"
MAX_STEPS: Final = 50
MAX_TIMEOUT_MS: Final = 60_000
DEFAULT_TIMEOUT_MS: Final = 5_000
_NAME: Final = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_PLACEHOLDER: Final = re.compile(r"\{\{.*?\}\}")

# action → (required fields, optional fields); every field not named is refused.
ACTIONS: Final[Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "goto": (("url",), ()),
    "click": (("selector",), ("timeout_ms",)),
    "fill": (("selector", "value"), ("timeout_ms",)),
    "press": (("selector", "key"), ("timeout_ms",)),
    "select": (("selector", "value"), ("timeout_ms",)),
    "wait_for": (("selector",), ("timeout_ms",)),
    "extract_text": (("selector", "name"), ("timeout_ms",)),
    "screenshot": (("name",), ("full_page",)),
}
_TEXT_FIELDS: Final = ("url", "selector", "value", "key", "name")
_TEMPLATED: Final = ("url", "value")


@dataclass(frozen=True, slots=True)
class RecipeStep:
    """One checked step; ``position`` counts from 1, as errors name it."""

    position: int
    action: str
    url: str = ""
    selector: str = ""
    value: str = ""
    key: str = ""
    name: str = ""
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    full_page: bool = False

    def label(self) -> str:
        return f"step {self.position} ({self.action})"

    def as_json(self) -> dict[str, Any]:
        """The step as a recipe holds it (``parse_steps`` reads it back)."""
        required, optional = ACTIONS[self.action]
        fields = {"url": self.url, "selector": self.selector, "value": self.value, "key": self.key,
                  "name": self.name, "timeout_ms": self.timeout_ms, "full_page": self.full_page}  # fmt: skip
        return {"action": self.action, **{k: fields[k] for k in (*required, *optional)}}

    def as_job(self) -> dict[str, Any]:
        """Every field and the position, as the browser's process plays it."""
        return {
            "position": self.position, "action": self.action, "url": self.url, "selector": self.selector,
            "value": self.value, "key": self.key, "name": self.name, "timeout_ms": self.timeout_ms,
            "full_page": self.full_page,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class RecipeProblems:
    """Why a recipe was refused: one line per problem, naming the step."""

    errors: tuple[str, ...]

    def __str__(self) -> str:
        return "; ".join(self.errors)


def _step(position: int, raw: Any, errors: list[str]) -> RecipeStep | None:
    where = f"step {position}"
    if not isinstance(raw, Mapping):
        errors.append(f"{where}: must be an object with an action")
        return None
    action = raw.get("action")
    if not isinstance(action, str) or action not in ACTIONS:
        errors.append(f"{where}: unknown action {action!r} (one of {', '.join(ACTIONS)})")
        return None
    where = f"{where} ({action})"
    required, optional = ACTIONS[action]
    before = len(errors)
    for unknown in sorted(set(raw) - {"action", *required, *optional}):
        errors.append(f"{where}: unknown field {unknown!r}")
    for name in required:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            errors.append(f"{where}: {name} is required (a non-empty string)")
    for name in _TEXT_FIELDS:
        value = raw.get(name)
        if name in raw and not isinstance(value, str):
            errors.append(f"{where}: {name} must be a string")
        elif isinstance(value, str):
            others = [p for p in _PLACEHOLDER.findall(value) if p != INPUT_PLACEHOLDER or name not in _TEMPLATED]
            if others:
                errors.append(f"{where}: {name} may not hold {others[0]} (only url and value take {{{{input}}}})")
    name_value = raw.get("name")
    if isinstance(name_value, str) and name_value and not _NAME.match(name_value):
        errors.append(f"{where}: name must be 1-40 letters, digits, _ or -")
    timeout = raw.get("timeout_ms", DEFAULT_TIMEOUT_MS)
    if isinstance(timeout, bool) or not isinstance(timeout, int) or not 1 <= timeout <= MAX_TIMEOUT_MS:
        errors.append(f"{where}: timeout_ms must be a whole number from 1 to {MAX_TIMEOUT_MS}")
    full_page = raw.get("full_page", False)
    if not isinstance(full_page, bool):
        errors.append(f"{where}: full_page must be true or false")
    url = raw.get("url", "")
    if isinstance(url, str) and url and not url.startswith(("http://", "https://", INPUT_PLACEHOLDER)):
        errors.append(f"{where}: url must start with http:// or https://")
    if len(errors) > before:
        return None
    return RecipeStep(
        position, action, raw.get("url", ""), raw.get("selector", ""), raw.get("value", ""), raw.get("key", ""),
        raw.get("name", ""), timeout, full_page,
    )  # fmt: skip


def parse_steps(raw: Any) -> tuple[RecipeStep, ...] | RecipeProblems:
    """A recipe's checked steps from a JSON text or an already parsed list."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as exc:
            return RecipeProblems((f"the recipe is not JSON: {exc}",))
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        return RecipeProblems(("a recipe is a JSON list of steps",))
    if not raw:
        return RecipeProblems(("a recipe needs at least one step",))
    if len(raw) > MAX_STEPS:
        return RecipeProblems((f"a recipe has at most {MAX_STEPS} steps",))
    errors: list[str] = []
    steps = [_step(position, item, errors) for position, item in enumerate(raw, start=1)]
    if errors:
        return RecipeProblems(tuple(errors))
    names = [s.name for s in steps if s is not None and s.name]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        return RecipeProblems((f"names must be unique: {', '.join(repeated)} is used twice",))
    return tuple(s for s in steps if s is not None)


def static_urls(steps: Sequence[RecipeStep]) -> list[tuple[RecipeStep, str]]:
    """The goto URLs known when the recipe is saved (no ``{{input}}``):
    those the egress guard's save-time rules can judge now."""
    return [(s, s.url) for s in steps if s.action == "goto" and INPUT_PLACEHOLDER not in s.url]


def scrape_steps(url: str) -> tuple[RecipeStep, ...]:
    """The ad-hoc recipe of ``/automate`` and a step's ``url``: open the
    page, keep its text and a screenshot."""
    return (
        RecipeStep(1, "goto", url=url),
        RecipeStep(2, "extract_text", selector="body", name="text"),
        RecipeStep(3, "screenshot", name="page"),
    )
