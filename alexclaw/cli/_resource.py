"""``alexclaw resource …``: the resources workflows read, from the command
line, against the database (also while a node runs: through its socket).

    resource list [--json]                  every resource: type, URL, grant, credential (set or not), last read
    resource allow-private NAME [--revoke]  grant (or revoke) the allow-private grant for the host of
                                            NAME's URL (NAME: a resource's name, or its id)

The grant is the host's act (the command line's proof in the privileged
table, ``resource.allow_private``), audited with origin ``cli``; a revoke
is audited too. ``--json`` never carries a credential, only whether one is
set.

Exit codes: 0 done; 1 no database; 2 refused (no such resource, a name
several resources share — name it by id —, a resource without a URL)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from alexclaw.cli._common import acting, database_command, emit, host_approver
from alexclaw.security import Done, Invalid, SecretBox
from alexclaw.settings import Settings
from alexclaw.storage import open_pool
from alexclaw.workflows import Resource, ResourceAccess, ResourceState, list_resources, resource_json


def _line(resource: Resource) -> str:
    state = resource.state or ResourceState()
    notes = [
        "on" if resource.enabled else "off",
        *([f"private allowed: {state.granted_host}"] if state.allow_private else []),
        *([f"credential set for {state.credential_host}"] if state.has_credential else []),
        *([f"{len(state.operations)} operations"] if state.operations else []),
    ]
    if state.last_fetch_at is not None:
        read = state.last_fetch_error or f"{state.last_fetch_items} items"
        notes.append(f"last read {state.last_fetch_at.isoformat(timespec='seconds')}: {read}")
    return f"#{resource.id}  {resource.name}  [{resource.type}]  {resource.url or '-'}  ({'; '.join(notes)})"


async def resource_list(settings: Settings, as_json: bool) -> int:
    async with open_pool(settings) as pool, pool.acquire() as conn:
        resources = await list_resources(conn)
    if as_json:
        emit(json.dumps([resource_json(r) for r in resources]))
        return 0
    for resource in resources:
        emit(_line(resource))
    if not resources:
        emit("no resources")
    return 0


async def allow_private(settings: Settings, key: str, revoke: bool) -> int:
    async with open_pool(settings) as pool:
        access = ResourceAccess(host_approver(pool), SecretBox(settings.secret_key_base))
        target: int | str = int(key) if key.isascii() and key.isdigit() and len(key) <= 9 else key
        found = await access.find(target)
        if isinstance(found, Invalid) and isinstance(target, int):
            found = await access.find(key)  # a resource named with digits only
        if isinstance(found, Invalid):
            print(f"alexclaw: {found.message()}", file=sys.stderr)
            return 2
        assert found.id is not None
        done = await (access.revoke if revoke else access.grant)(acting(), found.id)
    if isinstance(done, Done):
        emit(done.message)
        return 0
    # The host approver never parks an act behind a challenge; refused is refused.
    reason = done.message() if isinstance(done, Invalid) else getattr(done, "reason", "refused")
    print(f"alexclaw: {reason}", file=sys.stderr)
    return 2


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.resource_command == "list":
        return await resource_list(settings, args.json)
    return await allow_private(settings, args.name, args.revoke)


def cmd_resource(args: argparse.Namespace) -> int:
    return database_command(lambda settings: run(args, settings))


def add_parsers(commands: Any) -> None:
    resource = commands.add_parser("resource", help="the resources workflows read (feeds, sites, APIs)")
    sub = resource.add_subparsers(dest="resource_command", metavar="SUBCOMMAND", required=True)
    listing = sub.add_parser("list", help="every resource, its grant, credential (set or not) and last read")
    listing.add_argument("--json", action="store_true", help="one JSON list (never a credential)")
    grant = sub.add_parser("allow-private", help="let a resource reach its host on a private or loopback address")
    grant.add_argument("name", help="the resource's name (or its id)")
    grant.add_argument("--revoke", action="store_true", help="take the grant back")
    resource.set_defaults(run=cmd_resource)
