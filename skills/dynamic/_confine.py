"""What the sandbox worker's child does between ``fork`` and ``exec``
(``preexec``): resource limits, then — where the kernel allows it — its own
user, network and mount namespaces with every mount read-only and a private
tmpfs as its working directory.

Each namespace step is best effort: when the kernel refuses one, the child
goes on without it and the worker reports what it got (its ``hello``
frame), and its bootstrap still blocks sockets and process creation in
Python (the documented fallback, see docs/architecture.md). Runs in the
forked child: no allocation-heavy work, no logging, no locks.
"""

from __future__ import annotations

import ctypes
import os
import resource
from dataclasses import dataclass
from typing import Final

CLONE_NEWNS: Final = 0x00020000
CLONE_NEWUSER: Final = 0x10000000
CLONE_NEWNET: Final = 0x40000000
MS_REC: Final = 0x4000
MS_PRIVATE: Final = 1 << 18
SYS_MOUNT_SETATTR: Final = 442  # the same number on x86_64 and aarch64
AT_FDCWD: Final = -100
AT_RECURSIVE: Final = 0x8000
MOUNT_ATTR_RDONLY: Final = 0x1
MOUNT_ATTR_NOSUID: Final = 0x2
MOUNT_ATTR_NODEV: Final = 0x4

_libc = ctypes.CDLL(None, use_errno=True)  # loaded in the parent: the child only calls


class _MountAttr(ctypes.Structure):
    _fields_ = (
        ("attr_set", ctypes.c_uint64),
        ("attr_clr", ctypes.c_uint64),
        ("propagation", ctypes.c_uint64),
        ("userns_fd", ctypes.c_uint64),
    )


@dataclass(frozen=True)
class Limits:
    """Per call. ``processes`` is enforced by the kernel only for a non-root
    user (root is exempt from RLIMIT_NPROC); the worker's bootstrap also
    removes process creation from Python."""

    cpu_seconds: int = 10
    memory_bytes: int = 512 * 1024 * 1024
    processes: int = 16
    open_files: int = 32
    file_bytes: int = 1024 * 1024
    frame_bytes: int = 4 * 1024 * 1024


def confine(limits: Limits, workdir: str, *, namespaces: bool) -> None:
    """Run in the child before ``exec``; raising aborts the spawn."""
    for which, value in (
        (resource.RLIMIT_CPU, limits.cpu_seconds),
        (resource.RLIMIT_AS, limits.memory_bytes),
        (resource.RLIMIT_NPROC, limits.processes),
        (resource.RLIMIT_NOFILE, limits.open_files),
        (resource.RLIMIT_FSIZE, limits.file_bytes),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(which, (value, value))
    if not namespaces:
        return
    uid, gid = os.getuid(), os.getgid()
    if _libc.unshare(CLONE_NEWUSER | CLONE_NEWNET | CLONE_NEWNS) != 0:
        if _libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
            _map_ids(uid, gid, uid, gid)
        return  # no namespaces here (or no mount namespace): the bootstrap's fallback applies
    _map_ids(uid, gid, uid, gid)
    _libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None)
    if _libc.mount(b"tmpfs", workdir.encode(), b"tmpfs", 0, b"size=1m,mode=0700") == 0:
        os.chdir(workdir)  # the tmpfs now covers it: enter the private one
    attr = _MountAttr(MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, 0, 0, 0)
    _libc.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, b"/", AT_RECURSIVE, ctypes.byref(attr), ctypes.sizeof(attr))
    writable = _MountAttr(0, MOUNT_ATTR_RDONLY, 0, 0)
    _libc.syscall(SYS_MOUNT_SETATTR, AT_FDCWD, workdir.encode(), 0, ctypes.byref(writable), ctypes.sizeof(writable))
    # A nested user and mount namespace locks what was just set: the child
    # holds no capability over the mounts it now sees, so it cannot make
    # them writable again.
    inner_uid, inner_gid = os.getuid(), os.getgid()
    if _libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0:
        _map_ids(inner_uid, inner_gid, inner_uid, inner_gid)


def _map_ids(inside_uid: int, inside_gid: int, outside_uid: int, outside_gid: int) -> None:
    """Map the child's own ids (files it creates on its tmpfs need an owner)."""
    for path, text in (
        ("/proc/self/setgroups", "deny"),
        ("/proc/self/uid_map", f"{inside_uid} {outside_uid} 1"),
        ("/proc/self/gid_map", f"{inside_gid} {outside_gid} 1"),
    ):
        try:
            with open(path, "w") as handle:
                handle.write(text)
        except OSError:
            pass
