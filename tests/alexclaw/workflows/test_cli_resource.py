"""``alexclaw resource list [--json]`` and ``alexclaw resource allow-private
NAME [--revoke]`` as an operator uses them, against a migrated database:
the grant is the host's act, audited with its proof; a name nobody has, or
several share, is refused with exit 2; no output ever carries a credential."""

from __future__ import annotations

import asyncio
import getpass
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest

from alexclaw.security import SecretBox
from alexclaw.workflows import Resource, save_resource
from alexclaw.workflows._resource_store import set_credential
from tests.alexclaw.test_cli import node_env

TOKEN = "cli-resource-token-" + "z" * 30


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url)


async def alexclaw(*args: str, env: dict[str, str]) -> Ran:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "alexclaw", *args, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 90)
    assert proc.returncode is not None
    return Ran(proc.returncode, out.decode(), err.decode())


async def seed(database_url: str) -> dict[str, int]:
    conn = await asyncpg.connect(database_url)
    try:
        ids = {}
        for name, kind, url in [
            ("Docs", "website", "https://docs.example.org/"),
            ("Pets", "api", "https://pets.example.org/v1"),
            ("Twin", "rss_feed", "https://one.example.org/rss"),
            ("Twin", "rss_feed", "https://two.example.org/rss"),
            ("Notes", "document", None),
        ]:
            ids[f"{name}:{url}"] = await save_resource(conn, Resource(None, name, kind, url))
        await set_credential(conn, SecretBox("any-key-" + "x" * 40), ids["Pets:https://pets.example.org/v1"], TOKEN)
        return ids
    finally:
        await conn.close()


async def test_resources_are_listed_as_lines_and_as_json_without_a_credential(
    env: dict[str, str], database_url: str
) -> None:
    empty = await alexclaw("resource", "list", env=env)
    assert (empty.code, empty.stdout.strip()) == (0, "no resources")
    await seed(database_url)
    lines = await alexclaw("resource", "list", env=env)
    assert (
        lines.code == 0
        and "Pets  [api]  https://pets.example.org/v1  (on; credential set for pets.example.org)" in lines.stdout
    )
    as_json = await alexclaw("resource", "list", "--json", env=env)
    listed = json.loads(as_json.stdout)
    assert [r["name"] for r in listed] == ["Docs", "Notes", "Pets", "Twin", "Twin"]
    assert [r["has_credential"] for r in listed] == [False, False, True, False, False]
    assert TOKEN not in lines.stdout + as_json.stdout


async def test_allow_private_is_granted_by_the_host_audited_and_revoked(env: dict[str, str], database_url: str) -> None:
    ids = await seed(database_url)
    granted = await alexclaw("resource", "allow-private", "Docs", env=env)
    assert granted.code == 0, granted.stderr
    assert granted.stdout.strip() == "Resource Docs may reach docs.example.org on a private or loopback address."
    [docs] = [
        r for r in json.loads((await alexclaw("resource", "list", "--json", env=env)).stdout) if r["name"] == "Docs"
    ]
    assert docs["allow_private"] is True and docs["granted_host"] == "docs.example.org"
    conn = await asyncpg.connect(database_url)
    try:
        row = await conn.fetchrow(
            "SELECT actor, detail::text AS detail FROM audit_log WHERE action = 'resource.private_granted'"
        )
        assert row is not None and row["actor"] == f"cli:{getpass.getuser()}"
        assert json.loads(row["detail"]) == {"host": "docs.example.org", "proof": "host", "entry": "cli"}
    finally:
        await conn.close()
    twin = ids["Twin:https://two.example.org/rss"]
    assert (await alexclaw("resource", "allow-private", str(twin), env=env)).code == 0  # by id
    revoked = await alexclaw("resource", "allow-private", "Docs", "--revoke", env=env)
    assert revoked.code == 0 and "no longer" in revoked.stdout
    listed = json.loads((await alexclaw("resource", "list", "--json", env=env)).stdout)
    assert [(r["name"], r["allow_private"]) for r in listed if r["allow_private"]] == [("Twin", True)]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Nobody", "there is no resource 'Nobody'"),
        ("Twin", "2 resources are named 'Twin' (ids"),
        ("Notes", "has no URL, so there is no host to grant"),
    ],
)
async def test_allow_private_refuses_with_exit_2_and_the_reason(
    env: dict[str, str], database_url: str, name: str, reason: str
) -> None:
    await seed(database_url)
    refused = await alexclaw("resource", "allow-private", name, env=env)
    assert refused.code == 2 and reason in refused.stderr, refused.stderr


async def test_without_a_database_the_command_exits_1(tmp_path: Path) -> None:
    env = node_env(tmp_path, DATABASE_URL="postgresql://alexclaw@127.0.0.1:1/none")
    ran = await alexclaw("resource", "list", env=env)
    assert ran.code == 1 and ran.stderr.startswith("alexclaw: ")
