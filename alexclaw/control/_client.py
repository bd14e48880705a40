"""The command line's end of the control socket (blocking: a one-shot
command has nothing else to do while it waits)."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from alexclaw.control._socket import check_socket, control_socket_path, path_too_long, peer_uid
from alexclaw.inputs import InputError, read_json

# A run's result comes back whole; the node is this user's own (checked).
MAX_RESPONSE_BYTES: Final = 16 * 1024 * 1024


class ControlUnavailable(Exception):
    """No node answers on this data dir, or its socket cannot be trusted:
    one line that names the data dir."""


class ControlConnection:
    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._file = sock.makefile("rb")

    def ask(self, op: str, **args: Any) -> dict[str, Any]:
        """One request, its answer (``{"ok": ...}``)."""
        request = json.dumps({"op": op, "args": args}, ensure_ascii=False).encode() + b"\n"
        try:
            self._sock.sendall(request)
            line = self._file.readline(MAX_RESPONSE_BYTES + 1)
        except OSError as exc:
            raise ControlUnavailable(f"the node closed the control connection ({exc.strerror or exc})") from None
        if not line:
            raise ControlUnavailable("the node closed the control connection (is it stopping?)")
        try:
            answer = read_json(line, "the node's answer", max_bytes=MAX_RESPONSE_BYTES)
        except InputError as exc:
            raise ControlUnavailable(str(exc)) from None
        if not isinstance(answer, dict) or not isinstance(answer.get("ok"), bool):
            raise ControlUnavailable("the node's answer is not a control response")
        return answer

    def close(self) -> None:
        self._file.close()
        self._sock.close()


@contextmanager
def connect(data_dir: Path) -> Iterator[ControlConnection]:
    """A connection to the node running on ``data_dir``, after checking
    that its socket is private to this user and that this user's process
    answers on it."""
    path = control_socket_path(data_dir)
    no_node = f"no node is running on the data dir {data_dir}"
    too_long = path_too_long(path)
    if too_long is not None:
        raise ControlUnavailable(f"cannot reach a node on the data dir {data_dir}: {too_long}")
    try:
        problem = check_socket(path)
    except FileNotFoundError:
        raise ControlUnavailable(f"{no_node} (no control socket at {path})") from None
    if problem is not None:
        raise ControlUnavailable(f"refusing the control socket of the data dir {data_dir}: {problem}")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            sock.connect(os.fsencode(path))
        except (ConnectionRefusedError, FileNotFoundError):
            raise ControlUnavailable(f"{no_node} (nothing answers on {path})") from None
        except OSError as exc:
            raise ControlUnavailable(
                f"cannot reach the node on the data dir {data_dir}: {exc.strerror or exc}"
            ) from None
        uid = peer_uid(sock)
        if uid != os.geteuid():
            raise ControlUnavailable(f"refusing the control socket of the data dir {data_dir}: uid {uid} answers on it")
    except BaseException:
        sock.close()
        raise
    connection = ControlConnection(sock)
    try:
        yield connection
    finally:
        connection.close()
