"""Where the control socket lives and who may use it.

The socket is ``<data dir>/control/control.sock``: a directory of its own
(0700, the node's user), the socket in it 0600. Both ends check before they
trust it: the node refuses to serve from a directory another user owns or
can enter, the CLI refuses to talk through one; and each end asks the kernel
who is at the other end (``SO_PEERCRED``), so only the node's own user is
served and the CLI only believes a node of its own user.
"""

from __future__ import annotations

import os
import socket
import stat
import struct
from pathlib import Path
from typing import Final

CONTROL_DIR: Final = "control"
SOCKET_NAME: Final = "control.sock"
# sockaddr_un.sun_path is 108 bytes on Linux, NUL included.
MAX_SOCKET_PATH: Final = 107


class SocketPathTooLong(Exception):
    """The data dir is too deep for a unix socket path; the message says so."""


def path_too_long(path: Path) -> str | None:
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        return None
    return (
        f"the control socket path {path} is longer than a unix socket path may be ({MAX_SOCKET_PATH} bytes): "
        "give the node a shorter ALEXCLAW_DATA_DIR"
    )


class UnsafeSocket(Exception):
    """The control directory or socket is not private to this user; the
    message says what is wrong and where."""


def control_dir(data_dir: Path) -> Path:
    return data_dir / CONTROL_DIR


def control_socket_path(data_dir: Path) -> Path:
    return control_dir(data_dir) / SOCKET_NAME


def _private_problem(path: Path, info: os.stat_result, kind: str, uid: int) -> str | None:
    if info.st_uid != uid:
        return f"{path} belongs to uid {info.st_uid}, not to this user (uid {uid})"
    if info.st_mode & 0o077:
        return f"{path} is open to other users (mode {stat.S_IMODE(info.st_mode):04o}; it must be {kind})"
    return None


def check_dir(path: Path, uid: int | None = None) -> str | None:
    """Why ``path`` is not a private directory of ``uid``, or None."""
    uid = os.geteuid() if uid is None else uid
    info = path.lstat()  # FileNotFoundError is the caller's: "no node"
    if not stat.S_ISDIR(info.st_mode):
        return f"{path} is not a directory"
    return _private_problem(path, info, "0700", uid)


def check_socket(path: Path, uid: int | None = None) -> str | None:
    """Why the socket at ``path`` (and its directory) must not be trusted,
    or None. ``FileNotFoundError`` when either is missing."""
    uid = os.geteuid() if uid is None else uid
    problem = check_dir(path.parent, uid)
    if problem is not None:
        return problem
    info = path.lstat()
    if not stat.S_ISSOCK(info.st_mode):
        return f"{path} is not a socket"
    return _private_problem(path, info, "0600", uid)


def prepare_dir(data_dir: Path) -> Path:
    """The node's control directory, created private if missing. Raises
    ``UnsafeSocket`` if it exists and is not private: the node does not
    repair what someone else may have prepared for it; ``SocketPathTooLong``
    if no socket can be bound there."""
    directory = control_dir(data_dir)
    path = control_socket_path(data_dir)
    too_long = path_too_long(path)
    if too_long is not None:
        raise SocketPathTooLong(too_long)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        directory.mkdir(mode=0o700)
        directory.chmod(0o700)  # whatever the umask was
    except FileExistsError:
        pass
    problem = check_dir(directory)
    if problem is not None:
        raise UnsafeSocket(problem)
    return path


def peer_uid(sock: socket.socket) -> int:
    """The uid of the process at the other end of a unix socket (Linux)."""
    raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", raw)
    return int(uid)
