"""Credentials inside a workflow's plain data (step config, prompt
templates, resources): found by one rule wherever a workflow leaves the
database — a run's stored definition masks them, an export removes them.

A credential is the text value of a key that names a secret (the
configuration's ``looks_sensitive`` markers — token, api_key, password,
secret — and credential, auth, cookie, private key), or any span of text
the leak detector flags (a warning too). Numbers and yes/no values are never credentials
(``max_tokens: 500`` stays)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from alexclaw.config import looks_sensitive
from alexclaw.security import scan_leaks

if TYPE_CHECKING:  # _model checks workflows with this module's rules: a type only, no import cycle
    pass

_SECRET_KEY: Final = re.compile(r"token|secret|passw|api_?key|credential|auth|cookie|private", re.IGNORECASE)


def secret_key(key: str) -> bool:
    """A key whose value is a secret, by its name."""
    return looks_sensitive(key.lower()) or _SECRET_KEY.search(key) is not None


@dataclass
class _Walk:
    replacement: str
    paths: list[str] = field(default_factory=list)

    def value(self, value: Any, where: str, secret: bool) -> Any:
        if isinstance(value, Mapping):
            return {k: self.value(v, f"{where}.{k}" if where else str(k), secret_key(str(k))) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, f"{where}[{i}]", secret) for i, v in enumerate(value)]
        if not isinstance(value, str) or value in ("", self.replacement):
            return value
        if secret:
            self.paths.append(where)
            return self.replacement
        # Every finding, a "warn" one too (a 64-hex string may be a digest or
        # a key): what leaves by export must not be a credential, ever.
        spans = sorted((f.start, f.end) for f in scan_leaks(value))
        if not spans:
            return value
        self.paths.append(where)
        return _replace_spans(value, spans, self.replacement)


def _replace_spans(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    out: list[str] = []
    cursor = 0
    for start, end in spans:
        if end <= cursor:  # inside (or touching) the span just replaced
            continue
        out.append(text[cursor : max(start, cursor)])
        out.append(replacement)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def without_credentials(value: Any, replacement: str, where: str = "") -> tuple[Any, list[str]]:
    """Plain JSON ``value`` with every credential in it replaced by
    ``replacement`` (a secret key's whole text, a flagged span of any other
    text), and the path of each value that held one (``where`` prefixes
    them)."""
    walk = _Walk(replacement)
    return walk.value(value, where, False), walk.paths


def without_placeholder(value: Any, placeholder: str, where: str = "") -> tuple[Any, list[str]]:
    """Plain JSON ``value`` with ``placeholder`` taken out of every text (a
    removed credential arrives empty), and the path of each such text."""
    paths: list[str] = []

    def walk(item: Any, at: str) -> Any:
        if isinstance(item, Mapping):
            return {k: walk(v, f"{at}.{k}" if at else str(k)) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(v, f"{at}[{i}]") for i, v in enumerate(item)]
        if isinstance(item, str) and placeholder in item:
            paths.append(at)
            return item.replace(placeholder, "")
        return item

    return walk(value, where), paths
