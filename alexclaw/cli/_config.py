"""``alexclaw config list|get|set`` and ``alexclaw rotate-key``.

They work on the database directly (a running node hears every change
through NOTIFY) and audit as ``cli:<user>``. Secret values are masked
unless ``--reveal``, which asks for ADMIN_PASSWORD.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from alexclaw.cli._common import acting, host_approver
from alexclaw.config import (
    ConfigError,
    KeyMismatch,
    Row,
    Setting,
    SettingsOperations,
    ValueType,
    check_key_fingerprint,
    load_row,
    load_rows,
    open_row,
    rotate_key,
    shown_value,
    write,
)
from alexclaw.connections import rotate_connection_passwords
from alexclaw.google import rotate_google_secrets
from alexclaw.llm import rotate_provider_keys
from alexclaw.secret_store import command_store
from alexclaw.security import Approval, Done, Invalid, SecretBox, constant_time_equals, record_audit
from alexclaw.settings import MIN_SECRET_KEY_LENGTH, Settings
from alexclaw.storage import open_pool
from alexclaw.workflows import rotate_resource_credentials


def actor() -> str:
    return acting().actor


def shown(setting: Setting, reveal: bool = False) -> str:
    if setting.error:
        return f"(unreadable: {setting.error.split(':')[0]})"
    return setting.text if reveal else shown_value(setting)


def _read_secret(prompt: str) -> str:
    """From the terminal without echo, or one line from a pipe."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


async def config_list(settings: Settings, category: str | None) -> int:
    async with command_store(settings) as store, open_pool(settings) as pool, pool.acquire() as conn:
        await check_key_fingerprint(conn, store.box)
        rows = [await open_row(r, store) for r in await load_rows(conn)]
    rows = [r for r in rows if category is None or r.category == category]
    if not rows:
        print("no settings" + (f" in category {category!r}" if category else ""))
        return 0
    width = max(len(r.key) for r in rows)
    for row in rows:
        print(f"{row.key:<{width}}  {row.type.value:<7}  {shown(row)}")
    return 0


async def config_get(settings: Settings, key: str, reveal: bool) -> int:
    async with command_store(settings) as store, open_pool(settings) as pool, pool.acquire() as conn:
        await check_key_fingerprint(conn, store.box)
        row = await load_row(conn, key)
        if row is None:
            print(f"alexclaw: no setting {key!r}", file=sys.stderr)
            return 1
        setting = await open_row(row, store)
        if reveal and setting.sensitive:
            if not settings.admin_password:
                print("alexclaw: ADMIN_PASSWORD is not set, so --reveal is disabled", file=sys.stderr)
                return 1
            typed = _read_secret("ADMIN_PASSWORD: ")
            allowed = constant_time_equals(typed, settings.admin_password)
            await record_audit(conn, actor(), "config.reveal", key, outcome="ok" if allowed else "denied")
            if not allowed:
                print("alexclaw: wrong password", file=sys.stderr)
                return 1
    print(shown(setting, reveal=reveal))
    return 0


async def config_set(settings: Settings, key: str, value: str, value_type: str | None, sensitive: bool) -> int:
    if value == "-":
        value = _read_secret(f"value of {key}: ")
    kind = ValueType.parse(value_type) if value_type else None
    async with command_store(settings) as store, open_pool(settings) as pool:
        async with pool.acquire() as conn:
            await check_key_fingerprint(conn, store.box)

        async def write_row(key: str, value: str, *, actor: str, clear: bool, approval: Approval) -> Row:
            async with pool.acquire() as conn:
                return await write(
                    conn,
                    store,
                    key,
                    value,
                    actor=actor,
                    value_type=kind,
                    sensitive=sensitive or None,
                    approval=approval,
                )

        # The host's operator may change anything; every change is audited
        # with origin cli, and `doctor` reports two-factor turned off here.
        changed = await SettingsOperations(host_approver(pool), write_row).set(
            acting(), key, value, sensitive=sensitive
        )
        if isinstance(changed, Invalid):
            raise ConfigError(changed.message())
        if not isinstance(changed, Done) or changed.value is None:  # never: the host's proof is in the table
            print(f"alexclaw: {key} not saved: {getattr(changed, 'reason', 'it needs a 2FA code')}", file=sys.stderr)
            return 1
        shown_now = shown(await open_row(changed.value, store))
    print(f"{key} = {shown_now}")
    return 0


class _Progress:
    """A bar on a terminal, a line per tenth otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stdout.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        if self.tty:
            filled = int(30 * done / total)
            print(f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{total}", end="", flush=True)
            if done == total:
                print()
        elif (tenth := 10 * done // total) != self.last_tenth:
            self.last_tenth = tenth
            print(f"re-encrypted {done}/{total}", flush=True)


async def rotate(settings: Settings, new_key_env: str) -> int:
    new_key = os.environ.get(new_key_env, "").strip()
    if len(new_key) < MIN_SECRET_KEY_LENGTH:
        print(
            f"alexclaw: set {new_key_env} to the new key (at least {MIN_SECRET_KEY_LENGTH} characters) first",
            file=sys.stderr,
        )
        return 2
    if constant_time_equals(new_key, settings.secret_key_base):
        print(f"alexclaw: {new_key_env} holds the current key; nothing to rotate", file=sys.stderr)
        return 2
    old, new = SecretBox(settings.secret_key_base), SecretBox(new_key)
    async with open_pool(settings) as pool, pool.acquire() as conn:
        count = await rotate_key(
            conn,
            old,
            new,
            actor=actor(),
            progress=_Progress(),
            also=(
                rotate_provider_keys,
                rotate_resource_credentials,
                rotate_connection_passwords,
                rotate_google_secrets,
            ),
        )
    print(f"Re-encrypted {count} secret settings with the new key, in one transaction.")
    print("Next: put the new key in SECRET_KEY_BASE (.env or your secret store) and restart every node;")
    print("a node still running with the old key keeps its last values until then, and cannot boot with it.")
    return 0


async def audit(settings: Settings, command: str) -> int:
    from alexclaw.security import AuditSeal, anchor_path, prune, verify_chain

    seal = AuditSeal(settings.secret_key_base)
    async with open_pool(settings) as pool, pool.acquire() as conn:
        if command == "prune":
            print(f"pruned {await prune(conn, seal)} audit rows")
            return 0
        report = await verify_chain(conn, seal, anchor_path(settings.data_dir))
    if report.ok:
        head = f"head anchored at row {report.anchored}" if report.anchored else "not anchored yet (no node ran)"
        print(f"audit chain intact: {report.rows} rows; {head}")
        return 0
    print(f"audit chain BROKEN: {report.problem}", file=sys.stderr)
    return 1


async def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        if args.command == "audit" and args.audit_command == "list":
            from alexclaw.cli._audit import audit_list

            return await audit_list(settings, args)
        if args.command == "audit":
            return await audit(settings, args.audit_command)
        if args.command == "rotate-key":
            return await rotate(settings, args.new_key_env)
        if args.config_command == "list":
            return await config_list(settings, args.category)
        if args.config_command == "get":
            return await config_get(settings, args.key, args.reveal)
        return await config_set(settings, args.key, args.value, args.type, args.sensitive)
    except KeyMismatch as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 1
    except ConfigError as exc:
        print(f"alexclaw: {exc}", file=sys.stderr)
        return 1


def add_parsers(commands: Any) -> None:
    config = commands.add_parser("config", help="list, read and change run-time settings")
    sub = config.add_subparsers(dest="config_command", required=True)
    listing = sub.add_parser("list", help="every setting, secrets masked")
    listing.add_argument("--category", help="only this category (the part before the first dot)")
    get = sub.add_parser("get", help="one setting, masked unless --reveal")
    get.add_argument("key")
    get.add_argument("--reveal", action="store_true", help="show a secret in full (asks for ADMIN_PASSWORD)")
    put = sub.add_parser("set", help="validate and store a setting ('-' reads the value from stdin)")
    put.add_argument("key")
    put.add_argument("value")
    put.add_argument("--type", choices=[t.value for t in ValueType], help="type of a new setting (default string)")
    put.add_argument("--sensitive", action="store_true", help="encrypt it even if its name does not say secret")
    audit_parser = commands.add_parser("audit", help="list, verify or prune the hash-chained audit trail")
    audit_sub = audit_parser.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser(
        "verify", help="recompute the chain and hold it against its sealed anchors; exit 1 naming what broke"
    )
    audit_sub.add_parser("prune", help="remove rows older than 30 days (the chain stays verifiable)")
    from alexclaw.cli._audit import add_list_parser

    add_list_parser(audit_sub)
    rotate_parser = commands.add_parser("rotate-key", help="re-encrypt every secret setting with a new key")
    rotate_parser.add_argument(
        "--new-key-env", required=True, metavar="VAR", help="environment variable that holds the new key"
    )
