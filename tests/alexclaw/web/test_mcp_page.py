"""The MCP page: a key is created (behind a 2FA code while two-factor is
on), shown once, then listed masked; revoking it is audited and it never
opens /mcp again."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from alexclaw import Node
from tests.alexclaw.mcp.support import find_key
from tests.alexclaw.web.conftest import login
from tests.alexclaw.web.test_pages import enable_totp, next_code, post, text_of


def shown_key(page: str) -> str | None:
    match = re.search(r'id="new-mcp-key">([^<]+)<', page)
    return match.group(1) if match else None


async def live(node: Node, token: str) -> bool:
    async with node.state.database.pool().acquire() as conn:
        return await find_key(conn, node.state.mcp.fp_key, token, datetime.now(UTC)) is not None


async def test_a_key_is_shown_once_then_listed_masked_and_revoking_it_closes_the_door(client: Any, node: Node) -> None:
    await login(client)
    created = await post(client, "/access/keys", {"name": "claude", "scopes": "tools"}, "/access")
    assert created.status_code == 302
    page = await text_of(client, "/access")
    token = shown_key(page)
    assert token is not None and token.startswith("acmcp_") and await live(node, token)
    again = await text_of(client, "/access")
    assert shown_key(again) is None and token not in again and f"acmcp_…{token[-4:]}" in again
    async with node.state.database.pool().acquire() as conn:
        key_id = await conn.fetchval("SELECT id FROM mcp_keys WHERE name = 'claude'")
        actions = [r["action"] for r in await conn.fetch("SELECT action FROM audit_log ORDER BY id")]
    assert "mcp.key_created" in actions
    revoked = await post(client, f"/access/keys/{key_id}/revoke", {}, "/access")
    assert revoked.status_code == 302 and not await live(node, token)


async def test_bad_names_scopes_and_expiries_are_refused_with_the_reason(client: Any, node: Node) -> None:
    await login(client)
    for form, reason in (
        ({"name": "", "scopes": "tools"}, "1 to 64 printable characters"),
        ({"name": "x", "scopes": "outputs"}, "tools scope, the resources scope, or both"),
        ({"name": "x", "scopes": "tools", "expires_in_days": "0"}, "1 to 3650 days"),
        # Found by fuzzing: digits int() does not read (a superscript, 5,000 of them) were a 500.
        ({"name": "x", "scopes": "tools", "expires_in_days": "\u00b2"}, "1 to 3650 days"),
        ({"name": "x", "scopes": "tools", "expires_in_days": "9" * 5000}, "1 to 3650 days"),
    ):
        await post(client, "/access/keys", form, "/access")
        assert reason in await text_of(client, "/access")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM mcp_keys") == 0


async def test_while_2fa_is_on_a_key_is_made_only_after_the_code(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    parked = await post(client, "/access/keys", {"name": "cursor", "scopes": "resources"}, "/access")
    location = parked.headers["Location"]
    assert location.startswith("/challenge/")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM mcp_keys") == 0  # nothing without the code
    answered = await post(client, location.split("?")[0], {"code": next_code(totp), "next": "/access"}, location)
    assert answered.status_code == 302
    token = shown_key(await text_of(client, "/access"))
    assert token is not None and await live(node, token)
