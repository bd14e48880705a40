"""The node's local control socket: the command line (and later ``cluster
status``) asks the running node through it. Owner-only (a 0700 directory,
a 0600 socket, ``SO_PEERCRED`` on every connection), one JSON object per
line each way, a table of ops."""

from alexclaw.control._client import ControlConnection, ControlUnavailable, connect
from alexclaw.control._ops import OPS, ControlPorts, Op, Peer
from alexclaw.control._protocol import (
    BAD_REQUEST,
    FORBIDDEN,
    INTERNAL,
    MAX_REQUEST_BYTES,
    REFUSED,
    STOPPING,
    TOO_LARGE,
    UNKNOWN_OP,
    BadRequest,
    Request,
    parse_request,
)
from alexclaw.control._server import CONTROL_NAME, CONTROL_REFUSED, ControlServer, SocketInUse
from alexclaw.control._socket import (
    SocketPathTooLong,
    UnsafeSocket,
    check_dir,
    check_socket,
    control_dir,
    control_socket_path,
    peer_uid,
)
from alexclaw.control.tree import control_spec

__all__ = [
    "BAD_REQUEST",
    "CONTROL_NAME",
    "CONTROL_REFUSED",
    "FORBIDDEN",
    "INTERNAL",
    "MAX_REQUEST_BYTES",
    "OPS",
    "REFUSED",
    "STOPPING",
    "TOO_LARGE",
    "UNKNOWN_OP",
    "BadRequest",
    "ControlPorts",
    "ControlConnection",
    "ControlServer",
    "ControlUnavailable",
    "Op",
    "Peer",
    "Request",
    "SocketInUse",
    "SocketPathTooLong",
    "UnsafeSocket",
    "connect",
    "check_dir",
    "check_socket",
    "control_dir",
    "control_socket_path",
    "control_spec",
    "parse_request",
    "peer_uid",
]
