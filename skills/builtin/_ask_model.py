"""``ask_model``: one model call from a workflow step. The prompt is the
step's prompt template filled from the input (``{input}``,
``{input.field}``; no template: the input itself); the step's tier and
model choose the provider. The answer goes on; a refusal (the shield's
block, no provider, limits) is the error branch with its reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from skills._api import ModelRefused
from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.builtin._template import render


class AskModel:
    name: ClassVar[str] = "ask_model"
    description: ClassVar[str] = "Ask a model: the step's prompt template filled from the input; the answer goes on"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm"})
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("system", "text", "The system prompt (how the model should answer)"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        template = args.config.get("prompt_template") or "{input}"
        system = args.config.get("system") or ""
        if not isinstance(template, str) or not isinstance(system, str):
            return SkillOutcome.error("prompt_template and config.system must be text")
        if args.api is None:
            return SkillOutcome.error("ask_model runs inside a workflow (it needs the SkillAPI)")
        try:
            return SkillOutcome(await args.api.llm(render(template, args.input), system=system))
        except ModelRefused as refused:
            return SkillOutcome.error(f"no answer: {refused}")
