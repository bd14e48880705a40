"""The skills directory: loaded skills directly in it, uploads and
generated code staged in ``pending/`` (never registered, never run by the
node until the operator approves a load with a code)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Final

from skills.dynamic import MAX_BYTES

PENDING: Final = "pending"
FILENAME: Final = re.compile(r"^[a-z][a-z0-9_]{0,63}\.py$")


def ensure_dirs(root: Path) -> Path:
    """``root`` and ``root/pending``, private to the node's user."""
    (root / PENDING).mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def filename_problem(filename: str) -> str | None:
    if not FILENAME.match(filename):
        return "the file name must be a lowercase skill name ending in .py (letters, digits, _)"
    return None


def write_pending(root: Path, filename: str, data: bytes) -> Path:
    """Write ``data`` to ``pending/<filename>`` (replacing an earlier upload
    of that name), atomically, never following a link."""
    if filename_problem(filename) is not None or len(data) > MAX_BYTES:
        raise ValueError("refused file name or size")
    pending = ensure_dirs(root) / PENDING
    temporary = pending / f".{filename}.{os.getpid()}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(temporary, pending / filename)
    return pending / filename


def pending_files(root: Path) -> list[str]:
    folder = root / PENDING
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if FILENAME.match(p.name) and p.is_file() and not p.is_symlink())


def install(root: Path, filename: str, data: bytes) -> Path:
    """Put the approved bytes (the ones checked, not whatever is on disk
    now) in the skills directory and take the staged file away."""
    target = root / filename
    temporary = root / f".{filename}.{os.getpid()}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(temporary, target)
    (root / PENDING / filename).unlink(missing_ok=True)
    return target


def retire(root: Path, filename: str) -> None:
    """An unloaded skill's file goes back to ``pending/`` (kept, not loaded)."""
    source = root / filename
    if source.is_file() and not source.is_symlink():
        os.replace(source, ensure_dirs(root) / PENDING / filename)
