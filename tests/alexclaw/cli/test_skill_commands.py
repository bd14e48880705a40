"""``alexclaw skill check`` and ``skill try`` for skill authors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alexclaw.cli import main

EXAMPLE = str(Path(__file__).resolve().parents[3] / "examples" / "skills" / "word_count.py")


def test_check_accepts_the_example_and_refuses_a_hostile_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["skill", "check", EXAMPLE, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "word_count"
    hostile = tmp_path / "hostile.py"
    hostile.write_text("from os import system as s\n")
    assert main(["skill", "check", str(hostile), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["accepted"] is False
    assert {"line": 1, "rule": "import", "message": "module 'os' is not on the allowlist"} in report["problems"]


def test_try_runs_the_example_once_and_refuses_a_hostile_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["skill", "try", EXAMPLE, "--input", "a b b", "--config", '{"top": 1}', "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["branch"], result["output"], result["error"]) == ("on_success", {"words": 3, "top": ["b"]}, None)
    hostile = tmp_path / "hostile.py"
    hostile.write_text("import socket\n")
    assert main(["skill", "try", str(hostile), "--json"]) == 1
    assert "line 1: [import] module 'socket' is not on the allowlist" in json.loads(capsys.readouterr().out)["error"]
