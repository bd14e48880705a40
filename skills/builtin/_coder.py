"""``coder``: writes a dynamic skill for a goal. The goal goes to a model
(tier ``local`` unless the step says otherwise, through the SkillAPI's
``llm``: the guarded exchange, shield both ways) with the contract, the
SDK and an example; the code is taken from the answer, checked (the same
static checks as an upload), tried once in the sandbox with a sample
input, and on failure asked for again with the error (``attempts``, 3).
Every generated file is kept (``skill_write``, passed or not); a passing
one is staged in ``pending/`` — loaded only when the operator approves it
with a code on the Skills page. With ``workflow: true`` it also asks for a
disabled workflow "Auto: <name>" (``workflow_manage``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from skills._api import PERMISSIONS, ModelRefused, PermissionDenied, SkillAPIUnavailable
from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.dynamic import NEVER_GRANTED, SDK_PATH, Sandbox, SandboxError, SkillCrashed, check_source, dynamic_skill

ON_CREATED: Final = "on_created"
ON_WORKFLOW_CREATED: Final = "on_workflow_created"
_CODE_BLOCK: Final = re.compile(r"```(?:python|py)?\s*\n(.*?)```", re.DOTALL)
EXAMPLE: Final = """import re

from alexclaw_sdk import Args, Outcome


class WordCount:
    name = "word_count"
    version = "1.0.0"
    description = "Count the words of the input"
    permissions = frozenset()
    branches = {"on_success": "ok", "on_empty": "empty", "on_error": "error"}
    external = False

    async def run(self, args: Args) -> Outcome:
        if not isinstance(args.input, str):
            return Outcome.error("the input is not text")
        words = re.findall(r"\\w+", args.input)
        return Outcome({"words": len(words)}) if words else Outcome({"words": 0}, "on_empty")
"""
SYSTEM: Final = (
    "You write one AlexClaw dynamic skill: a single Python file, nothing else. Answer with the file in one "
    "```python block."
)


def instructions(goal: str, sdk: str, error: str | None, previous: str | None) -> str:
    parts = [
        f"Goal: {goal}",
        "Contract: one class with literal class attributes name (lowercase_with_underscores), version "
        "(e.g. '1.0.0'), description, permissions (a frozenset of: "
        f"{', '.join(sorted(set(PERMISSIONS) - NEVER_GRANTED))}), branches (a dict of branch name -> 'ok', "
        "'error' or 'empty'), external (True only if it uses web_read), and `async def run(self, args: Args) -> "
        "Outcome`. Import only standard-library modules such as re, json, math, datetime, collections, "
        "itertools, statistics, textwrap, html, urllib.parse, and alexclaw_sdk. No eval, exec, open, "
        "__import__, getattr with a computed name, no dunder attributes, no os, sys, socket or subprocess. "
        "Reach the node only through args.api (await args.api.llm(prompt), await args.api.web_read(url), ...).",
        f"The SDK (alexclaw_sdk):\n```python\n{sdk}\n```",
        f"An example skill:\n```python\n{EXAMPLE}```",
    ]
    if error and previous:
        parts.append(f"Your previous file failed:\n```python\n{previous}\n```\nThe error: {error}\nFix it.")
    return "\n\n".join(parts)


def extract(answer: str) -> str:
    """The code of a model's answer: its first fenced block, else all of it."""
    found = _CODE_BLOCK.search(answer)
    return (found.group(1) if found else answer).strip() + "\n"


class Coder:
    name: ClassVar[str] = "coder"
    description: ClassVar[str] = "Write a dynamic skill for a goal: generated, checked, tried, staged for a 2FA load"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"llm", "skill_write", "workflow_manage"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_CREATED: BranchKind.OK, ON_WORKFLOW_CREATED: BranchKind.OK, ON_ERROR: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField(
            "attempts",
            "integer",
            "How many times to ask the model (each retry carries the error)",
            3,
            minimum=1,
            maximum=6,
        ),
        ConfigField("sample_input", "text", "The input the generated skill is tried with", "hello world"),
        ConfigField("workflow", "boolean", "Also create a disabled workflow 'Auto: <name>' (skill → notify)", False),
    )

    def __init__(self, sandbox: Sandbox | None = None) -> None:
        self.sandbox = sandbox or Sandbox()

    async def run(self, args: SkillArgs) -> SkillOutcome:
        goal = args.input if isinstance(args.input, str) else args.config.get("goal")
        if not isinstance(goal, str) or not goal.strip():
            return SkillOutcome.error("give the coder a goal (its input)")
        if args.api is None:
            return SkillOutcome.error("coder runs through invoke (it needs the SkillAPI)")
        attempts = int(args.config.get("attempts") or 3)
        sample = args.config.get("sample_input") or "hello world"
        sdk = SDK_PATH.read_text(encoding="utf-8")
        tier = None if (args.llm_tier or args.llm_provider) else "local"
        tried: list[dict[str, Any]] = []
        error: str | None = None
        code: str | None = None
        for attempt in range(1, max(1, min(attempts, 6)) + 1):
            try:
                answer = await args.api.llm(instructions(goal, sdk, error, code), system=SYSTEM, tier=tier,
                                            max_tokens=4096)  # fmt: skip
            except ModelRefused as refused:
                return SkillOutcome({"error": f"no answer from the model: {refused}", "attempts": tried}, ON_ERROR)
            code = extract(answer)
            error, name = await self._judge(code, sample)
            filename = f"{name or 'skill'}_attempt{attempt}.py"
            kept = await self._keep(args.api, filename, code, passed=False)
            tried.append({"attempt": attempt, "file": kept, "error": error})
            if error is None and name is not None:
                staged = await self._keep(args.api, f"{name}.py", code, passed=True)
                result: dict[str, Any] = {"skill": name, "staged": staged, "attempts": tried}
                if args.config.get("workflow") is True:
                    try:
                        result["workflow"] = await args.api.workflow_manage("create_auto", name)
                    except (PermissionDenied, SkillAPIUnavailable) as exc:
                        result["workflow_error"] = str(exc)
                    else:
                        return SkillOutcome(result, ON_WORKFLOW_CREATED)
                return SkillOutcome(result, ON_CREATED)
        return SkillOutcome({"error": f"no working skill after {len(tried)} attempts: {error}", "attempts": tried},
                            ON_ERROR)  # fmt: skip

    async def _judge(self, code: str, sample: Any) -> tuple[str | None, str | None]:
        """(the error, or None when it passed; the skill's name if known)."""
        known = frozenset(PERMISSIONS) - NEVER_GRANTED
        report = check_source(code.encode(), known_permissions=known)
        if not report.accepted:
            problems = "; ".join(f"line {p.line}: [{p.rule}] {p.message}" for p in report.problems)
            return f"refused by the checks: {problems}", report.name
        try:
            outcome = await self.sandbox.run(dynamic_skill(report), SkillArgs(sample), timeout=20.0)
        except (SandboxError, SkillCrashed, TimeoutError) as exc:
            return f"the try failed: {exc or 'it overran 20 s'}", report.name
        if outcome.branch not in report.declared.get("branches", {}):
            return f"the try answered on the undeclared branch {outcome.branch!r}", report.name
        return None, report.name

    @staticmethod
    async def _keep(api: Any, filename: str, code: str, *, passed: bool) -> str | None:
        try:
            return str(await api.skill_write(filename, code, passed=passed))
        except (PermissionDenied, SkillAPIUnavailable):
            return None
