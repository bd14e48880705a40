"""``alexclaw secret move --to vault`` and ``secret status``, and ``config
set`` with Vault, run as an operator runs them (a subprocess) against the
fake OpenBao served by the test's own loop."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from tests.alexclaw.test_cli import node_env
from tests.fake_openbao import ROLE_ID, SECRET_ID, FakeOpenBao

MCP_KEY = "mcp-key-kept-locally-0123456789"
HOOK = "whsec-github-kept-locally-0123456789"
PROVIDER_KEY = "sk-provider-kept-locally-" + "p" * 30


async def alexclaw(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """A subprocess the loop keeps serving the fake for while it runs."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "alexclaw", *args, env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 90)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@pytest.fixture
async def bao() -> AsyncIterator[FakeOpenBao]:
    async with FakeOpenBao(clock=time.monotonic) as fake:
        yield fake


def local_env(tmp_path: Path, database_url: str) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url, ALEXCLAW_NODE_NAME="node-a")


def vault_env(tmp_path: Path, database_url: str, bao: FakeOpenBao) -> dict[str, str]:
    return {
        **local_env(tmp_path, database_url),
        "VAULT_ADDR": bao.url, "VAULT_ROLE_ID": ROLE_ID, "VAULT_SECRET_ID": SECRET_ID,
    }  # fmt: skip


async def test_move_to_vault_replaces_local_secrets_with_references_once_and_audits_each(
    tmp_path: Path, database_url: str, bao: FakeOpenBao
) -> None:
    local = {**local_env(tmp_path, database_url), "THE_KEY": PROVIDER_KEY}
    for key, value in (("mcp.api_key", MCP_KEY), ("github.webhook_secret", HOOK)):
        assert (await alexclaw("config", "set", key, value, env=local, cwd=tmp_path))[0] == 0
    added = await alexclaw("llm", "providers", "add", "hosted", "--kind", "openai_compatible", "--model", "m",
                           "--tier", "medium", "--api-key-env", "THE_KEY", env=local, cwd=tmp_path)  # fmt: skip
    assert added[0] == 0, added
    vault = vault_env(tmp_path, database_url, bao)
    code, out, err = await alexclaw("secret", "move", "--to", "vault", env=vault, cwd=tmp_path)
    assert code == 0, err
    assert "moved github.webhook_secret" in out and "moved mcp.api_key" in out and "moved llm:hosted" in out
    assert "3 moved to Vault, 0 already there, 0 not moved" in out
    assert bao.latest("alexclaw/node-a/settings/mcp.api_key") == {"value": MCP_KEY}
    assert bao.latest("alexclaw/node-a/llm/hosted") == {"value": PROVIDER_KEY}
    code, out, _ = await alexclaw("secret", "move", "--to", "vault", env=vault, cwd=tmp_path)
    assert code == 0 and "0 moved to Vault, 3 already there" in out  # idempotent
    assert len(bao.kv["alexclaw/node-a/settings/mcp.api_key"]) == 1
    code, out, _ = await alexclaw("config", "get", "mcp.api_key", env=vault, cwd=tmp_path)
    assert code == 0 and out.strip() == "********6789"  # read back through Vault
    conn = await asyncpg.connect(database_url)
    try:
        stored = await conn.fetchval("SELECT value FROM settings WHERE key = 'mcp.api_key'")
        moved = await conn.fetch(
            "SELECT actor, target, detail::text FROM audit_log WHERE action = 'secret.moved_to_vault'"
        )
        runs = await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'secret.move_to_vault'")
        everything = await conn.fetch(
            "SELECT x::text FROM settings x UNION ALL SELECT y::text FROM audit_log y "
            "UNION ALL SELECT z::text FROM llm_providers z"
        )
    finally:
        await conn.close()
    assert stored == "vault:alexclaw/node-a/settings/mcp.api_key#value@1"
    assert sorted(r["target"] for r in moved) == ["github.webhook_secret", "llm:hosted", "mcp.api_key"]
    assert all(r["actor"].startswith("cli:") for r in moved) and runs == 2
    assert not [r for r in everything if MCP_KEY in r[0] or HOOK in r[0] or PROVIDER_KEY in r[0]]


async def test_config_set_with_vault_writes_the_value_there_and_only_the_reference_here(
    tmp_path: Path, database_url: str, bao: FakeOpenBao
) -> None:
    vault = vault_env(tmp_path, database_url, bao)
    code, out, err = await alexclaw("config", "set", "mcp.api_key", MCP_KEY, env=vault, cwd=tmp_path)
    assert code == 0, err
    assert out.strip() == "mcp.api_key = ********6789"
    assert bao.latest("alexclaw/node-a/settings/mcp.api_key") == {"value": MCP_KEY}
    conn = await asyncpg.connect(database_url)
    try:
        stored = await conn.fetchval("SELECT value FROM settings WHERE key = 'mcp.api_key'")
    finally:
        await conn.close()
    assert stored.startswith("vault:")


async def test_secret_status_and_move_report_an_unreachable_store_with_exit_1(
    tmp_path: Path, database_url: str, bao: FakeOpenBao
) -> None:
    local = local_env(tmp_path, database_url)
    assert (await alexclaw("config", "set", "mcp.api_key", MCP_KEY, env=local, cwd=tmp_path))[0] == 0
    vault = vault_env(tmp_path, database_url, bao)
    code, out, _ = await alexclaw("secret", "status", env=vault, cwd=tmp_path)
    assert code == 0 and "renewable" in out and "NOT" not in out
    bao.seal()
    code, _, err = await alexclaw("secret", "status", env=vault, cwd=tmp_path)
    assert code == 1 and "secret store unreachable: HTTP 503" in err
    code, out, err = await alexclaw("secret", "move", "--to", "vault", env=vault, cwd=tmp_path)
    assert code == 1 and "mcp.api_key not moved: secret store unreachable: HTTP 503" in err
    assert "0 moved to Vault" in out
    code, out, _ = await alexclaw("secret", "status", env=local, cwd=tmp_path)
    assert code == 0 and "built-in encrypted store" in out
