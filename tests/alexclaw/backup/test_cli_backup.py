"""``alexclaw backup`` and ``alexclaw restore`` as a person runs them
(subprocesses, against a database of their own): the round trip, the exit
codes of a refused file, an unconfirmed restore and a database in use."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest

from tests.alexclaw.config.test_cli import alexclaw
from tests.alexclaw.test_cli import node_env


@pytest.fixture
def volume() -> Iterator[Path]:
    """A backup dir on a mounted filesystem (/dev/shm is one, in a container
    too: the subprocess runs the real container check)."""
    path = Path(tempfile.mkdtemp(prefix="alexclaw-backup-test-", dir="/dev/shm"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url)


def test_dir_backs_up_into_a_volume_the_setting_does_not_name_and_leaves_the_setting_alone(
    env: dict[str, str], tmp_path: Path, volume: Path
) -> None:
    made = alexclaw("backup", "--dir", str(volume), "--json", env=env, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["ok"] and Path(result["file"]).parent == volume and result["size"] > 0
    listed = alexclaw("config", "get", "backup.dir", env=env, cwd=tmp_path)
    assert listed.returncode != 0 or str(volume) not in listed.stdout  # nothing was written to the settings
    missing = alexclaw("backup", "--dir", str(tmp_path / "nowhere"), "--json", env=env, cwd=tmp_path)
    assert missing.returncode == 1 and not json.loads(missing.stdout)["ok"]


async def test_backup_then_restore_brings_a_dropped_table_back(
    env: dict[str, str], tmp_path: Path, volume: Path, database_url: str
) -> None:
    assert alexclaw("config", "set", "backup.dir", str(volume), env=env, cwd=tmp_path).returncode == 0
    made = alexclaw("backup", "--json", env=env, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["ok"] and Path(result["file"]).parent == volume and result["size"] > 0
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute("DROP TABLE workflows CASCADE")
    finally:
        await conn.close()

    restored = alexclaw("restore", result["file"], "--yes", "--json", env=env, cwd=tmp_path)

    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert json.loads(restored.stdout)["message"].startswith("Restored")
    conn = await asyncpg.connect(database_url)
    try:
        assert await conn.fetchval("SELECT count(*) FROM workflows") >= 0
        actions = await conn.fetch("SELECT action, outcome FROM audit_log WHERE action LIKE 'database.%' ORDER BY id")
    finally:
        await conn.close()
    assert [(r["action"], r["outcome"]) for r in actions][-1] == ("database.restore", "ok")


async def test_a_foreign_file_is_refused_with_exit_3(env: dict[str, str], tmp_path: Path) -> None:
    foreign = tmp_path / "notes.sql.gz"
    foreign.write_bytes(b"plain text, not gzip")
    refused = alexclaw("restore", str(foreign), "--yes", env=env, cwd=tmp_path)
    assert refused.returncode == 3
    assert "not an intact gzip file" in refused.stderr and "Nothing was changed" in refused.stderr


async def test_an_unconfirmed_restore_and_a_database_in_use_change_nothing(
    env: dict[str, str], tmp_path: Path, volume: Path, database_url: str
) -> None:
    assert alexclaw("config", "set", "backup.dir", str(volume), env=env, cwd=tmp_path).returncode == 0
    file = json.loads(alexclaw("backup", "--json", env=env, cwd=tmp_path).stdout)["file"]
    unconfirmed = alexclaw("restore", file, env=env, cwd=tmp_path, stdin="restore\n")
    assert unconfirmed.returncode == 5 and "--yes" in unconfirmed.stderr  # stdin is not a terminal
    other = await asyncpg.connect(database_url)  # as a running node's connection would be
    try:
        in_use = alexclaw("restore", file, "--yes", env=env, cwd=tmp_path)
    finally:
        await other.close()
    assert in_use.returncode == 4 and "stop the node first" in in_use.stderr


async def test_a_backup_without_a_backup_dir_fails_saying_so(env: dict[str, str], tmp_path: Path) -> None:
    failed = alexclaw("backup", env=env, cwd=tmp_path)
    assert failed.returncode == 1 and "backups are not configured" in failed.stderr


async def test_export_data_then_import_data_from_the_shell(env: dict[str, str], tmp_path: Path) -> None:
    file = tmp_path / "data.json"
    out = alexclaw("export-data", str(file), "--json", env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["ok"] and file.stat().st_mode & 0o777 == 0o600
    assert json.loads(file.read_text())["format"] == "alexclaw-python-data"
    back = alexclaw("import-data", str(file), env=env, cwd=tmp_path)
    assert back.returncode == 0 and back.stdout.startswith("Imported from alexclaw-python-data v1"), back.stderr
    (tmp_path / "bad.json").write_text('{"format": "alexclaw-data", "version": 9}')
    refused = alexclaw("import-data", str(tmp_path / "bad.json"), env=env, cwd=tmp_path)
    assert refused.returncode == 3 and "versions 1 and 2 are read" in refused.stderr
