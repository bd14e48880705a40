"""The tables of migration 0032: authorizations in progress (a state's
hash, its verifier encrypted, who asked) and the node's one connection
(tokens encrypted)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alexclaw.google._pkce import STATE_SECONDS, same, state_hash
from alexclaw.secret_store import Held, MoveReport, SecretStore, SecretUnavailable, as_store, is_reference, move_held
from alexclaw.security import DecryptionError, SecretBox
from alexclaw.storage import Connection

log = logging.getLogger("alexclaw.google")


@dataclass(frozen=True, slots=True)
class PendingState:
    verifier: str = field(repr=False)
    bound_to: str  # "web:<session id hash>" or "chat:<gateway>:<chat id>"


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime
    scope: str = ""
    account: str = ""


async def save_state(
    conn: Connection, box: SecretBox | SecretStore, state: str, verifier: str, *, bound_to: str, now: datetime
) -> None:
    # The PKCE verifier lives minutes and serves once: kept under the local
    # key even with Vault (it is not a standing credential).
    box = as_store(box).box
    await conn.execute("DELETE FROM google_oauth_states WHERE created_at < $1", now - timedelta(days=1))
    await conn.execute(
        "INSERT INTO google_oauth_states (state_hash, verifier, bound_to, created_at) VALUES ($1, $2, $3, $4)",
        state_hash(state), box.encrypt(verifier), bound_to, now,
    )  # fmt: skip


async def take_state(conn: Connection, box: SecretBox | SecretStore, state: str, now: datetime) -> PendingState | str:
    """The pending authorization ``state`` names, marked used in the same
    statement (so it serves once, even with two callbacks at the same
    time); a text is why not: unknown, already used, expired."""
    digest = state_hash(state)
    row = await conn.fetchrow(
        "UPDATE google_oauth_states SET used_at = $2 WHERE state_hash = $1 AND used_at IS NULL "
        "RETURNING state_hash, verifier, bound_to, created_at",
        digest, now,
    )  # fmt: skip
    if row is None or not same(row["state_hash"], digest):
        used = await conn.fetchval("SELECT used_at IS NOT NULL FROM google_oauth_states WHERE state_hash = $1", digest)
        return "this authorization was already used" if used else "this authorization is unknown to the node"
    if now - row["created_at"] > timedelta(seconds=STATE_SECONDS):
        return f"this authorization expired (a link is good for {STATE_SECONDS // 60} minutes)"
    try:
        return PendingState(as_store(box).box.decrypt(row["verifier"]), row["bound_to"])
    except DecryptionError:
        return "this authorization was made under another key"


async def _sealed(box: SecretBox | SecretStore, tokens: Tokens) -> tuple[str, str] | SecretUnavailable:
    store = as_store(box)
    access = await store.seal("google/access_token", tokens.access_token)
    if isinstance(access, SecretUnavailable):
        return access
    refresh = await store.seal("google/refresh_token", tokens.refresh_token)
    return refresh if isinstance(refresh, SecretUnavailable) else (access, refresh)


async def save_tokens(
    conn: Connection, box: SecretBox | SecretStore, tokens: Tokens, now: datetime
) -> SecretUnavailable | None:
    """Keep the connection's tokens (encrypted, or in Vault first); the
    store away is the answer and nothing is written."""
    sealed = await _sealed(box, tokens)
    if isinstance(sealed, SecretUnavailable):
        return sealed
    await conn.execute(
        """INSERT INTO google_tokens (id, access_token, refresh_token, expires_at, scope, account, connected_at)
           VALUES (1, $1, $2, $3, $4, $5, $6)
           ON CONFLICT (id) DO UPDATE SET access_token = $1, refresh_token = $2, expires_at = $3, scope = $4,
               account = $5, connected_at = $6, refreshed_at = NULL""",
        sealed[0], sealed[1], tokens.expires_at, tokens.scope, tokens.account, now,
    )  # fmt: skip
    return None


async def update_access(
    conn: Connection, box: SecretBox | SecretStore, tokens: Tokens, now: datetime
) -> SecretUnavailable | None:
    """A refresh: the new access token (and refresh token, when Google
    rotated it); the store away is the answer and nothing is written."""
    sealed = await _sealed(box, tokens)
    if isinstance(sealed, SecretUnavailable):
        return sealed
    await conn.execute(
        "UPDATE google_tokens SET access_token = $1, refresh_token = $2, expires_at = $3, account = $4, "
        "refreshed_at = $5 WHERE id = 1",
        sealed[0], sealed[1], tokens.expires_at, tokens.account, now,
    )  # fmt: skip
    return None


async def load_tokens(conn: Connection, box: SecretBox | SecretStore) -> Tokens | None:
    """The stored connection; None when there is none, or when its tokens
    no longer decrypt (``SECRET_KEY_BASE`` changed without ``rotate-key``)
    — the operator connects again, nothing crashes."""
    row = await conn.fetchrow("SELECT * FROM google_tokens WHERE id = 1")
    if row is None:
        return None
    store = as_store(box)
    access, refresh = await store.open(row["access_token"]), await store.open(row["refresh_token"])
    if isinstance(access, SecretUnavailable) or isinstance(refresh, SecretUnavailable):
        why = access.reason if isinstance(access, SecretUnavailable) else getattr(refresh, "reason", "")
        if any(is_reference(row[c]) for c in ("access_token", "refresh_token")):
            log.warning("google: the stored tokens cannot be read (secret store unreachable: %s)", why)
        else:
            log.warning("google: the stored tokens do not decrypt with this key; connect Google again")
        return None
    return Tokens(access, refresh, row["expires_at"], row["scope"], row["account"])


async def delete_tokens(conn: Connection) -> bool:
    return await conn.fetchval("DELETE FROM google_tokens WHERE id = 1 RETURNING true") is not None


async def move_google_tokens_to_vault(conn: Connection, store: SecretStore, actor: str) -> MoveReport:
    """``alexclaw secret move --to vault``: the connection's two tokens into Vault."""
    row = await conn.fetchrow("SELECT access_token, refresh_token FROM google_tokens WHERE id = 1")
    columns = ("access_token", "refresh_token")
    held = [Held(f"google:{c}", f"google/{c}", row[c]) for c in columns] if row is not None else []

    async def replace(item: Held, reference: str) -> bool:
        column = "access_token" if item.what == "google:access_token" else "refresh_token"
        status = await conn.execute(
            f"UPDATE google_tokens SET {column} = $1 WHERE id = 1 AND {column} = $2",  # noqa: S608 - a fixed name
            reference, item.stored,
        )  # fmt: skip
        return bool(status.endswith(" 1"))

    return await move_held(conn, store, actor, held, replace)


async def rotate_google_secrets(
    conn: Connection, old_key: SecretBox | SecretStore, new_key: SecretBox | SecretStore
) -> int:
    """Re-encrypt the tokens and the pending verifiers under ``new`` (inside
    the caller's transaction: ``alexclaw rotate-key`` runs it with the
    settings'). A value that does not decrypt back stops the rotation;
    tokens held in Vault have no ciphertext here and are left alone."""
    old, new = as_store(old_key).box, as_store(new_key).box
    count = 0
    for table, key, columns in (("google_tokens", "id", ("access_token", "refresh_token")),
                                ("google_oauth_states", "state_hash", ("verifier",))):  # fmt: skip
        rows = await conn.fetch(f"SELECT {key}, {', '.join(columns)} FROM {table} FOR UPDATE")  # noqa: S608 - fixed names
        for row in rows:
            if any(is_reference(row[column]) for column in columns):
                continue  # held in Vault: no ciphertext to re-encrypt
            values = []
            for column in columns:
                plain = old.decrypt(row[column])
                again = new.encrypt(plain)
                if new.decrypt(again) != plain:
                    raise ValueError(f"{table}.{column}: the re-encrypted value does not decrypt back")
                values.append(again)
            sets = ", ".join(f"{column} = ${i + 2}" for i, column in enumerate(columns))
            await conn.execute(f"UPDATE {table} SET {sets} WHERE {key} = $1", row[key], *values)  # noqa: S608
            count += 1
    return count
