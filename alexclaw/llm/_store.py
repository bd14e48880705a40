"""Providers, usage and seeds in PostgreSQL. Every change is audited with
the acting principal; the key is written encrypted and never appears in an
audit detail or a log line.

A write that sets or removes a key, gives the private-address grant or
moves a held key to another address (``guarded_reasons``) is refused here
while two-factor is on unless it presents a strong ``Approval`` (a code, or
the host's command line): whoever calls the store, a forgotten code is a
refusal, not a silent weakening. Seeds are the exception, written through
``_insert``: their key comes from a setting that itself changed only with a
code, or from the host's environment."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.config import two_factor_in_force
from alexclaw.llm._model import Kind, Provider, ProviderError, Tier, build_provider, guarded_reasons
from alexclaw.secret_store import Held, MoveReport, SecretStore, SecretUnavailable, as_store, move_held
from alexclaw.security import Approval, SecretBox, record_audit
from alexclaw.storage import Connection

log = logging.getLogger("alexclaw.llm")

CHANNEL: Final = "alexclaw_llm_providers"
PROVIDER_ADDED: Final = "llm.provider_added"
PROVIDER_REMOVED: Final = "llm.provider_removed"
PROVIDER_CHANGED: Final = "llm.provider_changed"
PROVIDER_SEEDED: Final = "llm.provider_seeded"

# The settings (themselves seeded from OPENAI_API_KEY & co. at boot) that
# become provider rows: created once, when absent; never overwriting an edit.
SEEDS: Final = {
    "llm.openai_api_key": ("openai", Kind.OPENAI_COMPATIBLE, "gpt-4o-mini", "OPENAI_API_KEY"),
    "llm.anthropic_api_key": ("anthropic", Kind.ANTHROPIC, "claude-sonnet-4-5", "ANTHROPIC_API_KEY"),
    "llm.gemini_api_key": ("gemini", Kind.GEMINI, "gemini-2.5-flash", "GEMINI_API_KEY"),
}
KEY_MINIMUM: Final = 20  # every hosted provider's keys are longer (Gemini's 39 the shortest)


@dataclass(frozen=True, slots=True)
class DayUsage:
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0


def _provider(row: Any) -> Provider:
    return Provider(
        row["name"], Kind(row["kind"]), row["base_url"], row["model"], Tier(row["tier"]), row["priority"],
        row["daily_limit"], row["enabled"], row["timeout_seconds"], row["allow_private"], row["context_window"],
        row["api_key"],
    )  # fmt: skip


async def load_providers(conn: Connection) -> tuple[Provider, ...]:
    """Every provider, by priority then name."""
    rows = await conn.fetch("SELECT * FROM llm_providers ORDER BY priority, name")
    return tuple(_provider(row) for row in rows)


async def load_provider(conn: Connection, name: str) -> Provider | None:
    row = await conn.fetchrow("SELECT * FROM llm_providers WHERE name = $1", name)
    return None if row is None else _provider(row)


def _detail(provider: Provider) -> dict[str, Any]:
    return {
        "kind": provider.kind.value,
        "model": provider.model,
        "tier": provider.tier.value,
        "base_url": provider.base_url,
        "priority": provider.priority,
        "daily_limit": provider.daily_limit,
        "enabled": provider.enabled,
        "allow_private": provider.allow_private,
        "key": provider.masked_key,
    }


def _proof(approval: Approval | None) -> dict[str, Any]:
    return {} if approval is None else {"origin": approval.entry.value, "proof": approval.proof.value}


async def _check_approved(conn: Connection, reasons: tuple[str, ...], approval: Approval | None) -> None:
    if reasons and (approval is None or not approval.strong) and await two_factor_in_force(conn):
        raise ProviderError(f"2FA: this change needs a code (it {'; it '.join(reasons)})")


async def _insert(conn: Connection, provider: Provider, actor: str, extra: dict[str, Any]) -> None:
    inserted = await conn.fetchval(
        "INSERT INTO llm_providers (name, kind, base_url, model, tier, priority, daily_limit, enabled, "
        "timeout_seconds, allow_private, context_window, api_key) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (name) DO NOTHING RETURNING name",
        provider.name, provider.kind.value, provider.base_url, provider.model, provider.tier.value,
        provider.priority, provider.daily_limit, provider.enabled, provider.timeout_seconds,
        provider.allow_private, provider.context_window, provider.key_cipher,
    )  # fmt: skip
    if inserted is None:
        raise ProviderError(f"a provider named {provider.name!r} already exists")
    await record_audit(conn, actor, PROVIDER_ADDED, f"llm:{provider.name}", detail=_detail(provider) | extra)


async def add_provider(conn: Connection, provider: Provider, *, actor: str, approval: Approval | None = None) -> None:
    """Insert a checked provider; ``ProviderError`` if the name is taken, or
    if it holds a key or the private grant without a strong approval while
    two-factor is on."""
    async with conn.transaction():
        await _check_approved(conn, guarded_reasons(None, provider), approval)
        await _insert(conn, provider, actor, _proof(approval))


async def update_provider(
    conn: Connection, provider: Provider, *, actor: str, approval: Approval | None = None
) -> Provider | None:
    """Replace the row named ``provider.name`` with ``provider`` (checked);
    the row as it was, or None when there is no such provider. Audited with
    what changed (the key only as set/removed)."""
    async with conn.transaction():
        row = await conn.fetchrow("SELECT * FROM llm_providers WHERE name = $1 FOR UPDATE", provider.name)
        if row is None:
            return None
        before = _provider(row)
        await _check_approved(conn, guarded_reasons(before, provider), approval)
        await conn.execute(
            "UPDATE llm_providers SET kind = $2, base_url = $3, model = $4, tier = $5, priority = $6, "
            "daily_limit = $7, enabled = $8, timeout_seconds = $9, allow_private = $10, context_window = $11, "
            "api_key = $12, updated_at = now() WHERE name = $1",
            provider.name, provider.kind.value, provider.base_url, provider.model, provider.tier.value,
            provider.priority, provider.daily_limit, provider.enabled, provider.timeout_seconds,
            provider.allow_private, provider.context_window, provider.key_cipher,
        )  # fmt: skip
        was, now = _detail(before), _detail(provider)
        changed = {k: v for k, v in now.items() if k != "key" and was[k] != v}
        if before.timeout_seconds != provider.timeout_seconds:
            changed["timeout_seconds"] = provider.timeout_seconds
        if before.context_window != provider.context_window:
            changed["context_window"] = provider.context_window
        if before.key_cipher != provider.key_cipher:
            changed["key"] = "set" if provider.key_cipher else "removed"
        detail = {"changed": changed} | _proof(approval)
        await record_audit(conn, actor, PROVIDER_CHANGED, f"llm:{provider.name}", detail=detail)
    return before


async def remove_provider(conn: Connection, name: str, *, actor: str) -> bool:
    async with conn.transaction():
        removed = await conn.fetchval("DELETE FROM llm_providers WHERE name = $1 RETURNING name", name)
        if removed is not None:
            await record_audit(conn, actor, PROVIDER_REMOVED, f"llm:{name}")
    return removed is not None


async def seed_providers(
    conn: Connection, box: SecretBox | SecretStore, keys: Mapping[str, str], *, actor: str
) -> list[str]:
    """Create a provider from each seed key (``SEEDS``' setting name → the
    key in clear) unless that seed was used before or the name is taken.
    A seed that fails validation is logged with the reason and skipped.
    Returns the names created."""
    created: list[str] = []
    for source, key in keys.items():
        if not key or source not in SEEDS:
            continue
        name, kind, model, _env = SEEDS[source]
        if len(key) < KEY_MINIMUM:
            log.warning("%s is too short to be an API key (at least %d characters); not seeded", source, KEY_MINIMUM)
            continue
        if await conn.fetchval("SELECT 1 FROM llm_seeds WHERE source = $1", source):
            continue  # seeded once already (checked again below, under the insert)
        cipher = await as_store(box).seal(f"llm/{name}", key)
        if isinstance(cipher, SecretUnavailable):
            log.warning("%s not seeded now: %s", source, cipher.message)
            continue
        async with conn.transaction():
            first = await conn.fetchval(
                "INSERT INTO llm_seeds (source, provider) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING source",
                source, name,
            )  # fmt: skip
            if first is None:
                continue  # seeded once already: the operator's edits (or removal) stand
            try:
                provider = build_provider(name, kind=kind.value, model=model, tier="medium", key_cipher=cipher)
            except ProviderError as exc:
                log.warning("%s does not make a provider: %s", source, exc)
                continue
            taken = await conn.fetchval("SELECT 1 FROM llm_providers WHERE name = $1", name)
            if taken:
                continue
            await _insert(conn, provider, actor, {})
            await record_audit(conn, actor, PROVIDER_SEEDED, f"llm:{name}", detail={"from": source})
            created.append(name)
    return created


async def load_usage(conn: Connection, day: dt.date) -> dict[str, DayUsage]:
    rows = await conn.fetch("SELECT provider, calls, input_tokens, output_tokens FROM llm_usage WHERE day = $1", day)
    return {r["provider"]: DayUsage(r["calls"], r["input_tokens"], r["output_tokens"]) for r in rows}


async def add_usage(conn: Connection, day: dt.date, provider: str, input_tokens: int, output_tokens: int) -> DayUsage:
    """One call more (and its tokens) for ``provider`` on ``day``; the new totals."""
    row = await conn.fetchrow(
        "INSERT INTO llm_usage (day, provider, calls, input_tokens, output_tokens) VALUES ($1, $2, 1, $3, $4) "
        "ON CONFLICT (day, provider) DO UPDATE SET calls = llm_usage.calls + 1, "
        "input_tokens = llm_usage.input_tokens + $3, output_tokens = llm_usage.output_tokens + $4 "
        "RETURNING calls, input_tokens, output_tokens",
        day, provider, input_tokens, output_tokens,
    )  # fmt: skip
    assert row is not None
    return DayUsage(row["calls"], row["input_tokens"], row["output_tokens"])


async def move_provider_keys_to_vault(conn: Connection, store: SecretStore, actor: str) -> MoveReport:
    """``alexclaw secret move --to vault``: each provider's key into Vault."""
    rows = await conn.fetch("SELECT name, api_key FROM llm_providers WHERE api_key <> '' ORDER BY name")
    held = [Held(f"llm:{r['name']}", f"llm/{r['name']}", r["api_key"]) for r in rows]

    async def replace(item: Held, reference: str) -> bool:
        status = await conn.execute(
            "UPDATE llm_providers SET api_key = $2, updated_at = now() WHERE name = $1 AND api_key = $3",
            item.what.removeprefix("llm:"), reference, item.stored,
        )  # fmt: skip
        return bool(status.endswith(" 1"))

    return await move_held(conn, store, actor, held, replace)


async def rotate_provider_keys(conn: Connection, old: SecretBox, new: SecretBox) -> int:
    """Re-encrypt every provider key under ``new`` (inside the caller's
    transaction: ``alexclaw rotate-key`` runs it with the settings')."""
    rows = await conn.fetch(  # a Vault reference holds no ciphertext
        "SELECT name, api_key FROM llm_providers WHERE api_key <> '' AND api_key NOT LIKE 'vault:%' "
        "ORDER BY name FOR UPDATE"
    )
    for row in rows:
        plain = old.decrypt(row["api_key"])
        again = new.encrypt(plain)
        if new.decrypt(again) != plain:
            raise ProviderError(f"provider {row['name']}: the re-encrypted key does not decrypt back; nothing changed")
        await conn.execute(
            "UPDATE llm_providers SET api_key = $2, updated_at = now() WHERE name = $1", row["name"], again
        )
    return len(rows)
