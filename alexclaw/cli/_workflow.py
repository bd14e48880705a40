"""``alexclaw workflow export|import|list``: workflows as portable JSON
documents (AlexClaw v1), straight on the database (``run``, ``enable`` and
``disable`` ask the running node instead: ``cli._control``) (a running node hears
every change through NOTIFY). An import is audited as ``cli:<user>`` and
arrives disabled unless ``--enable`` is given.

Exit codes: 0 done; 1 no such workflow, an unreadable or invalid document
(every problem on its own line on stderr) or no database; 2 invalid
settings."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from alexclaw.cli._common import acting, database_command, host_approver
from alexclaw.cli._control import CONTROL_COMMANDS, cmd_control
from alexclaw.cli._control import add_parsers as add_control_parsers
from alexclaw.config import catalog_default
from alexclaw.connections import SqlStepCheck
from alexclaw.inputs import InputError
from alexclaw.secret_store import command_store
from alexclaw.security import ChallengeView, FixedPool, Invalid, NotAllowed
from alexclaw.settings import Settings
from alexclaw.storage import open_pool
from alexclaw.workflows import (
    WorkflowError,
    WorkflowOperations,
    credentials_to_reenter,
    export_workflow,
    list_workflows,
    load_document,
    parse_document,
    reenter_message,
)


def _fail(message: str) -> int:
    print(f"alexclaw: {message}", file=sys.stderr)
    return 1


async def workflow_export(settings: Settings, key: str) -> int:
    async with open_pool(settings) as pool, pool.acquire() as conn:
        document = await export_workflow(conn, key)
    if document is None:
        return _fail(f"no workflow named {key!r}")
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return 0


class UnreadableDocument(Exception):
    """The file cannot be read, or is not JSON; the message says why."""


def read_document(source: str) -> Any:
    """The JSON in file ``source`` ("-" for stdin), read as the web import
    reads it (the same limits and refusals)."""
    label = "stdin" if source == "-" else source
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read {label}: {exc.strerror or exc}") from None
    try:
        return load_document(raw)
    except InputError as exc:
        # "stdin is not valid JSON: …", or "wf.json: document.steps[0].name: …"
        message = f"{label} is {exc.problem}" if exc.field == "document" else f"{label}: {exc}"
        raise UnreadableDocument(message) from None


def _problems(invalid: Invalid) -> int:
    count = "1 problem" if len(invalid.errors) == 1 else f"{len(invalid.errors)} problems"
    lines = "".join(f"\n  {e}" for e in invalid.errors)
    return _fail(f"not imported; the document has {count}:{lines}")


def _max_sql_timeout_ms() -> int:
    """The command works without the node's settings actor: the catalog's
    bound (a step's own timeout_ms below it applies as on the node)."""
    return int(catalog_default("sql.max_timeout_ms"))


async def workflow_import(settings: Settings, source: str, *, enable: bool = False) -> int:
    try:
        document = read_document(source)
        parse_document(document)  # every problem is reported before the database is opened
    except UnreadableDocument as exc:
        return _fail(str(exc))
    except WorkflowError as exc:
        return _problems(Invalid.of(exc.errors))
    async with command_store(settings) as store, open_pool(settings) as pool:
        # The host's operator: allowed, and audited as cli:<user>.
        check = SqlStepCheck(FixedPool(pool), store, _max_sql_timeout_ms)
        operations = WorkflowOperations(host_approver(pool), settings.node_name, check)
        name = "stdin" if source == "-" else Path(source).name
        imported = await operations.import_(acting(), document, enable=enable, source=name)
    if isinstance(imported, Invalid):
        return _problems(imported)
    if isinstance(imported, NotAllowed):  # the table refuses the command line (audited)
        return _fail(f"not imported: {imported.reason}")
    if isinstance(imported, ChallengeView):  # never: the host is not asked for a code
        return _fail("not imported: it needs a 2FA code, which the command line cannot give")
    workflow = imported.value
    print(workflow.name)
    if not workflow.enabled:
        print(f"{workflow.name} is disabled (imports arrive disabled): enable it on its page", file=sys.stderr)
    reenter = credentials_to_reenter(document)
    if reenter:
        print(reenter_message(reenter), file=sys.stderr)
    return 0


async def workflow_list(settings: Settings, as_json: bool) -> int:
    async with open_pool(settings) as pool, pool.acquire() as conn:
        workflows = await list_workflows(conn, with_steps=True)
    if as_json:
        rows = [
            {"id": w.id, "name": w.name, "enabled": w.enabled, "schedule": w.schedule, "node": w.node,
             "steps": len(w.steps)}
            for w in workflows
        ]  # fmt: skip
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not workflows:
        print("no workflows")
        return 0
    table = [("NAME", "ENABLED", "SCHEDULE", "NODE", "STEPS")]
    table += [
        (w.name, "yes" if w.enabled else "no", w.schedule or "-", w.node or "-", str(len(w.steps))) for w in workflows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.workflow_command == "export":
        return await workflow_export(settings, args.name)
    if args.workflow_command == "import":
        return await workflow_import(settings, args.file, enable=args.enable)
    return await workflow_list(settings, args.json)


def cmd_workflow(args: argparse.Namespace) -> int:
    if args.workflow_command in CONTROL_COMMANDS:  # asked of the running node, not the database
        return cmd_control(args)
    return database_command(lambda settings: run(args, settings))


def add_parsers(commands: Any) -> None:
    workflow = commands.add_parser(
        "workflow", help="export, import and list workflows (AlexClaw v1 JSON); run, enable, disable on the node"
    )
    sub = workflow.add_subparsers(dest="workflow_command", required=True)
    export = sub.add_parser("export", help="print a workflow, its steps and resources as JSON")
    export.add_argument("name", help="the workflow's name (or id)")
    load = sub.add_parser(
        "import", help="create a workflow from a JSON document ('-' reads stdin); it arrives disabled"
    )
    load.add_argument("file")
    load.add_argument("--enable", action="store_true", help="enable it (and its schedule) at once")
    listing = sub.add_parser("list", help="every workflow: name, enabled, schedule, node, steps")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    add_control_parsers(sub)
    workflow.set_defaults(run=cmd_workflow)
