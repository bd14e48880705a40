"""``conversational``: one turn of a conversation with the node's model.

Its input is the message (text), or ``{"message": ..., "history": [{"role":
"user"|"assistant", "content": ...}, ...]}`` with the conversation's
earlier turns, oldest first (the caller chooses how many: the chat sends
the last ``llm.chat_history_turns``). The model gets the node's identity
prompt (the ``llm.identity_prompt`` setting) and ``config.system`` after
it, the history, then the message, through the SkillAPI's ``llm`` — the
router, the shield, usage counting and the breaker all apply.

``on_success``: ``{"answer", "provider", "model", "verdict", "reason"}``
(the shield's verdict on the answer and its reason). ``on_error``:
``{"error", "kind"}``, ``kind`` saying which refusal it was —
``no_provider``, ``limits``, ``shield`` (the verdict is in the error),
``provider``, ``busy``, ``context``, ``refused``, ``invalid`` — so each
caller can say it in its own words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from skills._api import ModelRefused
from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome

MAX_HISTORY: Final = 100  # turns: the most the chat's setting allows


def parse_turn(message: Any) -> tuple[str, tuple[tuple[str, str], ...]] | str:
    """(message, history) from the skill's input, or why it is not one."""
    if isinstance(message, str):
        return message, ()
    if not isinstance(message, Mapping) or not isinstance(message.get("message"), str):
        return "the input is the message (text) or {message, history}"
    history = message.get("history") or []
    if not isinstance(history, list) or len(history) > MAX_HISTORY:
        return f"history is a list of at most {MAX_HISTORY} turns"
    turns: list[tuple[str, str]] = []
    for turn in history:
        if (
            not isinstance(turn, Mapping)
            or turn.get("role") not in ("user", "assistant")
            or not isinstance(turn.get("content"), str)
        ):
            return "each history turn is {role: user|assistant, content: text}"
        turns.append((turn["role"], turn["content"]))
    return message["message"], tuple(turns)


class Conversational:
    name: ClassVar[str] = "conversational"
    description: ClassVar[str] = "Talk with the model: the identity prompt, the conversation's last turns, the message"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm"})
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("system", "text", "Said to the model after the identity prompt (optional)"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        parsed = parse_turn(args.input)
        system = args.config.get("system") or ""
        if isinstance(parsed, str) or not isinstance(system, str):
            return _refused("invalid", parsed if isinstance(parsed, str) else "config.system must be text")
        message, history = parsed
        if not message.strip():
            return _refused("invalid", "the message is empty")
        if args.api is None:
            return _refused("invalid", "conversational needs the SkillAPI (run it through invoke)")
        try:
            reply = await args.api.llm_reply(message, system=system, history=history, identity=True)
        except ModelRefused as refused:
            return _refused(refused.kind, refused.message)
        return SkillOutcome(
            {"answer": reply.text, "provider": reply.provider, "model": reply.model, "verdict": reply.verdict,
             "reason": reply.reason}
        )  # fmt: skip


def _refused(kind: str, reason: str) -> SkillOutcome:
    return SkillOutcome({"error": reason, "kind": kind}, ON_ERROR)
