"""Where backups go: ``backup.dir``, checked before anything is written.

A directory that is missing, not a directory or not writable is refused
with the reason. In a container (``/.dockerenv``, ``/run/.containerenv``,
or a container runtime named in ``/proc/1/cgroup``) it must also be a
mount point — a volume — as AlexClaw checks: a backup written into the
image's writable layer vanishes with the container, which is worse than no
backup because it looks like one. The mount check reads
``/proc/self/mountinfo`` (and compares ``st_dev`` with the parent's), so
both are plain functions a test feeds with fake text."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

CONTAINER_MARKERS: Final = (Path("/.dockerenv"), Path("/run/.containerenv"))
CGROUP_FILE: Final = Path("/proc/1/cgroup")
CGROUP_WORDS: Final = ("docker", "kubepods", "containerd", "libpod", "podman", "lxc")


def in_container(markers: tuple[Path, ...] | None = None, cgroup: Path | None = None) -> bool:
    """Whether this process runs in a container (a marker file, or a
    runtime's name in PID 1's cgroup)."""
    if any(marker.exists() for marker in (CONTAINER_MARKERS if markers is None else markers)):
        return True
    try:
        text = (CGROUP_FILE if cgroup is None else cgroup).read_text()
    except OSError:
        return False
    return any(word in text for word in CGROUP_WORDS)


def _unescape(field: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_points(mountinfo: str) -> frozenset[str]:
    """The mount points named in ``/proc/self/mountinfo`` text (field 5)."""
    points = set()
    for line in mountinfo.splitlines():
        fields = line.split()
        if len(fields) >= 5:
            points.add(_unescape(fields[4]))
    return frozenset(points)


def is_mount_point(path: Path, mountinfo: str | None) -> bool:
    """``path`` is on a mounted volume: a mount point listed in
    ``mountinfo`` other than the root is ``path`` or one of its parents
    (a volume at /data holds /data/backups); without ``mountinfo``, ``path``
    is on another device than its parent."""
    resolved = path.resolve()
    if mountinfo is not None:
        points = mount_points(mountinfo) - {"/"}
        return any(str(p) in points for p in (resolved, *resolved.parents))
    try:
        return resolved.stat().st_dev != resolved.parent.stat().st_dev
    except OSError:
        return False


def read_mountinfo(path: Path = Path("/proc/self/mountinfo")) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None


def directory_problem(directory: Path | None, *, container: bool, mountinfo: str | None) -> str | None:
    """Why backups cannot be written to ``directory``, or None when they can."""
    if directory is None:
        return "backups are not configured: set backup.dir to a directory (a mounted volume in a container)"
    if not directory.is_absolute():
        return f"backup.dir must be an absolute path, not {str(directory)!r}"
    if not directory.exists():
        return f"the backup directory {directory} does not exist"
    if not directory.is_dir():
        return f"the backup directory {directory} is not a directory"
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"the backup directory {directory} is not writable by this user"
    if container and not is_mount_point(directory, mountinfo):
        return (
            f"the backup directory {directory} is inside the container's own filesystem, which is lost "
            "with the container: mount a volume there"
        )
    return None


def check_directory(directory: Path | None) -> str | None:
    """``directory_problem`` for this host."""
    return directory_problem(directory, container=in_container(), mountinfo=read_mountinfo())
