"""``alexclaw workflow export|import|list`` as an operator uses them, on a
database given by DATABASE_URL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from alexclaw.workflows._model import Workflow
from alexclaw.workflows._store import save_workflow
from alexclaw.workflows._transfer import PLACEHOLDER, export_document, export_workflow, import_document
from tests.alexclaw.test_cli import node_env
from tests.alexclaw.workflows.test_transfer import (
    GITHUB_TOKEN,
    RESOURCES,
    WITH_CREDENTIALS,
    WORKFLOW,
    a_document,
    known_provider,
    row_counts,
)


def alexclaw(*args: str, env: dict[str, str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alexclaw", "workflow", *args],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url, ALEXCLAW_NODE_NAME="node-a")


async def seeded(database_url: str, *workflows: Workflow) -> None:
    await provided(database_url)
    conn = await asyncpg.connect(database_url)
    try:
        await import_document(conn, a_document(), enable=True, here="node-a")
        for workflow in workflows:
            await save_workflow(conn, workflow)
    finally:
        await conn.close()


async def provided(database_url: str) -> None:
    """The providers the document names: its second step's model and its
    default provider."""
    conn = await asyncpg.connect(database_url)
    try:
        await known_provider(conn)
        await known_provider(conn, "anthropic")
    finally:
        await conn.close()


async def exported(database_url: str, key: str) -> dict[str, Any] | None:
    conn = await asyncpg.connect(database_url)
    try:
        return await export_workflow(conn, key)
    finally:
        await conn.close()


async def counts(database_url: str) -> dict[str, int]:
    conn = await asyncpg.connect(database_url)
    try:
        return await row_counts(conn)
    finally:
        await conn.close()


async def test_export_prints_the_workflow_as_indented_json(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    await seeded(database_url)
    result = alexclaw("export", "Morning digest", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('{\n  "version": 1,\n  "workflow": {\n    "name": "Morning digest",')
    assert json.loads(result.stdout) == export_document(WORKFLOW, RESOURCES)


def test_export_of_an_unknown_name_says_so_on_stderr_and_exits_1(env: dict[str, str], tmp_path: Path) -> None:
    result = alexclaw("export", "Evening digest", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "alexclaw: no workflow named 'Evening digest'"


async def test_import_of_a_file_prints_the_new_name_and_audits_it(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    await provided(database_url)
    path = tmp_path / "digest.json"
    path.write_text(json.dumps(a_document()), encoding="utf-8")
    result = alexclaw("import", "--enable", str(path), env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Morning digest\n"
    assert await exported(database_url, "Morning digest") == a_document()
    conn = await asyncpg.connect(database_url)
    audit = await conn.fetchrow("SELECT actor, target, detail::text FROM audit_log WHERE action = 'workflow.imported'")
    await conn.close()
    assert audit is not None
    assert audit["actor"].startswith("cli:") and audit["target"] == "Morning digest"
    assert json.loads(audit["detail"]) == {"steps": 3, "source": "digest.json", "enabled": True}


async def test_an_export_with_credentials_piped_into_import_names_the_fields_to_enter_again(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    await provided(database_url)
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute("INSERT INTO known_nodes (name) VALUES ('node-a') ON CONFLICT DO NOTHING")
        await save_workflow(conn, WITH_CREDENTIALS, with_steps=True)
    finally:
        await conn.close()
    document = alexclaw("export", "Repo watch", env=env, cwd=tmp_path).stdout
    assert GITHUB_TOKEN not in document and PLACEHOLDER in document
    result = alexclaw("import", "-", env=env, cwd=tmp_path, stdin=document)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        "Credentials were removed on export; enter them again: "
        "steps[position 1].config.github_token, steps[position 2].config.template."
    )
    copy = await exported(database_url, "Repo watch (imported 1)")
    assert copy is not None and copy["steps"][0]["config"]["github_token"] == ""


async def test_an_export_piped_into_import_makes_a_renamed_copy(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    await seeded(database_url)
    document = alexclaw("export", "Morning digest", env=env, cwd=tmp_path).stdout
    result = alexclaw("import", "-", env=env, cwd=tmp_path, stdin=document)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Morning digest (imported 1)\n"
    copy = await exported(database_url, "Morning digest (imported 1)")
    assert copy is not None
    assert copy["workflow"]["enabled"] is False  # arrives disabled: --enable was not given
    copy["workflow"]["name"] = "Morning digest"
    copy["workflow"]["enabled"] = True
    assert copy == json.loads(document)


async def test_import_of_an_invalid_document_lists_every_problem_and_writes_nothing(
    env: dict[str, str], tmp_path: Path, database_url: str
) -> None:
    await seeded(database_url)
    before = await counts(database_url)
    document = a_document()
    document["version"] = 2
    del document["steps"][2]["skill"]
    document["resources"][0]["type"] = "podcast"
    result = alexclaw("import", "-", env=env, cwd=tmp_path, stdin=json.dumps(document))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "alexclaw: not imported; the document has 3 problems:",
        "  version: must be 1",
        "  steps[2].skill: required",
        "  resources[0].type: one of rss_feed, website, document, api, automation",
    ]
    assert await counts(database_url) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"version": 1,\n  "workflow": }', "alexclaw: stdin is not valid JSON: line 2 column 15: Expecting value"),
        ("", "alexclaw: stdin is not valid JSON: line 1 column 1: Expecting value"),
        ("[1, 2]", "alexclaw: not imported; the document has 1 problem:\n  document: must be a JSON object"),
    ],
    ids=["broken JSON", "empty input", "a list"],
)
def test_import_of_something_that_is_not_a_document_says_where_and_exits_1(
    env: dict[str, str], tmp_path: Path, text: str, message: str
) -> None:
    result = alexclaw("import", "-", env=env, cwd=tmp_path, stdin=text)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.rstrip("\n") == message


def test_import_of_a_missing_file_exits_1(env: dict[str, str], tmp_path: Path) -> None:
    result = alexclaw("import", "nowhere.json", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "alexclaw: cannot read nowhere.json: No such file or directory"


async def test_list_shows_an_aligned_table(env: dict[str, str], tmp_path: Path, database_url: str) -> None:
    await seeded(database_url, Workflow(None, "Backup", enabled=False))
    result = alexclaw("list", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "NAME            ENABLED  SCHEDULE   NODE    STEPS",
        "Backup          no       -          -       0",
        "Morning digest  yes      0 7 * * *  node-a  3",
    ]


async def test_list_as_json_is_for_machines(env: dict[str, str], tmp_path: Path, database_url: str) -> None:
    await seeded(database_url)
    result = alexclaw("list", "--json", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert isinstance(row.pop("id"), int)
    assert row == {"name": "Morning digest", "enabled": True, "schedule": "0 7 * * *", "node": "node-a", "steps": 3}


def test_list_of_an_empty_database_says_so(env: dict[str, str], tmp_path: Path) -> None:
    assert alexclaw("list", env=env, cwd=tmp_path).stdout == "no workflows\n"
    assert json.loads(alexclaw("list", "--json", env=env, cwd=tmp_path).stdout) == []


def test_without_a_database_the_command_fails_with_the_reason(tmp_path: Path) -> None:
    env = node_env(tmp_path, DATABASE_URL="postgresql://nobody@127.0.0.1:1/none")
    result = alexclaw("list", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("alexclaw: cannot connect to the database:")
