"""``discord_notify``: sends its input to a Discord channel (the operator's
by default) and passes the input on unchanged, on ``on_delivered``; a
refusal (no gateway, an unknown channel, Discord down) is ``on_error``
with the reason. Long input is cut as ``telegram_notify`` cuts it; the
gateway splits what remains at 2,000 characters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.builtin._telegram_notify import DEFAULT_MAX, HARD_MAX, ON_DELIVERED, notice


class DiscordNotify:
    name: ClassVar[str] = "discord_notify"
    description: ClassVar[str] = "Send the input to a Discord channel (the operator's by default); pass it on unchanged"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"gateway_send"})
    branches: ClassVar[Mapping[str, str]] = {ON_DELIVERED: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("channel_id", "string", "The channel's id; empty = the operator's channel (discord.channel_id)"),
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
        channel = str(args.config.get("channel_id") or "").strip()
        if channel and not (channel.isascii() and channel.isdigit()):
            return SkillOutcome.error("config.channel_id: a Discord channel id (digits)")
        if args.api is None:
            return SkillOutcome.error("discord_notify runs inside a workflow (it needs the SkillAPI)")
        text = notice(args.input, str(args.config.get("prefix") or ""), limit)
        try:
            await args.api.gateway_send("discord", text, channel)
        except Exception as exc:  # not configured, refused, Discord down: the step's error, with the reason
            return SkillOutcome.error(f"not sent: {exc}")
        return SkillOutcome(args.input, ON_DELIVERED)
