"""Security primitives: encryption of secrets at rest, masking, constant-time
comparison. The sanitizer, shield, leak detector, egress guard, policy
engine and audit trail join this package in their issues."""

from alexclaw.security._audit import record_audit
from alexclaw.security._challenges import (
    CHALLENGES_NAME,
    MAX_ATTEMPTS,
    TTL_SECONDS,
    Answer,
    ChallengeActor,
    ChallengeCreated,
    ChallengeResolved,
    Challenges,
    ChallengeView,
    Outcome,
)
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
from alexclaw.security._totp import (
    consume_step,
    matching_step,
    new_secret,
    provisioning_uri,
    qr_svg,
    verify_once,
)

__all__ = [
    "CHALLENGES_NAME",
    "MAX_ATTEMPTS",
    "TTL_SECONDS",
    "Answer",
    "ChallengeActor",
    "ChallengeCreated",
    "ChallengeResolved",
    "ChallengeView",
    "Challenges",
    "Outcome",
    "consume_step",
    "matching_step",
    "new_secret",
    "provisioning_uri",
    "qr_svg",
    "verify_once",
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
