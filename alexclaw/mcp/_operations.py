"""MCP key operations, for every front end: create (a privileged act — a
2FA code while two-factor is on — the key shown once through ``show``) and
revoke (it only narrows access: no code). Each writes its own audit row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from alexclaw.mcp._keys import check_name, check_scopes, create_key, revoke_key
from alexclaw.security import Acting, Approval, Approver, ChallengeView, Done, Invalid, NotAllowed, approved
from alexclaw.storage import DatabaseHandle

MCP_KEY_CREATE: Final = "mcp.key_create"  # the PRIVILEGED action
MAX_DAYS: Final = 3650

ShowKey = Callable[[str, str], str]  # (name, the key) → the message to show; keeps the key for its one showing


@dataclass(frozen=True, slots=True)
class McpKeyOperations:
    approver: Approver
    database: DatabaseHandle
    fp_key: bytes

    async def create(
        self, acting: Acting, name: str, scopes: Iterable[str], expires_in_days: int | None, *, show: ShowKey
    ) -> Done[None] | Invalid | ChallengeView | NotAllowed:
        name = name.strip()
        errors = [problem] if (problem := check_name(name)) else []
        chosen = check_scopes(scopes)
        if isinstance(chosen, str):
            errors.append(chosen)
        if expires_in_days is not None and not 1 <= expires_in_days <= MAX_DAYS:
            errors.append(f"the expiry must be 1 to {MAX_DAYS} days, or none")
        if errors or isinstance(chosen, str):
            return Invalid.of(errors)
        expires = datetime.now(UTC) + timedelta(days=expires_in_days) if expires_in_days else None
        fp_key, database = self.fp_key, self.database

        async def run(approval: Approval) -> str:
            async with database.pool().acquire() as conn:
                taken = await conn.fetchval("SELECT 1 FROM mcp_keys WHERE name = $1 AND revoked_at IS NULL", name)
                if taken:
                    return f"Not created: a live key is already named {name}."
                _key, token = await create_key(conn, fp_key, name, chosen, expires, actor=approval.actor)
            return show(name, token)

        scope_text = ", ".join(sorted(chosen))
        return approved(await self.approver(acting, MCP_KEY_CREATE, f"Create the MCP key {name} ({scope_text})", run))

    async def revoke(self, acting: Acting, key_id: int) -> Done[bool]:
        async with self.database.pool().acquire() as conn:
            done = await revoke_key(conn, key_id, actor=acting.actor)
        return Done("Key revoked: it no longer opens /mcp." if done else "No such live key.", done)
