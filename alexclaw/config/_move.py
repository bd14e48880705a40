"""``alexclaw secret move --to vault`` for the settings: the sensitive
settings kept in the database (``enc:`` ciphertext, or a plaintext
leftover) moved into Vault, each row left holding only the reference.
Idempotent (a reference is not moved again), each move only if the row
did not change meanwhile, each audited (``secret.moved_to_vault``, never
the value). A row that cannot be moved now stays as it was and is named
with the reason; nothing is lost half-way."""

from __future__ import annotations

from alexclaw.config._types import ConfigError
from alexclaw.secret_store import (
    CHANGED_MEANWHILE,
    MOVED_TO_VAULT,
    MoveReport,
    SecretStore,
    SecretUnavailable,
    is_reference,
    parse_reference,
    reseal,
)
from alexclaw.security import record_audit
from alexclaw.storage import Connection


async def move_secrets_to_vault(conn: Connection, store: SecretStore, actor: str) -> MoveReport:
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
        reference = await reseal(store, value, f"settings/{key}")
        if isinstance(reference, SecretUnavailable) or reference is None:
            failed.append((key, reference.message if reference is not None else "nothing to move"))
            continue
        status = await conn.execute(
            "UPDATE settings SET value = $2, updated_at = now() WHERE key = $1 AND value = $3", key, reference, value
        )
        if not status.endswith(" 1"):
            failed.append((key, CHANGED_MEANWHILE))
            continue
        parsed = parse_reference(reference)
        await record_audit(
            conn, actor, MOVED_TO_VAULT, key, detail={"to": "vault", "version": parsed.version if parsed else None}
        )
        moved.append(key)
    return MoveReport(tuple(moved), already, tuple(failed))
