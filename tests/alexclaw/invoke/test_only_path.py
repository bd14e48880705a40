"""``invoke`` is the only way a skill runs: no module of the application or
of the plugin packages calls ``Skills.execute``, a breaker's or an
execution's ``run``, a skill's ``run`` or builds a ``SkillAPI`` except the
few that make up invoke itself. A new caller that runs a skill another way
(and so skips the policy decision, the token, the sanitizer or the record)
fails here."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("alexclaw", "gateways", "skills", "cluster")

# (what is called, on a receiver named ...) -> the only modules allowed to.
ALLOWED = {
    "execute on skills": {"alexclaw/invoke/_invoke.py"},
    "run on breaker": {"skills/_registry.py"},
    "run on execution": {"skills/_registry.py"},
    "run on skill": {
        "skills/_execution.py",
        # The sandbox's other half: the worker process runs the call that came through invoke.
        "skills/dynamic/_runtime/alexclaw_worker.py",
    },
    "SkillAPI()": {
        "alexclaw/invoke/_invoke.py",
        # `alexclaw skill try`: an unregistered file once, outside any node, with a SkillAPI that
        # grants only what it declares and has no backend (the issue asks for exactly this).
        "alexclaw/cli/_skill.py",
    },
}


def _last_name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def skill_runs(source: str) -> list[tuple[str, int]]:
    """Every place in ``source`` that runs a skill or builds its API: (what, line)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "SkillAPI":
            found.append(("SkillAPI()", node.lineno))
        if not isinstance(func, ast.Attribute):
            continue
        receiver = _last_name(func.value).lower()
        if func.attr == "execute" and receiver.endswith("skills"):
            found.append(("execute on skills", node.lineno))
        if func.attr == "run":
            for kind in ("breaker", "execution", "skill"):
                if receiver == kind or receiver.endswith("_" + kind):
                    found.append((f"run on {kind}", node.lineno))
    return found


def test_the_scan_finds_each_way_of_running_a_skill_around_invoke() -> None:
    sneaky = (
        "async def f(state, registered, args, meta):\n"
        "    await state.skills.execute('echo', args)\n"
        "    await registered.skill.run(args)\n"
        "    await registered.breaker.run(lambda: None)\n"
        "    await registered.execution.run(registered.skill, args, timeout=None)\n"
        "    return SkillAPI(meta, None, None)\n"
    )
    assert sorted(what for what, _ in skill_runs(sneaky)) == sorted(ALLOWED)


def test_only_invoke_runs_skills_in_the_application_and_the_plugin_packages() -> None:
    offenders = []
    scanned = 0
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            scanned += 1
            for what, line in skill_runs(path.read_text()):
                if relative not in ALLOWED[what]:
                    offenders.append(f"{relative}:{line}: {what}")
    assert scanned > 100  # the packages were found
    assert offenders == [], "run skills through alexclaw.invoke (Invoker.invoke):\n" + "\n".join(offenders)
