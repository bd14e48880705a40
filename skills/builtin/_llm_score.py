"""``llm_score``: one model call scores a numbered list of item titles
against the step's ``interests`` (0.0-1.0, one line per item); the items
at or above ``threshold`` go on, best first, at most ``max_items``, each
with its ``score``. The titles come from outside (feeds, pages), so they
travel to the model as delimited data, never as instructions. Scoring
defaults to the light tier unless the step names a tier or a model."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final

from skills._api import ModelRefused
from skills._contract import ON_EMPTY, ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.builtin._items import items_of, title_of

ON_ITEMS: Final = "on_items"
BATCH: Final = 100  # titles per call: a long feed is scored in several calls, not one huge prompt
MAX_ITEMS_IN: Final = 2_000
DEFAULT_INTERESTS: Final = "general news, technology, finance, world events"

_LIST_NUMBER: Final = re.compile(r"^\s*(?:\d+\s*[.):\]-]|\[\d+\])\s+(?=\S)")
_DECIMAL: Final = re.compile(r"\d*\.\d+")
_WHOLE: Final = re.compile(r"\d+")


def scoring_prompt(interests: str, count: int) -> str:
    return (
        "You are a relevance scorer. Rate each numbered headline in the data block from 0.0 (irrelevant) "
        "to 1.0 (highly relevant) to these topics of interest:\n"
        f"{interests}\n\n"
        "Rules:\n"
        f"- Reply with exactly {count} lines, one per headline, in the same order.\n"
        "- Each line holds ONLY a decimal number such as 0.8: no text, no numbering, no explanation.\n"
        "- Use the whole range: the most relevant headline near 1.0, the least near 0.0.\n"
        "- Answer directly, without thinking out loud."
    )


def normalize(value: float) -> float:
    """A model answering on a 0-10 (or 0-100) scale despite the
    instruction is rescaled rather than discarded."""
    if value <= 1.0:
        return value
    if value <= 10.0:
        return value / 10.0
    if value <= 100.0:
        return value / 100.0
    return 0.0


def score_line(line: str) -> float | None:
    """``0.8``, ``1. 0.8``, ``2) 0.8``, ``3 0.8`` and ``0.8 — relevant``
    all read 0.8: a decimal wins over a whole number (the list number), and
    a list number is only stripped when something follows it, so ``0.1``
    is never read as ``1``. ``8`` alone is 0.8 (a 0-10 answer)."""
    rest = _LIST_NUMBER.sub("", line.strip())
    found = _DECIMAL.search(rest) or _WHOLE.search(rest)
    return normalize(float(found.group())) if found else None


def parse_scores(text: str, count: int) -> list[float]:
    """The scores in the answer, in order: one per line, or one per comma
    when the model put them on one line."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < count and "," in text:
        lines = [part for part in re.split(r"[\n,]+", text) if part.strip()]
    return [score for score in map(score_line, lines) if score is not None]


def ranked(items: Sequence[Any], scores: Sequence[float], threshold: float, limit: int) -> list[dict[str, Any]]:
    """The items at or above ``threshold``, best first (ties keep the feed's
    order), at most ``limit``, each with its ``score``."""
    scored = [
        {**item, "score": score} if isinstance(item, Mapping) else {"item": item, "score": score}
        for item, score in zip(items, scores, strict=True)
    ]
    kept = [item for item in scored if item["score"] >= threshold]
    return sorted(kept, key=lambda item: -item["score"])[:limit]


class LlmScore:
    name: ClassVar[str] = "llm_score"
    description: ClassVar[str] = (
        "Score items by their titles against your interests in one model call; keep those at or above the "
        "threshold, best first"
    )
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_ITEMS: BranchKind.OK, ON_EMPTY: BranchKind.EMPTY, ON_ERROR: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("interests", "text", "Topics to score against, e.g. AI, cybersecurity, finance", DEFAULT_INTERESTS),
        ConfigField("threshold", "number", "Minimum score to keep (0-1)", 0.3, minimum=0, maximum=1),
        ConfigField("max_items", "integer", "At most this many items go on", 10, minimum=1, maximum=MAX_ITEMS_IN),
    )
    presets: ClassVar[Mapping[str, Mapping[str, Any]]] = {
        "News": {"interests": "AI, cybersecurity, open source, finance", "threshold": 0.3, "max_items": 10},
        "Strict": {"interests": "AI, cybersecurity, open source, finance", "threshold": 0.7, "max_items": 5},
    }

    async def run(self, args: SkillArgs) -> SkillOutcome:
        items = items_of(args.input)
        if items is None:
            return SkillOutcome.error("llm_score needs a list of items (a JSON list, or an object with 'items')")
        if not items:
            return SkillOutcome("No items to score.", ON_EMPTY)
        if len(items) > MAX_ITEMS_IN:
            return SkillOutcome.error(f"llm_score scores at most {MAX_ITEMS_IN} items at once (got {len(items)})")
        interests = args.config.get("interests") or DEFAULT_INTERESTS
        threshold = args.config.get("threshold", 0.3)
        limit = args.config.get("max_items", 10)
        if not isinstance(interests, str):
            return SkillOutcome.error("config.interests: must be text")
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
            return SkillOutcome.error("config.threshold: must be a number between 0 and 1")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            return SkillOutcome.error("config.max_items: must be a whole number of at least 1")
        if args.api is None:
            return SkillOutcome.error("llm_score runs inside a workflow (it needs the SkillAPI)")
        scores: list[float] = []
        for start in range(0, len(items), BATCH):
            batch = items[start : start + BATCH]
            found = await self._score(args, interests, batch)
            if isinstance(found, str):
                return SkillOutcome.error(found)
            scores.extend(found)
        passed = ranked(items, scores, float(threshold), limit)
        if not passed:
            return SkillOutcome(f"No items passed the relevance threshold ({threshold}).", ON_EMPTY)
        return SkillOutcome(passed, ON_ITEMS)

    async def _score(self, args: SkillArgs, interests: str, batch: Sequence[Any]) -> list[float] | str:
        """The batch's scores, or why there are none. An answer with the
        wrong number of lines is asked once more before it is an error: a
        guess at which line belongs to which item would rank the feed wrong."""
        titles = "\n".join(f"{n}. {title_of(item)}" for n, item in enumerate(batch, 1))
        tier = args.llm_tier or (None if args.llm_provider else "light")
        answers: list[int] = []
        for _attempt in range(2):
            try:
                answer = await args.api.llm(
                    scoring_prompt(interests, len(batch)), tier=tier, provider=args.llm_provider,
                    max_tokens=16 + 8 * len(batch), untrusted=(("headlines", titles),),
                )  # fmt: skip
            except ModelRefused as refused:
                return f"scoring failed: {refused}"
            scores = parse_scores(answer, len(batch))
            if len(scores) >= len(batch):
                return scores[: len(batch)]
            answers.append(len(scores))
        return f"the model gave {answers[-1]} scores for {len(batch)} items (asked twice)"
