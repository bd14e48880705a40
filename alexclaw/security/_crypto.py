"""Secrets at rest: AES-256-GCM with a key derived from SECRET_KEY_BASE.

Format: ``enc:`` + base64(iv ‖ ciphertext ‖ tag), a fresh 12-byte random IV
per value. The key is HKDF-SHA256(SECRET_KEY_BASE, fixed salt, info naming
its purpose), so other purposes (sessions, tokens) get unrelated keys from
the same root. Decryption failures are typed; none of them ever yields the
stored text as if it were the plaintext.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import os
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX: Final = "enc:"
IV_BYTES: Final = 12
TAG_BYTES: Final = 16
_SALT: Final = b"alexclaw.v1.key-derivation"
SETTINGS_PURPOSE: Final = "alexclaw settings encryption v1"


class DecryptionError(ValueError):
    """A stored secret could not be decrypted (base of the three below)."""


class InvalidEncoding(DecryptionError):
    """The text after ``enc:`` is not valid base64."""


class CiphertextTooShort(DecryptionError):
    """Fewer bytes than an IV and a tag: truncated or not ours."""


class AuthenticationFailed(DecryptionError):
    """The tag does not verify: tampered data, or another key encrypted it."""


class NotEncrypted(DecryptionError):
    """A value expected to be encrypted lacks the ``enc:`` prefix."""


def derive_key(secret_key_base: str, purpose: str) -> bytes:
    """32 bytes for ``purpose`` from the node's root secret."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=purpose.encode()).derive(
        secret_key_base.encode()
    )


def is_encrypted(value: str) -> bool:
    return value.startswith(PREFIX)


class SecretBox:
    """Encrypts and decrypts text values with one derived key."""

    __slots__ = ("_aead", "fingerprint")

    def __init__(self, secret_key_base: str, purpose: str = SETTINGS_PURPOSE) -> None:
        key = derive_key(secret_key_base, purpose)
        self._aead = AESGCM(key)
        # Identifies the key without revealing it: stored beside the data so
        # a node started with the wrong SECRET_KEY_BASE is told so at boot.
        self.fingerprint = hmac.new(key, b"alexclaw key check", hashlib.sha256).hexdigest()

    def encrypt(self, plaintext: str) -> str:
        """``enc:...`` for a non-empty value; empty stays empty."""
        if plaintext == "":
            return ""
        iv = os.urandom(IV_BYTES)
        sealed = self._aead.encrypt(iv, plaintext.encode("utf-8"), None)
        return PREFIX + binascii.b2a_base64(iv + sealed, newline=False).decode("ascii")

    def decrypt(self, stored: str) -> str:
        """The plaintext of an ``enc:`` value (empty stays empty)."""
        if stored == "":
            return ""
        if not stored.startswith(PREFIX):
            raise NotEncrypted("the value is not encrypted (no enc: prefix)")
        try:
            # strict_mode: the C decoder rejects anything outside the
            # alphabet and bad padding (b64decode(validate=True) is a regex).
            raw = binascii.a2b_base64(stored[len(PREFIX) :], strict_mode=True)
        except (binascii.Error, ValueError):
            raise InvalidEncoding("the encrypted value is not valid base64") from None
        if len(raw) < IV_BYTES + TAG_BYTES:
            raise CiphertextTooShort(f"the encrypted value is {len(raw)} bytes, shorter than an IV and a tag")
        try:
            plain = self._aead.decrypt(raw[:IV_BYTES], raw[IV_BYTES:], None)
        except InvalidTag:
            raise AuthenticationFailed(
                "the encrypted value does not authenticate: it was tampered with or another key encrypted it"
            ) from None
        return plain.decode("utf-8")


MASK: Final = "********"
SHOW_TAIL_FROM: Final = 16  # shorter secrets show nothing: 4 of 9 characters is half a guess


def mask(value: str, *, never_shown: bool = False) -> str:
    """How a secret is shown, everywhere (Config page, ``config list/get``,
    a skill's config read, leak previews): ``********``, plus its last 4
    characters only when it is at least 16 long, so the operator can tell
    which key is set. ``never_shown`` (TOTP secrets, recovery codes, password
    hashes: any part of them helps an attacker) shows none of it. The mask
    has one width, so it does not tell the length either; empty stays empty."""
    if not value:
        return ""
    if never_shown or len(value) < SHOW_TAIL_FROM:
        return MASK
    return MASK + value[-4:]


def constant_time_equals(a: str, b: str) -> bool:
    """Compare secrets without leaking where they differ."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
