"""``alexclaw secret status`` and ``alexclaw secret move --to vault``.

``status`` says which store holds the credentials and, with Vault, logs in
and reports the token (exit 1 when the store cannot be reached).
``move --to vault`` moves the credentials kept in the database (settings,
LLM provider keys, connection passwords, api resources' credentials,
Google's tokens) into Vault (VAULT_ADDR and its AppRole must be set), leaving references;
idempotent and audited as ``cli:<user>``. Running nodes hear each moved
row through NOTIFY and read it from Vault from then on."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from actors import call
from alexclaw.cli._common import acting, database_command
from alexclaw.config import ConfigError, check_key_fingerprint, move_secrets_to_vault
from alexclaw.connections import move_connection_passwords_to_vault
from alexclaw.google import move_google_tokens_to_vault
from alexclaw.llm import move_provider_keys_to_vault
from alexclaw.secret_store import (
    ProbeVault,
    SecretUnavailable,
    TokenStatus,
    VaultStore,
    command_store,
    move_all_to_vault,
)
from alexclaw.settings import Settings
from alexclaw.storage import open_pool
from alexclaw.workflows import move_resource_credentials_to_vault


async def status(settings: Settings) -> int:
    if settings.vault is None:
        print("secrets: the built-in encrypted store (AES-256-GCM under SECRET_KEY_BASE); VAULT_ADDR is not set")
        return 0
    async with command_store(settings) as store:
        assert isinstance(store, VaultStore)
        answer: TokenStatus | SecretUnavailable = await call(store.manager, ProbeVault(), timeout=20)
    if isinstance(answer, SecretUnavailable):
        print(f"alexclaw: {answer.message} ({settings.vault.addr})", file=sys.stderr)
        return 1
    renewal = "renewable" if answer.renewable else "NOT renewable (a fresh login each time it runs out)"
    print(f"secrets: Vault at {settings.vault.addr}, mount {settings.vault.mount}, under {settings.vault.path_prefix}")
    print(f"token: logged in with AppRole, lease {answer.expires_in or 0:.0f} s, {renewal}")
    return 0


async def move(settings: Settings) -> int:
    if settings.vault is None:
        print("alexclaw: set VAULT_ADDR, VAULT_ROLE_ID and VAULT_SECRET_ID first", file=sys.stderr)
        return 2
    async with command_store(settings) as store, open_pool(settings) as pool, pool.acquire() as conn:
        await check_key_fingerprint(conn, store.box)
        # Every store that keeps a credential, as rotate-key re-encrypts each.
        movers = (
            move_secrets_to_vault,
            move_provider_keys_to_vault,
            move_connection_passwords_to_vault,
            move_resource_credentials_to_vault,
            move_google_tokens_to_vault,
        )
        try:
            report = await move_all_to_vault(conn, store, actor=acting().actor, movers=movers)
        except ConfigError as exc:
            print(f"alexclaw: {exc}", file=sys.stderr)
            return 1
    for key in report.moved:
        print(f"moved {key}")
    for key, reason in report.failed:
        print(f"alexclaw: {key} not moved: {reason}", file=sys.stderr)
    print(f"{len(report.moved)} moved to Vault, {report.already} already there, {len(report.failed)} not moved")
    return 1 if report.failed else 0


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.store_command == "status":
        return await status(settings)
    return await move(settings)


def cmd_secret(args: argparse.Namespace) -> int:
    return database_command(lambda settings: run(args, settings))


def add_parsers(commands: Any) -> None:
    secret = commands.add_parser("secret", help="where credentials live: the built-in store or Vault/OpenBao")
    sub = secret.add_subparsers(dest="store_command", required=True)
    sub.add_parser("status", help="which store holds the credentials; with Vault, log in and show the token")
    moving = sub.add_parser("move", help="move the secrets kept in the database into Vault (idempotent)")
    moving.add_argument("--to", choices=["vault"], required=True, help="the store to move them to")
    secret.set_defaults(run=cmd_secret)
