"""The static checks: hostile files are refused with the rule and the line;
the example skill is accepted."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from skills import PERMISSIONS
from skills.dynamic import MAX_BYTES, check_file, check_source

KNOWN = frozenset(PERMISSIONS)
EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "skills" / "word_count.py"
HEADER = textwrap.dedent(
    """
    from alexclaw_sdk import Args, Outcome


    class Hostile:
        name = "hostile"
        version = "1.0.0"
        description = "tries its luck"
        permissions = frozenset()
        branches = {"on_success": "ok", "on_error": "error"}
        external = False

        async def run(self, args: Args) -> Outcome:
            return Outcome(None)
    """
)


def _rules(body: str, **kwargs: object) -> set[str]:
    report = check_source((HEADER + textwrap.dedent(body)).encode(), known_permissions=KNOWN, **kwargs)  # type: ignore[arg-type]
    assert not report.accepted
    assert all(problem.line >= 0 and problem.message for problem in report.problems)
    return {problem.rule for problem in report.problems}


HOSTILE = {
    "alias import": ("import os as o\n", "import"),
    "from import as": ("from os import system as s\n", "import"),
    "dotted alias": ("import urllib.request as r\n", "import"),
    "submodule through from": ("from urllib import request\n", "import"),
    "module attribute to a module": ("import dataclasses\nx = dataclasses.inspect\n", "import"),
    "from import of a module attribute": ("from typing import sys as s\n", "import"),
    "module handed on": ("import json\nj = json\n", "module-alias"),
    "dunder walk to os": ("x = ().__class__.__bases__[0].__subclasses__()\n", "dunder"),
    "globals of a function": ("def f(): pass\ng = f.__globals__\n", "dunder"),
    "computed getattr": ("x = getattr(object, '__sub' + 'classes__')\n", "reflection"),
    "literal dunder getattr": ("x = getattr(object, '__subclasses__')\n", "dunder"),
    "encoded import": ("import base64\nexec(base64.b64decode('aW1wb3J0IG9z'))\n", "builtin"),
    "codecs": ("import codecs\n", "import"),
    "builtins name": ("b = __builtins__\n", "builtin"),
    "builtins module": ("import builtins\n", "import"),
    "dunder import": ("m = __import__('os')\n", "builtin"),
    "eval alias": ("e = eval\n", "builtin"),
    "compile": ("c = compile('1', 'x', 'eval')\n", "builtin"),
    "open": ("f = open('/etc/passwd')\n", "builtin"),
    "importlib": ("import importlib\n", "import"),
    "vars": ("v = vars()\n", "builtin"),
    "frame walk": ("def g():\n    yield 1\nf = g().gi_frame.f_back\n", "introspection"),
    "private attribute": ("import random\nr = random._os\n", "dunder"),
    "format walk": ("s = '{0.__class__}'.format(1)\n", "format"),
    "relative import": ("from . import x\n", "import"),
    "star import": ("from math import *\n", "import"),
    "pattern dunder": ("match 1:\n    case int(__class__=c):\n        pass\n", "dunder"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_every_hostile_file_is_refused_naming_the_rule(case: str) -> None:
    body, rule = HOSTILE[case]
    assert rule in _rules(body)


def test_the_example_skill_is_accepted_with_its_declaration() -> None:
    report = check_file(EXAMPLE, known_permissions=KNOWN)
    assert report.as_json() == {
        "accepted": True, "name": "word_count", "version": "1.0.0", "permissions": [], "external": False,
        "problems": [],
    }  # fmt: skip


def _declaring(permissions: str = "frozenset()", external: str = "False", name: str = "hostile") -> bytes:
    text = HEADER.replace("permissions = frozenset()", f"permissions = {permissions}")
    return text.replace("external = False", f"external = {external}").replace('"hostile"', f'"{name}"').encode()


def test_a_permission_never_granted_to_a_dynamic_skill_is_refused() -> None:
    for permission in ("skill_write", "skill_manage", "workflow_manage", "all"):
        report = check_source(_declaring(f"frozenset({{'{permission}'}})"), known_permissions=KNOWN)
        assert [p.rule for p in report.problems] == ["permission"], permission


def test_an_unknown_permission_is_refused() -> None:
    report = check_source(_declaring("frozenset({'root'})"), known_permissions=KNOWN)
    assert [p.rule for p in report.problems] == ["permission"]


def test_web_read_requires_declaring_external() -> None:
    refused = check_source(_declaring("frozenset({'web_read'})"), known_permissions=KNOWN)
    assert [p.rule for p in refused.problems] == ["external"]
    assert check_source(_declaring("frozenset({'web_read'})", "True"), known_permissions=KNOWN).accepted


def test_calling_web_read_requires_declaring_it_and_external() -> None:
    calling = (
        _declaring()
        .decode()
        .replace("return Outcome(None)", "return Outcome(await args.api.web_read('https://x.org/'))")
    )
    report = check_source(calling.encode(), known_permissions=KNOWN)
    assert sorted(p.rule for p in report.problems) == ["external", "permission"]


def test_a_core_skill_name_is_refused() -> None:
    report = check_source(_declaring(name="echo"), known_permissions=KNOWN, core_names=frozenset({"echo"}))
    assert [p.rule for p in report.problems] == ["core"]


def test_a_reload_must_bump_the_version() -> None:
    assert [p.rule for p in check_source(_declaring(), known_permissions=KNOWN, previous_version="1.0.0").problems] == [
        "version"
    ]
    assert check_source(_declaring(), known_permissions=KNOWN, previous_version="0.9.9").accepted


def test_a_syntax_error_names_its_line() -> None:
    report = check_source(b"x = 1\ndef (:\n", known_permissions=KNOWN)
    assert [(p.line, p.rule) for p in report.problems] == [(2, "syntax")]


def test_a_file_over_one_megabyte_is_refused() -> None:
    report = check_source(b"#" * (MAX_BYTES + 1), known_permissions=KNOWN)
    assert [p.rule for p in report.problems] == ["size"]


def test_a_file_outside_the_skills_directory_or_a_symlink_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "skills"
    root.mkdir()
    outside = tmp_path / "outside.py"
    outside.write_bytes(_declaring())
    inside = root / "ok.py"
    inside.write_bytes(_declaring())
    link = root / "link.py"
    link.symlink_to(outside)
    assert check_file(inside, root=root, known_permissions=KNOWN).accepted
    for path in (outside, link, root / ".." / "outside.py"):
        assert [p.rule for p in check_file(path, root=root, known_permissions=KNOWN).problems] == ["location"]
