"""Security primitives: encryption of secrets at rest, masking, constant-time
comparison. The sanitizer, shield, leak detector, egress guard, policy
engine and audit trail join this package in their issues."""

from alexclaw.security._audit import record_audit
from alexclaw.security._crypto import (
    PREFIX,
    SETTINGS_PURPOSE,
    AuthenticationFailed,
    CiphertextTooShort,
    DecryptionError,
    InvalidEncoding,
    NotEncrypted,
    SecretBox,
    constant_time_equals,
    derive_key,
    is_encrypted,
    mask,
)

__all__ = [
    "PREFIX",
    "SETTINGS_PURPOSE",
    "AuthenticationFailed",
    "CiphertextTooShort",
    "DecryptionError",
    "InvalidEncoding",
    "NotEncrypted",
    "SecretBox",
    "constant_time_equals",
    "derive_key",
    "is_encrypted",
    "mask",
    "record_audit",
]
