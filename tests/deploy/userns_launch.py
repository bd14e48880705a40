"""Start a command the way the image runs it, without a container engine:
in a new user and mount namespace where the current user is the image's
non-root UID, the root filesystem and the code directory are read-only, and
only the data directory (the image's volume) is writable.

    python userns_launch.py UID CODE_DIR WRITABLE_DIR COMMAND [ARG ...]

WRITABLE_DIR holds the data volume and the scratch space that stands for
the image's tmpfs; everything else is read-only.

Exits 97 when this kernel does not let an unprivileged process create the
namespaces (the caller skips), 98 when a mount is refused.
"""

from __future__ import annotations

import ctypes
import os
import sys

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
MS_RDONLY = 0x1
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000

CANNOT_UNSHARE = 97
CANNOT_MOUNT = 98

_libc = ctypes.CDLL(None, use_errno=True)


def _mount(source: str | None, target: str, flags: int) -> None:
    if _libc.mount(source.encode() if source else None, target.encode(), None, flags, None) != 0:
        errno = ctypes.get_errno()
        print(f"mount {target}: {os.strerror(errno)}", file=sys.stderr)
        sys.exit(CANNOT_MOUNT)


def main(argv: list[str]) -> None:
    uid, code, data, command = int(argv[0]), argv[1], argv[2], argv[3:]
    outer_uid, outer_gid = os.getuid(), os.getgid()
    if _libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
        print(f"unshare: {os.strerror(ctypes.get_errno())}", file=sys.stderr)
        sys.exit(CANNOT_UNSHARE)
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"{uid} {outer_uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"{uid} {outer_gid} 1")
    _mount(None, "/", MS_REC | MS_PRIVATE)
    _mount(data, data, MS_BIND | MS_REC)  # the volume: stays writable
    _mount(code, code, MS_BIND | MS_REC)
    _mount(None, code, MS_REMOUNT | MS_BIND | MS_RDONLY)
    # The image's useradd: initdb looks its user up by UID.
    entries = {"passwd": f"alexclaw:x:{uid}:{uid}::/data:/usr/sbin/nologin\n", "group": f"alexclaw:x:{uid}:\n"}
    for name, line in entries.items():
        copy = os.path.join(data, f".etc-{name}")
        with open(f"/etc/{name}") as src, open(copy, "w") as dst:
            dst.write(src.read() + line)
        _mount(copy, f"/etc/{name}", MS_BIND)
    _mount(None, "/", MS_REMOUNT | MS_BIND | MS_RDONLY)
    os.execvp(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])
