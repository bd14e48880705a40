"""``telegram_notify``: sends its input to the operator's chat and passes
the input on unchanged, so a workflow can report and keep going. Long
input is cut at a line or word boundary, never mid-character. It answers
on AlexClaw's branch names, ``on_delivered`` and ``on_error`` (a route of
the old ``on_success`` is read as ``on_delivered``: see
``alexclaw.workflows``' ``RENAMED_BRANCHES``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome

DEFAULT_MAX = 3500
ON_DELIVERED = "on_delivered"
HARD_MAX = 20000


def notice(value: Any, prefix: str, limit: int) -> str:
    body = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str, indent=1)
    text = f"{prefix}\n{body}".strip() if prefix else body
    if len(text) <= limit:
        return text
    marker = "\n… (truncated)"
    cut = text[: max(0, limit - len(marker))]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary >= len(cut) // 2:
        cut = cut[:boundary]
    return cut.rstrip() + marker


class TelegramNotify:
    name: ClassVar[str] = "telegram_notify"
    description: ClassVar[str] = "Send the input to the operator's Telegram chat; pass it on unchanged"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"telegram_send"})
    branches: ClassVar[Mapping[str, str]] = {ON_DELIVERED: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("prefix", "string", "A line sent before the input (e.g. the workflow's name)"),
        ConfigField(
            "max_chars",
            "integer",
            f"Longer input is truncated (at most {HARD_MAX})",
            DEFAULT_MAX,
            minimum=20,
            maximum=HARD_MAX,
        ),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        try:
            limit = min(max(int(args.config.get("max_chars") or DEFAULT_MAX), 20), HARD_MAX)
        except (TypeError, ValueError):
            return SkillOutcome.error("config.max_chars: a whole number")
        if args.api is None:
            return SkillOutcome.error("telegram_notify runs inside a workflow (it needs the SkillAPI)")
        text = notice(args.input, str(args.config.get("prefix") or ""), limit)
        try:
            await args.api.telegram_send(text)
        except Exception as exc:  # not configured, refused, Telegram down: the step's error, with the reason
            return SkillOutcome.error(f"not sent: {exc}")
        return SkillOutcome(args.input, ON_DELIVERED)
