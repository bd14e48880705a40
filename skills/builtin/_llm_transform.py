"""``llm_transform``: the step's prompt template through a model.
``{input}`` is the step's input (objects as JSON) and ``{resources}`` the
workflow's resources, one line each. An empty template passes the input
through unchanged.

The input travels to the model as delimited data (the template says
where it belongs), so a feed item or a fetched page that reads like an
instruction stays data. Given a list of items that carry links, the
model sees them numbered and without URLs, cites them by number, and each
citation becomes a link to that item's own link: links come from the
items, never from the model. An input too long for the provider's window
is cut, and the answer says so, rather than refused outright."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final

from skills._api import ModelRefused
from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.builtin._items import cite, linked_items, numbered
from skills.builtin._prompt_presets import PROMPT_PRESETS

MAX_INPUT_CHARS: Final = 24_000
MIN_INPUT_CHARS: Final = 1_000
TRIMMED: Final = "\n\n[input trimmed to fit the model's context window]"
WHERE_INPUT: Final = "(the content in the data block below)"
CITE: Final = (
    "\n\nCite the items you mention by their number in brackets, like [1]. "
    "Do not write URLs: the links are added from the numbers."
)


def as_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def resources_text(resources: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(f"- {r.get('name')} ({r.get('type')}): {r.get('url') or 'inline'}" for r in resources)


def fill(template: str, resources: Sequence[Mapping[str, Any]]) -> str:
    """The prompt: ``{input}`` points at the data block (or, in a template
    without it, the block simply follows), ``{resources}`` listed."""
    return template.replace("{input}", WHERE_INPUT).replace("{resources}", resources_text(resources))


def within(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(limit - len(TRIMMED), 0)] + TRIMMED


class LlmTransform:
    name: ClassVar[str] = "llm_transform"
    description: ClassVar[str] = (
        "Run the step's prompt template through a model ({input}, {resources}); an empty template passes the "
        "input through"
    )
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm"})
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("system", "text", "The system prompt (how the model should answer)"),
        ConfigField(
            "max_input_chars",
            "integer",
            "The input is cut to this many characters (a note says so)",
            MAX_INPUT_CHARS,
            minimum=MIN_INPUT_CHARS,
            maximum=400_000,
        ),
    )
    presets: ClassVar[Mapping[str, Mapping[str, Any]]] = {
        name: {"prompt_template": template} for name, template in PROMPT_PRESETS.items()
    }

    async def run(self, args: SkillArgs) -> SkillOutcome:
        template = args.config.get("prompt_template") or ""
        system = args.config.get("system") or ""
        limit = args.config.get("max_input_chars", MAX_INPUT_CHARS)
        if not isinstance(template, str) or not isinstance(system, str):
            return SkillOutcome.error("prompt_template and config.system must be text")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < MIN_INPUT_CHARS:
            return SkillOutcome.error(f"config.max_input_chars: a whole number of at least {MIN_INPUT_CHARS}")
        if not template.strip():
            return SkillOutcome(args.input)
        if args.api is None:
            return SkillOutcome.error("llm_transform runs inside a workflow (it needs the SkillAPI)")
        items = linked_items(args.input)
        data = numbered(items) if items else as_text(args.input)
        prompt = fill(template + (CITE if items else ""), args.resources)
        tier = args.llm_tier or (None if args.llm_provider else "light")
        # A window too small for the whole input: cut it (and say so) rather
        # than fail the run, halving until it fits or is too small to help.
        while True:
            try:
                answer = await args.api.llm(
                    prompt, system=system, tier=tier, provider=args.llm_provider, max_tokens=2048,
                    untrusted=(("step input", within(data, limit)),),
                )  # fmt: skip
                break
            except ModelRefused as refused:
                if refused.kind != "context" or limit // 2 < MIN_INPUT_CHARS or len(data) <= MIN_INPUT_CHARS:
                    return SkillOutcome.error(f"no answer: {refused}")
                limit = min(limit, len(data)) // 2
        return SkillOutcome(cite(answer, items) if items else answer)
