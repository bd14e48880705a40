"""What a backup file is: gzip of ``pg_dump``'s plain SQL, opened by a
header line and closed by a seal line, both SQL comments:

    -- alexclaw-backup {"format": 1, "schema": 29, "created": "...", ...}
    <pg_dump output>
    -- alexclaw-backup-seal <HMAC-SHA256 of everything above, hex>

The seal is keyed from ``SECRET_KEY_BASE``: restore runs the file through
``psql``, which obeys meta-commands (``\\!`` runs a shell command), so only
a file this node's key sealed is ever fed to it — a foreign, altered or
truncated file is refused while reading it, before anything is dropped. A
backup also belongs to its key in another way: the secrets in it are
ciphertext under that key.

``check_backup_file`` reads the whole file (gzip's CRC, the header, the schema
version, the seal) and ``sealed_sql`` streams the same bytes again for the
restore, checking the seal once more at the end (the file could have
changed between the two reads)."""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from alexclaw.security import derive_key

FORMAT: Final = 1
HEADER_PREFIX: Final = b"-- alexclaw-backup "
SEAL_PREFIX: Final = b"\n-- alexclaw-backup-seal "
SEAL_LENGTH: Final = len(SEAL_PREFIX) + 64 + 1  # prefix, hex digest, newline
DUMP_COMPLETE: Final = b"-- PostgreSQL database dump complete"
MAX_HEADER: Final = 4096
CHUNK: Final = 1 << 20


def seal_key(secret_key_base: str) -> bytes:
    return derive_key(secret_key_base, "alexclaw backup seal v1")


def header_line(schema: int, created: str, server_version: str) -> bytes:
    fields = {"format": FORMAT, "schema": schema, "created": created, "postgres": server_version}
    return HEADER_PREFIX + json.dumps(fields, sort_keys=True).encode() + b"\n"


def seal_line(mac: hmac.HMAC) -> bytes:
    return SEAL_PREFIX + mac.hexdigest().encode() + b"\n"


def new_mac(key: bytes) -> hmac.HMAC:
    return hmac.new(key, digestmod=hashlib.sha256)


@dataclass(frozen=True, slots=True)
class Header:
    schema: int
    created: str
    postgres: str


class BackupRefused(Exception):
    """The file is not a backup this node can restore; nothing was touched.
    Raised only inside this module's readers and turned into a value by
    ``check_backup_file``."""


def _parse_header(first: bytes, latest_schema: int) -> Header:
    if not first.startswith(HEADER_PREFIX):
        raise BackupRefused("it is not an AlexClaw backup (no alexclaw-backup header)")
    try:
        fields = json.loads(first[len(HEADER_PREFIX) :])
        header = Header(int(fields["schema"]), str(fields["created"]), str(fields.get("postgres", "")))
        version = int(fields["format"])
    except (ValueError, KeyError, TypeError):
        raise BackupRefused("its alexclaw-backup header is not readable") from None
    if version != FORMAT:
        raise BackupRefused(f"it is in backup format {version}; this node reads format {FORMAT}")
    if header.schema > latest_schema:
        raise BackupRefused(
            f"it holds schema version {header.schema:04d}, newer than this code's {latest_schema:04d}: "
            "upgrade AlexClaw first"
        )
    return header


def _chunks(path: Path) -> Iterator[bytes]:
    try:
        with gzip.open(path, "rb") as source:
            while chunk := source.read(CHUNK):
                yield chunk
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise BackupRefused(f"it is not an intact gzip file ({exc or type(exc).__name__})") from None


def sealed_sql(path: Path, key: bytes, latest_schema: int) -> Iterator[bytes | Header]:
    """The header (first), then the SQL (header line included, seal line
    held back) in chunks; raises ``BackupRefused`` as soon as the file shows
    it is not a sealed backup of this schema, and at the end when the seal
    does not match. A consumer must not commit before the iterator ends."""
    mac = new_mac(key)
    pending = b""
    header_seen = False
    tail = b""
    for chunk in _chunks(path):
        pending += chunk
        if not header_seen:
            newline = pending.find(b"\n", 0, MAX_HEADER)
            if newline < 0:
                if len(pending) >= MAX_HEADER:
                    raise BackupRefused("it is not an AlexClaw backup (no alexclaw-backup header)")
                continue
            yield _parse_header(pending[: newline + 1], latest_schema)
            header_seen = True
        if len(pending) > SEAL_LENGTH:
            out, pending = pending[:-SEAL_LENGTH], pending[-SEAL_LENGTH:]
            mac.update(out)
            tail = (tail + out)[-256:]
            yield out
    if not header_seen:
        raise BackupRefused("it is empty or not an AlexClaw backup")
    if not pending.startswith(SEAL_PREFIX) or len(pending) != SEAL_LENGTH:
        raise BackupRefused("it has no seal line: it is truncated, or not written by AlexClaw")
    if DUMP_COMPLETE not in tail:
        raise BackupRefused("its SQL does not end as a complete pg_dump does")
    if not hmac.compare_digest(pending, seal_line(mac)):
        raise BackupRefused("its seal does not match: it was altered, or sealed with another SECRET_KEY_BASE")


def check_backup_file(path: Path, key: bytes, latest_schema: int) -> Header | str:
    """The file's header when it is an intact, sealed backup this code can
    restore; else why not. Blocking (reads the whole file): run it in a thread."""
    header: Header | None = None
    try:
        for item in sealed_sql(path, key, latest_schema):
            if isinstance(item, Header):
                header = item
    except BackupRefused as exc:
        return str(exc)
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    assert header is not None  # sealed_sql yields it before it ends without raising
    return header
