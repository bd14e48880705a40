"""The ``alexclaw`` command, in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import psutil
import pytest

from alexclaw.application import declared_tree
from alexclaw.cli import main
from alexclaw.storage import load_migrations

ROOT = Path(__file__).resolve().parents[2]
KEY = "cli-test-key-" + "abcdefghijklmnopqrstuvwxyz0123456789"


def test_alexclaw_tree_prints_the_declared_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tree"]) == 0
    assert capsys.readouterr().out.strip() == declared_tree()


def test_the_tree_in_docs_architecture_is_the_one_the_code_declares() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = text.split("<!-- tree:begin -->")[1].split("<!-- tree:end -->")[0]
    documented = block.strip().removeprefix("```").removesuffix("```").strip()
    assert documented == declared_tree()


def test_init_writes_the_env_file_once_and_shows_the_password_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env_file = tmp_path / ".env"
    assert main(["init", "--env-file", str(env_file)]) == 0
    first = capsys.readouterr().out
    password = next(line.split("=", 1)[1] for line in env_file.read_text().splitlines() if "ADMIN_PASSWORD=" in line)
    # In a box of its own, so it stands out of whatever was printed before it.
    lines = first.splitlines()
    framed = next(i for i, line in enumerate(lines) if password in line)
    assert lines[framed].startswith("#") and lines[framed].endswith("#")
    top = max(i for i in range(framed) if set(lines[i]) == {"#"})
    bottom = min(i for i in range(framed + 1, len(lines)) if set(lines[i]) == {"#"})
    assert "Admin password" in "".join(lines[top:framed]) and bottom - top <= 7
    assert len({len(line) for line in lines[top : bottom + 1]}) == 1  # a closed box
    assert main(["init", "--env-file", str(env_file)]) == 0
    second = capsys.readouterr().out
    assert "exists" in second and password not in second


def test_bare_alexclaw_prints_the_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: alexclaw") and "migrate" in out and "workflow" in out


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert re.fullmatch(r"alexclaw \d+\.\d+\.\d+\S*\n", capsys.readouterr().out)


def test_start_without_a_secret_key_refuses_with_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SECRET_KEY_BASE", raising=False)
    assert main(["start"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "SECRET_KEY_BASE is not set" in err[0] and "token_urlsafe" in err[0]


def test_doctor_fails_on_bad_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRET_KEY_BASE", "short")
    assert main(["doctor"]) == 1
    assert "FAIL  settings" in capsys.readouterr().out


def node_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALEXCLAW_", "DATABASE_URL"))}
    env.update(
        SECRET_KEY_BASE=KEY,
        ADMIN_PASSWORD="cli-test-admin-password",
        ALEXCLAW_DATA_DIR=str(data_dir),
        ALEXCLAW_HTTP_PORT="0",
        ALEXCLAW_LOG_FORMAT="json",
        ALEXCLAW_PG_FSYNC="off",
        **extra,
    )
    return env


def postgres_on(pgdata: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline", "status"]):
        alive = proc.info["name"] == "postgres" and proc.info["status"] != psutil.STATUS_ZOMBIE
        if alive and str(pgdata) in " ".join(proc.info["cmdline"] or []):
            found.append(proc)
    return found


class RunningNode:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "alexclaw", "start"],
            env=node_env(data_dir),
            cwd=data_dir,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_for(self, event: str, timeout: float = 60.0) -> dict[str, str]:
        """Read log lines until one with ``event`` (the node's own signal)."""
        assert self.proc.stderr is not None
        deadline = time.monotonic() + timeout
        for raw in self.proc.stderr:
            self.lines.append(raw)
            if f'"event": "{event}"' in raw:
                entry: dict[str, str] = json.loads(raw)
                return entry
            if time.monotonic() > deadline:
                break
        raise AssertionError(f"no {event} in the node's log:\n{''.join(self.lines)}")

    def finish(self, timeout: float = 15.0) -> int:
        _, rest = self.proc.communicate(timeout=timeout)
        self.lines.append(rest)
        return self.proc.returncode


@pytest.fixture
def node(tmp_path: Path) -> Iterator[RunningNode]:
    running = RunningNode(tmp_path)
    yield running
    if running.proc.poll() is None:
        running.proc.kill()
        running.proc.wait(10)
    for leftover in postgres_on(tmp_path / "pg"):
        leftover.kill()


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_node_boots_on_the_embedded_database_and_stops_cleanly_on_a_signal(
    node: RunningNode, signum: signal.Signals
) -> None:
    url = node.wait_for("web.listening")["url"]
    node.wait_for("node.started")
    assert httpx.get(url + "/readyz", timeout=5).json()["status"] == "ready"
    assert httpx.get(url + "/healthz", timeout=5).status_code == 200
    assert "alexclaw_child_up" in httpx.get(url + "/metrics", timeout=5).text
    started = time.monotonic()
    node.proc.send_signal(signum)
    assert node.finish() == 0
    assert time.monotonic() - started < 10
    assert postgres_on(node.data_dir / "pg") == []
    log = "".join(node.lines)
    assert '"event": "node.stopped"' in log
    assert KEY not in log and "cli-test-admin-password" not in log
    for line in filter(None, log.splitlines()):
        json.loads(line)  # every line is structured


@pytest.mark.slow
def test_migrate_applies_the_schema_and_reports_the_version(database_url: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "alexclaw", "migrate"],
        env=node_env(tmp_path, DATABASE_URL=database_url),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    newest = max(m.version for m in load_migrations())  # the newest file, whoever added it
    assert result.stdout.strip() == f"schema is at version {newest:04d}"


@pytest.fixture
async def application_role_url(database_url: str) -> AsyncIterator[str]:
    """The test database reached as a login role with rights on its tables
    and no power beyond them: what a healthy shared-server setup uses."""
    role, password = f"app_{secrets.token_hex(4)}", secrets.token_urlsafe(24)
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        await conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}")
        await conn.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}")
        parts = urlsplit(database_url)
        host = parts.netloc.rpartition("@")[2]  # the embedded server's DSN names its socket in the query
        yield urlunsplit(parts._replace(netloc=f"{role}:{password}@{host}"))
        await conn.execute(f"DROP OWNED BY {role}")
        await conn.execute(f"DROP ROLE {role}")
    finally:
        await conn.close()


@pytest.mark.slow
def test_doctor_passes_on_a_healthy_setup(application_role_url: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "alexclaw", "doctor"],
        env=node_env(data_dir, DATABASE_URL=application_role_url),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert {line.split()[1] for line in lines if line.startswith(("ok", "warn"))} >= {
        "secret_key_base",
        "admin_password",
        "data_dir",
        "bind_address",
        "database",
        "pgvector",
    }
    # Checks are ok or warn; posture findings, if any, are below high (each with its fix line).
    assert not any(line.startswith(("FAIL", "high", "critical")) for line in lines), result.stdout
    assert KEY not in result.stdout
