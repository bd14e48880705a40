"""``alexclaw unblock [IP] [--json]``: lift the wrong-secret block of one IP,
or of every IP — the way back in after too many wrong passwords from one's
own machine. Works while a node runs (the block lives in the database, read
at every login attempt); each lifted block is audited as ``block.removed``,
the web's name for the same act, with ``origin: cli``.

Exit codes: 0 done (also when there was nothing to lift); 1 no database;
2 invalid settings or an IP that is not an address."""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from typing import Any

from alexclaw.cli._common import acting, database_command, host_approver
from alexclaw.security import BlockOperations, Done
from alexclaw.settings import Settings
from alexclaw.storage import open_pool


async def unblock(settings: Settings, ip: str | None, as_json: bool) -> int:
    async with open_pool(settings) as pool:
        outcome = await BlockOperations(host_approver(pool)).lift(acting(), ip)
    if not isinstance(outcome, Done):  # the table gives the host its proof: never a challenge
        print(f"alexclaw: not lifted: {getattr(outcome, 'reason', 'it needs a 2FA code')}", file=sys.stderr)
        return 1
    lifted = [{"ip": b.source, "failures": b.failures, "was_blocked": b.seconds_left > 0} for b in outcome.value]
    if as_json:
        print(json.dumps({"removed": lifted}))
        return 0
    if not lifted:
        print(f"{ip} is not blocked" if ip else "no login blocks")
    for entry in lifted:
        state = "block lifted" if entry["was_blocked"] else "failure count cleared"
        print(f"{entry['ip']}: {state} ({entry['failures']} failures)")
    return 0


def cmd_unblock(args: argparse.Namespace) -> int:
    ip: str | None = None
    if args.ip is not None:
        try:
            ip = str(ipaddress.ip_address(args.ip))
        except ValueError:
            print(f"alexclaw: {args.ip!r} is not an IP address", file=sys.stderr)
            return 2
    return database_command(lambda settings: unblock(settings, ip, args.json))


def add_parsers(commands: Any) -> None:
    parser = commands.add_parser("unblock", help="lift the web login block of IP, or of every IP")
    parser.add_argument("ip", nargs="?", help="the blocked address (default: every blocked address)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=cmd_unblock)
