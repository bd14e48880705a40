"""``ControlServer``: the node's local control socket, an actor.

``init`` prepares the private directory, binds the socket (0600) and starts
accepting; the accept loop runs as a task process linked to the actor, so
a killed server never leaves a listener behind. Each connection is checked
(``SO_PEERCRED``: the node's own user only, a refusal audited) and then
answers one request per line through the op table. A failing request is an
answer (``{"ok": false, ...}``), never a crash of the actor: only a bug in
the actor's own handlers can restart it.

The actor also watches the run manager's events, so ``run.wait`` wakes when
its run ends instead of polling.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pwd
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from actors import IGNORE, AsyncActor, Caller, ExitReason, Ignore, TaskProcess, call, cast, subscribe
from alexclaw.control._ops import OPS, ControlPorts, Op, Peer
from alexclaw.control._protocol import (
    FORBIDDEN,
    INTERNAL,
    MAX_REQUEST_BYTES,
    STOPPING,
    TOO_LARGE,
    UNKNOWN_OP,
    BadRequest,
    encode,
    error,
    parse_request,
)
from alexclaw.control._socket import SocketPathTooLong, UnsafeSocket, check_socket, peer_uid, prepare_dir
from alexclaw.security import record_audit
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import FINISHED, RUNS_TOPIC, RunChanged, Runs, get_run

log = logging.getLogger("alexclaw.control")

CONTROL_NAME: Final = "alexclaw.control.server"
CONTROL_REFUSED: Final = "control.refused"
BACKLOG: Final = 16


class SocketInUse(Exception):
    """Another live process answers on this node's control socket."""


@dataclass(frozen=True, slots=True)
class _Watch:
    run_id: int


@dataclass(frozen=True, slots=True)
class _Unwatch:
    run_id: int
    waiter: asyncio.Future[bool]


def user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


class ControlServer(AsyncActor):
    """The node's local control socket (``<data dir>/run/control.sock``) for
    the CLI, served by asyncio's connection tasks; the actor owns the socket
    and the run watchers.

    ``init``
        Prepares the private directory and binds the socket. An unsafe
        directory raises (``UnsafeSocket``): a start failure, the node does not
        start; a path too long for a unix socket returns ``IGNORE`` (the node
        runs without control, and the CLI says so).
    ``handle_call``
        ``_Watch`` answers a future completed when the run finishes (False if
        the node stops first). Anything else is a bug and crashes it.
    ``handle_cast``
        ``_Unwatch`` forgets a watcher whose client went away.
    ``handle_info``
        A finished run completes its watchers.
    ``terminate``
        Completes every watcher with False, closes the server and its
        connections, and removes the socket file if it is still its own.

    A request's failure is an error answer on its connection (``refused``,
    ``internal``...) and is logged; it never reaches the actor."""

    def __init__(
        self,
        data_dir: Path,
        database: DatabaseHandle,
        *,
        runs: Callable[[], Runs | None],
        node_name: Callable[[], str],
        cluster_status: Callable[[], Mapping[str, Any]] | None = None,
        ops: Mapping[str, Op] = OPS,
        uid: int | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.database = database
        self.ops = ops
        self.uid = os.geteuid() if uid is None else uid  # whom it serves
        self.ports = ControlPorts(database, runs, node_name, self._wait_for_end, cluster_status)
        self.path: Path | None = None
        self._inode: int | None = None
        self._server: asyncio.Server | None = None
        self._accepting: TaskProcess[None] | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._waiters: dict[int, set[asyncio.Future[bool]]] = {}

    async def init(self) -> Ignore | None:
        try:
            path = prepare_dir(self.data_dir)  # UnsafeSocket: the node does not start, with the reason
        except SocketPathTooLong as exc:
            # Not a reason to keep the whole node down: it runs, without
            # control from the command line (which says the same).
            log.warning("no control socket: %s", exc, extra={"event": "control.off"})
            return IGNORE
        _remove_stale(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(os.fsencode(path))
            os.chmod(path, 0o600)  # the 0700 directory already keeps others out meanwhile
            sock.listen(BACKLOG)
            sock.setblocking(False)
            self._inode = path.lstat().st_ino
        except OSError:
            sock.close()
            raise
        self.path = path
        # The reader's limit: a longer line is refused (too_large), not buffered.
        self._server = await asyncio.start_unix_server(self._connection, sock=sock, limit=MAX_REQUEST_BYTES + 1)
        self._accepting = await TaskProcess(self._server.serve_forever).start()
        subscribe(RUNS_TOPIC, self)
        log.info("control socket at %s", path, extra={"event": "control.listening", "path": str(path)})
        return None

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Watch):
            waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
            self._waiters.setdefault(message.run_id, set()).add(waiter)
            return waiter
        raise ValueError(f"unexpected call {message!r}")

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, _Unwatch):
            waiters = self._waiters.get(message.run_id)
            if waiters is not None:
                waiters.discard(message.waiter)
                if not waiters:
                    del self._waiters[message.run_id]

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, RunChanged) and message.status == "finished":
            for waiter in self._waiters.pop(message.run_id, ()):
                if not waiter.done():
                    waiter.set_result(True)

    async def terminate(self, reason: ExitReason) -> None:
        for waiters in self._waiters.values():
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(False)  # "the node is stopping"
        self._waiters.clear()
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        if self._accepting is not None:
            self.unlink(self._accepting)
            await self._accepting.stop()
        if self.path is not None:
            with contextlib.suppress(OSError):
                if self.path.lstat().st_ino == self._inode:  # ours, not a successor's
                    self.path.unlink()

    # -- connections (asyncio's tasks, not the actor's) -----------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            uid = peer_uid(writer.get_extra_info("socket"))
            if uid != self.uid:
                await self._refuse_peer(uid)
                writer.write(encode(error("only the node's own user may use its control socket", FORBIDDEN)))
                await writer.drain()
                return
            peer = Peer(uid, f"cli:{user_name(uid)}")
            while True:
                try:
                    line = await reader.readline()
                except ValueError:  # longer than the reader's limit; the rest cannot be framed
                    writer.write(encode(error(f"request: larger than {MAX_REQUEST_BYTES} bytes", TOO_LARGE)))
                    await writer.drain()
                    return
                if not line:
                    return
                writer.write(encode(await self._answer(peer, line)))
                await writer.drain()
        except (ConnectionError, OSError):
            pass  # the client went away
        except Exception:
            log.exception("control connection failed")
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _answer(self, peer: Peer, line: bytes) -> dict[str, Any]:
        try:
            request = parse_request(line)
            op = self.ops.get(request.op)
            if op is None:
                known = ", ".join(sorted(self.ops))
                return error(f"unknown op {request.op[:64]!r} (this node knows: {known})", UNKNOWN_OP)
            return await op(self.ports, peer, request.args)
        except BadRequest as exc:
            return error(exc.error, exc.code)
        except Exception:
            log.exception("control request failed")
            return error("the node could not answer (see its log)", INTERNAL)

    async def _refuse_peer(self, uid: int) -> None:
        log.warning("control socket: refused a connection from uid %s", uid)
        try:
            async with self.database.pool().acquire() as conn:
                await record_audit(conn, f"uid:{uid}", CONTROL_REFUSED, str(self.path), outcome="denied",
                                   detail={"uid": uid, "reason": "not the node's user"})  # fmt: skip
        except Exception:  # the refusal stands without its row; the log has it
            log.exception("control socket: the refusal could not be audited")

    async def _wait_for_end(self, run_id: int) -> None:
        """Return once run ``run_id`` has ended: watch first, then read the
        row, so an end between the two is never missed."""
        while True:
            waiter: asyncio.Future[bool] = await call(self, _Watch(run_id))
            try:
                async with self.database.pool().acquire() as conn:
                    run = await get_run(conn, run_id)
                if run is None or run.status in FINISHED:
                    return
                if not await waiter:
                    raise BadRequest("the node is stopping", STOPPING)
            finally:
                cast(self, _Unwatch(run_id, waiter))


def _remove_stale(path: Path) -> None:
    """A socket left by a node that died: removed, if it is private and
    nobody answers on it; anything else stops this start with the reason."""
    try:
        problem = check_socket(path)
    except FileNotFoundError:
        return
    if problem is not None:
        raise UnsafeSocket(problem)
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(os.fsencode(path))
    except ConnectionRefusedError:
        path.unlink()
        return
    finally:
        probe.close()
    raise SocketInUse(f"another process answers on {path}: is another node running on this data dir?")
