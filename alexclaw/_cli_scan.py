"""The pipeline scanners: ``alexclaw leaks``, ``check-url`` (and, as the
content-security work lands, ``sanitize`` and ``scan``). Stable contract:
JSON on stdout; input on stdin; ``--jsonl`` reads one JSON string per line
and writes one JSON result per line; usage errors exit 2 on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from alexclaw.security import check_url, redact, scan_leaks


def leaks_result(text: str) -> dict[str, Any]:
    findings = scan_leaks(text)
    return {
        "findings": [
            {
                "name": f.name,
                "severity": f.severity,
                "action": f.action,
                "start": f.start,
                "end": f.end,
                "preview": f.preview,
            }
            for f in findings
        ],
        "redacted": redact(text, findings),
    }


def _run_text_command(args: argparse.Namespace, handle: Callable[[str], dict[str, Any]]) -> int:
    if args.jsonl:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)
            except ValueError as exc:
                print(f"alexclaw: line {number} is not JSON: {exc}", file=sys.stderr)
                return 2
            if not isinstance(text, str):
                print(f"alexclaw: line {number} is not a JSON string", file=sys.stderr)
                return 2
            print(json.dumps(handle(text), ensure_ascii=False), flush=True)
        return 0
    print(json.dumps(handle(sys.stdin.read()), ensure_ascii=False))
    return 0


def cmd_leaks(args: argparse.Namespace) -> int:
    return _run_text_command(args, leaks_result)


def cmd_check_url(args: argparse.Namespace) -> int:
    pinned: dict[str, list[str]] = {}
    for entry in args.resolve or []:
        host, sep, address = entry.partition(":")  # a host name has no colon; an IPv6 address may
        if not sep or not host or not address:
            print(f"alexclaw: --resolve wants HOST:IP, got {entry!r}", file=sys.stderr)
            return 2
        pinned.setdefault(host, []).append(address.strip("[]"))
    decision = check_url(args.url, method=args.method, allow_http=args.allow_http, pinned=pinned or None)
    print(json.dumps({"allowed": decision.allowed, "reason": decision.reason, "addresses": list(decision.addresses)}))
    return 0 if decision.allowed else 1


def add_parsers(commands: Any) -> None:
    leaks = commands.add_parser("leaks", help="find credentials in stdin; JSON findings and redacted text")
    leaks.add_argument("--jsonl", action="store_true", help="one JSON string per input line, one result per line")
    leaks.set_defaults(run=cmd_leaks)
    url = commands.add_parser("check-url", help="would the egress guard let a skill fetch URL? (exit 1 if not)")
    url.add_argument("url")
    url.add_argument("--method", default="GET")
    url.add_argument("--resolve", action="append", metavar="HOST:IP", help="pin HOST to IP without DNS (repeatable)")
    url.add_argument("--allow-http", action="store_true", help="allow plain http (https only by default)")
    url.set_defaults(run=cmd_check_url)
