"""``alexclaw skill check FILE`` and ``alexclaw skill try FILE``: the
commands for skill authors. Neither needs a node or registers anything.

``check`` runs the static checks only: with ``--json``,
``{accepted, name, version, permissions, external, problems: [{line, rule,
message}]}``; exit 0 accepted, 1 refused. ``try`` checks, then runs the
skill once in the same sandbox a node uses, with a SkillAPI limited to the
permissions it declares (and no backend behind them: a call past the
permission check answers ``unavailable``); prints ``{branch, output, error,
duration_ms}``; exit 0 when the skill ran (whatever its branch), 1 when it
was refused or crashed, 2 for a usage error."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from alexclaw.cli._common import emit
from skills import (
    PERMISSIONS,
    BranchKind,
    CallerState,
    Invocation,
    InvokeStatus,
    SkillAPI,
    SkillArgs,
    SkillCaller,
    SkillOutcome,
)
from skills.builtin import CORE_SKILLS
from skills.dynamic import NEVER_GRANTED, CheckReport, Sandbox, SandboxError, SkillCrashed, check_file
from skills.web import WEB_SKILLS

CORE_NAMES = frozenset(skill.name for skill in (*CORE_SKILLS, *WEB_SKILLS))
DYNAMIC_PERMISSIONS = frozenset(PERMISSIONS) - NEVER_GRANTED


def check(path: Path) -> CheckReport:
    return check_file(path, known_permissions=frozenset(PERMISSIONS), core_names=CORE_NAMES)


class _Declared:
    """The authorizer of ``skill try``: what the skill declares, nothing more."""

    async def authorize(self, *, caller: str, permission: str, declared: frozenset[str], **_: Any) -> tuple[bool, str]:
        if permission in declared and permission in DYNAMIC_PERMISSIONS:
            return True, "declared"
        return False, f"{caller} did not declare {permission}"


class _Alone:
    """``skill try`` runs one skill: it cannot invoke another."""

    async def invoke(self, caller: SkillCaller, skill: str, input: Any, **_: Any) -> Invocation:
        outcome = SkillOutcome.error(f"skill try runs {caller.principal} alone; it cannot run {skill}")
        return Invocation(InvokeStatus.DENIED, outcome, BranchKind.ERROR)


async def try_skill(report: CheckReport, input: Any, config: Mapping[str, Any]) -> dict[str, Any]:
    name = report.name or "skill"
    api = SkillAPI(CallerState(name, frozenset(report.permissions)), _Declared(), _Alone())
    skill = type("Tried", (), {"name": name, "source": report.source})()
    started = time.perf_counter()
    try:
        outcome = await Sandbox().run(skill, SkillArgs(input, config, api=api), timeout=30.0)
    except (SandboxError, SkillCrashed, TimeoutError) as exc:
        failure = str(exc) or "the skill overran its 30 s"
        return {"ran": False, "branch": None, "output": None, "error": failure, "duration_ms": _ms(started)}
    result = outcome.result
    error = result.get("error") if isinstance(result, dict) and "error" in result else None
    return {"ran": True, "branch": outcome.branch, "output": result, "error": error, "duration_ms": _ms(started)}


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def cmd_check(args: argparse.Namespace) -> int:
    report = check(Path(args.file))
    if args.json:
        emit(json.dumps(report.as_json()))
    elif report.accepted:
        print(f"accepted: {report.name} {report.version} (permissions: {', '.join(report.permissions) or 'none'})")
    else:
        for problem in report.problems:
            print(f"{args.file}:{problem.line}: [{problem.rule}] {problem.message}")
    return 0 if report.accepted else 1


def cmd_try(args: argparse.Namespace) -> int:
    try:
        config = json.loads(args.config) if args.config else {}
    except ValueError:
        print("alexclaw: --config must be a JSON object", file=sys.stderr)
        return 2
    if not isinstance(config, dict):
        print("alexclaw: --config must be a JSON object", file=sys.stderr)
        return 2
    report = check(Path(args.file))
    if not report.accepted:
        problems = "; ".join(f"line {p.line}: [{p.rule}] {p.message}" for p in report.problems) or "refused"
        result: dict[str, Any] = {"branch": None, "output": None, "error": f"refused: {problems}", "duration_ms": 0}
        ran = False
    else:
        result = asyncio.run(try_skill(report, args.input, config))
        ran = bool(result.pop("ran"))
    if args.json:
        emit(json.dumps(result, default=str))
    else:
        print(f"branch: {result['branch']}\noutput: {json.dumps(result['output'], default=str)}")
        if result["error"]:
            print(f"error: {result['error']}")
        print(f"duration: {result['duration_ms']} ms")
    return 0 if ran else 1


def add_parsers(commands: Any) -> None:
    skill = commands.add_parser("skill", help="dynamic skills: check or try a skill file")
    verbs = skill.add_subparsers(dest="verb", metavar="VERB", required=True)
    check_ = verbs.add_parser("check", help="the static checks only; exit 0 accepted, 1 refused")
    check_.add_argument("file")
    check_.add_argument("--json", action="store_true", help="machine-readable output")
    check_.set_defaults(run=cmd_check)
    try_ = verbs.add_parser("try", help="run the skill once in the sandbox; nothing is registered")
    try_.add_argument("file")
    try_.add_argument("--input", default=None, help="the step's input (text)")
    try_.add_argument("--config", default=None, help="the step's config (a JSON object)")
    try_.add_argument("--json", action="store_true", help="machine-readable output")
    try_.set_defaults(run=cmd_try)
