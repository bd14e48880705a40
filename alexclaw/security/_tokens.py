"""Capability tokens (Macaroon-style): HMAC-SHA256 chained caveats.

A token carries caveats — the permissions it grants, an expiry, the maximum
chain depth — and a signature: ``sig0 = HMAC(key, id)`` and each caveat
``sig_i = HMAC(sig_{i-1}, caveat_i)``. Anyone holding a token can add a
caveat (attenuate) without the key, and a caveat can only narrow: the
effective grant is the intersection of every permissions caveat, the
earliest expiry and the smallest depth. Changing, dropping or reordering a
caveat, or the signature, breaks verification (constant-time compare).
The key is HKDF(SECRET_KEY_BASE) with its own info string.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from alexclaw.inputs import read_json
from alexclaw.security._crypto import derive_key

CAPABILITY_KEY_INFO: Final = "alexclaw capability tokens v1"
MAX_TOKEN_BYTES: Final = 64 * 1024  # a chain of a few caveats is well under 1 KB


class TokenError(ValueError):
    """A token is malformed, forged or tampered with."""


@dataclass(frozen=True)
class Grant:
    """What a verified token allows."""

    permissions: frozenset[str]
    expires_at: float
    max_depth: int

    def allows(self, permission: str, *, now: float, depth: int) -> str | None:
        """None when allowed, else the reason it is not."""
        if now >= self.expires_at:
            return "token expired"
        if depth > self.max_depth:
            return f"chain depth {depth} exceeds the token's {self.max_depth}"
        if permission not in self.permissions:
            return f"token does not grant {permission}"
        return None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _chain(key: bytes, identifier: str, caveats: Iterable[str]) -> bytes:
    signature = hmac.new(key, identifier.encode(), hashlib.sha256).digest()
    for caveat in caveats:
        signature = hmac.new(signature, caveat.encode(), hashlib.sha256).digest()
    return signature


def _caveat(kind: str, value: object) -> str:
    return json.dumps([kind, value], separators=(",", ":"), sort_keys=True)


class CapabilityTokens:
    CACHE_SIZE: Final = 4096

    def __init__(self, secret_key_base: str) -> None:
        self._key = derive_key(secret_key_base, CAPABILITY_KEY_INFO)
        # A token string always verifies to the same grant (expiry is judged
        # at use), so verified tokens are remembered: a skill chain checks
        # the same token on every SkillAPI call.
        self._verified: dict[str, Grant] = {}

    def mint(self, permissions: Iterable[str], *, expires_at: float, max_depth: int = 3) -> str:
        identifier = secrets.token_urlsafe(12)
        caveats = [
            _caveat("perms", sorted(set(permissions))),
            _caveat("expires", round(expires_at, 3)),
            _caveat("depth", int(max_depth)),
        ]
        return _encode(identifier, caveats, _chain(self._key, identifier, caveats))

    def verify(self, token: str) -> Grant:
        known = self._verified.get(token)
        if known is not None:
            return known
        identifier, caveats, signature = _decode(token)
        expected = _chain(self._key, identifier, caveats)
        if not hmac.compare_digest(expected, signature):
            raise TokenError("the token's signature does not verify")
        grant = _grant(caveats)
        if len(self._verified) >= self.CACHE_SIZE:
            self._verified.clear()
        self._verified[token] = grant
        return grant


def attenuate(
    token: str,
    *,
    permissions: Iterable[str] | None = None,
    expires_at: float | None = None,
    max_depth: int | None = None,
) -> str:
    """A narrower token (no key needed): each given caveat is appended."""
    identifier, caveats, signature = _decode(token)
    added = []
    if permissions is not None:
        added.append(_caveat("perms", sorted(set(permissions))))
    if expires_at is not None:
        added.append(_caveat("expires", round(expires_at, 3)))
    if max_depth is not None:
        added.append(_caveat("depth", int(max_depth)))
    for caveat in added:
        signature = hmac.new(signature, caveat.encode(), hashlib.sha256).digest()
    return _encode(identifier, [*caveats, *added], signature)


def _encode(identifier: str, caveats: list[str], signature: bytes) -> str:
    body = json.dumps({"id": identifier, "c": caveats}, separators=(",", ":"))
    return f"{_b64(body.encode())}.{_b64(signature)}"


def _decode(token: str) -> tuple[str, list[str], bytes]:
    try:
        body_part, signature_part = token.split(".")
        body = read_json(_unb64(body_part), "token", max_bytes=MAX_TOKEN_BYTES)  # InputError is a ValueError
        identifier, caveats = body["id"], body["c"]
        signature = _unb64(signature_part)
    except (ValueError, KeyError, TypeError) as exc:
        raise TokenError(f"malformed token: {type(exc).__name__}") from None
    if not isinstance(identifier, str) or not isinstance(caveats, list) or not all(isinstance(c, str) for c in caveats):
        raise TokenError("malformed token")
    if len(signature) != 32:
        raise TokenError("malformed token signature")
    return identifier, caveats, signature


def _grant(caveats: list[str]) -> Grant:
    permissions: frozenset[str] | None = None
    expires = float("inf")
    depth = 1 << 30
    for caveat in caveats:
        try:
            kind, value = json.loads(caveat)
        except (ValueError, TypeError):
            raise TokenError("malformed caveat") from None
        if kind == "perms":
            narrowed = frozenset(str(p) for p in value)
            permissions = narrowed if permissions is None else permissions & narrowed
        elif kind == "expires":
            expires = min(expires, float(value))
        elif kind == "depth":
            depth = min(depth, int(value))
        else:
            raise TokenError(f"unknown caveat {kind!r}")  # fail closed on what we do not understand
    return Grant(permissions or frozenset(), expires, depth)
