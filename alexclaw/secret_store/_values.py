"""What the secret store hands back: a reference the database keeps in
place of a credential held in Vault, and the error value a caller shows
when the store cannot answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

VAULT_PREFIX: Final = "vault:"
UNREACHABLE: Final = "secret store unreachable"
_REFERENCE = re.compile(r"vault:(?P<path>[A-Za-z0-9_.@/-]+)#(?P<key>[A-Za-z0-9_]+)@(?P<version>[1-9][0-9]{0,9})")


@dataclass(frozen=True)
class Reference:
    """``vault:<path>#<key>@<version>``: one version of one field of a KV v2
    secret under the node's mount. The row keeps this, never the value; the
    version pins it, so a later write elsewhere does not change what a row
    that was not rewritten means."""

    path: str
    key: str
    version: int

    @property
    def text(self) -> str:
        return f"{VAULT_PREFIX}{self.path}#{self.key}@{self.version}"


def parse_reference(stored: str) -> Reference | None:
    """The reference ``stored`` is, or None (it is something else)."""
    match = _REFERENCE.fullmatch(stored)
    if match is None:
        return None
    return Reference(match["path"], match["key"], int(match["version"]))


def is_reference(stored: str) -> bool:
    return stored.startswith(VAULT_PREFIX)


@dataclass(frozen=True)
class SecretUnavailable:
    """The store could not answer: unreachable, refusing us, or the secret
    is gone. ``reason`` never contains a secret or a token."""

    reason: str

    @property
    def message(self) -> str:
        return f"{UNREACHABLE}: {self.reason}"
