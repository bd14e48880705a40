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
from alexclaw.security._leaks import PATTERNS as LEAK_PATTERNS
from alexclaw.security._leaks import LeakFinding, LeakPattern, preview, redact, scan_leaks
from alexclaw.security._netguard import (
    UrlDecision,
    blocked_reason,
    check_url,
    embedded_ipv4,
    literal_address,
    parse_legacy_ipv4,
)
from alexclaw.security._normalize import Normalized, invisible, normalize
from alexclaw.security._phrases import PhraseSet, phrases, reload_phrases
from alexclaw.security._sanitizer import Finding, Sanitized, sanitize, wrap_untrusted
from alexclaw.security._shield import RULES as SHIELD_RULES
from alexclaw.security._shield import Detection, ShieldResult, score_of, verdict_of
from alexclaw.security._shield import scan as shield_scan
from alexclaw.security._totp import (
    consume_step,
    matching_step,
    new_secret,
    provisioning_uri,
    qr_svg,
    verify_once,
)

__all__ = [
    "LEAK_PATTERNS",
    "SHIELD_RULES",
    "Detection",
    "Finding",
    "PhraseSet",
    "Sanitized",
    "ShieldResult",
    "phrases",
    "reload_phrases",
    "sanitize",
    "score_of",
    "shield_scan",
    "verdict_of",
    "wrap_untrusted",
    "LeakFinding",
    "LeakPattern",
    "Normalized",
    "UrlDecision",
    "blocked_reason",
    "check_url",
    "embedded_ipv4",
    "invisible",
    "literal_address",
    "normalize",
    "parse_legacy_ipv4",
    "preview",
    "redact",
    "scan_leaks",
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
