"""A postmaster left on the node's pgdata, and the lock files PostgreSQL
keeps there: found, stopped or forgotten before a server starts (the data
dir's flock, held by the caller, proves any such postmaster is stale)."""

from __future__ import annotations

import signal
from pathlib import Path

import psutil


def lock_pid(lock_file: Path) -> int | None:
    """The pid on the first line of a PostgreSQL lock file."""
    try:
        return int(lock_file.read_text().splitlines()[0].strip())
    except (FileNotFoundError, IndexError, ValueError):
        return None


def postmaster_pid(pgdata: Path) -> int | None:
    return lock_pid(pgdata / "postmaster.pid")


def is_our_postmaster(pid: int, pgdata: Path) -> bool:
    try:
        proc = psutil.Process(pid)
        return proc.name() == "postgres" and str(pgdata) in " ".join(proc.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False


def recover_stale_postmaster(pgdata: Path) -> str | None:
    """Call with the data dir lock held. Returns what was done, or None.

    A lock file (``postmaster.pid``, the socket's ``.s.PGSQL.*.lock``)
    naming a process that exists but is not our postmaster is removed:
    PostgreSQL ignores one naming no process, not one naming a reused pid
    or a zombie — and a SIGKILLed postmaster is a zombie until its parent
    reaps it (PID 1; in a container that may be the node, which never
    does), so every start after the kill was refused by its socket's lock
    until the supervisor gave up (found by the chaos suite)."""
    done = [_stop_stale_postmaster(pgdata)]
    for lock_file in sorted(pgdata.glob(".s.PGSQL.*.lock")):
        pid = lock_pid(lock_file)
        if pid is not None and psutil.pid_exists(pid) and not is_our_postmaster(pid, pgdata):
            lock_file.unlink(missing_ok=True)
            done.append(f"removed {lock_file.name} naming pid {pid}, which is not a live postmaster of ours")
    return "; ".join(d for d in done if d) or None


def _stop_stale_postmaster(pgdata: Path) -> str | None:
    pid = postmaster_pid(pgdata)
    if pid is None or not psutil.pid_exists(pid):
        return None  # postgres itself ignores a pid file of a dead process
    if not is_our_postmaster(pid, pgdata):
        (pgdata / "postmaster.pid").unlink(missing_ok=True)
        return f"removed postmaster.pid naming pid {pid}, which is not our postmaster"
    proc = psutil.Process(pid)
    # SIGINT = PostgreSQL's "fast" shutdown: it disconnects the clients and
    # checkpoints. Not "smart" (SIGTERM), which waits for every client — here
    # the connections of the node's own killed incarnations, which held every
    # restart of the server actor for 10 s (found by the chaos suite).
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(10)
    except psutil.TimeoutExpired:
        proc.send_signal(signal.SIGQUIT)  # immediate shutdown
        try:
            proc.wait(10)
        except psutil.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    return f"stopped stale postmaster pid {pid} left by a previous node"
