"""``/coder <goal>``: the coder skill through invoke with the chat as the
caller; the answer says the skill is staged and loads only with a code."""

from __future__ import annotations

from typing import Any

from alexclaw.dispatcher._skill_commands import USAGE, SkillCommands
from alexclaw.security import Acting
from skills import BranchKind, Invocation, InvokeStatus, SkillCaller, SkillOutcome

CHAT = Acting.chat("telegram:1", "telegram")


class _Invoker:
    def __init__(self, outcome: SkillOutcome, kind: BranchKind = BranchKind.OK) -> None:
        self.outcome, self.kind = outcome, kind
        self.asked: list[tuple[str, str, Any]] = []

    async def invoke(self, caller: SkillCaller, skill: str, input: Any, **_: Any) -> Invocation:
        self.asked.append((caller.origin, skill, input))
        return Invocation(InvokeStatus.RAN, self.outcome, self.kind)


async def test_coder_runs_the_coder_skill_with_the_goal_and_points_at_the_skills_page() -> None:
    invoker = _Invoker(SkillOutcome({"skill": "shout", "attempts": [{}, {}]}, "on_created"))
    reply = await SkillCommands(invoker).answer("coder", ["shout", "the", "input"], CHAT)
    assert invoker.asked == [("telegram", "coder", "shout the input")]
    assert reply.startswith("The coder wrote shout (2 attempt(s))") and "2FA code" in reply


async def test_coder_without_a_goal_gets_its_usage_and_a_failure_says_why() -> None:
    assert await SkillCommands(_Invoker(SkillOutcome(None))).answer("coder", [], CHAT) == USAGE["coder"]
    failed = _Invoker(SkillOutcome.error("no working skill after 3 attempts: boom"), BranchKind.ERROR)
    assert "no working skill after 3 attempts" in await SkillCommands(failed).answer("coder", ["x"], CHAT)
