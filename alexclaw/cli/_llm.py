"""``alexclaw llm providers list|add|remove`` and ``alexclaw llm complete``.

They work on the database directly, like ``config`` (a running node hears
every provider change through NOTIFY), through the same provider
operations as the LLM page (validation, audit as ``cli:<user>``; the host's
word where the page asks for a 2FA code). A key
is never typed on the command line (it would sit in the shell history and
the process list): ``--api-key-env VAR`` names the variable that holds it,
and it is stored encrypted. ``complete`` takes the prompt on stdin, goes
through the same seeds, router, usage counting and shield as the node, and
prints the answer on stdout. Exit codes: 0 answered, 1 provider error, 2
bad input, 3 refused by the shield (the verdict on stderr), 4 no provider
available (none configured, or all at their daily limits).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

from actors import Snapshot
from alexclaw.cli._common import acting, host_approver
from alexclaw.cli._config import actor
from alexclaw.config import check_key_fingerprint, load_row, open_row
from alexclaw.llm import (
    SEEDS,
    ChatRequest,
    Draft,
    Guarded,
    GuardedModel,
    Provider,
    ProviderClient,
    ProviderOperations,
    Refusal,
    Router,
    UsageSnapshot,
    add_usage,
    load_providers,
    load_usage,
    provider_keys,
    seed_providers,
    utc_day,
)
from alexclaw.secret_store import SecretStore, command_store
from alexclaw.security import (
    BreakGlassWindow,
    Done,
    EgressClient,
    Invalid,
    NotAllowed,
    SecretBox,
    ShieldGuard,
    Thresholds,
)
from alexclaw.settings import Settings
from alexclaw.storage import Connection, DatabaseHandle, open_pool

EXIT_PROVIDER, EXIT_INPUT, EXIT_SHIELD, EXIT_NO_PROVIDER = 1, 2, 3, 4
MAX_PROMPT_BYTES = 1024 * 1024


def _row(provider: Provider) -> dict[str, Any]:
    return {
        "name": provider.name,
        "kind": provider.kind.value,
        "model": provider.model,
        "tier": provider.tier.value,
        "base_url": provider.base_url,
        "priority": provider.priority,
        "daily_limit": provider.daily_limit,
        "enabled": provider.enabled,
        "timeout_seconds": provider.timeout_seconds,
        "allow_private": provider.allow_private,
        "api_key": provider.masked_key,
    }


async def providers_list(settings: Settings, as_json: bool) -> int:
    async with open_pool(settings) as pool, pool.acquire() as conn:
        providers = await load_providers(conn)
        usage = await load_usage(conn, utc_day(time.time()))
    rows = [_row(p) | {"calls_today": usage[p.name].calls if p.name in usage else 0} for p in providers]
    if as_json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no providers (add one: alexclaw llm providers add NAME --kind KIND --model MODEL --tier TIER)")
        return 0
    for r in rows:
        limit = r["daily_limit"] or "no limit"
        state = "" if r["enabled"] else "  (disabled)"
        print(
            f"{r['name']:<16} {r['kind']:<17} {r['tier']:<6} p{r['priority']:<4} {r['model']:<24} "
            f"{r['base_url']}  key {r['api_key']}  today {r['calls_today']}/{limit}{state}"
        )
    return 0


async def _nothing() -> None:
    """A command has no provider table to reload: a running node hears the NOTIFY."""


async def providers_add(settings: Settings, args: argparse.Namespace) -> int:
    key = ""
    if args.api_key_env:
        key = os.environ.get(args.api_key_env, "")
        if not key:
            print(f"alexclaw: the variable {args.api_key_env} is not set or empty", file=sys.stderr)
            return EXIT_INPUT
    draft = Draft(
        args.name, args.kind, args.model, args.tier, args.base_url, args.priority, args.daily_limit, True,
        args.timeout, args.allow_private, args.context_window,
    )  # fmt: skip
    async with command_store(settings) as store, open_pool(settings) as pool:
        async with pool.acquire() as conn:
            await check_key_fingerprint(conn, store.box)
        added = await ProviderOperations(host_approver(pool), store, _nothing).add(acting(), draft, key)
    if not isinstance(added, Done):  # nothing was written
        if isinstance(added, Invalid):
            why = added.message()
        elif isinstance(added, NotAllowed):
            why = added.reason
        else:  # a challenge: the privileged table gives the command line the host's word, so never
            why = "this change needs a 2FA code"
        print(f"alexclaw: {why}", file=sys.stderr)
        return EXIT_INPUT
    provider = added.value
    what = f"{provider.kind.value} {provider.model} ({provider.tier.value})"
    print(f"added {provider.name}: {what}, key {provider.masked_key}")
    return 0


async def providers_remove(settings: Settings, name: str) -> int:
    box = SecretBox(settings.secret_key_base)
    async with open_pool(settings) as pool:
        removed = await ProviderOperations(host_approver(pool), box, _nothing).remove(acting(), name)
    if not removed.value:
        print(f"alexclaw: no provider named {name!r}", file=sys.stderr)
        return 1
    print(f"removed {name}")
    return 0


async def _text(conn: Connection, box: SecretBox | SecretStore, key: str, default: str) -> str:
    row = await load_row(conn, key)
    return (await open_row(row, box)).text if row is not None else default


async def seed_from_settings(conn: Connection, box: SecretBox | SecretStore, who: str) -> list[str]:
    """The node's boot seeds, also run here: each ``llm.*_api_key`` setting,
    or its environment variable while the setting is empty."""
    keys = {
        source: await _text(conn, box, source, "") or os.environ.get(env, "") for source, (*_, env) in SEEDS.items()
    }
    return await seed_providers(conn, box, keys, actor=who)


async def complete(settings: Settings, args: argparse.Namespace) -> int:
    raw = sys.stdin.buffer.read(MAX_PROMPT_BYTES + 1)
    if len(raw) > MAX_PROMPT_BYTES or not raw.strip():
        print("alexclaw: give the prompt on stdin (at most 1 MB)", file=sys.stderr)
        return EXIT_INPUT
    prompt = raw.decode("utf-8", errors="replace")
    box = SecretBox(settings.secret_key_base)
    async with command_store(settings) as store, open_pool(settings) as pool:
        handle = DatabaseHandle()
        handle.publish(pool)
        async with pool.acquire() as conn:
            await check_key_fingerprint(conn, box)
            await seed_from_settings(conn, store, actor())
            providers = await load_providers(conn)
            usage = UsageSnapshot(utc_day(time.time()), await load_usage(conn, utc_day(time.time())))
            mode = await _text(conn, box, "shield.mode", "block")
            thresholds = Thresholds(
                int(await _text(conn, box, "shield.block_score", "60")),
                int(await _text(conn, box, "shield.review_score", "25")),
                await _text(conn, box, "shield.classifier", "true") != "false",
            )
            egress_cap = int(await _text(conn, box, "egress.max_bytes", str(5 * 1024 * 1024)))

        async def record(name: str, tokens_in: int, tokens_out: int) -> Any:
            async with pool.acquire() as conn:
                return await add_usage(conn, utc_day(time.time()), name, tokens_in, tokens_out)

        await store.warm(p.key_cipher for p in providers)  # with Vault: the keys the egress lookup peeks at
        egress = EgressClient(provider_keys(lambda: providers, store), max_bytes=egress_cap)
        router = Router(lambda: providers, lambda: usage, record, ProviderClient(egress), time.time)
        no_window: Snapshot[BreakGlassWindow | None] = Snapshot(None)  # break-glass is the node's, not a command's
        shield = ShieldGuard(handle, lambda: mode, box, no_window, time.time, thresholds=lambda: thresholds)
        result = await GuardedModel(shield, router).complete(
            ChatRequest.prompt(prompt, system=args.system or ""),
            source=f"cli:{actor()}",
            tier=args.tier,
            provider=args.provider,
        )
    if isinstance(result, Guarded):
        sys.stdout.write(result.answer.text + ("" if result.answer.text.endswith("\n") else "\n"))
        return 0
    print(f"alexclaw: {result.message}", file=sys.stderr)
    return _exit_code(result)


def _exit_code(refusal: Refusal) -> int:
    if refusal.kind == "shield":
        return EXIT_SHIELD
    if refusal.kind in {"no_provider", "limits"}:
        return EXIT_NO_PROVIDER
    if refusal.kind == "invalid":
        return EXIT_INPUT
    return EXIT_PROVIDER


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.llm_command == "complete":
        return await complete(settings, args)
    if args.providers_command == "list":
        return await providers_list(settings, args.json)
    if args.providers_command == "add":
        return await providers_add(settings, args)
    return await providers_remove(settings, args.name)


def add_parsers(commands: Any) -> None:
    llm = commands.add_parser("llm", help="LLM providers, and one model call from the command line")
    sub = llm.add_subparsers(dest="llm_command", required=True)
    providers = sub.add_parser("providers", help="list, add or remove LLM providers")
    psub = providers.add_subparsers(dest="providers_command", required=True)
    listing = psub.add_parser("list", help="every provider, keys masked, with today's calls")
    listing.add_argument("--json", action="store_true")
    add = psub.add_parser("add", help="add a provider (the key from --api-key-env, stored encrypted)")
    add.add_argument("name")
    add.add_argument("--kind", required=True, help="openai_compatible | anthropic | gemini | ollama")
    add.add_argument("--model", required=True)
    add.add_argument("--tier", required=True, help="light | medium | heavy | local")
    add.add_argument("--base-url", default=None, help="default: the kind's public API (Ollama: 127.0.0.1:11434)")
    add.add_argument("--api-key-env", default=None, metavar="VAR", help="the environment variable holding the key")
    add.add_argument("--priority", type=int, default=100, help="lower is tried first (default 100)")
    add.add_argument("--daily-limit", type=int, default=0, help="calls per UTC day; 0 = no limit")
    add.add_argument("--timeout", type=float, default=None, help="seconds (default 60; local tier 300)")
    add.add_argument("--context-window", type=int, default=0, help="tokens; 0 = the published size")
    add.add_argument("--allow-private", action="store_true", help="grant: the server is on loopback or the LAN")
    remove = psub.add_parser("remove", help="remove a provider")
    remove.add_argument("name")
    ask = sub.add_parser("complete", help="the prompt on stdin, the answer on stdout (router + shield)")
    choice = ask.add_mutually_exclusive_group()
    choice.add_argument("--tier", default=None, help="light | medium (default) | heavy | local")
    choice.add_argument("--provider", default=None, metavar="NAME")
    ask.add_argument("--system", default=None, metavar="TEXT", help="a system prompt")
