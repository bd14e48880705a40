"""``template``: formats text from the input — ``{input}`` is the whole
input, ``{input.field}`` a field of an object input."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, ClassVar

from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome

_PLACEHOLDER = re.compile(r"\{input((?:\.[A-Za-z0-9_]+)*)\}")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


def render(template: str, input: Any) -> str:
    """Only ``{input...}`` placeholders: no format-string attribute access."""

    def replace(match: re.Match[str]) -> str:
        value = input
        for part in [p for p in match.group(1).split(".") if p]:
            value = value.get(part, "") if isinstance(value, Mapping) else ""
        return _text(value)

    return _PLACEHOLDER.sub(replace, template)


class Template:
    name: ClassVar[str] = "template"
    description: ClassVar[str] = "Format text from the input ({input}, {input.field})"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("template", "text", "Text with {input} or {input.field} placeholders", "{input}"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        template = args.config.get("template", "{input}")
        if not isinstance(template, str):
            return SkillOutcome.error("config.template: must be text")
        return SkillOutcome(render(template, args.input))
