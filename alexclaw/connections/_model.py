"""A database connection as the operator describes it, and the checks that
need no network: a name, a host (a name or an IP literal, never a URL), a
port, a database, a user and the TLS mode. The password and the
allow-private grant are not part of the description: they change only
through the operations, with 2FA, and belong to the host they were given
for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from alexclaw.inputs import character_problem
from alexclaw.security import literal_address

TLS_MODES: Final = ("disable", "require", "verify-full")
DEFAULT_PORT: Final = 5432
_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,62}")
_HOST: Final = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?")
MAX_IDENT: Final = 63  # PostgreSQL's identifier length


@dataclass(frozen=True, slots=True)
class ConnectionState:
    """What the node holds about a connection besides its description:
    whether a password is stored and for which host, the grant and the
    last test. Read from the store, never from a form or a file."""

    has_password: bool = False
    password_host: str = ""
    allow_private: bool = False
    granted_host: str = ""
    granted_by: str = ""
    last_test_at: datetime | None = None
    last_test_error: str | None = None


@dataclass(frozen=True, slots=True)
class DbConnection:
    id: int | None
    name: str
    host: str
    port: int
    database: str
    user: str
    tls: str = "verify-full"
    state: ConnectionState = ConnectionState()

    @property
    def host_key(self) -> str:
        """The host as grants and passwords are bound to it."""
        return host_key(self.host)

    @property
    def password_here(self) -> bool:
        """A stored password that belongs to this host (one entered for
        another host is never sent)."""
        return self.state.has_password and self.state.password_host == self.host_key

    @property
    def granted_here(self) -> bool:
        return self.state.allow_private and self.state.granted_host == self.host_key


def host_key(host: str) -> str:
    bare = host.strip().lower().rstrip(".")
    return bare[1:-1] if bare.startswith("[") and bare.endswith("]") else bare


def _one_line(value: str, label: str, errors: list[str], limit: int = MAX_IDENT) -> None:
    if not value.strip():
        errors.append(f"{label}: required")
    elif len(value) > limit:
        errors.append(f"{label}: at most {limit} characters")
    elif (problem := character_problem(value, multiline=False)) is not None:
        errors.append(f"{label}: {problem}")


def check_connection(connection: DbConnection) -> list[str]:
    """Every problem of the description, as "field: why" (no network)."""
    errors: list[str] = []
    if not _NAME.fullmatch(connection.name):
        errors.append("name: 1-63 characters, letters, digits, '_', '-', '.' (starting with a letter or digit)")
    host = host_key(connection.host)
    if not host:
        errors.append("host: required")
    elif literal_address(host) is None and (len(host) > 253 or not _HOST.fullmatch(host)):
        errors.append("host: a host name or an IP address (no scheme, path, port or spaces)")
    if isinstance(connection.port, bool) or not 1 <= connection.port <= 65535:
        errors.append("port: a whole number from 1 to 65535")
    _one_line(connection.database, "database", errors)
    _one_line(connection.user, "user", errors)
    if connection.tls not in TLS_MODES:
        errors.append(f"tls: one of {', '.join(TLS_MODES)}")
    return errors


def connection_guarded_reasons(before: DbConnection | None, after: DbConnection, *, new_password: bool, clear: bool,
                    wants_grant: bool) -> tuple[str, ...]:  # fmt: skip
    """What in a save needs a 2FA approval (the LLM providers' rule): a
    password set, replaced or removed; the allow-private grant given for a
    host it does not hold yet; a held password sent to another host. Empty:
    an ordinary change."""
    reasons: list[str] = []
    if new_password:
        reasons.append("sets its password")
    elif clear and before is not None and before.state.has_password:
        reasons.append("removes its password")
    if wants_grant and not (before is not None and before.granted_here and before.host_key == after.host_key):
        reasons.append(f"lets it reach {after.host_key} on a private or loopback address")
    moved = before is not None and before.host_key != after.host_key
    if moved and not new_password and not clear and before is not None and before.state.has_password:
        reasons.append(f"sends its password to {after.host_key}")
    return tuple(reasons)
