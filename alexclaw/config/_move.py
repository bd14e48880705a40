"""``alexclaw secret move --to vault``: the settings' secrets kept in the
database (``enc:`` ciphertext, or a plaintext leftover) moved into Vault,
each row left holding only the reference. Idempotent (a reference is not
moved again), each move only if the row did not change meanwhile, each
audited (``secret.moved_to_vault``, never the value), and a summary row
for the run. A row that cannot be moved now stays as it was and is named
with the reason; nothing is lost half-way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from alexclaw.config._store import seal_value
from alexclaw.config._types import ConfigError
from alexclaw.secret_store import SecretStore, is_reference, parse_reference
from alexclaw.security import DecryptionError, is_encrypted, record_audit
from alexclaw.storage import Connection

MOVED_TO_VAULT: Final = "secret.moved_to_vault"
VAULT_MOVE_RUN: Final = "secret.move_to_vault"


@dataclass(frozen=True)
class MoveReport:
    moved: tuple[str, ...]
    already: int  # rows that held a reference before this run
    failed: tuple[tuple[str, str], ...]  # (key, reason), never a value


async def move_secrets_to_vault(conn: Connection, store: SecretStore, *, actor: str) -> MoveReport:
    """Move every sensitive setting still held in the database into
    ``store`` (which must be the external one)."""
    if not store.external:
        raise ConfigError("VAULT_ADDR is not set: there is no external secret store to move the secrets to")
    moved: list[str] = []
    failed: list[tuple[str, str]] = []
    already = 0
    records = await conn.fetch("SELECT key, value FROM settings WHERE sensitive AND value <> '' ORDER BY key")
    for record in records:
        key, value = record["key"], record["value"]
        if is_reference(value):
            already += 1
            continue
        try:
            plain = store.box.decrypt(value) if is_encrypted(value) else value
            reference = await seal_value(store, key, plain)
        except (DecryptionError, ConfigError) as exc:
            failed.append((key, str(exc) if isinstance(exc, ConfigError) else type(exc).__name__))
            continue
        status = await conn.execute(
            "UPDATE settings SET value = $2, updated_at = now() WHERE key = $1 AND value = $3", key, reference, value
        )
        if not status.endswith(" 1"):
            failed.append((key, "changed while it was being moved; run the command again"))
            continue
        parsed = parse_reference(reference)
        await record_audit(
            conn, actor, MOVED_TO_VAULT, key, detail={"to": "vault", "version": parsed.version if parsed else None}
        )
        moved.append(key)
    await record_audit(
        conn,
        actor,
        VAULT_MOVE_RUN,
        "settings",
        outcome="ok" if not failed else "failed",
        detail={"moved": len(moved), "already": already, "failed": [key for key, _ in failed]},
    )
    return MoveReport(tuple(moved), already, tuple(failed))
