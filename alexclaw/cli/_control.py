"""``alexclaw workflow run|enable|disable``: asked of the RUNNING node
through its control socket (``alexclaw.control``), so a run takes the same
path and checks as Run now on the web, and a change the same store path.

Exit codes: 0 the run completed (or ``recovered``: an error branch handled
its error), or was started without ``--wait``, or the workflow is now
enabled/disabled; 1 the run failed, was cancelled or interrupted, or the
node could not answer (its log says why); 2 refused (a 2FA workflow, a
disabled or unknown one, a bad argument), no node running on the data dir,
or a control socket that is not private to this user — one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from alexclaw.cli._common import emit
from alexclaw.control import INTERNAL, ControlConnection, ControlUnavailable, connect
from alexclaw.settings import SettingsError, load_settings
from alexclaw.workflows import MAX_INPUT_CHARS

CONTROL_COMMANDS = frozenset({"run", "enable", "disable"})
# A run that ended as the operator wanted: its error, if any, was handled by a routed error branch.
SUCCEEDED = frozenset({"completed", "recovered"})


def _refused(answer: dict[str, Any]) -> int:
    print(f"alexclaw: {answer.get('error') or 'the node refused'}", file=sys.stderr)
    return 1 if answer.get("code") == INTERNAL else 2


def _input(args: argparse.Namespace) -> str | None:
    if args.input == "-":
        text: str = sys.stdin.read()
        return text
    value: str | None = args.input
    return value


def run_workflow(node: ControlConnection, args: argparse.Namespace) -> int:
    text = _input(args)
    if text is not None and len(text) > MAX_INPUT_CHARS:
        print(f"alexclaw: --input: at most {MAX_INPUT_CHARS // 1024} K characters", file=sys.stderr)
        return 2
    started = node.ask("workflow.run", name=args.name, input=text)
    if not started["ok"]:
        return _refused(started)
    run_id, name = started["run_id"], started.get("workflow", args.name)
    if not args.wait:
        if args.json:
            emit(json.dumps({"run_id": run_id, "status": started["status"], "result": None, "error": None}))
        else:
            emit(f"run {run_id} of {name} is {started['status']}")
        return 0
    ended = node.ask("run.wait", run_id=run_id)
    if not ended["ok"]:
        return _refused(ended)
    status, result, error = ended["status"], ended.get("result"), ended.get("error")
    if args.json:
        emit(json.dumps({"run_id": run_id, "status": status, "result": result, "error": error}, ensure_ascii=False))
    else:
        emit(f"run {run_id} of {name} {status}" + (f": {error}" if error else ""))
        if result is not None:
            emit(result if isinstance(result, str) else json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if status in SUCCEEDED else 1


def set_enabled(node: ControlConnection, args: argparse.Namespace) -> int:
    enable = args.workflow_command == "enable"
    answer = node.ask("workflow.enable" if enable else "workflow.disable", name=args.name)
    if not answer["ok"]:
        return _refused(answer)
    state = "enabled" if enable else "disabled"
    emit(f"{answer['workflow']} is {state}" + ("" if answer.get("changed") else f" (it was {state} already)"))
    return 0


def cmd_control(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 2
    try:
        with connect(settings.data_dir) as node:
            if args.workflow_command == "run":
                return run_workflow(node, args)
            return set_enabled(node, args)
    except ControlUnavailable as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C while waiting: the run itself goes on in the node
        print("alexclaw: stopped waiting; the run goes on in the node", file=sys.stderr)
        return 130


def add_parsers(sub: Any) -> None:
    """``run``, ``enable`` and ``disable`` under ``alexclaw workflow``."""
    run = sub.add_parser("run", help="start a workflow on the running node (as Run now on the web)")
    run.add_argument("name", help="the workflow's name (or id)")
    run.add_argument(
        "--input", metavar="TEXT", help="the run's input: JSON when it parses, else text ('-' reads stdin)"
    )
    run.add_argument("--wait", action="store_true", help="wait for the run to end; print its status and result")
    run.add_argument("--json", action="store_true", help="print {run_id, status, result, error}")
    for verb in ("enable", "disable"):
        toggle = sub.add_parser(verb, help=f"{verb} a workflow (and its schedule) on the running node")
        toggle.add_argument("name", help="the workflow's name (or id)")
