"""``alexclaw cluster status [--json]``: the RUNNING node's view of its
peers, asked over its control socket (never the database, which may be
shared by nodes with other views).

Exit codes: 0 the node answered; 1 no node runs on the data dir (or its
socket is not private to this user, or it could not answer) — one line on
stderr; 2 a bad setting.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from alexclaw.cli._common import emit
from alexclaw.control import ControlUnavailable, connect
from alexclaw.settings import SettingsError, load_settings


def render(status: dict[str, Any], now: float) -> list[str]:
    """The human form: the node and its listener, then one line per peer."""
    lines = [f"node {status['node']}, listening on {status.get('listening') or 'nothing (cluster off)'}"]
    peers = status.get("peers") or []
    if not peers:
        lines.append("no peers")
    for peer in peers:
        rtt = "-" if peer.get("rtt_ms") is None else f"{peer['rtt_ms']:.1f} ms"
        seen = "never" if peer.get("last_seen") is None else f"{max(0, int(now - peer['last_seen']))} s ago"
        registered = "" if peer.get("registered") else "  (not registered)"
        lines.append(
            f"  {peer['name']:<24} {peer['status']:<13} {peer['address']:<22} rtt {rtt:<10} seen {seen}{registered}"
        )
    return lines


def cmd_cluster_status(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 2
    try:
        with connect(settings.data_dir) as node:
            answer = node.ask("cluster.status")
    except ControlUnavailable as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 1
    if not answer.get("ok"):
        print(f"alexclaw: {answer.get('error') or 'the node refused'}", file=sys.stderr)
        return 1
    status = {key: answer.get(key) for key in ("node", "listening", "peers")}
    if args.json:
        emit(json.dumps(status, ensure_ascii=False))
    else:
        for line in render(status, time.time()):
            emit(line)
    return 0


def add_parsers(commands: Any) -> None:
    cluster = commands.add_parser("cluster", help="the cluster as the running node sees it")
    sub = cluster.add_subparsers(dest="cluster_command", required=True)
    status = sub.add_parser("status", help="this node, its listener and its peers (asked of the running node)")
    status.add_argument("--json", action="store_true", help="print {node, listening, peers: [...]}")
    status.set_defaults(run=cmd_cluster_status)
