"""Settings in PostgreSQL: plain functions over a connection, used by the
config actor, the CLI and the key rotation alike."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from alexclaw.config._binding import BOUND_TO, bind, follow
from alexclaw.config._catalog import CATALOG, Known, Sensitivity
from alexclaw.config._types import (
    ConfigError,
    ValueType,
    canonical,
    category_of,
    check_key,
    looks_sensitive,
    typed,
)
from alexclaw.secret_store import SecretStore, SecretUnavailable, as_store, is_reference
from alexclaw.security import Approval, DecryptionError, SecretBox, is_encrypted, record_audit
from alexclaw.storage import Connection

log = logging.getLogger("alexclaw.config")


class KeyMismatch(ConfigError):
    """SECRET_KEY_BASE is not the key that encrypted the stored settings."""


@dataclass(frozen=True)
class Row:
    """A settings row as stored (``value`` is ``enc:`` text when sensitive)."""

    key: str
    value: str
    type: ValueType
    category: str
    description: str
    sensitive: bool
    updated_at: datetime
    bound_origin: str = ""


@dataclass(frozen=True)
class Setting:
    """A decrypted, typed setting as the node sees it. ``error`` says why
    ``value`` is None when a stored secret could not be decrypted."""

    key: str
    value: Any
    text: str
    type: ValueType
    category: str
    description: str
    sensitive: bool
    updated_at: datetime
    error: str | None = None
    bound_origin: str = ""  # a credential: the only origin it may be sent to

    @property
    def is_set(self) -> bool:
        return self.text != ""


_KNOWN = {known.key: known for known in CATALOG}
_COLUMNS = "key, value, type, category, description, sensitive, updated_at, bound_origin"
_UPSERT = (
    "INSERT INTO settings (key, value, type, category, description, sensitive) VALUES ($1, $2, $3, $4, $5, $6) "  # noqa: S608
    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, description = COALESCE($7, settings.description), "
    f"sensitive = EXCLUDED.sensitive, updated_at = now() RETURNING {_COLUMNS}"
)


def _row(record: Any) -> Row:
    return Row(
        key=record["key"],
        value=record["value"],
        type=ValueType(record["type"]),
        category=record["category"],
        description=record["description"],
        sensitive=record["sensitive"],
        updated_at=record["updated_at"],
        bound_origin=record["bound_origin"],
    )


def decrypt_row(row: Row, box: SecretBox) -> Setting:
    """Decrypt and type a row; a failure becomes ``Setting.error``, never
    an exception and never the stored text passed off as plaintext. A
    Vault reference needs ``open_row`` (a row decrypted here says so)."""
    text, error = row.value, None
    if row.sensitive and row.value:
        try:
            text = box.decrypt(row.value)
        except DecryptionError as exc:
            text, error = "", f"{type(exc).__name__}: {exc}"
    return _typed_setting(row, text, error)


async def open_row(row: Row, store: SecretBox | SecretStore) -> Setting:
    """``decrypt_row`` through the secret store: a Vault reference is read
    through it (its cache); the store being away becomes ``Setting.error``
    ("secret store unreachable: …")."""
    opened = as_store(store)
    if not (row.sensitive and is_reference(row.value)):
        return decrypt_row(row, opened.box)
    text = await opened.open(row.value)
    if isinstance(text, SecretUnavailable):
        return _typed_setting(row, "", text.message)
    return _typed_setting(row, text, None)


async def seal_value(store: SecretBox | SecretStore, key: str, text: str) -> str:
    """The text a sensitive setting's row keeps for ``text``: the
    ciphertext, or with Vault the reference of the value written there
    first. Raises ``ConfigError`` when the store cannot take it."""
    opened = as_store(store)
    if opened.external and text == "":
        return ""  # cleared: nothing to keep anywhere
    sealed = await opened.seal(f"settings/{key}", text)
    if isinstance(sealed, SecretUnavailable):
        raise ConfigError(f"{key} was not saved: {sealed.message}")
    return sealed


def _typed_setting(row: Row, text: str, error: str | None) -> Setting:
    try:
        value = typed(row.type, text)
    except ValueError as exc:  # a hand-edited row of the wrong shape
        value, error = None, f"stored value does not parse as {row.type.value}: {exc}"
    return Setting(
        row.key, value, text, row.type, row.category, row.description, row.sensitive, row.updated_at, error,
        row.bound_origin,
    )  # fmt: skip


async def load_rows(conn: Connection) -> list[Row]:
    return [_row(r) for r in await conn.fetch(f"SELECT {_COLUMNS} FROM settings ORDER BY key")]  # noqa: S608


async def load_row(conn: Connection, key: str) -> Row | None:
    record = await conn.fetchrow(f"SELECT {_COLUMNS} FROM settings WHERE key = $1", key)  # noqa: S608
    return None if record is None else _row(record)


async def check_key_fingerprint(conn: Connection, box: SecretBox) -> None:
    """Record the key's fingerprint on first boot; refuse a different key."""
    stored = await conn.fetchval("SELECT fingerprint FROM settings_key_check WHERE id = 1")
    if stored is None:
        await conn.execute(
            "INSERT INTO settings_key_check (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
            box.fingerprint,
        )
        return
    if stored != box.fingerprint:
        raise KeyMismatch(
            "SECRET_KEY_BASE is not the key that encrypted the stored settings "
            "(after `alexclaw rotate-key`, every node must use the new key)"
        )


async def encrypt_leftovers(conn: Connection, box: SecretBox | SecretStore) -> list[str]:
    """Seal sensitive values still stored in plaintext (idempotent; a Vault
    reference is not plaintext). A store that cannot take one now leaves it
    for the next boot."""
    done = []
    records = await conn.fetch(
        "SELECT key, value FROM settings WHERE (sensitive OR key ~ $1) AND value <> '' "
        "AND value NOT LIKE 'enc:%' AND value NOT LIKE 'vault:%'",
        "(" + "|".join(("api_key", "token", "password", "secret")) + ")",
    )
    for record in records:
        try:
            sealed = await seal_value(box, record["key"], record["value"])
        except ConfigError as exc:
            log.warning("%s", exc)
            continue
        # Only if nobody changed it meanwhile (another node booting too).
        status = await conn.execute(
            "UPDATE settings SET value = $2, sensitive = true, updated_at = now() WHERE key = $1 AND value = $3",
            record["key"],
            sealed,
            record["value"],
        )
        if status.endswith(" 1"):
            done.append(record["key"])
    return done


async def seed(
    conn: Connection, box: SecretBox | SecretStore, environ: Mapping[str, str], catalog: Iterable[Known] = CATALOG
) -> list[str]:
    """Create known keys that are absent; fill an *empty* value from its
    environment variable. A value already set is never overwritten."""
    touched = []
    for known in catalog:
        from_env = (environ.get(known.env) or "").strip() if known.env else ""
        sensitive = known.is_sensitive
        inserted = await conn.fetchval(
            "INSERT INTO settings (key, value, type, category, description, sensitive) "
            "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING RETURNING key",
            known.key,
            "",
            known.type.value,
            category_of(known.key),
            known.description,
            sensitive,
        )
        if inserted:
            touched.append(known.key)
        initial = from_env or known.default
        if not initial:
            continue
        text = canonical(known.key, known.type, initial, sensitive=sensitive)
        if sensitive:
            current = await conn.fetchval("SELECT value FROM settings WHERE key = $1", known.key)
            if current:
                continue  # already set: never overwritten (and nothing written to Vault for it)
            try:
                stored = await seal_value(box, known.key, text)
            except ConfigError as exc:
                log.warning("not seeded from the environment now: %s", exc)
                continue
        else:
            stored = text
        status = await conn.execute(
            "UPDATE settings SET value = $2, updated_at = now() WHERE key = $1 AND value = ''",
            known.key,
            stored,
        )
        if status.endswith(" 1") and known.bound_to:
            await bind(conn, known.key, cleared=False)
        if status.endswith(" 1") and not inserted:
            touched.append(known.key)
    return touched


# Keys outside the catalog in these categories are taken as security
# controls: an unknown key there fails closed.
_CONTROL_CATEGORIES: frozenset[str] = frozenset({"auth", "shield", "sanitizer", "egress"})


def sensitivity_of(key: str, *, sensitive: bool = False) -> Sensitivity:
    """A setting's sensitivity class: the catalog's, else SECRET for a
    sensitive key, CONTROL in a security category, else ORDINARY."""
    known = _KNOWN.get(key)
    if known is not None:
        return Sensitivity.SECRET if sensitive else known.sensitivity
    if sensitive or looks_sensitive(key):
        return Sensitivity.SECRET
    return Sensitivity.CONTROL if category_of(key) in _CONTROL_CATEGORIES else Sensitivity.ORDINARY


async def two_factor_in_force(conn: Connection) -> bool:
    """Is two-factor on, as stored (enabled and a secret set)? Read inside a
    write's transaction, so no snapshot can be stale."""
    on: bool = await conn.fetchval(
        "SELECT coalesce((SELECT value = 'true' FROM settings WHERE key = 'auth.totp_enabled'), false) "
        "AND coalesce((SELECT value <> '' FROM settings WHERE key = 'auth.totp_secret'), false)"
    )
    return on


def needs_code(sensitivity: Sensitivity, approval: Approval | None) -> bool:
    return sensitivity is not Sensitivity.ORDINARY and (approval is None or not approval.strong)


async def write(
    conn: Connection,
    box: SecretBox | SecretStore,
    key: str,
    raw: str,
    *,
    actor: str,
    value_type: ValueType | None = None,
    description: str | None = None,
    sensitive: bool | None = None,
    keep_if_empty: bool = False,
    approval: Approval | None = None,
) -> Row:
    """Validate, encrypt if sensitive, upsert and audit, in one transaction.

    An existing or catalogued key keeps its type (a different
    ``value_type`` is refused); a new key is a string unless told otherwise. With ``keep_if_empty`` an
    empty value leaves a sensitive setting as it was (an edit form that
    never shows the secret).

    A setting that is not ORDINARY (a secret, a security control, an
    endpoint that receives credentials) is refused while two-factor is on
    unless ``approval`` is strong (a code, or the host's command line):
    the rule holds for every caller, present and future.

    ``box``: the secret store (a ``SecretBox`` is the built-in one). With
    Vault a secret is written there first and the row keeps the reference;
    the store being away refuses the write (``ConfigError``).
    """
    check_key(key)
    known = _KNOWN.get(key)
    async with conn.transaction():
        current = await load_row(conn, key)
        fixed = current.type if current is not None else (known.type if known is not None else None)
        if fixed is not None and value_type is not None and value_type is not fixed:
            raise ConfigError(f"{key} is a {fixed.value} setting; it cannot become {value_type.value}")
        kind = fixed or value_type or ValueType.STRING
        if description is None and current is None and known is not None:
            description = known.description
        secret = (
            bool(sensitive)
            or looks_sensitive(key)
            or (current is not None and current.sensitive)
            or (known is not None and known.is_sensitive)
        )
        text = canonical(key, kind, raw, sensitive=secret)
        if current is not None and keep_if_empty and secret and text == "":
            return current
        sensitivity = sensitivity_of(key, sensitive=secret)
        if needs_code(sensitivity, approval) and await two_factor_in_force(conn):
            raise ConfigError(
                f"{key} is a {sensitivity.value} setting: changing it needs a 2FA code while two-factor is on"
            )
        stored = await seal_value(box, key, text) if secret else text
        record = await conn.fetchrow(
            _UPSERT,
            key,
            stored,
            kind.value,
            category_of(key),
            description or "",
            secret,
            description,
        )
        if key in BOUND_TO:
            await bind(conn, key, cleared=text == "")
            record = await conn.fetchrow(f"SELECT {_COLUMNS} FROM settings WHERE key = $1", key)  # noqa: S608
        unbound = await follow(conn, key, text, actor=actor)
        await record_audit(
            conn,
            actor,
            "config.set",
            key,
            detail={
                "sensitive": secret,
                "created": current is None,
                "cleared": text == "",
                "class": sensitivity.value,
                "origin": approval.entry.value if approval is not None else "node",
                "proof": approval.proof.value if approval is not None else "none",
                **({"cleared_credentials": unbound} if unbound else {}),
            },
        )
    return _row(record)


Reencrypt = Callable[[Connection, SecretBox, SecretBox], Awaitable[int]]


async def rotate_key(
    conn: Connection,
    old: SecretBox,
    new: SecretBox,
    *,
    actor: str,
    progress: Callable[[int, int], None] | None = None,
    also: Sequence[Reencrypt] = (),
) -> int:
    """Re-encrypt every sensitive value with ``new``, verifying each by
    decrypting it again, in ONE transaction: any failure changes nothing.
    ``also``: other stores' secrets under the same key (the LLM providers'
    keys), re-encrypted in the same transaction."""
    async with conn.transaction():
        stored = await conn.fetchval("SELECT fingerprint FROM settings_key_check WHERE id = 1 FOR UPDATE")
        if stored is not None and stored != old.fingerprint:
            raise KeyMismatch("the current SECRET_KEY_BASE is not the key that encrypted the stored settings")
        records = await conn.fetch(
            # A Vault reference holds no ciphertext: nothing to re-encrypt.
            "SELECT key, value FROM settings WHERE sensitive AND value <> '' AND value NOT LIKE 'vault:%' "
            "ORDER BY key FOR UPDATE"
        )
        for index, record in enumerate(records, 1):
            value = record["value"]
            plain = old.decrypt(value) if is_encrypted(value) else value
            again = new.encrypt(plain)
            if new.decrypt(again) != plain:
                raise ConfigError(f"{record['key']}: the re-encrypted value does not decrypt back; nothing changed")
            await conn.execute(
                "UPDATE settings SET value = $2, updated_at = now() WHERE key = $1", record["key"], again
            )
            if progress is not None:
                progress(index, len(records))
        for reencrypt in also:
            await reencrypt(conn, old, new)
        await conn.execute(
            "INSERT INTO settings_key_check (id, fingerprint, updated_at) VALUES (1, $1, now()) "
            "ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, updated_at = now()",
            new.fingerprint,
        )
        await record_audit(conn, actor, "config.rotate_key", "settings", detail={"values": len(records)})
    return len(records)
