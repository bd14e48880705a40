"""The pipeline scanners: ``alexclaw leaks``, ``check-url``, ``sanitize``
and ``scan``. Stable contract: JSON on stdout; input on stdin; ``--jsonl``
reads one JSON string per line and writes one JSON result per line; usage
errors (and an input line that is not a JSON string) exit 2 on stderr.

``scan`` exits with its verdict for one input: 0 ALLOW, 3 REVIEW, 4 BLOCK;
with ``--jsonl``, 0 once every line was scanned (the verdicts are in the
output); 1 when the scanner failed. ``check-url`` exits 1 when denied.
These codes survive a reader that closes the pipe early."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from alexclaw.cli._common import emit
from alexclaw.inputs import InputError, read_json
from alexclaw.security import Detection, check_url, redact, sanitize, scan_leaks, shield_scan

VERDICT_EXIT = {"ALLOW": 0, "REVIEW": 3, "BLOCK": 4}


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
                **({"note": f.note} if f.note else {}),
            }
            for f in findings
        ],
        "redacted": redact(text, findings),
    }


def sanitize_result(text: str, max_bytes: int, skills: list[str]) -> dict[str, Any]:
    result = sanitize(text, max_bytes=max_bytes, skills=skills)
    return {"text": result.text, "findings": [{"layer": f.layer, "detail": f.detail} for f in result.findings]}


def scan_result(text: str, direction: str) -> dict[str, Any]:
    result = shield_scan(text, "response" if direction == "response" else "prompt")
    return {
        "verdict": result.verdict,
        "score": result.score,
        "detections": [_detection(d) for d in result.detections],
    }


def _detection(found: Detection) -> dict[str, Any]:
    """Rule, category, severity; the points of a combined cue (a jailbreak
    family, the classifier) and the classifier's probability."""
    out: dict[str, Any] = {"rule": found.rule, "category": found.category, "severity": found.severity}
    if found.points is not None:
        out["points"] = found.points
    if found.category == "classifier":
        out["probability"] = found.confidence
    return out


def _read_lines(handle: Callable[[str], dict[str, Any]]) -> int:
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:  # the scanners judge any text, control characters included: only the shape is checked
            text = read_json(line, f"line {number}", strings="any")
        except InputError as exc:
            print(f"alexclaw: line {number} is not JSON: {exc.problem}", file=sys.stderr)
            return 2
        if not isinstance(text, str):
            print(f"alexclaw: line {number} is not a JSON string", file=sys.stderr)
            return 2
        print(json.dumps(handle(text), ensure_ascii=False), flush=True)
    return 0


def _run_text_command(args: argparse.Namespace, handle: Callable[[str], dict[str, Any]]) -> int:
    if args.jsonl:
        return _read_lines(handle)
    print(json.dumps(handle(sys.stdin.read()), ensure_ascii=False))
    return 0


def cmd_leaks(args: argparse.Namespace) -> int:
    return _run_text_command(args, leaks_result)


def cmd_sanitize(args: argparse.Namespace) -> int:
    if args.max_bytes <= 0:
        print("alexclaw: --max-bytes must be a positive number", file=sys.stderr)
        return 2
    skills = [s.strip() for s in (args.skills or "").split(",") if s.strip()]
    return _run_text_command(args, lambda text: sanitize_result(text, args.max_bytes, skills))


def cmd_scan(args: argparse.Namespace) -> int:
    if args.retro:
        if args.direction is not None or args.jsonl:
            print("alexclaw: scan --retro reads the stored texts; give no direction or --jsonl", file=sys.stderr)
            return 2
        from alexclaw.cli._retro import cmd_retro

        return cmd_retro(args.since)
    if args.direction is None:
        print("alexclaw: scan needs a direction (prompt or response), or --retro", file=sys.stderr)
        return 2
    try:
        if args.jsonl:
            return _read_lines(lambda text: scan_result(text, args.direction))
        result = scan_result(sys.stdin.read(), args.direction)
    except (ValueError, RuntimeError, LookupError, TypeError) as exc:
        # Not a verdict: a pipeline must not read a failed scan as ALLOW.
        print(f"alexclaw: the scan failed: {exc!r}", file=sys.stderr)
        return 1
    emit(json.dumps(result, ensure_ascii=False))
    return VERDICT_EXIT[result["verdict"]]


def cmd_check_url(args: argparse.Namespace) -> int:
    pinned: dict[str, list[str]] = {}
    for entry in args.resolve or []:
        host, sep, address = entry.partition(":")  # a host name has no colon; an IPv6 address may
        if not sep or not host or not address:
            print(f"alexclaw: --resolve wants HOST:IP, got {entry!r}", file=sys.stderr)
            return 2
        pinned.setdefault(host, []).append(address.strip("[]"))
    decision = check_url(args.url, method=args.method, allow_http=args.allow_http, pinned=pinned or None)
    # "reason": the first reason, as before; "reasons": every one that applies.
    emit(
        json.dumps({
            "allowed": decision.allowed,
            "reason": decision.reason,
            "reasons": list(decision.reasons),
            "addresses": list(decision.addresses),
        })
    )  # fmt: skip
    return 0 if decision.allowed else 1


def add_parsers(commands: Any) -> None:
    clean = commands.add_parser("sanitize", help="clean external content from stdin (the 7 layers); JSON result")
    clean.add_argument("--max-bytes", type=int, default=10_240, help="size guard after extraction (default 10240)")
    clean.add_argument("--skills", help="comma-separated skill names whose mention removes a sentence")
    clean.add_argument("--jsonl", action="store_true", help="one JSON string per input line, one result per line")
    clean.set_defaults(run=cmd_sanitize)
    shield = commands.add_parser(
        "scan", help="shield verdict for a prompt (inbound) or a response (outbound): exit 0 ALLOW, 3 REVIEW, 4 BLOCK"
    )
    shield.add_argument("direction", nargs="?", choices=["prompt", "response"])
    shield.add_argument("--jsonl", action="store_true", help="one JSON string per input line, one result per line")
    shield.add_argument(
        "--retro", action="store_true", help="scan the stored chat messages, step outputs and run results instead"
    )
    shield.add_argument("--since", type=float, default=24.0 * 7, help="with --retro: the last N hours (default 168)")
    shield.set_defaults(run=cmd_scan)
    leaks = commands.add_parser("leaks", help="find credentials in stdin; JSON findings and redacted text")
    leaks.add_argument("--jsonl", action="store_true", help="one JSON string per input line, one result per line")
    leaks.set_defaults(run=cmd_leaks)
    url = commands.add_parser(
        "check-url", help="would the egress guard let a skill fetch URL? every reason if not (exit 1)"
    )
    url.add_argument("url")
    url.add_argument("--method", default="GET")
    url.add_argument("--resolve", action="append", metavar="HOST:IP", help="pin HOST to IP without DNS (repeatable)")
    url.add_argument("--allow-http", action="store_true", help="allow plain http (https only by default)")
    url.set_defaults(run=cmd_check_url)
