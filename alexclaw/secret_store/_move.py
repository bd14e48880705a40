"""Moving credentials kept in the database into Vault
(``alexclaw secret move --to vault``): the piece every store shares. Each
store selects its rows, calls ``reseal`` for each, updates a row only if it
did not change meanwhile, and audits ``secret.moved_to_vault`` (never a
value)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from alexclaw.secret_store._store import SecretStore
from alexclaw.secret_store._values import SecretUnavailable, is_reference
from alexclaw.security import DecryptionError, is_encrypted, record_audit
from alexclaw.storage import Connection

MOVED_TO_VAULT: Final = "secret.moved_to_vault"
VAULT_MOVE_RUN: Final = "secret.move_to_vault"
CHANGED_MEANWHILE: Final = "changed while it was being moved; run the command again"


@dataclass(frozen=True)
class MoveReport:
    moved: tuple[str, ...] = ()
    already: int = 0  # held a reference before this run
    failed: tuple[tuple[str, str], ...] = ()  # (what, why), never a value

    def __add__(self, other: MoveReport) -> MoveReport:
        return MoveReport(self.moved + other.moved, self.already + other.already, self.failed + other.failed)


async def reseal(store: SecretStore, stored: str, name: str) -> str | SecretUnavailable | None:
    """The reference to keep instead of ``stored`` (a local ciphertext, or a
    plaintext leftover), written to ``store`` under ``name``; None when it
    is already a reference or empty."""
    if not stored or is_reference(stored):
        return None
    try:
        plain = store.box.decrypt(stored) if is_encrypted(stored) else stored
    except DecryptionError as exc:
        return SecretUnavailable(f"it does not decrypt with this key ({type(exc).__name__})")
    return await store.seal(name, plain)


Mover = Callable[[Connection, SecretStore, str], Awaitable[MoveReport]]


async def move_all_to_vault(conn: Connection, store: SecretStore, *, actor: str, movers: Sequence[Mover]) -> MoveReport:
    """Every store's credentials into Vault (``movers``: each store's own
    move, as ``rotate-key`` takes each store's re-encryption), and one audit
    row for the run with what moved, what was there already, what did not."""
    report = MoveReport()
    for mover in movers:
        report = report + await mover(conn, store, actor)
    await record_audit(
        conn, actor, VAULT_MOVE_RUN, "secrets", outcome="failed" if report.failed else "ok",
        detail={"moved": len(report.moved), "already": report.already, "failed": [what for what, _ in report.failed]},
    )  # fmt: skip
    return report


@dataclass(frozen=True)
class Held:
    """One credential a store keeps: ``what`` names it in the report and the
    audit (``llm:openai``), ``name`` is its path under the Vault prefix."""

    what: str
    name: str
    stored: str = field(repr=False)


Replace = Callable[[Held, str], Awaitable[bool]]  # (held, reference) → replaced (False: it changed meanwhile)


async def move_held(
    conn: Connection, store: SecretStore, actor: str, held: Sequence[Held], replace: Replace
) -> MoveReport:
    """``reseal`` each, ``replace`` its row (the store's own SQL), audit it."""
    moved: list[str] = []
    failed: list[tuple[str, str]] = []
    already = 0
    for item in held:
        reference = await reseal(store, item.stored, item.name)
        if reference is None:
            already += 1
        elif isinstance(reference, SecretUnavailable):
            failed.append((item.what, reference.message))
        elif not await replace(item, reference):
            failed.append((item.what, CHANGED_MEANWHILE))
        else:
            await record_audit(conn, actor, MOVED_TO_VAULT, item.what, detail={"to": "vault"})
            moved.append(item.what)
    return MoveReport(tuple(moved), already, tuple(failed))
